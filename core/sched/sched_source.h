#pragma once
// Where on-CPU slices come from. The kernel source reads the kernel's own context-switch records
// (perf_event_open, PERF_RECORD_SWITCH); where the kernel refuses, the run falls back to the
// estimate source (self-reported work chunks, see sync/cpu_work.h, plus /proc sampling).
// A source lives in the consumer process (window or CLI); drain() runs on the consumer thread.

#include "record/event.h"
#include "record/task_note.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <sys/types.h>
#include <vector>

namespace samtidig {

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
    // Appends SliceBegin/SliceEnd events (SliceEnd `a` says why it ended), in time order per CPU,
    // each with task 0 and kernelIds(pid, tid) in `b`: the trace builder knows the thread's task;
    // and what it learnt of threads coming into being and their names to `notes`. Called every
    // 0.5 to 5 ms (RingConsumer), at most longestDrainIntervalNs() apart.
    virtual void drain(std::vector<Event> &out, std::vector<TaskNote> &notes) = 0;
    // Takes what a bounded kernel buffer holds into the source's own memory, so that the kernel has
    // room again; the next drain() hands it over. Cheap, and called between the pieces of a long
    // pass: a consumer kept off the CPU by hundreds of runnable threads copies the rings in bursts,
    // and each burst gives the kernel's buffers room too.
    virtual void collect() { }
    // A bounded kernel buffer's size (one CPU's), and the most any one held when collected (bytes);
    // 0 for a source without one.
    virtual std::size_t bufferBytes() const { return 0; }
    virtual std::size_t peakFillBytes() const { return 0; }
    // Records the kernel could not deliver (its buffer overflowed), counted as dropped events.
    virtual std::uint64_t lost() const = 0;
    // The longest the consumer may sleep between two drains for this source (a source that samples
    // on the drain passes needs their pace); otherwise the consumer's own (RingConsumer).
    virtual std::uint64_t longestDrainIntervalNs() const { return UINT64_MAX; }
    // Every record a later drain() gives is stamped at or after this (monotonic ns): the
    // consumer's watermark does not pass it. A source that hands over what it collected as soon
    // as it is drained holds nothing back (the kernel's records are stamped when they happen).
    virtual std::uint64_t heldSinceNs() const { return UINT64_MAX; }
};

// The kernel's context-switch records; start() fails with a reason where perf_event_open is refused.
std::unique_ptr<SchedSource> makeKernelSchedSource(int cpuCount);
// /proc/<pid>/task/<tid>/stat sampling that complements the workload's self-reported slices.
std::unique_ptr<SchedSource> makeEstimateSchedSource();

} // namespace samtidig
