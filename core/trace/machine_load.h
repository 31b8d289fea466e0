#pragma once
// How busy each CPU of the whole machine was during a run, as /proc/stat counted it: sampled by the
// session so the trace can say how much of each core other programs took (analysis/other_programs.h).

#include <QString>

#include <cstdint>
#include <vector>

namespace samtidig {

struct CpuBusySample {
    std::int64_t timeNs = 0; // relative to the trace's originNs
    std::vector<std::uint64_t> busyTicks; // by CPU number, cumulative; kUnknownTicks if not listed
};

struct MachineLoad {
    static constexpr std::uint64_t kUnknownTicks = ~std::uint64_t { 0 };
    std::int64_t tickNs = 0; // length of one tick; 0 when nothing was sampled
    std::vector<CpuBusySample> samples; // in time order
    QString note; // why there are no samples, if that is known
};

} // namespace samtidig
