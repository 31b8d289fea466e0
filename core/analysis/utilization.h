#pragma once
// Pure functions over a finished or live trace: how busy each core was over time, and where each
// task spent its time. Live traces count their open spans up to trace.endNs().

#include <cstdint>
#include <vector>

namespace samtidig {

class Trace;

// Fraction of each of `bins` equal bins of [t0, t1) during which the core ran a task, 0..1.
struct CoreUtilization {
    int cpu = 0;
    std::vector<double> busy;
};
std::vector<CoreUtilization> coreUtilization(const Trace &trace, int bins, std::int64_t t0, std::int64_t t1);
// The same over the whole run, [0, trace.endNs()).
std::vector<CoreUtilization> coreUtilization(const Trace &trace, int bins);

// Time per state. The sched and sync tracks overlap (a task waiting for a lock is also blocked
// in the kernel), so these do not add up to the task's lifetime.
struct TaskTimeTotals {
    std::uint32_t task = 0;
    std::int64_t onCpuNs = 0; // Running, or self-reported Working
    std::int64_t runnableNs = 0; // preempted, waiting for a core
    std::int64_t blockedNs = 0; // off the CPU for a reason the kernel knows
    std::int64_t lockWaitNs = 0;
    std::int64_t sleepingNs = 0;
    std::int64_t awaitingNs = 0; // coroutine suspended at co_await
    std::int64_t condWaitNs = 0;
    std::int64_t gilWaitNs = 0; // of condWaitNs: a Python thread waiting for the GIL (preload library)
    std::int64_t gilHeldNs = 0; // a Python thread holding the GIL (it may run or be preempted meanwhile)
    std::int64_t stalledNs = 0;
};
// True when the trace has CPython's GIL (a name "GIL" of kind Condition, from the preload library).
bool hasGil(const Trace &trace);
// True when `name` is a GIL's (one per recorded Python process).
bool isGilName(const Trace &trace, std::uint32_t name);
// One entry per task lane, in taskLanes order.
std::vector<TaskTimeTotals> taskTimeTotals(const Trace &trace);

} // namespace samtidig
