#pragma once
// The kernel's own context-switch records as a scheduling source: one perf fd per CPU, opened with
// inherit = 1 on the runner's pid before the workload creates anything (why: the README's
// Architecture, "Decisions").
//
// SAMTIDIG_FORCE_NO_PERF=1 in the environment makes start() refuse, as a kernel with
// perf_event_paranoid 3 would: tests use it to check the estimate fallback.

#include "sched/perf_ring_buffer.h"
#include "sched/sched_source.h"

#include <vector>

namespace samtidig {

class KernelSchedSource final : public SchedSource
{
public:
    explicit KernelSchedSource(int cpuCount);
    SchedulingSource kind() const override { return SchedulingSource::Kernel; }
    bool start(pid_t runnerPid, QString *whyNot) override;
    void drain(std::vector<Event> &out, std::vector<TaskNote> &notes) override;
    void collect() override;
    std::uint64_t lost() const override { return m_stats.lost; }

    std::size_t peakFillBytes() const override { return m_highWater; }
    std::size_t bufferBytes() const override { return m_buffers.empty() ? 0 : m_buffers.front().dataBytes(); }
    const PerfParseStats &stats() const { return m_stats; }

private:
    int m_cpuCount = 0;
    std::vector<PerfRingBuffer> m_buffers;
    PerfParseStats m_stats;
    std::vector<PerfSwitch> m_switches; // collected since the last drain, merged across CPUs there
    std::vector<PerfTaskRecord> m_tasks;
    std::size_t m_highWater = 0;
};

} // namespace samtidig
