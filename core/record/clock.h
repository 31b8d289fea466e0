#pragma once
// Time and CPU reads used on the recording hot path: vDSO clock_gettime and rseq-backed sched_getcpu.

#include <cstdint>
#include <ctime>
#include <sched.h>

namespace samtidig {

inline std::uint64_t monotonicNs() noexcept
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

inline std::uint64_t threadCpuNs() noexcept
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

inline std::uint16_t currentCpu() noexcept
{
    const int cpu = sched_getcpu();
    return cpu < 0 ? 0 : static_cast<std::uint16_t>(cpu);
}

} // namespace samtidig
