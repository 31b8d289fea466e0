#include "analysis/gil_turns.h"

#include "analysis/describe.h"
#include "analysis/utilization.h"
#include "trace/trace.h"

#include <QLocale>

#include <algorithm>
#include <vector>

namespace samtidig {

GilTurns gilTurns(const Trace &trace)
{
    GilTurns turns;
    std::vector<std::uint32_t> gil; // one per recorded Python process
    for (const auto &[id, name] : trace.names())
        if (isGilName(trace, id))
            gil.push_back(id);
    if (gil.empty())
        return turns;
    const auto isGilSpan = [&gil](SpanState state, std::uint32_t arg, SpanState wanted) {
        return state == wanted && std::find(gil.begin(), gil.end(), arg) != gil.end();
    };
    // The interval: from the first wait for the GIL to the end of the last one.
    std::int64_t from = INT64_MAX;
    std::int64_t to = INT64_MIN;
    std::vector<const TaskLane *> wanting;
    for (const TaskLane &lane : trace.taskLanes()) {
        bool waited = false;
        for (std::size_t i = 0; i < lane.sync.size(); ++i)
            if (isGilSpan(lane.sync.state(i), lane.sync.arg(i), SpanState::CondWait)) {
                from = std::min(from, lane.sync.start(i));
                to = std::max(to, lane.sync.end(i));
                waited = true;
            }
        for (const OpenSpan &open : trace.openSpans())
            if (open.task == lane.task && open.track == 1
                && isGilSpan(open.state, open.arg, SpanState::CondWait)) {
                from = std::min(from, open.startNs);
                to = std::max(to, trace.endNs());
                waited = true;
            }
        if (waited)
            wanting.push_back(&lane);
    }
    if (wanting.empty() || to <= from)
        return turns;
    // The threads that held the GIL in the interval wanted to run too (the one the waiters waited for).
    for (const TaskLane &lane : trace.taskLanes()) {
        if (std::find(wanting.begin(), wanting.end(), &lane) != wanting.end())
            continue;
        for (std::size_t i = 0; i < lane.held.size(); ++i)
            if (isGilSpan(lane.held.state(i), lane.held.arg(i), SpanState::LockHeld)
                && lane.held.start(i) < to && lane.held.end(i) > from) {
                wanting.push_back(&lane);
                break;
            }
    }
    turns.threads = static_cast<int>(wanting.size());
    turns.contendedNs = to - from;
    for (const TaskLane *lane : wanting)
        for (std::size_t i = 0; i < lane->sched.size(); ++i)
            if (lane->sched.state(i) == SpanState::Running) {
                const std::int64_t a = std::max(from, lane->sched.start(i));
                const std::int64_t b = std::min(to, lane->sched.end(i));
                turns.onCpuNs += std::max<std::int64_t>(0, b - a);
            }
    return turns;
}

QString describeGilTurns(const Trace &trace)
{
    const GilTurns turns = gilTurns(trace);
    if (turns.threads < 2)
        return {};
    //: %n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine's cores
    return Analysis::tr("%n threads wanted to run, but only one may hold the GIL: they took turns, "
                        "%1 cores used on %2.",
                        nullptr, turns.threads)
        .arg(QLocale().toString(turns.coresUsed(), 'f', 1))
        .arg(trace.cpuCount());
}

} // namespace samtidig
