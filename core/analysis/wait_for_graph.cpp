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
    const std::uint32_t *task = m_holder.find(lock);
    return task ? *task : 0;
}

std::vector<DeadlockCycle> WaitForGraph::request(std::uint32_t task, std::uint32_t lock, std::int64_t t)
{
    m_waiting[task] = lock;
    return reportNew(task, t);
}

std::vector<DeadlockCycle> WaitForGraph::acquired(std::uint32_t task, std::uint32_t lock, std::int64_t)
{
    m_waiting.erase(task);
    m_holder[lock] = task; // also when the previous holder's release was recorded late
    // Everyone still waiting for `lock` now waits for `task`, and `task` waits for nothing: every
    // such chain ends at `task`, so no cycle can close here (whatever order events came in).
    return {};
}

std::vector<DeadlockCycle> WaitForGraph::timedOut(std::uint32_t task, std::uint32_t lock)
{
    const std::uint32_t *wanted = m_waiting.find(task);
    if (!wanted || *wanted != lock)
        return {};
    m_waiting.erase(task);
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

void WaitForGraph::setHolder(std::uint32_t task, std::uint32_t lock)
{
    m_holder[lock] = task;
}

void WaitForGraph::released(std::uint32_t task, std::uint32_t lock)
{
    const std::uint32_t *holder = m_holder.find(lock);
    if (holder && *holder == task)
        m_holder.erase(lock);
}

void WaitForGraph::taskEnded(std::uint32_t task)
{
    m_waiting.erase(task);
    std::vector<std::uint32_t> held;
    m_holder.forEach([&](std::uint32_t lock, std::uint32_t holder) {
        if (holder == task)
            held.push_back(lock);
    });
    for (const std::uint32_t lock : held)
        m_holder.erase(lock);
}

void WaitForGraph::forget(std::uint32_t lock)
{
    m_holder.erase(lock);
    std::vector<std::uint32_t> waiters;
    m_waiting.forEach([&](std::uint32_t task, std::uint32_t wanted) {
        if (wanted == lock)
            waiters.push_back(task);
    });
    for (const std::uint32_t task : waiters)
        m_waiting.erase(task);
}

// Follows task -> the lock it waits for -> that lock's holder -> ..., calling visit(task, lock)
// for each link; true if the chain comes back to `task`. A chain longer than the number of
// waiting tasks has looped without passing `task` again.
template<typename Visit>
bool WaitForGraph::walkChain(std::uint32_t task, Visit visit) const
{
    std::uint32_t current = task;
    for (std::size_t step = 0; step <= m_waiting.size(); ++step) {
        const std::uint32_t *wanted = m_waiting.find(current);
        if (!wanted)
            return false;
        const std::uint32_t next = holder(*wanted);
        if (next == 0 || next == current)
            return false;
        visit(current, *wanted);
        if (next == task)
            return true;
        current = next;
    }
    return false;
}

bool WaitForGraph::cycleThrough(std::uint32_t task, DeadlockCycle &out) const
{
    out.tasks.clear();
    out.locks.clear();
    // Most chains end at a free lock or a running task: find that out before allocating.
    if (!walkChain(task, [](std::uint32_t, std::uint32_t) {}))
        return false;
    return walkChain(task, [&out](std::uint32_t waiter, std::uint32_t lock) {
        out.tasks.push_back(waiter);
        out.locks.push_back(lock);
    });
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
    m_waiting.forEach([&](std::uint32_t task, std::uint32_t) {
        DeadlockCycle cycle;
        if (!cycleThrough(task, cycle))
            return;
        rotateToSmallestTask(cycle);
        cycle.detectedNs = -1;
        if (std::none_of(result.begin(), result.end(),
                         [&](const DeadlockCycle &c) { return sameCycle(c, cycle); }))
            result.push_back(cycle);
    });
    return result;
}

} // namespace samtidig
