#include "analysis/wait_for_graph.h"

#include <algorithm>

namespace samtidig {

namespace {
// Rotates a cycle so its smallest task comes first: the same cycle then compares equal however it
// was entered.
void rotateToSmallestTask(DeadlockCycle &c)
{
    if (c.tasks.empty())
        return;
    const auto first = std::min_element(c.tasks.begin(), c.tasks.end()) - c.tasks.begin();
    std::rotate(c.tasks.begin(), c.tasks.begin() + first, c.tasks.end());
    std::rotate(c.locks.begin(), c.locks.begin() + first, c.locks.end());
}

bool sameCycle(const DeadlockCycle &a, const DeadlockCycle &b)
{
    return a.tasks == b.tasks && a.locks == b.locks;
}
} // namespace

std::uint32_t WaitForGraph::holder(std::uint32_t lock) const
{
    const auto it = m_holder.find(lock);
    return it == m_holder.end() ? 0 : it->second;
}

std::vector<DeadlockCycle> WaitForGraph::request(std::uint32_t task, std::uint32_t lock, std::int64_t t)
{
    m_waiting[task] = lock;
    return reportNew(task, t);
}

std::vector<DeadlockCycle> WaitForGraph::acquired(std::uint32_t task, std::uint32_t lock, std::int64_t t)
{
    m_waiting.erase(task);
    m_holder[lock] = task; // also when the previous holder's release was recorded late
    // Everyone still waiting for `lock` now waits for `task`. `task` itself waits for nothing, so
    // no cycle can close here with ordered events; checking keeps skewed recordings honest.
    std::vector<DeadlockCycle> found;
    for (const auto &[waiter, wanted] : m_waiting) {
        if (wanted != lock)
            continue;
        auto more = reportNew(waiter, t);
        found.insert(found.end(), more.begin(), more.end());
    }
    return found;
}

std::vector<DeadlockCycle> WaitForGraph::timedOut(std::uint32_t task, std::uint32_t lock)
{
    const auto it = m_waiting.find(task);
    if (it == m_waiting.end() || it->second != lock)
        return {};
    m_waiting.erase(it);
    std::vector<DeadlockCycle> broken;
    std::erase_if(m_reported, [&](const DeadlockCycle &c) {
        for (std::size_t i = 0; i < c.tasks.size(); ++i) {
            if (c.tasks[i] == task && c.locks[i] == lock) {
                broken.push_back(c);
                return true;
            }
        }
        return false;
    });
    return broken;
}

void WaitForGraph::released(std::uint32_t task, std::uint32_t lock)
{
    const auto it = m_holder.find(lock);
    if (it != m_holder.end() && it->second == task)
        m_holder.erase(it);
}

void WaitForGraph::taskEnded(std::uint32_t task)
{
    m_waiting.erase(task);
    std::erase_if(m_holder, [task](const auto &entry) { return entry.second == task; });
}

bool WaitForGraph::cycleThrough(std::uint32_t task, DeadlockCycle &out) const
{
    out.tasks.clear();
    out.locks.clear();
    std::uint32_t current = task;
    // A chain longer than the number of waiting tasks has looped without passing `task` again.
    for (std::size_t step = 0; step <= m_waiting.size(); ++step) {
        const auto w = m_waiting.find(current);
        if (w == m_waiting.end())
            return false;
        const std::uint32_t next = holder(w->second);
        if (next == 0 || next == current)
            return false;
        out.tasks.push_back(current);
        out.locks.push_back(w->second);
        if (next == task)
            return true;
        current = next;
    }
    return false;
}

std::vector<DeadlockCycle> WaitForGraph::reportNew(std::uint32_t task, std::int64_t t)
{
    DeadlockCycle cycle;
    if (!cycleThrough(task, cycle))
        return {};
    rotateToSmallestTask(cycle);
    if (std::any_of(m_reported.begin(), m_reported.end(),
                    [&](const DeadlockCycle &c) { return sameCycle(c, cycle); }))
        return {};
    cycle.detectedNs = t;
    m_reported.push_back(cycle);
    return { cycle };
}

std::vector<DeadlockCycle> WaitForGraph::activeCycles() const
{
    std::vector<DeadlockCycle> result;
    for (const auto &[task, lock] : m_waiting) {
        DeadlockCycle cycle;
        if (!cycleThrough(task, cycle))
            continue;
        rotateToSmallestTask(cycle);
        cycle.detectedNs = -1;
        if (std::none_of(result.begin(), result.end(),
                         [&](const DeadlockCycle &c) { return sameCycle(c, cycle); }))
            result.push_back(cycle);
    }
    return result;
}

} // namespace samtidig
