#pragma once
// UI language: which one to use (--lang, saved choice, system locale) and installing the
// translators (Samtidig's own, embedded, plus Qt's qtbase for standard dialogs and buttons).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace samtidig {

// The first of the user's languages (LANGUAGE, else LC_ALL / LC_MESSAGES / LANG) that Samtidig
// speaks: "da" or "en"; "en" when none of them is either.
QString systemLanguage();
QStringList supportedLanguages(); // {"en", "da"}
bool isSupportedLanguage(const QString &code);
// Replaces any translators installed earlier by this function. Posts QEvent::LanguageChange to
// every widget (Qt does that when translators change), so open windows retranslate live.
bool installLanguage(const QString &code);
QString currentLanguage();

} // namespace samtidig
