#pragma once
// The scheduling source used where the kernel refuses its switch records. The workload's cpuWork
// reports its own on-CPU slices (split at preemptions, stamped with sched_getcpu()); this source
// adds, from /proc sampling at about 1 kHz, one slice per thread for the CPU time it gained
// (schedstat) in intervals when no task was inside cpuWork, judged 30 ms late. Amounts are exact,
// the placement inside the ~1 ms interval is an estimate (why only that: the README's
// Architecture, "Decisions").

#include "sched/proc_task_sampler.h"
#include "sched/sched_source.h"

#include <deque>
#include <unordered_map>
#include <vector>

namespace samtidig {

class EstimateSchedSource final : public SchedSource
{
public:
    SchedulingSource kind() const override { return SchedulingSource::Estimate; }
    bool start(pid_t runnerPid, QString *whyNot) override;
    void observe(std::span<const Event> recorded) override;
    void drain(std::vector<Event> &out, std::vector<TaskNote> &notes) override;
    std::uint64_t lost() const override { return 0; }
    // It samples /proc on the drain passes (about every ms): they come at least every 2 ms, as
    // they did for every run before a quiet run's consumer slept longer.
    std::uint64_t longestDrainIntervalNs() const override { return 2'000'000; }
    // The oldest interval not judged yet, or the one being sampled: its slices come at least
    // kJudgeDelayNs later, more when the consumer is kept off the CPU.
    std::uint64_t heldSinceNs() const override
    {
        return m_held.empty() ? m_lastSampleNs : m_held.front().fromNs;
    }

private:
    struct Ran {
        pid_t pid = 0;
        pid_t tid = 0;
        int cpu = 0;
        std::uint64_t ns = 0;
        bool stillRunnable = false;
    };
    struct Interval {
        std::uint64_t fromNs = 0;
        std::uint64_t toNs = 0;
        std::vector<Ran> ran;
    };
    void emitInterval(const Interval &interval, std::vector<Event> &out);
    void noteTask(const ProcTaskSample &s, std::uint64_t now, std::vector<TaskNote> &notes);

    ProcTaskSampler m_sampler;
    std::vector<ProcTaskSample> m_samples;
    std::unordered_map<pid_t, std::uint64_t> m_execNs; // tid -> on-CPU ns at the last sample
    std::unordered_map<pid_t, std::array<char, 16>> m_names; // tid -> command name last noted
    std::unordered_map<std::uint32_t, std::uint64_t> m_inWork; // task -> its WorkBegin time
    std::uint64_t m_lastWorkEndNs = 0;
    std::uint64_t m_lastSampleNs = 0;
    std::uint64_t m_nextSampleNs = 0;
    unsigned m_passes = 0;
    std::deque<Interval> m_held; // intervals waiting to be judged, oldest first
    std::vector<std::uint64_t> m_cpuCursorNs; // end of the last slice emitted on each CPU
};

} // namespace samtidig
