#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja") };
}

namespace {
QString &chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString currentLanguage()
{
    return chosenLanguage();
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString chosen = locale.name().section(QLatin1Char('_'), 0, 0);
    if (chosen == QLatin1String("en") || !availableLanguages().contains(chosen))
        return QStringLiteral("en");

    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/miconnect_%1.qm").arg(chosen))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    chosenLanguage() = chosen;

    // Qt's own strings (standard buttons, socket errors) where the system ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return chosen;
}
