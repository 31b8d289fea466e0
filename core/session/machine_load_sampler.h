#pragma once
// Samples the whole machine's per-CPU busy time (/proc/stat) during a run, so the trace can say how
// much of each core other programs took. Only with exact per-core slices of our own tasks (the
// kernel source): without them our time cannot be told from others'.

#include <cstdint>

namespace samtidig {

class TraceBuilder;

class MachineLoadSampler
{
public:
    // Often enough that a phase of a few hundred milliseconds gets samples near its ends;
    // /proc/stat counts in 10 ms ticks anyway.
    static constexpr std::uint64_t kIntervalNs = 75'000'000;

    explicit MachineLoadSampler(TraceBuilder &builder)
        : m_builder(builder)
    { }

    // Takes the first sample at the run's origin (absolute CLOCK_MONOTONIC ns).
    void start(std::uint64_t originNs);
    // A sample if the interval has passed since the last one, or `force` (the run's end).
    void sample(std::uint64_t nowNs, bool force);
    bool active() const { return m_lastNs != 0; }

private:
    TraceBuilder &m_builder;
    std::uint64_t m_originNs = 0;
    std::uint64_t m_lastNs = 0; // 0 while not sampling (not started, or /proc/stat failed)
};

} // namespace samtidig
