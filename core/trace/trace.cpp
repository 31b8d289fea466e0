#include "trace/trace.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

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

const TaskInfo *Trace::task(std::uint32_t id) const
{
    const auto it = tasks.find(id);
    return it == tasks.end() ? nullptr : &it->second;
}

QString Trace::taskName(std::uint32_t id) const
{
    const TaskInfo *t = task(id);
    if (t && !t->name.isEmpty())
        return t->name;
    return taskPlaceholderName(id);
}

QString Trace::nameOf(std::uint32_t id) const
{
    const auto it = names.find(id);
    if (it != names.end() && !it->second.name.isEmpty())
        return it->second.name;
    return QStringLiteral("#%1").arg(id);
}

TaskLane *Trace::laneForTask(std::uint32_t id)
{
    if (id >= taskLaneIndex.size() || taskLaneIndex[id] < 0)
        return nullptr;
    return &taskLanes[static_cast<std::size_t>(taskLaneIndex[id])];
}

const TaskLane *Trace::laneForTask(std::uint32_t id) const
{
    return const_cast<Trace *>(this)->laneForTask(id);
}

TaskLane &Trace::ensureTaskLane(std::uint32_t id)
{
    if (TaskLane *lane = laneForTask(id))
        return *lane;
    if (id >= taskLaneIndex.size())
        taskLaneIndex.resize(id + 1, -1);
    taskLaneIndex[id] = static_cast<int>(taskLanes.size());
    taskLanes.push_back(TaskLane{});
    taskLanes.back().task = id;
    return taskLanes.back();
}

CpuLane &Trace::ensureCpuLane(int cpu)
{
    while (static_cast<int>(cpuLanes.size()) <= cpu) {
        cpuLanes.push_back(CpuLane{});
        cpuLanes.back().cpu = static_cast<int>(cpuLanes.size()) - 1;
    }
    cpuCount = std::max(cpuCount, cpu + 1);
    return cpuLanes[static_cast<std::size_t>(cpu)];
}

std::size_t Trace::spanCount() const
{
    std::size_t n = 0;
    for (const auto &lane : taskLanes)
        n += lane.sched.size() + lane.sync.size() + lane.held.size();
    for (const auto &lane : cpuLanes)
        n += lane.spans.size();
    return n;
}

std::size_t Trace::memoryBytes() const
{
    std::size_t n = sizeof(Trace) + instants.memoryBytes() + flows.memoryBytes()
                    + taskLanes.capacity() * sizeof(TaskLane) + cpuLanes.capacity() * sizeof(CpuLane);
    for (const auto &lane : taskLanes)
        n += lane.sched.memoryBytes() + lane.sync.memoryBytes() + lane.held.memoryBytes();
    for (const auto &lane : cpuLanes)
        n += lane.spans.memoryBytes();
    return n;
}

std::vector<LaneRow> taskLaneDisplayOrder(const Trace &trace)
{
    // Children by parent, in order of lane creation; roots are tasks whose parent has no lane.
    std::map<std::uint32_t, std::vector<std::size_t>> children;
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < trace.taskLanes.size(); ++i) {
        const std::uint32_t id = trace.taskLanes[i].task;
        const TaskInfo *info = trace.task(id);
        const std::uint32_t parent = info ? info->parent : 0;
        if (parent != 0 && parent != id && trace.laneForTask(parent))
            children[parent].push_back(i);
        else
            roots.push_back(i);
    }
    std::vector<LaneRow> rows;
    rows.reserve(trace.taskLanes.size());
    std::vector<bool> seen(trace.taskLanes.size(), false);
    std::function<void(std::size_t, int)> visit = [&](std::size_t lane, int depth) {
        if (seen[lane])
            return;
        seen[lane] = true;
        rows.push_back({lane, depth});
        const auto it = children.find(trace.taskLanes[lane].task);
        if (it == children.end())
            return;
        // Threads and coroutines of a task first, child processes after them.
        std::vector<std::size_t> kids = it->second;
        std::stable_sort(kids.begin(), kids.end(), [&](std::size_t a, std::size_t b) {
            const TaskInfo *ta = trace.task(trace.taskLanes[a].task);
            const TaskInfo *tb = trace.task(trace.taskLanes[b].task);
            const bool pa = ta && ta->kind == TaskKind::Process;
            const bool pb = tb && tb->kind == TaskKind::Process;
            return !pa && pb;
        });
        for (std::size_t k : kids)
            visit(k, depth + 1);
    };
    for (std::size_t r : roots)
        visit(r, 0);
    for (std::size_t i = 0; i < seen.size(); ++i) // cycles in bad input: still show every lane
        if (!seen[i])
            rows.push_back({i, 0});
    return rows;
}

} // namespace samtidig
