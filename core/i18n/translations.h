#pragma once

#include <QLocale>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

// The languages the program ships, English (the source language) first.
QStringList availableLanguages();

// A shipped language by its own name ("English", "Deutsch", "日本語"), never translated: someone who
// cannot read the current language still finds theirs.
QString languageName(const QString &language);

// True for "en", "de", "ja": what --lang and the language setting accept.
bool isAvailableLanguage(const QString &language);

// The shipped language the system's locale asks for: the first of QLocale::system().uiLanguages()
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix; the user's UI languages on Windows and macOS) that
// is English or shipped; English when none is.
QString systemLanguage();

// Makes `language` ("de", "ja", "en") the language of every tr() from now on or, when empty, the
// system's. Replaces whatever an earlier call installed: the program's translations (read from the
// installed share/miconnect/translations when present, else the copy embedded under :/i18n) and, where
// the system ships them, Qt's own (standard buttons, socket errors). Returns the language in use: "en"
// when nothing matched.
QString installTranslations(const QString &language = QString());

// Takes every --lang LANG / --lang=LANG (before a "--") out of a program's arguments and returns the
// last LANG; empty when none was given. Both programs read it ahead of their parsers: the language must
// be installed before any help text or error is translated. A LANG that is not shipped, or a missing
// one, sets `error` (in the language installed at the time).
QString takeLanguageArgument(QStringList *arguments, QString *error);

// The language installTranslations() chose ("en" before it ran).
QString currentLanguage();

// Switches the language for as long as it lives, then switches back: a German user can write a report
// in English for a support engineer. An empty language or the current one changes nothing. Translators
// are process-wide, so a scope belongs on the GUI thread around work that finishes before it ends.
class LanguageScope {
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous; // empty: nothing was switched
};

// A value whose text is translated as it is made (a catalog read from JSON, a list of descriptions),
// made once per language on first use: a report built inside a LanguageScope gets its own language's
// text, not the first one's. References stay valid for the program's life (std::map does not move its
// values). Thread-safe.
template<typename T> class PerLanguage {
public:
    explicit PerLanguage(std::function<T()> make)
        : m_make(std::move(make))
    {
    }

    const T &get()
    {
        const QMutexLocker locker(&m_mutex);
        const QString language = currentLanguage();
        auto found = m_values.find(language);
        if (found == m_values.end())
            found = m_values.emplace(language, m_make()).first;
        return found->second;
    }

private:
    std::function<T()> m_make;
    QMutex m_mutex;
    std::map<QString, T> m_values;
};
