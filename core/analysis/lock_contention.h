#pragma once
// Per-lock contention counters (acquisitions, contended acquisitions, timeouts, waiting time in
// total, at most and per task) kept up to date from the lock events.

#include "trace/id_table.h"
#include "trace/trace.h"

#include <cstdint>
#include <map>
#include <vector>

namespace samtidig {

class LockContention
{
public:
    explicit LockContention(std::map<std::uint32_t, LockStats> &stats);

    // heldByOther: another task held the lock when it was asked for (unknown for semaphores).
    void request(std::uint32_t task, std::uint32_t lock, std::int64_t t, bool heldByOther);
    void acquired(std::uint32_t task, std::uint32_t lock, std::int64_t t, std::uint64_t waitedNs);
    void timedOut(std::uint32_t task, std::uint32_t lock, std::int64_t t, std::uint64_t waitedNs);
    void taskEnded(std::uint32_t task);

private:
    struct Pending {
        std::uint32_t lock = 0;
        std::int64_t t = 0;
        bool heldByOther = false;
        bool open = false; // cleared, not erased, when answered: the next request reuses the entry
    };
    LockStats &stats(std::uint32_t lock)
    {
        if (LockStats **cached = m_statsOf.find(lock); cached && *cached) [[likely]]
            return **cached;
        return addStats(lock);
    }
    LockStats &addStats(std::uint32_t lock);
    // The event's own wait if it carries one, else the time since the matching request.
    std::int64_t waited(std::uint32_t task, std::uint32_t lock, std::int64_t t, std::uint64_t waitedNs,
                        bool *heldByOther);
    void addWait(LockStats &s, std::uint32_t task, std::int64_t ns);

    std::map<std::uint32_t, LockStats> &m_stats;
    IdTable<LockStats *> m_statsOf; // lock -> its entry in m_stats (map nodes do not move)
    IdTable<Pending> m_pending; // task -> its open request
    // lock -> task -> its waitByTask entry (map nodes do not move): no tree walk per acquisition.
    IdTable<std::vector<std::int64_t *>> m_waitSlot;
};

} // namespace samtidig
