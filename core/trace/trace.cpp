#include "trace/trace.h"

#include "i18n/recorded_names.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <functional>
#include <tuple>

namespace samtidig {

namespace {
// The translation context of the trace model's own words.
class TraceText
{
    Q_DECLARE_TR_FUNCTIONS(TraceText)
};
} // namespace

QString taskPlaceholderName(std::uint32_t id)
{
    return TraceText::tr("task %1").arg(id);
}

const char *runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return "running";
    case RunOutcome::Completed: return "completed";
    case RunOutcome::Deadlock: return "deadlock";
    case RunOutcome::TimedOut: return "timed_out";
    case RunOutcome::Crashed: return "crashed";
    case RunOutcome::Stopped: return "stopped";
    case RunOutcome::Failed: return "failed";
    }
    return "unknown";
}

std::uint64_t Trace::nextRevision()
{
    static std::atomic<std::uint64_t> counter { 0 };
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

std::int64_t Trace::pausedNs() const
{
    std::int64_t total = 0;
    for (const PausedSpan &p : m_run.paused)
        total += std::max<std::int64_t>(0, (p.endNs < 0 ? m_run.endNs : p.endNs) - p.startNs);
    return total;
}

const TaskInfo *Trace::task(std::uint32_t id) const
{
    const auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : &it->second;
}

QString Trace::taskName(std::uint32_t id) const
{
    const TaskInfo *t = task(id);
    if (t && !t->name.isEmpty())
        return displayedName(t->name); // recorded in the run's language, shown in the current one
    // A task known only from the kernel's records, not (yet) named by its command name.
    if (t && t->tid != 0)
        return t->kind == TaskKind::Process ? TraceText::tr("process %1").arg(t->pid)
                                            : TraceText::tr("thread %1").arg(t->tid);
    return taskPlaceholderName(id);
}

QString Trace::nameOf(std::uint32_t id) const
{
    const auto it = m_names.find(id);
    if (it != m_names.end() && !it->second.name.isEmpty())
        return displayedName(it->second.name);
    return QStringLiteral("#%1").arg(id);
}

TaskLane *Trace::mutableLane(std::uint32_t id)
{
    if (id >= m_taskLaneIndex.size() || m_taskLaneIndex[id] < 0)
        return nullptr;
    return &m_taskLanes[static_cast<std::size_t>(m_taskLaneIndex[id])];
}

const TaskLane *Trace::laneForTask(std::uint32_t id) const
{
    return const_cast<Trace *>(this)->mutableLane(id);
}

TaskLane &Trace::ensureTaskLane(std::uint32_t id)
{
    if (TaskLane *lane = mutableLane(id))
        return *lane;
    if (id >= m_taskLaneIndex.size())
        m_taskLaneIndex.resize(id + 1, -1);
    m_taskLaneIndex[id] = static_cast<int>(m_taskLanes.size());
    m_taskLanes.push_back(TaskLane {});
    m_taskLanes.back().task = id;
    return m_taskLanes.back();
}

CpuLane &Trace::ensureCpuLane(int cpu)
{
    while (static_cast<int>(m_cpuLanes.size()) <= cpu) {
        m_cpuLanes.push_back(CpuLane {});
        m_cpuLanes.back().cpu = static_cast<int>(m_cpuLanes.size()) - 1;
    }
    m_run.cpuCount = std::max(m_run.cpuCount, cpu + 1);
    return m_cpuLanes[static_cast<std::size_t>(cpu)];
}

std::size_t Trace::spanCount() const
{
    std::size_t n = 0;
    for (const auto &lane : m_taskLanes)
        n += lane.sched.size() + lane.sync.size() + lane.held.size();
    for (const auto &lane : m_cpuLanes)
        n += lane.spans.size();
    return n;
}

std::size_t Trace::memoryBytes() const
{
    std::size_t n = sizeof(Trace) + m_instants.memoryBytes() + m_flows.memoryBytes()
        + m_taskLanes.capacity() * sizeof(TaskLane) + m_cpuLanes.capacity() * sizeof(CpuLane);
    for (const auto &lane : m_taskLanes)
        n += lane.sched.memoryBytes() + lane.sync.memoryBytes() + lane.held.memoryBytes();
    for (const auto &lane : m_cpuLanes)
        n += lane.spans.memoryBytes();
    return n;
}

namespace {
// Where a task's lane goes among its siblings: threads, then coroutines, then child processes;
// threads and processes in the order they were created, which their kernel ids (handed out at
// clone and fork) tell where the registration order cannot (a thread registers itself when it
// starts, so "thread 2" may register first); coroutines, which share their thread's id, in
// registration order. Task ids break ties (and order tasks a trace gives no kernel ids). Roots
// (tasks whose parent has no lane) are not grouped by kind: the first process leads.
auto siblingKey(const Trace &trace, std::uint32_t id, bool root)
{
    const TaskInfo *info = trace.task(id);
    const TaskKind kind = info ? info->kind : TaskKind::Thread;
    const int rank = root ? 0 : (kind == TaskKind::Thread ? 0 : (kind == TaskKind::Coroutine ? 1 : 2));
    const std::int32_t tid = info && kind != TaskKind::Coroutine ? info->tid : 0;
    return std::tuple(rank, tid, id);
}
} // namespace

std::vector<LaneRow> taskLaneDisplayOrder(const Trace &trace)
{
    // Children by parent; roots are tasks whose parent has no lane. Each sorted by siblingKey(),
    // so the order does not depend on which task happened to run first.
    std::map<std::uint32_t, std::vector<std::size_t>> children;
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < trace.taskLanes().size(); ++i) {
        const std::uint32_t id = trace.taskLanes()[i].task;
        const TaskInfo *info = trace.task(id);
        const std::uint32_t parent = info ? info->parent : 0;
        if (parent != 0 && parent != id && trace.laneForTask(parent))
            children[parent].push_back(i);
        else
            roots.push_back(i);
    }
    std::vector<LaneRow> rows;
    rows.reserve(trace.taskLanes().size());
    std::vector<bool> seen(trace.taskLanes().size(), false);
    std::function<void(std::size_t, int)> visit = [&](std::size_t lane, int depth) {
        if (seen[lane])
            return;
        seen[lane] = true;
        rows.push_back({ lane, depth });
        const auto it = children.find(trace.taskLanes()[lane].task);
        if (it == children.end())
            return;
        for (std::size_t k : it->second)
            visit(k, depth + 1);
    };
    const auto byKey = [&](bool root) {
        return [&trace, root](std::size_t a, std::size_t b) {
            return siblingKey(trace, trace.taskLanes()[a].task, root)
                < siblingKey(trace, trace.taskLanes()[b].task, root);
        };
    };
    std::sort(roots.begin(), roots.end(), byKey(true));
    for (auto &[parent, kids] : children)
        std::sort(kids.begin(), kids.end(), byKey(false));
    for (std::size_t r : roots)
        visit(r, 0);
    for (std::size_t i = 0; i < seen.size(); ++i) // cycles in bad input: still show every lane
        if (!seen[i])
            rows.push_back({ i, 0 });
    return rows;
}

std::vector<std::int64_t> stepPassTimes(const Trace &trace)
{
    const bool live = trace.outcome() == RunOutcome::Running;
    if (!trace.hasStepGates() || (!live && trace.steps().empty()))
        return {};
    std::vector<std::int64_t> times;
    for (const TaskLane &lane : trace.taskLanes())
        for (std::size_t i = 0; i < lane.sync.size(); ++i)
            if (lane.sync.state(i) == SpanState::StepWait)
                times.push_back(lane.sync.end(i));
    std::sort(times.begin(), times.end());
    if (!live && times.size() > trace.steps().size())
        times.resize(trace.steps().size());
    return times;
}

} // namespace samtidig
