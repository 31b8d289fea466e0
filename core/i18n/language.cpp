#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace samtidig {

namespace {
std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

QString systemLanguage()
{
    // The user's languages in order of preference: LANGUAGE (da:en) if set, else LC_ALL, LC_MESSAGES
    // or LANG. Qt reads them from the environment, so a locale that is not generated still counts.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Danish)
            return QStringLiteral("da");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QStringList supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("da") };
}

bool isSupportedLanguage(const QString &code)
{
    return supportedLanguages().contains(code);
}

bool installLanguage(const QString &code)
{
    if (!isSupportedLanguage(code))
        return false;
    if (g_own)
        QCoreApplication::removeTranslator(g_own.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    // The locale first: installing a translator sends LanguageChange at once, and what retranslates
    // then (chart axes, durations) must already format numbers the new language's way.
    QLocale::setDefault(QLocale(code == QLatin1String("da") ? QLocale::Danish : QLocale::English,
                                code == QLatin1String("da") ? QLocale::Denmark : QLocale::UnitedStates));
    g_own = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    // The .qm files are built from translations/*.ts and embedded under :/i18n.
    const bool ownOk = g_own->load(QStringLiteral(":/i18n/samtidig_%1.qm").arg(code));
    if (ownOk)
        QCoreApplication::installTranslator(g_own.get());
    if (code != QLatin1String("en")
        && g_qt->load(QStringLiteral("qtbase_%1").arg(code),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    g_current = code;
    return ownOk;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace samtidig
