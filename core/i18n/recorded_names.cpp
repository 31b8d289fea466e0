#include "i18n/recorded_names.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <array>
#include <cstring>
#include <utility>

namespace samtidig {

namespace {
constexpr const char *kContext = "samtidig::RecordedNames";

// Indexed by RecordedWord and RecordedFixed.
constexpr std::array kNumbered = {
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "thread %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "process %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "fork %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "philosopher %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "writer %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "reader %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "worker %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "coroutine %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "producer %1"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "consumer %1"),
};
static_assert(kNumbered.size() == std::size_t(RecordedWord::Consumer) + 1);
constexpr std::array kFixed = {
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "counter lock"),
    QT_TRANSLATE_NOOP("samtidig::RecordedNames", "table"),
};
static_assert(kFixed.size() == std::size_t(RecordedFixed::Table) + 1);
// A user's program's lock, named by where it was first taken (TraceBuilder records these in English).
constexpr std::array kSites = {
    std::pair { "mutex at ", QT_TRANSLATE_NOOP("samtidig::RecordedNames", "mutex at %1") },
    std::pair { "rwlock at ", QT_TRANSLATE_NOOP("samtidig::RecordedNames", "rwlock at %1") },
    std::pair { "semaphore at ", QT_TRANSLATE_NOOP("samtidig::RecordedNames", "semaphore at %1") },
    std::pair { "condition at ", QT_TRANSLATE_NOOP("samtidig::RecordedNames", "condition at %1") },
};

// Every spelling of a known name, in English and in Danish, mapped to its source text. Built once:
// the Danish spellings come from the embedded Danish translation, whatever language is installed.
struct Spellings {
    QHash<QString, const char *> numberedWords; // "thread", "tråd" -> "thread %1"
    QHash<QString, const char *> fixed; // "counter lock", "tællerlås" -> "counter lock"
};

QString wordOf(const QString &pattern)
{
    return pattern.section(QLatin1Char(' '), 0, -2); // "thread %1" -> "thread"
}

const Spellings &spellings()
{
    static const Spellings table = [] {
        Spellings s;
        QTranslator danish;
        const bool haveDanish = danish.load(QStringLiteral(":/i18n/samtidig_da.qm"));
        const auto spell = [&](const char *source) {
            QStringList all { QString::fromUtf8(source) };
            if (haveDanish) {
                const QString da = danish.translate(kContext, source);
                if (!da.isEmpty())
                    all << da;
            }
            return all;
        };
        for (const char *source : kNumbered)
            for (const QString &pattern : spell(source))
                s.numberedWords.insert(wordOf(pattern), source);
        for (const char *source : kFixed)
            for (const QString &name : spell(source))
                s.fixed.insert(name, source);
        return s;
    }();
    return table;
}
} // namespace

QString recordedName(RecordedWord word, int number)
{
    return QCoreApplication::translate(kContext, kNumbered[std::size_t(word)]).arg(number);
}

QString recordedName(RecordedFixed name)
{
    return QCoreApplication::translate(kContext, kFixed[std::size_t(name)]);
}

QString displayedName(const QString &recorded)
{
    const Spellings &s = spellings();
    if (const auto fixed = s.fixed.constFind(recorded); fixed != s.fixed.constEnd())
        return QCoreApplication::translate(kContext, fixed.value());
    for (const auto &[prefix, pattern] : kSites)
        if (recorded.startsWith(QLatin1String(prefix)))
            return QCoreApplication::translate(kContext, pattern)
                .arg(QStringView(recorded).mid(qsizetype(std::strlen(prefix))));
    const qsizetype space = recorded.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return recorded;
    bool isNumber = false;
    const int number = QStringView(recorded).mid(space + 1).toInt(&isNumber);
    if (!isNumber)
        return recorded;
    const auto word = s.numberedWords.constFind(recorded.left(space));
    if (word == s.numberedWords.constEnd())
        return recorded;
    return QCoreApplication::translate(kContext, word.value()).arg(number);
}

} // namespace samtidig
