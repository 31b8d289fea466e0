#pragma once
// What any run looks like from the cores' side, whatever the workload: how many cores were busy
// at once (parallelism, or only taking turns), and, for a recorded program, its process tree. The
// summary and the window's findings say it in words.

#include <QString>

#include <cstdint>
#include <vector>

namespace samtidig {

class Trace;

struct CoreParallelism {
    std::int64_t anyBusyNs = 0; // time with at least one core running our tasks
    std::int64_t coreBusyNs = 0; // summed over the cores
    std::int64_t severalBusyNs = 0; // time with two or more cores running our tasks at once
    int maxCoresAtOnce = 0;
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

} // namespace samtidig
