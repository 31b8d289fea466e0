#include "analysis/gil_turns.h"

#include "analysis/describe.h"
#include "analysis/utilization.h"
#include "trace/trace.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace samtidig {

namespace {

// A change at one instant: how many threads wait for, hold, or run with the GIL in their picture.
struct Step {
    std::int64_t t = 0;
    int waiting = 0;
    int holding = 0;
    int running = 0;
};

} // namespace

GilTurns gilTurns(const Trace &trace)
{
    GilTurns turns;
    std::vector<std::uint32_t> gil; // one per recorded Python process
    for (const auto &[id, name] : trace.names())
        if (isGilName(trace, id))
            gil.push_back(id);
    if (gil.empty())
        return turns;
    const auto isGil
        = [&gil](std::uint32_t arg) { return std::find(gil.begin(), gil.end(), arg) != gil.end(); };
    const std::int64_t end = trace.endNs();
    std::vector<Step> steps;
    const auto span = [&steps](std::int64_t from, std::int64_t to, int Step::*field) {
        Step a { from };
        a.*field = 1;
        Step b { to };
        b.*field = -1;
        steps.push_back(a);
        steps.push_back(b);
    };
    for (const TaskLane &lane : trace.taskLanes()) {
        bool python = false;
        for (std::size_t i = 0; i < lane.sync.size(); ++i)
            if (lane.sync.state(i) == SpanState::CondWait && isGil(lane.sync.arg(i))) {
                span(lane.sync.start(i), lane.sync.end(i), &Step::waiting);
                python = true;
            }
        for (std::size_t i = 0; i < lane.held.size(); ++i)
            if (lane.held.state(i) == SpanState::LockHeld && isGil(lane.held.arg(i))) {
                span(lane.held.start(i), lane.held.end(i), &Step::holding);
                python = true;
            }
        for (const OpenSpan &open : trace.openSpans())
            if (open.task == lane.task && isGil(open.arg)
                && ((open.track == 1 && open.state == SpanState::CondWait)
                    || (open.track == 2 && open.state == SpanState::LockHeld))) {
                span(open.startNs, end, open.track == 1 ? &Step::waiting : &Step::holding);
                python = true;
            }
        if (!python)
            continue;
        for (std::size_t i = 0; i < lane.sched.size(); ++i)
            if (lane.sched.state(i) == SpanState::Running)
                span(lane.sched.start(i), lane.sched.end(i), &Step::running);
        for (const OpenSpan &open : trace.openSpans())
            if (open.task == lane.task && open.track == 0 && open.state == SpanState::Running)
                span(open.startNs, end, &Step::running);
    }
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.t < b.t; });
    // Over the time some thread waited for the GIL: how many wanted it (held or waited), how many ran.
    int waiting = 0, holding = 0, running = 0;
    double wantedNs = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        waiting += steps[i].waiting;
        holding += steps[i].holding;
        running += steps[i].running;
        const std::int64_t dt = i + 1 < steps.size() ? steps[i + 1].t - steps[i].t : 0;
        if (waiting > 0 && dt > 0) {
            turns.contendedNs += dt;
            turns.onCpuNs += dt * std::max(running, 0);
            wantedNs += static_cast<double>(dt) * std::max(waiting + holding, 0);
        }
    }
    if (turns.contendedNs > 0)
        turns.threads = static_cast<int>(std::lround(wantedNs / static_cast<double>(turns.contendedNs)));
    for (const DeadlockCycle &cycle : trace.analysis().deadlocks)
        turns.deadlocked |= std::any_of(cycle.locks.begin(), cycle.locks.end(), isGil);
    return turns;
}

QString describeGilTurns(const Trace &trace)
{
    const GilTurns turns = gilTurns(trace);
    if (!turns.tookTurns(trace.endNs()))
        return {};
    //: %n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine's cores
    return Analysis::tr("%n threads wanted to run, but only one may hold the GIL: they took turns, "
                        "and while they did, they used %1 of the machine's %2 cores on average.",
                        nullptr, turns.threads)
        .arg(QLocale().toString(turns.coresUsed(), 'f', 1))
        .arg(trace.cpuCount());
}

} // namespace samtidig
