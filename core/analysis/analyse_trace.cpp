#include "analysis/analyse_trace.h"

#include "trace/trace.h"
#include "trace/trace_builder.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace samtidig {

namespace {
// Order of recovered events that share a time: a lock is released before someone else takes it,
// and taken before its holder asks for the next one; a wait with no visible length asks first.
enum Rank : int { Released = 0, TimedOut, Acquired, Requested, AcquiredAfterZeroWait, Ended };

struct Recovered {
    std::int64_t t = 0;
    int rank = 0;
    Event event;
};

Event makeEvent(std::uint32_t task, EventKind kind, std::uint64_t a, std::uint64_t b)
{
    Event e;
    e.task = task;
    e.kind = kind;
    e.a = a;
    e.b = b;
    return e;
}

std::vector<Recovered> recoverEvents(const Trace &trace)
{
    std::vector<Recovered> out;
    for (const Instant &in : trace.instants()) {
        if (in.kind == InstantKind::VarRead)
            out.push_back({ in.timeNs, Acquired, makeEvent(in.task, EventKind::VarRead, in.a, in.b) });
        else if (in.kind == InstantKind::VarWrite)
            out.push_back({ in.timeNs, Acquired, makeEvent(in.task, EventKind::VarWrite, in.a, in.b) });
        else if (in.kind == InstantKind::LockTimedOut)
            out.push_back({ in.timeNs, TimedOut, makeEvent(in.task, EventKind::LockTimedOut, in.a, in.b) });
    }
    for (const TaskLane &lane : trace.taskLanes()) {
        // (lock, end of wait) -> start of wait, to give each acquisition the time it waited.
        std::map<std::tuple<std::uint32_t, std::int64_t>, std::int64_t> waitEnds;
        for (std::size_t i = 0; i < lane.sync.size(); ++i) {
            if (lane.sync.state(i) != SpanState::LockWait)
                continue;
            out.push_back({ lane.sync.start(i), Requested,
                            makeEvent(lane.task, EventKind::LockRequest, lane.sync.arg(i), 0) });
            waitEnds[{ lane.sync.arg(i), lane.sync.end(i) }] = lane.sync.start(i);
        }
        for (std::size_t i = 0; i < lane.held.size(); ++i) {
            const std::uint32_t lock = lane.held.arg(i);
            const std::int64_t start = lane.held.start(i);
            std::uint64_t waited = 0;
            int rank = Acquired;
            if (const auto it = waitEnds.find({ lock, start }); it != waitEnds.end()) {
                waited = static_cast<std::uint64_t>(start - it->second);
                rank = waited == 0 ? AcquiredAfterZeroWait : Acquired;
            }
            out.push_back({ start, rank, makeEvent(lane.task, EventKind::LockAcquired, lock, waited) });
            out.push_back(
                { lane.held.end(i), Released, makeEvent(lane.task, EventKind::LockReleased, lock, 0) });
        }
    }
    for (const auto &[id, info] : trace.tasks())
        if (info.endNs >= 0)
            out.push_back({ info.endNs, Ended, makeEvent(id, EventKind::TaskEnd, 0, 0) });
    std::stable_sort(out.begin(), out.end(), [](const Recovered &a, const Recovered &b) {
        return std::tie(a.t, a.rank) < std::tie(b.t, b.rank);
    });
    return out;
}
} // namespace

void analyseTrace(Trace &trace)
{
    const std::vector<Recovered> recovered = recoverEvents(trace);
    std::vector<Event> events;
    events.reserve(recovered.size());
    for (Recovered r : recovered) {
        r.event.timeNs = trace.originNs() + static_cast<std::uint64_t>(r.t);
        events.push_back(r.event);
    }
    TraceBuilder(trace).reanalyse(events);
}

} // namespace samtidig
