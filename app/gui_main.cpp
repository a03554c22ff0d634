// miconnect: the troubleshooting wizard.
#include "i18n/translations.h"
#include "wizard/connectwizard.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("miconnect"));
    QApplication::setOrganizationName(QStringLiteral("miconnect"));
    QApplication::setApplicationDisplayName(QStringLiteral("MI Connect Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(MICONNECT_VERSION));

    // --lang must be known before any translated text exists, so it is read ahead of the parser.
    QString language;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Diagnose the connection to an Azure SQL Managed Instance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the wizard against the simulated instance."));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language: en, de or ja (default: the system's)."), QStringLiteral("LANG"));
    parser.addOptions({demo, lang});
    parser.process(app);

    ConnectWizard wizard;
    wizard.setDemoMode(parser.isSet(demo));
    wizard.show();
    return app.exec();
}
