// miconnect: the troubleshooting wizard.
#include "i18n/translations.h"
#include "sim/simprofile.h"
#include "wizard/connectwizard.h"
#include "wizard/screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("miconnect"));
    QApplication::setOrganizationName(QStringLiteral("miconnect"));
    QApplication::setApplicationDisplayName(QStringLiteral("MI Connect Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(MICONNECT_VERSION));
    // Wayland compositors match the window to its installed desktop entry (and icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.miconnect.miconnect"));

    // --lang must be known before any translated text exists, so it is read ahead of the parser (which
    // still lists it for --help); without it, the language chosen on the Start page, else the system's.
    QStringList arguments = QApplication::arguments().mid(1);
    QString languageError;
    const QString language = takeLanguageArgument(&arguments, &languageError);
    installTranslations(language.isEmpty() ? ConnectWizard::preferredLanguage() : language);
    if (!languageError.isEmpty()) {
        fprintf(stderr, "miconnect: %s\n", qPrintable(languageError));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Diagnose the connection to an Azure SQL Managed Instance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the wizard against the simulated instance."));
    const QCommandLineOption profile(QStringLiteral("demo-profile"),
                                     QApplication::translate("main", "The simulated instance's condition: %1.")
                                         .arg(simProfileNames().join(QStringLiteral(", "))),
                                     QStringLiteral("NAME"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QApplication::translate("main", "Start with this hosting scenario chosen."),
                                      QStringLiteral("ID"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language: en, de or ja (default: the one chosen in the wizard, else the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QApplication::translate("main", "Walk every page for scripts/screenshots, naming each shot with PREFIX."),
        QStringLiteral("PREFIX"));
    parser.addOptions({ demo, profile, scenario, lang, tour });
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 QApplication::translate("main", "A saved JSON report to open read-only."),
                                 QStringLiteral("[REPORT.json]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        fprintf(stderr, "miconnect: %s\n",
                qPrintable(QApplication::translate("main", "give at most one report to open")));
        return 2;
    }

    ConnectWizard wizard;
    wizard.setDemoMode(parser.isSet(demo));
    if (parser.isSet(profile)) {
        if (!findSimProfile(parser.value(profile))) {
            fprintf(stderr, "miconnect: %s\n",
                    qPrintable(QApplication::translate("main", "unknown profile '%1'; known: %2")
                                   .arg(parser.value(profile), simProfileNames().join(QStringLiteral(", ")))));
            return 2;
        }
        wizard.setDemoProfile(parser.value(profile));
    }
    if (parser.isSet(scenario))
        wizard.setField(QStringLiteral("scenario.id"), parser.value(scenario));
    ScreenshotTour screenshotTour(&wizard, parser.value(tour));
    if (parser.isSet(tour)) {
        wizard.resize(1040, 760);
        screenshotTour.start();
    }
    wizard.show();
    // After show(): QWizard restarts at the Start page when first shown. A report that cannot be read
    // leaves the wizard there, saying why.
    if (!parser.positionalArguments().isEmpty())
        wizard.openReportFile(parser.positionalArguments().constFirst());
    return app.exec();
}
