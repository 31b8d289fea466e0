#pragma once
// The clock that stamps recorded events: CLOCK_MONOTONIC nanoseconds, read on the hot path from the
// time stamp counter through the region's ClockMapping when the region uses ClockMode::Tsc (a
// rdtsc costs a fraction of a clock_gettime on virtual machines with kvm-clock), else
// clock_gettime itself. Everything that goes into a ring is stamped by recordingNs(); durations,
// deadlines and watermarks that never enter a ring stay on monotonicNs().

#include "record/clock.h"
#include "record/region_layout.h"

#include <cstdint>

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

namespace samtidig {

namespace RecordingClock {

// Points this process's stamps at `mapping` (null or ClockMode::Gettime: clock_gettime).
// Recorder::attach calls it; forked children inherit it with the shared mapping.
void use(const ClockMapping *mapping);
const ClockMapping *current();

// True where stamps may come from the time stamp counter: x86-64 with an invariant TSC
// (constant_tsc and nonstop_tsc) and SAMTIDIG_CLOCK is not "gettime". `why` says why not.
bool tscUsable(const char **why = nullptr);

// The mapping applied to one counter value; `tsc` may lie before baseTsc (another CPU's counter
// read just before an update): the arithmetic is signed, so the result stays monotonic.
inline std::uint64_t mapTsc(std::uint64_t tsc, std::uint64_t baseTsc, std::uint64_t baseNs,
                            std::uint64_t mult)
{
    __extension__ using Int128 = __int128;
    const auto delta = static_cast<std::int64_t>(tsc - baseTsc);
    const auto scaled
        = static_cast<std::int64_t>((static_cast<Int128>(delta) * static_cast<Int128>(mult)) >> kClockShift);
    return baseNs + static_cast<std::uint64_t>(scaled);
}

} // namespace RecordingClock

namespace detail {
extern const ClockMapping *g_recordingClock; // null: clock_gettime
// The last stamp this thread took from the counter: stamps never go backwards within a thread,
// even across the rare clock_gettime fallback (which may differ from the mapping by the error).
extern constinit thread_local std::uint64_t t_lastRecordingNs; // constinit: no TLS wrapper call
inline constexpr int kClockReadAttempts = 64;
} // namespace detail

inline std::uint64_t recordingNs() noexcept
{
#if defined(__x86_64__)
    const ClockMapping *m = detail::g_recordingClock;
    if (!m)
        return monotonicNs();
    std::uint64_t ns = 0;
    for (int attempt = 0;; ++attempt) {
        // Sequence lock: the acquire loads keep the field loads between the two sequence loads.
        const std::uint32_t seq = m->sequence.load(std::memory_order_acquire);
        const std::uint64_t tsc = __rdtsc();
        const std::uint64_t baseTsc = m->baseTsc.load(std::memory_order_acquire);
        const std::uint64_t baseNs = m->baseNs.load(std::memory_order_acquire);
        const std::uint64_t mult = m->mult.load(std::memory_order_acquire);
        if ((seq & 1) == 0 && m->sequence.load(std::memory_order_relaxed) == seq) [[likely]] {
            ns = RecordingClock::mapTsc(tsc, baseTsc, baseNs, mult);
            break;
        }
        if (attempt == detail::kClockReadAttempts) [[unlikely]] {
            ns = monotonicNs(); // the consumer was preempted inside an update
            break;
        }
        _mm_pause();
    }
    std::uint64_t &last = detail::t_lastRecordingNs;
    if (ns < last) [[unlikely]]
        ns = last;
    last = ns;
    return ns;
#else
    return monotonicNs();
#endif
}

} // namespace samtidig
