#pragma once
// What the window tests share at their start: settings of their own, empty, and English texts.
// Header-only; each test is its own executable.

#include "i18n/language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace samtidig::test {

// Settings in the test location under `testName`, cleared, and the English catalogue installed:
// nothing a user or an earlier test saved shows through. False if English could not be installed.
inline bool startWithEmptySettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamtidigTest"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    return installLanguage(QStringLiteral("en"));
}

} // namespace samtidig::test
