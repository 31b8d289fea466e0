#include "analysis/utilization.h"

#include "trace/trace.h"

#include <algorithm>

namespace samtidig {

namespace {
// Adds the part of [s, e) inside each bin of [t0, t1) to busyNs.
void addToBins(std::vector<double> &busyNs, std::int64_t t0, std::int64_t t1, std::int64_t s, std::int64_t e)
{
    s = std::max(s, t0);
    e = std::min(e, t1);
    if (e <= s)
        return;
    const auto bins = static_cast<std::int64_t>(busyNs.size());
    const double width = static_cast<double>(t1 - t0) / static_cast<double>(bins);
    auto bin = static_cast<std::int64_t>(static_cast<double>(s - t0) / width);
    bin = std::clamp<std::int64_t>(bin, 0, bins - 1);
    for (; bin < bins; ++bin) {
        const double b0 = static_cast<double>(t0) + width * static_cast<double>(bin);
        const double b1 = b0 + width;
        const double overlap = std::min(static_cast<double>(e), b1) - std::max(static_cast<double>(s), b0);
        if (overlap > 0)
            busyNs[static_cast<std::size_t>(bin)] += overlap;
        if (b1 >= static_cast<double>(e))
            break;
    }
}

void addState(TaskTimeTotals &totals, SpanState state, std::int64_t ns)
{
    switch (state) {
    case SpanState::Running:
    case SpanState::Working: totals.onCpuNs += ns; break;
    case SpanState::Runnable: totals.runnableNs += ns; break;
    case SpanState::Blocked: totals.blockedNs += ns; break;
    case SpanState::LockWait: totals.lockWaitNs += ns; break;
    case SpanState::Sleeping: totals.sleepingNs += ns; break;
    case SpanState::Awaiting: totals.awaitingNs += ns; break;
    case SpanState::CondWait: totals.condWaitNs += ns; break;
    case SpanState::Stalled: totals.stalledNs += ns; break;
    case SpanState::StepWait: break; // the user's pace, not the program's: the kernel lane shows it blocked
    case SpanState::LockHeld:
    case SpanState::Count_: break;
    }
}
} // namespace

std::vector<CoreUtilization> coreUtilization(const Trace &trace, int bins, std::int64_t t0, std::int64_t t1)
{
    std::vector<CoreUtilization> result;
    if (bins <= 0 || t1 <= t0)
        return result;
    const double width = static_cast<double>(t1 - t0) / bins;
    for (const CpuLane &lane : trace.cpuLanes()) {
        std::vector<double> busy(static_cast<std::size_t>(bins), 0.0);
        const auto [first, last] = lane.spans.visible(t0, t1);
        for (std::size_t i = first; i < last; ++i)
            addToBins(busy, t0, t1, lane.spans.start(i), lane.spans.end(i));
        for (const OpenSpan &open : trace.openSpans())
            if (open.track == 3 && static_cast<int>(open.arg) == lane.cpu)
                addToBins(busy, t0, t1, open.startNs, trace.endNs());
        for (double &b : busy)
            b = std::clamp(b / width, 0.0, 1.0); // a lost switch-out can overlap two spans
        result.push_back(CoreUtilization { lane.cpu, std::move(busy) });
    }
    return result;
}

std::vector<CoreUtilization> coreUtilization(const Trace &trace, int bins)
{
    return coreUtilization(trace, bins, 0, trace.endNs());
}

namespace {
// The names of CPython's GIL (one per recorded Python process), whose condition its waiters wait on.
std::vector<std::uint32_t> gilNames(const Trace &trace)
{
    std::vector<std::uint32_t> ids;
    for (const auto &[id, name] : trace.names())
        if (name.kind == NameKind::Condition && name.name.startsWith(QLatin1String("GIL")))
            ids.push_back(id); // "GIL", or "GIL (pid 42)" in a forked child
    return ids;
}
} // namespace

bool isGilName(const Trace &trace, std::uint32_t name)
{
    const auto it = trace.names().find(name);
    return it != trace.names().end() && it->second.kind == NameKind::Condition
        && it->second.name.startsWith(QLatin1String("GIL"));
}

bool hasGil(const Trace &trace)
{
    return !gilNames(trace).empty();
}

std::vector<TaskTimeTotals> taskTimeTotals(const Trace &trace)
{
    std::vector<TaskTimeTotals> result;
    result.reserve(trace.taskLanes().size());
    const std::vector<std::uint32_t> gil = gilNames(trace);
    const auto isGil = [&gil](SpanState state, std::uint32_t arg) {
        return state == SpanState::CondWait && !gil.empty()
            && std::find(gil.begin(), gil.end(), arg) != gil.end();
    };
    const auto holdsGil = [&gil](SpanState state, std::uint32_t arg) {
        return state == SpanState::LockHeld && !gil.empty()
            && std::find(gil.begin(), gil.end(), arg) != gil.end();
    };
    for (const TaskLane &lane : trace.taskLanes()) {
        TaskTimeTotals totals;
        totals.task = lane.task;
        for (const SpanList *list : { &lane.sched, &lane.sync })
            for (std::size_t i = 0; i < list->size(); ++i) {
                addState(totals, list->state(i), list->duration(i));
                if (isGil(list->state(i), list->arg(i)))
                    totals.gilWaitNs += list->duration(i);
            }
        for (std::size_t i = 0; !gil.empty() && i < lane.held.size(); ++i)
            if (holdsGil(lane.held.state(i), lane.held.arg(i)))
                totals.gilHeldNs += lane.held.duration(i);
        for (const OpenSpan &open : trace.openSpans())
            if (open.task == lane.task && open.track == 2 && holdsGil(open.state, open.arg))
                totals.gilHeldNs += std::max<std::int64_t>(0, trace.endNs() - open.startNs);
            else if (open.task == lane.task && (open.track == 0 || open.track == 1)) {
                const std::int64_t ns = std::max<std::int64_t>(0, trace.endNs() - open.startNs);
                addState(totals, open.state, ns);
                if (isGil(open.state, open.arg))
                    totals.gilWaitNs += ns;
            }
        result.push_back(totals);
    }
    return result;
}

} // namespace samtidig
