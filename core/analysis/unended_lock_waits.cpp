#include "analysis/unended_lock_waits.h"

#include "trace/trace.h"

namespace samtidig {

namespace {
// The threshold the trace builder and the contention counters use: a free lock taken this fast
// was not waited for.
constexpr std::int64_t kUncontendedNs = 2000;

bool isWait(std::int64_t waitedNs, std::uint32_t holder)
{
    return holder != 0 || waitedNs > kUncontendedNs;
}
} // namespace

std::vector<UnendedLockWait> unendedLockWaits(const Trace &trace)
{
    std::vector<UnendedLockWait> waits;
    const std::int64_t end = trace.endNs();
    if (trace.outcome() == RunOutcome::Running) {
        for (const OpenSpan &o : trace.openSpans())
            if (o.track == 1 && o.state == SpanState::LockWait && isWait(end - o.startNs, o.other))
                waits.push_back({ o.task, o.arg, o.startNs, end - o.startNs });
        return waits;
    }
    // Lanes stop at the detail cap; what they show after it is not known.
    if (trace.detailCappedAtNs() >= 0)
        return waits;
    for (const TaskLane &lane : trace.taskLanes()) {
        const SpanList &sync = lane.sync;
        if (sync.empty())
            continue;
        const std::size_t last = sync.size() - 1;
        if (sync.state(last) == SpanState::LockWait && sync.end(last) >= end
            && isWait(sync.duration(last), sync.other(last)))
            waits.push_back({ lane.task, sync.arg(last), sync.start(last), sync.duration(last) });
    }
    return waits;
}

} // namespace samtidig
