// miconnect-cli: the headless twin of the wizard. It never needs a display: the core links QtCore and
// QtNetwork only, and the HTML and PDF reports, which draw the path diagram and charts with the GUI's
// own widgets, run on Qt's offscreen platform.
#include "cli/clisession.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

#ifdef MICONNECT_RICH_REPORTS
#include "report/reportexport.h"

#include <QApplication>
#endif

namespace {

#ifdef MICONNECT_RICH_REPORTS
// True when the arguments ask for a report the widgets must draw: only then is a QApplication (and
// its font database) worth starting.
bool wantsRichReport(int argc, char *argv[])
{
    const QStringList rich = richReportExtensions();
    for (int i = 1; i < argc; ++i) {
        QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--report") && i + 1 < argc)
            argument = QString::fromLocal8Bit(argv[i + 1]);
        else if (argument.startsWith(QLatin1String("--report=")))
            argument = argument.mid(9);
        else
            continue;
        for (const QString &extension : rich) {
            if (argument.endsWith(extension, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}
#endif

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef MICONNECT_RICH_REPORTS
    setRichReportWriter(&exportReport);
    if (wantsRichReport(argc, argv)) {
        // Drawing only, never a window: the offscreen platform needs no display server.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("miconnect-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("miconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MICONNECT_VERSION));

    // The language first: the parser translates its help and errors as it builds them.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString languageError;
    const QString language = takeLanguageArgument(&arguments, &languageError);
    installTranslations(language);
    if (!languageError.isEmpty()) {
        fprintf(stderr, "miconnect-cli: %s\n", qPrintable(languageError));
        return ExitUsage;
    }

    const CliParseResult parsed = parseCommandLine(arguments);
    if (!parsed.request) {
        fprintf(stderr, "miconnect-cli: %s\n", qPrintable(parsed.error));
        return ExitUsage;
    }

    CliSession session;
    int exitCode = ExitInternal;
    QObject::connect(
        &session, &CliSession::done, app.get(),
        [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &session, [&session, &parsed] { session.start(*parsed.request); });
    QCoreApplication::exec();
    return exitCode;
}
