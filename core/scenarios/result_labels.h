#pragma once
// Human labels, in the UI language, for the keys of the scenarios' results sections (the JSON
// keys themselves stay stable for scripts).

#include <QCoreApplication>
#include <QString>

namespace samtidig {

class ResultLabels
{
    Q_DECLARE_TR_FUNCTIONS(ResultLabels)
public:
    // "lost" -> "Lost updates"; an unknown key is prettified ("some_key" -> "Some key").
    static QString label(const QString &key);
    // Whether `key` has a label of its own (every key a scenario reports must: tst_scenario_defaults).
    static bool has(const QString &key);
    // Where `key` goes in a results table: what was run first, then what should have happened
    // and what did, then the measurements, then each task's details. Lower comes first; keys with
    // no place of their own come last (sort those by name).
    static int order(const QString &key);
};

} // namespace samtidig
