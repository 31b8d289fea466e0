#pragma once
// How much of each CPU other programs used during a window of a run: the machine's busy time
// (/proc/stat samples in trace.machineLoad()) minus the time our own tasks ran on that CPU (the kernel
// source's per-core slices). Ticks are coarse (10 ms), so short windows get no figure.

#include <cstdint>
#include <vector>

namespace samtidig {

class Trace;

// Windows shorter than this get no figure: a tick or two of error would be a large share.
inline constexpr std::int64_t kOtherProgramsMinWindowNs = 200'000'000;

enum class OtherProgramsStatus : std::uint8_t {
    Measured,
    NotSampled, // no /proc/stat samples (unreadable, or an older recording)
    EstimateSource, // no exact per-core slices to subtract our own time from
    WindowTooShort, // the samples inside the window span less than kOtherProgramsMinWindowNs
};
const char *otherProgramsStatusName(OtherProgramsStatus status); // "measured", "not_sampled", ...

struct OtherProgramsShare {
    int cpu = 0;
    int percent = 0; // of the window, rounded to a whole percent
};

struct OtherProgramsLoad {
    OtherProgramsStatus status = OtherProgramsStatus::NotSampled;
    std::int64_t startNs = 0; // the samples actually compared (nearest to the window asked for)
    std::int64_t endNs = 0;
    std::vector<OtherProgramsShare> cpus; // CPUs sampled at both ends, by number
};

// Over [t0, t1); the samples nearest to t0 and t1 (and not after trace.endNs()) bound the window.
OtherProgramsLoad otherProgramsLoad(const Trace &trace, std::int64_t t0, std::int64_t t1);
// Over the whole run.
OtherProgramsLoad otherProgramsLoad(const Trace &trace);

} // namespace samtidig
