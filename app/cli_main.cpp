// miconnect-cli: the headless twin of the wizard. Needs no display; links QtCore and QtNetwork only.
#include "cli/clisession.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("miconnect-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("miconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MICONNECT_VERSION));

    const CliParseResult parsed = parseCommandLine(QCoreApplication::arguments().mid(1));
    if (!parsed.request) {
        fprintf(stderr, "miconnect-cli: %s\n", qPrintable(parsed.error));
        return ExitUsage;
    }

    CliSession session;
    int exitCode = ExitInternal;
    QObject::connect(&session, &CliSession::done, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    }, Qt::QueuedConnection);
    QTimer::singleShot(0, &session, [&session, &parsed] { session.start(*parsed.request); });
    app.exec();
    return exitCode;
}
