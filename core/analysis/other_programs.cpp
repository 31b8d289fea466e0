#include "analysis/other_programs.h"

#include "analysis/utilization.h"
#include "trace/trace.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace samtidig {

namespace {

// Index of the sample nearest to t among samples[0, count).
std::size_t nearestSample(const std::vector<CpuBusySample> &samples, std::size_t count, std::int64_t t)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < count; ++i)
        if (std::llabs(samples[i].timeNs - t) < std::llabs(samples[best].timeNs - t))
            best = i;
    return best;
}

} // namespace

const char *otherProgramsStatusName(OtherProgramsStatus status)
{
    switch (status) {
    case OtherProgramsStatus::Measured: return "measured";
    case OtherProgramsStatus::NotSampled: return "not_sampled";
    case OtherProgramsStatus::EstimateSource: return "estimate_source";
    case OtherProgramsStatus::WindowTooShort: return "window_too_short";
    }
    return "not_sampled";
}

OtherProgramsLoad otherProgramsLoad(const Trace &trace, std::int64_t t0, std::int64_t t1)
{
    OtherProgramsLoad out;
    const MachineLoad &load = trace.machineLoad();
    if (trace.source() == SchedulingSource::Estimate) {
        out.status = OtherProgramsStatus::EstimateSource;
        return out;
    }
    // Our own slices are known only up to trace.endNs (live: the reorder window holds back the rest).
    const auto known = static_cast<std::size_t>(
        std::find_if(load.samples.begin(), load.samples.end(),
                     [&](const CpuBusySample &s) { return s.timeNs > trace.endNs(); })
        - load.samples.begin());
    if (load.tickNs <= 0 || known == 0)
        return out; // NotSampled
    const CpuBusySample &a = load.samples[nearestSample(load.samples, known, t0)];
    const CpuBusySample &b = load.samples[nearestSample(load.samples, known, t1)];
    out.startNs = a.timeNs;
    out.endNs = b.timeNs;
    const std::int64_t window = b.timeNs - a.timeNs;
    if (window < kOtherProgramsMinWindowNs) {
        out.status = OtherProgramsStatus::WindowTooShort;
        return out;
    }
    out.status = OtherProgramsStatus::Measured;
    const std::vector<CoreUtilization> ours = coreUtilization(trace, 1, a.timeNs, b.timeNs);
    const std::size_t cpus = std::min(a.busyTicks.size(), b.busyTicks.size());
    for (std::size_t cpu = 0; cpu < cpus; ++cpu) {
        const std::uint64_t before = a.busyTicks[cpu];
        const std::uint64_t after = b.busyTicks[cpu];
        if (before == MachineLoad::kUnknownTicks || after == MachineLoad::kUnknownTicks || after < before)
            continue; // offline at one end: not comparable
        double ourNs = 0;
        for (const CoreUtilization &u : ours)
            if (u.cpu == static_cast<int>(cpu) && !u.busy.empty())
                ourNs = u.busy.front() * static_cast<double>(window);
        const double busyNs = static_cast<double>(after - before) * static_cast<double>(load.tickNs);
        // Ticks are sampled, our slices exact: either can exceed the other by a tick or so.
        const double share = std::clamp((busyNs - ourNs) / static_cast<double>(window), 0.0, 1.0);
        out.cpus.push_back(
            OtherProgramsShare { static_cast<int>(cpu), static_cast<int>(std::lround(share * 100)) });
    }
    return out;
}

OtherProgramsLoad otherProgramsLoad(const Trace &trace)
{
    return otherProgramsLoad(trace, 0, trace.endNs());
}

} // namespace samtidig
