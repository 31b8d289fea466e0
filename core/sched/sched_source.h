#pragma once
// Where on-CPU slices come from. The kernel source reads the kernel's own context-switch records
// (perf_event_open, PERF_RECORD_SWITCH); where the kernel refuses, the run falls back to the
// estimate source (self-reported work chunks, see sync/cpu_work.h, plus /proc sampling).
// A source lives in the consumer process (window or CLI); drain() runs on the consumer thread.

#include "record/event.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <sys/types.h>
#include <vector>

namespace samtidig {

// Maps a kernel thread id to the recorded task id; 0 when the thread is not registered (yet).
using TidResolver = std::function<std::uint32_t(std::int32_t tid)>;

class SchedSource
{
public:
    virtual ~SchedSource() = default;
    virtual SchedulingSource kind() const = 0;
    // Called while the runner waits for Go, before any workload thread or process exists, so that
    // everything the workload creates is followed from its first instruction.
    virtual bool start(pid_t runnerPid, QString *whyNot) = 0;
    // The workload's own records of this drain pass (all rings, not sorted across them), handed
    // over just before drain(). The estimate source needs them to know when the workload reports
    // its own slices, so that it adds nothing that contradicts them; the kernel source ignores them.
    virtual void observe(std::span<const Event> recorded) { (void)recorded; }
    // Appends SliceBegin/SliceEnd events (SliceEnd a = 1 when preempted) with task ids resolved
    // through `resolve`, in time order per CPU. Called about every millisecond. An event whose tid
    // does not resolve carries task 0 and the tid in `b`: the consumer gives it a lane of its own.
    virtual void drain(const TidResolver &resolve, std::vector<Event> &out) = 0;
    // Records the kernel could not deliver (its buffer overflowed), counted as dropped events.
    virtual std::uint64_t lost() const = 0;
};

// The kernel's context-switch records; start() fails with a reason where perf_event_open is refused.
std::unique_ptr<SchedSource> makeKernelSchedSource(int cpuCount);
// /proc/<pid>/task/<tid>/stat sampling that complements the workload's self-reported slices.
std::unique_ptr<SchedSource> makeEstimateSchedSource();

} // namespace samtidig
