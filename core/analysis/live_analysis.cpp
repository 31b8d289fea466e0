#include "analysis/live_analysis.h"

#include "trace/trace.h"

#include <algorithm>
#include <iterator>

namespace samtidig {

LiveAnalysis::LiveAnalysis(const Trace &trace, AnalysisResults &results, InstantList &instants)
    : m_trace(trace)
    , m_results(results)
    , m_instants(instants)
    , m_contention(results.locks)
{ }

LiveAnalysis::~LiveAnalysis() = default;

inline bool LiveAnalysis::isSemaphore(std::uint32_t lock) const
{
    if (const std::uint8_t *kind = m_lockKind.find(lock); kind && *kind != 0) [[likely]]
        return *kind == 1;
    return lookUpLockKind(lock);
}

inline bool LiveAnalysis::isInterpreterLock(std::uint32_t lock) const
{
    const std::uint8_t *kind = m_lockKind.find(lock);
    return kind && *kind == 3;
}

void LiveAnalysis::setInterpreterLock(std::uint32_t lock)
{
    m_lockKind[lock] = 3;
    m_waitFor.forget(lock);
}

void LiveAnalysis::onGilWait(std::uint32_t task, std::uint32_t gil, std::int64_t t)
{
    addDeadlocks(m_waitFor.request(task, gil, t));
}

void LiveAnalysis::onGilTaken(std::uint32_t task, std::uint32_t gil, std::int64_t t)
{
    addDeadlocks(m_waitFor.acquired(task, gil, t));
}

void LiveAnalysis::onGilDropped(std::uint32_t task, std::uint32_t gil)
{
    m_waitFor.released(task, gil);
}

bool LiveAnalysis::lookUpLockKind(std::uint32_t lock) const
{
    std::uint8_t &kind = m_lockKind[lock];
    const auto it = m_trace.names().find(lock);
    if (it == m_trace.names().end())
        return false; // not registered yet: asked again next time
    kind = it->second.kind == NameKind::Semaphore ? 1 : 2;
    return kind == 1;
}

void LiveAnalysis::onEvent(const Event &e, std::int64_t t)
{
    const auto id = static_cast<std::uint32_t>(e.a);
    switch (e.kind) {
    case EventKind::LockRequest: onRequest(e, t, id); break;
    case EventKind::LockAcquired: onAcquired(e, t, id); break;
    case EventKind::LockReleased: onReleased(e.task, id); break;
    case EventKind::LockTimedOut:
        m_contention.timedOut(e.task, id, t, e.b);
        if (!isSemaphore(id))
            withdrawDeadlocks(m_waitFor.timedOut(e.task, id));
        break;
    case EventKind::VarRead:
        m_lostUpdates.read(e.task, id, e.b, t);
        publishLostUpdates();
        break;
    case EventKind::VarWrite:
        m_lostUpdates.write(e.task, id, e.b, t);
        publishLostUpdates();
        break;
    case EventKind::TaskEnd: onTaskEnd(e.task); break;
    default: break;
    }
}

[[gnu::always_inline]] inline void LiveAnalysis::addLockOrderEdges(std::uint32_t task, std::uint32_t lock)
{
    const std::vector<std::uint32_t> *held = m_held.find(task);
    if (!held || held->empty())
        return;
    for (LockOrderCycle &cycle : m_lockOrder.request(task, *held, lock))
        m_results.lockOrderWarnings.push_back(std::move(cycle));
}

void LiveAnalysis::onRequest(const Event &e, std::int64_t t, std::uint32_t lock)
{
    if (isSemaphore(lock)) {
        m_contention.request(e.task, lock, t, false);
        return;
    }
    if (isInterpreterLock(lock)) [[unlikely]] {
        m_contention.request(e.task, lock, t, true); // recorded only when it was held (contended)
        addLockOrderEdges(e.task, lock);
        return;
    }
    const std::uint32_t holder = m_waitFor.holder(lock);
    m_contention.request(e.task, lock, t, holder != 0 && holder != e.task);
    addLockOrderEdges(e.task, lock);
    addDeadlocks(m_waitFor.request(e.task, lock, t));
}

void LiveAnalysis::onAcquired(const Event &e, std::int64_t t, std::uint32_t lock)
{
    m_contention.acquired(e.task, lock, t, e.b);
    if (isSemaphore(lock))
        return;
    addLockOrderEdges(e.task, lock); // a try_lock that succeeded at once has no request event
    if (!isInterpreterLock(lock))
        addDeadlocks(m_waitFor.acquired(e.task, lock, t));
    std::vector<std::uint32_t> &held = m_held[e.task];
    if (std::find(held.begin(), held.end(), lock) == held.end())
        held.push_back(lock);
}

void LiveAnalysis::onHolderSeen(std::uint32_t task, std::uint32_t lock)
{
    if (isSemaphore(lock))
        return;
    if (!isInterpreterLock(lock))
        m_waitFor.setHolder(task, lock);
    std::vector<std::uint32_t> &held = m_held[task];
    if (std::find(held.begin(), held.end(), lock) == held.end())
        held.push_back(lock);
}

void LiveAnalysis::onNested(std::uint32_t task, std::uint32_t held, std::uint32_t lock)
{
    if (isSemaphore(lock) || isSemaphore(held))
        return;
    for (LockOrderCycle &cycle : m_lockOrder.request(task, { held }, lock))
        m_results.lockOrderWarnings.push_back(std::move(cycle));
}

void LiveAnalysis::onReleased(std::uint32_t task, std::uint32_t lock)
{
    if (isSemaphore(lock))
        return;
    m_waitFor.released(task, lock);
    if (std::vector<std::uint32_t> *held = m_held.find(task))
        std::erase(*held, lock);
}

void LiveAnalysis::onTaskEnd(std::uint32_t task)
{
    m_waitFor.taskEnded(task);
    m_contention.taskEnded(task);
    m_held.erase(task);
    m_lostUpdates.taskEnded(task);
    publishLostUpdates();
}

void LiveAnalysis::addDeadlocks(const std::vector<DeadlockCycle> &cycles)
{
    if (cycles.empty()) [[likely]]
        return;
    m_results.deadlocks.insert(m_results.deadlocks.end(), cycles.begin(), cycles.end());
}

void LiveAnalysis::withdrawDeadlocks(const std::vector<DeadlockCycle> &broken)
{
    for (const DeadlockCycle &b : broken)
        std::erase_if(m_results.deadlocks,
                      [&](const DeadlockCycle &c) { return c.tasks == b.tasks && c.locks == b.locks; });
}

void LiveAnalysis::publishLostUpdates()
{
    if (!m_lostUpdates.hasFound()) [[likely]]
        return;
    for (const LostUpdate &lost : m_lostUpdates.takeFound()) {
        const auto index = static_cast<std::uint64_t>(m_results.lostUpdates.size());
        m_results.lostUpdates.push_back(lost);
        // b is the index into analysis.lostUpdates: instant indices move as instants are inserted.
        m_unpublished.push_back(
            { lost.lostWriteNs, lost.lostTask, InstantKind::LostUpdate, lost.variable, index });
    }
}

void LiveAnalysis::endOfBatch()
{
    if (m_unpublished.empty()) [[likely]]
        return;
    const auto byTime = [](const Instant &a, const Instant &b) { return a.timeNs < b.timeNs; };
    std::stable_sort(m_unpublished.begin(), m_unpublished.end(), byTime);
    // Each lost update goes after the instants of its own time, as an insert at upper_bound would.
    InstantList &instants = m_instants;
    const std::size_t from = static_cast<std::size_t>(
        std::upper_bound(instants.begin(), instants.end(), m_unpublished.front().timeNs,
                         [](std::int64_t x, const Instant &i) { return x < i.timeNs; })
        - instants.begin());
    m_tail.assign(instants.begin() + static_cast<std::ptrdiff_t>(from), instants.end());
    instants.truncate(from);
    m_merged.clear();
    std::merge(m_tail.begin(), m_tail.end(), m_unpublished.begin(), m_unpublished.end(),
               std::back_inserter(m_merged), byTime);
    for (const Instant &in : m_merged)
        instants.push_back(in);
    m_unpublished.clear();
}

void LiveAnalysis::finish(std::int64_t)
{
    m_lostUpdates.finish();
    publishLostUpdates();
    endOfBatch();
}

std::vector<DeadlockCycle> LiveAnalysis::activeDeadlocks() const
{
    return m_waitFor.activeCycles();
}

std::size_t LiveAnalysis::retainedWrites() const
{
    return m_lostUpdates.retainedWrites();
}

} // namespace samtidig
