#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja") };
}

QString languageName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

bool isAvailableLanguage(const QString &language)
{
    return availableLanguages().contains(language);
}

namespace {

QString &chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

// What the last installTranslations() installed, so the next one can take it out again: two
// translators for one message would answer in whichever language was installed last.
std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const std::unique_ptr<QTranslator> &translator : installedTranslators())
        QCoreApplication::removeTranslator(translator.get());
    installedTranslators().clear();
}

// An installed program finds its translations beside it, the way distributions ship them
// (bin/../share/miconnect/translations), so a corrected translation needs no rebuild; a program run
// from its build tree uses the copy compiled into it.
std::unique_ptr<QTranslator> loadOwnTranslator(const QString &language)
{
    const QString fileName = QStringLiteral("miconnect_%1.qm").arg(language);
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/miconnect/translations");
    auto translator = std::make_unique<QTranslator>();
    if (QDir(installed).exists(fileName) && translator->load(fileName, installed))
        return translator;
    if (translator->load(QStringLiteral(":/i18n/") + fileName))
        return translator;
    return nullptr;
}

} // namespace

QString systemLanguage()
{
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailableLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

QString currentLanguage()
{
    return chosenLanguage();
}

QString installTranslations(const QString &language)
{
    const QString wanted = language.isEmpty() ? systemLanguage() : language;
    removeInstalledTranslators();
    chosenLanguage() = QStringLiteral("en");
    if (!isAvailableLanguage(wanted))
        return chosenLanguage();
    // English is the source language: its translation holds only the plural forms ("1 error").
    std::unique_ptr<QTranslator> ours = loadOwnTranslator(wanted);
    if (!ours)
        return chosenLanguage();
    chosenLanguage() = wanted;
    // Qt's own strings (standard buttons, socket errors) where the system ships them.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(wanted), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    for (std::unique_ptr<QTranslator> *translator : { &ours, &qt }) {
        if (!*translator)
            continue;
        QCoreApplication::installTranslator(translator->get());
        installedTranslators().push_back(std::move(*translator));
    }
    return wanted;
}

QString takeLanguageArgument(QStringList *arguments, QString *error)
{
    QString language;
    bool given = false;
    for (qsizetype i = 0; i < arguments->size();) {
        const QString argument = arguments->at(i);
        if (argument == QLatin1String("--"))
            break; // what follows is an operand, even if it reads --lang
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments->size()) {
                *error = QCoreApplication::translate("Language", "--lang needs a language: %1")
                             .arg(availableLanguages().join(QStringLiteral(", ")));
                return {};
            }
            language = arguments->at(i + 1);
            arguments->remove(i, 2);
            given = true;
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments->remove(i);
            given = true;
        } else {
            ++i;
        }
    }
    if (given && !isAvailableLanguage(language)) {
        *error = QCoreApplication::translate("Language", "--lang must be one of %1, not '%2'")
                     .arg(availableLanguages().join(QStringLiteral(", ")), language);
        return {};
    }
    return language;
}

LanguageScope::LanguageScope(const QString &language)
{
    if (language.isEmpty() || language == currentLanguage())
        return;
    m_previous = currentLanguage();
    installTranslations(language);
}

LanguageScope::~LanguageScope()
{
    if (!m_previous.isEmpty())
        installTranslations(m_previous);
}
