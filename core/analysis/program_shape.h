#pragma once
// What any run looks like from the cores' side, whatever the workload: how many cores were busy
// at once (parallelism, or only taking turns), and, for a recorded program, its process tree. The
// summary and the window's findings say it in words.

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace samtidig {

class Trace;

struct CoreParallelism {
    std::int64_t anyBusyNs = 0; // time with at least one core running our tasks
    std::int64_t coreBusyNs = 0; // summed over the cores
    std::int64_t severalBusyNs = 0; // time with two or more cores running our tasks at once
    int maxCoresAtOnce = 0;
    // [k]: the time exactly k cores ran our tasks at once (k >= 1; [0] stays 0).
    std::vector<std::int64_t> nsWithCoresBusy;
    int threadsThatRan = 0; // tasks with time on a core, processes' main threads included
    int processesThatRan = 0; // processes with at least one thread that ran
    // Cores in use on average while any was (1.0: taking turns; 2.0: two at once all the time).
    double averageCoresWhileBusy() const
    {
        return anyBusyNs > 0 ? static_cast<double>(coreBusyNs) / static_cast<double>(anyBusyNs) : 0.0;
    }
};
CoreParallelism coreParallelism(const Trace &trace);

struct ProcessNode {
    std::uint32_t task = 0;
    std::int32_t pid = 0;
    std::int32_t parentPid = 0; // 0: the first process (or its parent was not recorded)
    QString command;
    int threads = 0; // its threads, the main thread included
    std::int64_t beginNs = -1;
    std::int64_t endNs = -1;
};
// The processes of the trace, parents before their children.
std::vector<ProcessNode> processTree(const Trace &trace);

// Where one thread's time went, from the scheduling source: on a core, ready but waiting for one,
// or blocked (waiting for something else: a lock, I/O, a sleep, Python's GIL).
struct ThreadActivity {
    std::uint32_t task = 0;
    std::int32_t tid = 0;
    std::int64_t onCpuNs = 0;
    std::int64_t readyNs = 0;
    std::int64_t blockedNs = 0;
    std::int64_t gilWaitNs = 0; // of blockedNs' time: waits for CPython's GIL (preload library)
    std::int64_t knownNs() const { return onCpuNs + readyNs + blockedNs; }
};

// A recorded program's run in the plain facts its description is made of: how many threads did
// work and on how many cores at once, which threads mostly waited and for what, how the program
// ended and what was still running.
struct ProgramActivity {
    CoreParallelism cores;
    // Threads that did a share of the work (on a core at least a tenth as long as the busiest, and
    // at least a hundredth of the run), busiest first; the processes they belong to.
    std::vector<ThreadActivity> busyThreads;
    int busyProcesses = 0;
    bool statesKnown = false; // ready and blocked times come from the kernel (not estimated)
    bool firstProcessEnded = false; // the process the program started as
    std::optional<int> exitStatus; // of the first process, once the run has ended
    std::optional<int> signal; // the signal that killed the first process
    QString signalName; // "SEGV"
    std::vector<ProcessNode> stillRunning; // not ended (live), or ended by Stop or the timeout
};
ProgramActivity programActivity(const Trace &trace);

// A thread counts as mostly in a state when it spent at least this share of its known time there.
inline constexpr double kMostlyShare = 0.5;

} // namespace samtidig
