#pragma once
// What the two shared-counter scenarios (race, mutex) have in common: the same threads add one to
// the same counter the same way, so that the two can be compared run for run; only the addition
// itself differs (with or without the mutex).

#include "scenarios/parameters.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace samtidig {

class RunContext;

class CounterParams
{
    Q_DECLARE_TR_FUNCTIONS(CounterParams)
public:
    // "threads" (2 to 256, one per core by default), "increments" (1 to 1000, 100), "window_us" (the
    // work between a read and its write, 0 to 10 000 µs, 2 000) and "work_us" (between two
    // increments, 0 to 50 000 µs, 8 000), the last two with the scenario's own help texts.
    static std::vector<ParamSpec> all(const QString &windowHelp, const QString &workHelp);
};

struct CounterRun {
    int threads = 0;
    int increments = 0;
    std::uint64_t windowNs = 0; // work between a read and its write
    std::uint64_t workNs = 0; // work before each increment

    static CounterRun from(const ParamValues &params);
    // Starts the threads (recorded as "thread 1".."thread N" under the run's main task), lets them
    // begin at the same moment, and has each call `increment` `increments` times after `workNs` of
    // work; returns when all have ended.
    void runThreads(RunContext &context, const std::function<void()> &increment) const;
    // The results both report: threads, increments per thread, expected, actual, lost.
    QJsonObject results(std::int64_t actual) const;
};

} // namespace samtidig
