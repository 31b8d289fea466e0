#include "record/recording_clock.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace samtidig {

namespace detail {
const ClockMapping *g_recordingClock = nullptr;
constinit thread_local std::uint64_t t_lastRecordingNs = 0;
} // namespace detail

namespace {

// Both flags on the first "flags" line: the counter ticks at a constant rate in every P-state
// (constant_tsc) and keeps ticking in deep C-states (nonstop_tsc); the kernel clears them when
// it finds the counters of the CPUs unsynchronised or unstable.
bool cpuHasInvariantTsc()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("flags", 0) != 0)
            continue;
        line += ' ';
        return line.find(" constant_tsc ") != std::string::npos
            && line.find(" nonstop_tsc ") != std::string::npos;
    }
    return false;
}

} // namespace

void RecordingClock::use(const ClockMapping *mapping)
{
    const bool tsc
        = mapping && static_cast<ClockMode>(mapping->mode.load(std::memory_order_acquire)) == ClockMode::Tsc;
    detail::g_recordingClock = tsc ? mapping : nullptr;
    detail::t_lastRecordingNs = 0; // a new clock: the calling thread's floor starts afresh
}

const ClockMapping *RecordingClock::current()
{
    return detail::g_recordingClock;
}

bool RecordingClock::tscUsable(const char **why)
{
    const char *reason = nullptr;
#if defined(__x86_64__)
    static const bool invariant = cpuHasInvariantTsc();
    const char *env = std::getenv("SAMTIDIG_CLOCK");
    if (env && std::strcmp(env, "gettime") == 0)
        reason = "SAMTIDIG_CLOCK=gettime";
    else if (!invariant)
        reason = "no invariant TSC (constant_tsc and nonstop_tsc) in /proc/cpuinfo";
#else
    reason = "not x86-64";
#endif
    if (why)
        *why = reason;
    return reason == nullptr;
}

} // namespace samtidig
