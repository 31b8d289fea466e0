#include "analysis/lock_contention.h"

#include <algorithm>

namespace samtidig {

namespace {
// The same threshold the trace builder uses to decide whether a wait is drawn: a free lock taken
// this fast was not contended.
constexpr std::int64_t kUncontendedNs = 2000;
} // namespace

LockContention::LockContention(std::map<std::uint32_t, LockStats> &stats)
    : m_stats(stats)
{ }

LockStats &LockContention::addStats(std::uint32_t lock)
{
    LockStats *&cached = m_statsOf[lock];
    if (!cached) {
        cached = &m_stats[lock];
        cached->lock = lock;
    }
    return *cached;
}

void LockContention::request(std::uint32_t task, std::uint32_t lock, std::int64_t t, bool heldByOther)
{
    stats(lock);
    m_pending[task] = Pending { lock, t, heldByOther, true };
}

std::int64_t LockContention::waited(std::uint32_t task, std::uint32_t lock, std::int64_t t,
                                    std::uint64_t waitedNs, bool *heldByOther)
{
    std::int64_t ns = static_cast<std::int64_t>(waitedNs);
    *heldByOther = false;
    Pending *pending = m_pending.find(task);
    if (pending && pending->open && pending->lock == lock) {
        if (ns == 0)
            ns = std::max<std::int64_t>(0, t - pending->t);
        *heldByOther = pending->heldByOther;
        pending->open = false;
    }
    return ns;
}

void LockContention::addWait(LockStats &s, std::uint32_t task, std::int64_t ns)
{
    s.totalWaitNs += ns;
    s.maxWaitNs = std::max(s.maxWaitNs, ns);
    if (task >= IdTable<int>::kDense) { // damaged or foreign ids: no dense slot
        s.waitByTask[task] += ns;
        return;
    }
    std::vector<std::int64_t *> &slots = m_waitSlot[s.lock];
    if (task >= slots.size())
        slots.resize(task + 1, nullptr);
    if (!slots[task])
        slots[task] = &s.waitByTask[task];
    *slots[task] += ns;
}

void LockContention::acquired(std::uint32_t task, std::uint32_t lock, std::int64_t t, std::uint64_t waitedNs)
{
    bool heldByOther = false;
    const std::int64_t ns = waited(task, lock, t, waitedNs, &heldByOther);
    LockStats &s = stats(lock);
    ++s.acquisitions;
    if (heldByOther || ns > kUncontendedNs)
        ++s.contended;
    addWait(s, task, ns);
}

void LockContention::timedOut(std::uint32_t task, std::uint32_t lock, std::int64_t t, std::uint64_t waitedNs)
{
    bool heldByOther = false;
    const std::int64_t ns = waited(task, lock, t, waitedNs, &heldByOther);
    LockStats &s = stats(lock);
    ++s.timeouts;
    addWait(s, task, ns);
}

void LockContention::taskEnded(std::uint32_t task)
{
    m_pending.erase(task);
}

} // namespace samtidig
