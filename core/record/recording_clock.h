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

// How a stamp is read. The processor may read the time stamp counter before an earlier instruction
// has finished, a locked one included: on this project's 2-core virtual machine, under load, a
// stamp taken right after a lock was won came up to a microsecond before the previous holder's
// release stamp (tst_heavycorners::mutexAtItsHeaviest, 3 runs in 6). An AfterSync stamp waits for
// every earlier instruction (lfence, as the kernel's own clock_gettime does; about 15 ns more here).
// Records that say a synchronisation has happened take it (stampedAfterSync in record/event.h).
// The rest need not: a release is stamped before the unlock that lets the next holder in, and that
// store cannot reach another core before the older counter read has retired.
enum class StampOrder : std::uint8_t { Free, AfterSync };

namespace RecordingClock {

// One read through `m` (ClockMode::Tsc): false while the keeper was publishing a new mapping, after
// a few tries (the caller falls back to clock_gettime).
inline bool readMapped(const ClockMapping &m, StampOrder order, std::uint64_t &ns) noexcept
{
#if defined(__x86_64__)
    for (int attempt = 0; attempt <= detail::kClockReadAttempts; ++attempt) {
        // Sequence lock: the acquire loads keep the field loads between the two sequence loads.
        const std::uint32_t seq = m.sequence.load(std::memory_order_acquire);
        if (order == StampOrder::AfterSync)
            _mm_lfence();
        const std::uint64_t tsc = __rdtsc();
        const std::uint64_t baseTsc = m.baseTsc.load(std::memory_order_acquire);
        const std::uint64_t baseNs = m.baseNs.load(std::memory_order_acquire);
        const std::uint64_t mult = m.mult.load(std::memory_order_acquire);
        if ((seq & 1) == 0 && m.sequence.load(std::memory_order_relaxed) == seq) [[likely]] {
            ns = mapTsc(tsc, baseTsc, baseNs, mult);
            return true;
        }
        _mm_pause();
    }
#else
    (void)m;
    (void)order;
    (void)ns;
#endif
    return false; // the consumer was preempted inside an update
}

} // namespace RecordingClock

inline std::uint64_t recordingNs(StampOrder order = StampOrder::Free) noexcept
{
    const ClockMapping *m = detail::g_recordingClock;
    if (!m)
        return monotonicNs();
    std::uint64_t ns = 0;
    if (!RecordingClock::readMapped(*m, order, ns)) [[unlikely]]
        ns = monotonicNs();
    std::uint64_t &last = detail::t_lastRecordingNs;
    if (ns < last) [[unlikely]]
        ns = last;
    last = ns;
    return ns;
}

} // namespace samtidig
