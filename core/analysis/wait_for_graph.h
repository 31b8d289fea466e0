#pragma once
// The wait-for graph behind actual-deadlock detection: task T waits for lock L and L is held by
// task U gives the edge T -> U. A task waits for at most one lock at a time, so every task has at
// most one outgoing edge and a cycle is found by following one chain. Semaphores have no single
// holder and never enter this graph; the caller filters them out.

#include "trace/id_table.h"
#include "trace/trace.h"

#include <cstdint>
#include <vector>

namespace samtidig {

class WaitForGraph
{
public:
    // Each returns the cycles this change closed that are not reported already (usually none).
    std::vector<DeadlockCycle> request(std::uint32_t task, std::uint32_t lock, std::int64_t t);
    std::vector<DeadlockCycle> acquired(std::uint32_t task, std::uint32_t lock, std::int64_t t);
    // Returns the reported cycles the timeout broke: giving up is the one way a deadlock ends by
    // itself, so they are deadlocks no more (and may be reported again if they form again). A
    // task that ends or is killed inside a cycle does not withdraw it: the run did hang.
    std::vector<DeadlockCycle> timedOut(std::uint32_t task, std::uint32_t lock);
    void released(std::uint32_t task, std::uint32_t lock);
    // `task` holds `lock` (seen by a waiter, not by its own acquisition): whatever it waits for,
    // it still does. The waiter's request that follows finds a cycle this closes.
    void setHolder(std::uint32_t task, std::uint32_t lock);
    void taskEnded(std::uint32_t task);
    // `lock` leaves the graph (no holder, nobody waits for it): it turned out to be one the graph
    // does not take.
    void forget(std::uint32_t lock);

    std::uint32_t holder(std::uint32_t lock) const; // 0 when free
    // Every cycle in the graph right now (tasks that are stuck at this moment), detectedNs = -1.
    std::vector<DeadlockCycle> activeCycles() const;

private:
    // The cycle through `task` if following its chain of waits comes back to it.
    bool cycleThrough(std::uint32_t task, DeadlockCycle &out) const;
    template<typename Visit>
    bool walkChain(std::uint32_t task, Visit visit) const;
    std::vector<DeadlockCycle> reportNew(std::uint32_t task, std::int64_t t);

    IdTable<std::uint32_t> m_holder; // lock -> task
    IdTable<std::uint32_t> m_waiting; // task -> lock it has requested
    std::vector<DeadlockCycle> m_reported; // reported and not broken by a timeout
};

} // namespace samtidig
