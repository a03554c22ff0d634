#pragma once

#include <QLocale>
#include <QString>

// Installs the program's translations (embedded under :/i18n) and, where the system has them, Qt's
// own, for `language` ("de", "ja", "en") or, when empty, the system locale. Returns the language in
// use: "en" when no translation matched.
QString installTranslations(const QString &language = QString());

// The language installTranslations() chose ("en" before it ran).
QString currentLanguage();

// The languages the program ships, English first.
QStringList availableLanguages();
