#include "analysis/lock_order_graph.h"

#include <algorithm>
#include <deque>

namespace samtidig {

std::vector<LockOrderCycle>
LockOrderGraph::request(std::uint32_t task, const std::vector<std::uint32_t> &held, std::uint32_t lock)
{
    std::vector<LockOrderCycle> found;
    for (const std::uint32_t h : held) {
        if (h == lock)
            continue; // a recursive request orders nothing
        if (!m_edgeTask.emplace(std::make_pair(h, lock), task).second)
            continue; // known edge: any cycle through it was looked for when it was new
        m_next[h].push_back(lock);
        if (auto cycle = cycleClosedBy(h, lock))
            found.push_back(std::move(*cycle));
    }
    return found;
}

std::vector<std::uint32_t> LockOrderGraph::path(std::uint32_t from, std::uint32_t to) const
{
    std::map<std::uint32_t, std::uint32_t> cameFrom { { from, from } };
    std::deque<std::uint32_t> queue { from };
    while (!queue.empty()) {
        const std::uint32_t at = queue.front();
        queue.pop_front();
        if (at == to) {
            std::vector<std::uint32_t> result { to };
            for (std::uint32_t p = to; p != from;) {
                p = cameFrom[p];
                result.push_back(p);
            }
            std::reverse(result.begin(), result.end());
            return result;
        }
        const auto it = m_next.find(at);
        if (it == m_next.end())
            continue;
        for (const std::uint32_t n : it->second)
            if (cameFrom.emplace(n, at).second)
                queue.push_back(n);
    }
    return {};
}

std::optional<LockOrderCycle> LockOrderGraph::cycleClosedBy(std::uint32_t from, std::uint32_t to)
{
    // The new edge from -> to closes a cycle when `from` was already reachable from `to`.
    const std::vector<std::uint32_t> back = path(to, from); // to ... from
    if (back.empty())
        return std::nullopt;
    std::vector<std::uint32_t> locks { from }; // from, to, ... (the lock before from)
    locks.insert(locks.end(), back.begin(), back.end() - 1);
    const auto first = std::min_element(locks.begin(), locks.end()) - locks.begin();
    std::rotate(locks.begin(), locks.begin() + first, locks.end());
    if (!m_reported.insert(locks).second)
        return std::nullopt;
    LockOrderCycle cycle;
    cycle.locks = locks;
    for (std::size_t i = 0; i < locks.size(); ++i)
        cycle.tasks.push_back(m_edgeTask.at({ locks[i], locks[(i + 1) % locks.size()] }));
    return cycle;
}

} // namespace samtidig
