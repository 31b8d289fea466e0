#pragma once
// The lock-order graph behind potential-deadlock warnings, as Helgrind keeps it: a task that holds
// L1 while it asks for L2 adds the edge L1 -> L2. A cycle means two or more tasks take the same
// locks in opposite orders, so some schedule deadlocks even if this run did not. Each edge keeps
// the first task that made it; each cycle is reported once. As in Helgrind, a cycle whose edges
// one task made alone still warns: the code path is unsafe as soon as two tasks run it.
// Semaphores stay out (the caller filters them): a count above one does not deadlock that way.

#include "trace/trace.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace samtidig {

class LockOrderGraph
{
public:
    // `task` holds `held` and asks for `lock`. Returns a cycle closed by one of the new edges.
    std::vector<LockOrderCycle> request(std::uint32_t task, const std::vector<std::uint32_t> &held,
                                        std::uint32_t lock);

    std::size_t edgeCount() const { return m_edgeTask.size(); }

private:
    // Shortest path from `from` to `to` along existing edges (both ends included), empty if none.
    std::vector<std::uint32_t> path(std::uint32_t from, std::uint32_t to) const;
    std::optional<LockOrderCycle> cycleClosedBy(std::uint32_t from, std::uint32_t to);

    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> m_edgeTask; // (L1, L2) -> task
    std::map<std::uint32_t, std::vector<std::uint32_t>> m_next; // L1 -> [L2...]
    std::set<std::vector<std::uint32_t>> m_reported; // lock sequences rotated to the smallest lock
};

} // namespace samtidig
