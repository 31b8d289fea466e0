#pragma once
// How a Python program's threads shared CPython's GIL (as the preload library saw it): how many
// wanted to run at once and how many cores they used meanwhile. Threads that wait for the GIL
// take turns on the cores, however many there are; the findings and the summary say so in words.

#include <QString>

#include <cstdint>

namespace samtidig {

class Trace;

// Counted over the time some thread waited for the GIL.
struct GilTurns {
    int threads = 0; // threads that wanted it then (held it or waited for it), on average, rounded
    std::int64_t contendedNs = 0; // how long some thread waited for it
    std::int64_t onCpuNs = 0; // the Python threads' time on a core meanwhile (kernel source)
    double coresUsed() const // on average over that time
    {
        return contendedNs > 0 ? static_cast<double>(onCpuNs) / static_cast<double>(contendedNs) : 0.0;
    }
    bool deadlocked = false; // the GIL is in a deadlock: its holder waits for a lock its waiter holds
    // Two or more wanted it at once, and some thread waited for it a tenth of a run of `runNs` or
    // more (threads that wait on I/O and wake into a held GIL now and then did not take turns), and
    // they did take turns: in a deadlock its holder keeps it, and the deadlock says so.
    bool tookTurns(std::int64_t runNs) const
    {
        return threads >= 2 && contendedNs * 10 >= runNs && !deadlocked;
    }
};
// Empty (threads 0) when no thread of the trace waited for a GIL.
GilTurns gilTurns(const Trace &trace);

// "2 threads wanted to run, but only one may hold the GIL: they took turns, 1.0 cores used on 2."
// Empty unless they took turns (GilTurns::tookTurns). The summary's `gil` object carries it; the
// findings say it once, with the threads that waited, in describeProgram().
// In the "Analysis" translation context.
QString describeGilTurns(const Trace &trace);

} // namespace samtidig
