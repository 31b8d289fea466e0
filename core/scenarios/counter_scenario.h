#pragma once
// The parameters the two shared-counter scenarios (race, mutex) have in common: the same threads
// add one to the same counter, so that the two can be compared run for run.

#include "scenarios/parameters.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace samtidig {

class CounterParams
{
    Q_DECLARE_TR_FUNCTIONS(CounterParams)
public:
    // "threads" (2 to 256, one per core by default), "increments" (1 to 1000, 100), "window_us" (the
    // work between a read and its write, 0 to 10 000 µs, 2 000) and "work_us" (between two
    // increments, 0 to 50 000 µs, 8 000), the last two with the scenario's own help texts.
    static std::vector<ParamSpec> all(const QString &windowHelp, const QString &workHelp);
};

} // namespace samtidig
