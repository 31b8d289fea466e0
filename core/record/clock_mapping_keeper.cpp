#include "record/clock_mapping_keeper.h"

#include "record/clock.h"
#include "record/recording_clock.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace samtidig {

namespace {

constexpr double kShiftScale = static_cast<double>(1ull << kClockShift);
constexpr std::uint64_t kRateBaselineNs = 1'000'000'000; // rate from samples up to 1 s apart
constexpr std::uint64_t kMinRateBaselineNs = 20'000'000; // shorter baselines are too noisy
constexpr int kSampleTries = 5;

std::uint64_t toMult(double nsPerTick)
{
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(nsPerTick * kShiftScale)));
}

} // namespace

ClockMappingKeeper::Sample ClockMappingKeeper::sample()
{
    Sample best;
#if defined(__x86_64__)
    std::uint64_t bestWindow = UINT64_MAX;
    for (int i = 0; i < kSampleTries; ++i) {
        // lfence keeps each rdtsc in program order with the clock read it brackets.
        _mm_lfence();
        const std::uint64_t before = __rdtsc();
        _mm_lfence();
        const std::uint64_t ns = monotonicNs();
        _mm_lfence();
        const std::uint64_t after = __rdtsc();
        if (after - before < bestWindow) {
            bestWindow = after - before;
            best = Sample { before + (after - before) / 2, ns };
        }
    }
#endif
    return best;
}

void ClockMappingKeeper::initialize(ClockMapping &mapping)
{
    if (!RecordingClock::tscUsable()) {
        mapping.mode.store(static_cast<std::uint32_t>(ClockMode::Gettime), std::memory_order_release);
        return;
    }
    // The first rate over ~10 ms is good to ~10 ppm even with a slow clock_gettime; the keeper refines it
    // over a 1 s baseline.
    const Sample first = sample();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const Sample second = sample();
    if (second.tsc <= first.tsc || second.ns <= first.ns) {
        mapping.mode.store(static_cast<std::uint32_t>(ClockMode::Gettime), std::memory_order_release);
        return;
    }
    const double nsPerTick
        = static_cast<double>(second.ns - first.ns) / static_cast<double>(second.tsc - first.tsc);
    mapping.baseTsc.store(second.tsc, std::memory_order_relaxed);
    mapping.baseNs.store(second.ns, std::memory_order_relaxed);
    mapping.mult.store(toMult(nsPerTick), std::memory_order_relaxed);
    mapping.mode.store(static_cast<std::uint32_t>(ClockMode::Tsc), std::memory_order_release);
}

ClockMappingKeeper::ClockMappingKeeper(ClockMapping &mapping)
    : m_mapping(mapping)
    , m_active(static_cast<ClockMode>(mapping.mode.load(std::memory_order_acquire)) == ClockMode::Tsc)
{
    if (!m_active)
        return;
    m_baseTsc = mapping.baseTsc.load(std::memory_order_acquire);
    m_baseNs = mapping.baseNs.load(std::memory_order_acquire);
    m_mult = mapping.mult.load(std::memory_order_acquire);
    // Until the keeper's own samples span kMinRateBaselineNs, the published slope is the rate.
    m_nsPerTick = static_cast<double>(m_mult) / kShiftScale;
}

bool ClockMappingKeeper::steerIfDue()
{
    if (!m_active)
        return false;
    const std::uint64_t now = monotonicNs();
    if (now < m_nextSteerNs)
        return false;
    steer();
    m_nextSteerNs = now + kSteerIntervalNs;
    return true;
}

void ClockMappingKeeper::steer()
{
    if (!m_active)
        return;
    const Sample s = sample();
    const std::int64_t error
        = static_cast<std::int64_t>(s.ns - RecordingClock::mapTsc(s.tsc, m_baseTsc, m_baseNs, m_mult));
    m_lastErrorNs = error;
    m_maxAbsErrorNs = std::max(m_maxAbsErrorNs, static_cast<std::uint64_t>(error < 0 ? -error : error));
    ++m_steers;

    m_history.push_back(s);
    while (m_history.size() > 2 && s.ns - m_history[1].ns >= kRateBaselineNs)
        m_history.pop_front();
    const Sample &ref = m_history.front();
    if (s.ns - ref.ns >= kMinRateBaselineNs && s.tsc > ref.tsc)
        m_nsPerTick = static_cast<double>(s.ns - ref.ns) / static_cast<double>(s.tsc - ref.tsc);

    const double correction = std::clamp(static_cast<double>(error) / static_cast<double>(kConvergeNs),
                                         -kMaxCorrection, kMaxCorrection);
    publish(toMult(m_nsPerTick * (1.0 + correction)), error > kStepNs ? error : 0);
}

void ClockMappingKeeper::publish(std::uint64_t mult, std::int64_t stepNs)
{
#if defined(__x86_64__)
    // Odd sequence first; the locked add is a full barrier and lfence keeps the rdtsc after it, so
    // a reader that still gets the old fields read its counter before the new anchor.
    const std::uint32_t seq = m_mapping.sequence.fetch_add(1, std::memory_order_acq_rel);
    _mm_lfence();
    const std::uint64_t tsc = __rdtsc();
    // Continuity: the new line starts where the old one is now (plus a forward step, if any).
    const std::uint64_t ns
        = RecordingClock::mapTsc(tsc, m_baseTsc, m_baseNs, m_mult) + static_cast<std::uint64_t>(stepNs);
    // Release stores: the odd sequence is visible before any of them.
    m_mapping.baseTsc.store(tsc, std::memory_order_release);
    m_mapping.baseNs.store(ns, std::memory_order_release);
    m_mapping.mult.store(mult, std::memory_order_release);
    m_mapping.sequence.store(seq + 2, std::memory_order_release);
    m_baseTsc = tsc;
    m_baseNs = ns;
    m_mult = mult;
#else
    (void)mult;
    (void)stepNs;
#endif
}

} // namespace samtidig
