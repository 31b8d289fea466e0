#pragma once
// Keeps a region's ClockMapping (time stamp counter -> CLOCK_MONOTONIC ns) true while writers
// stamp with it. Lives on the consumer side (RingConsumer steers on its drain passes) so the
// workload gets no extra thread. Like kernel timekeeping, it never steps the mapping back: each
// update re-anchors at the value the old mapping gives at that instant and changes only the slope,
// so that the error against clock_gettime shrinks over the next kConvergeNs. Every writer's
// stamps therefore stay continuous and monotonic while tracking an NTP-slewed CLOCK_MONOTONIC.

#include "record/region_layout.h"

#include <cstdint>
#include <deque>

namespace samtidig {

class ClockMappingKeeper
{
public:
    // Chooses the region's clock (ClockMode::Tsc where RecordingClock::tscUsable(), else Gettime)
    // and publishes a first mapping calibrated over a few milliseconds. Before any writer attaches.
    static void initialize(ClockMapping &mapping);

    explicit ClockMappingKeeper(ClockMapping &mapping);

    bool isActive() const { return m_active; }
    // Steers if kSteerIntervalNs passed since the last time; returns true if it did.
    bool steerIfDue();
    // Measures the error against clock_gettime and publishes a corrected mapping now.
    void steer();

    // clock_gettime minus the mapping, measured at the last steer (before correcting it).
    std::int64_t lastErrorNs() const { return m_lastErrorNs; }
    std::uint64_t maxAbsErrorNs() const { return m_maxAbsErrorNs; }
    std::uint64_t steers() const { return m_steers; }

    static constexpr std::uint64_t kSteerIntervalNs = 10'000'000;
    static constexpr std::uint64_t kConvergeNs = 50'000'000;
    // Slope correction bound: more than NTP's 500 ppm slew limit needs, small enough that a stalled
    // consumer cannot let the extrapolated mapping run away (<= 0.2 us per ms of stall).
    static constexpr double kMaxCorrection = 200e-6;
    // Errors beyond this (a suspended or migrated VM) are stepped if forward; backward ones are
    // slewed, since stamps must not go back.
    static constexpr std::int64_t kStepNs = 1'000'000;

private:
    struct Sample {
        std::uint64_t tsc = 0; // midpoint of the narrowest rdtsc .. rdtsc window
        std::uint64_t ns = 0; // clock_gettime(CLOCK_MONOTONIC) inside that window
    };
    static Sample sample();
    void publish(std::uint64_t mult, std::int64_t stepNs);

    ClockMapping &m_mapping;
    bool m_active = false;
    std::uint64_t m_baseTsc = 0; // what was last published (this is the only writer)
    std::uint64_t m_baseNs = 0;
    std::uint64_t m_mult = 0;
    double m_nsPerTick = 0; // rate estimate without the correction
    std::deque<Sample> m_history; // samples of the last ~kRateBaselineNs, for the rate
    std::uint64_t m_nextSteerNs = 0;
    std::int64_t m_lastErrorNs = 0;
    std::uint64_t m_maxAbsErrorNs = 0;
    std::uint64_t m_steers = 0;
};

} // namespace samtidig
