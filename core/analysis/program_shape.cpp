#include "analysis/program_shape.h"

#include "analysis/utilization.h"
#include "trace/trace.h"

#include <algorithm>
#include <map>
#include <set>

namespace samtidig {

CoreParallelism coreParallelism(const Trace &trace)
{
    CoreParallelism p;
    // +1 at each slice's start, -1 at its end, over all core lanes (and the slices still open).
    std::vector<std::pair<std::int64_t, int>> edges;
    std::set<std::uint32_t> ran;
    const auto add = [&](std::int64_t start, std::int64_t end, std::uint32_t task) {
        if (end <= start)
            return;
        edges.emplace_back(start, 1);
        edges.emplace_back(end, -1);
        p.coreBusyNs += end - start;
        ran.insert(task);
    };
    for (const CpuLane &lane : trace.cpuLanes())
        for (std::size_t i = 0; i < lane.spans.size(); ++i)
            add(lane.spans.start(i), lane.spans.end(i), lane.spans.other(i));
    for (const OpenSpan &s : trace.openSpans())
        if (s.track == 3)
            add(s.startNs, trace.endNs(), s.task);
    std::sort(edges.begin(), edges.end()); // ends before starts at the same time
    int busy = 0;
    std::int64_t last = 0;
    for (const auto &[t, delta] : edges) {
        if (busy >= 1)
            p.anyBusyNs += t - last;
        if (busy >= 2)
            p.severalBusyNs += t - last;
        if (busy >= 1) {
            if (p.nsWithCoresBusy.size() <= static_cast<std::size_t>(busy))
                p.nsWithCoresBusy.resize(static_cast<std::size_t>(busy) + 1);
            p.nsWithCoresBusy[static_cast<std::size_t>(busy)] += t - last;
        }
        busy += delta;
        p.maxCoresAtOnce = std::max(p.maxCoresAtOnce, busy);
        last = t;
    }
    std::set<std::int32_t> processes;
    for (std::uint32_t task : ran) {
        const TaskInfo *info = trace.task(task);
        if (info && info->kind == TaskKind::Coroutine)
            continue;
        ++p.threadsThatRan;
        if (info && info->pid != 0)
            processes.insert(info->pid);
    }
    p.processesThatRan = static_cast<int>(processes.size());
    return p;
}

std::vector<ProcessNode> processTree(const Trace &trace)
{
    std::map<std::int32_t, ProcessNode> byPid;
    for (const auto &[id, info] : trace.tasks()) {
        if (info.kind != TaskKind::Process || info.pid == 0)
            continue;
        ProcessNode n;
        n.task = id;
        n.pid = info.pid;
        n.command = trace.taskName(id);
        n.beginNs = info.beginNs;
        n.endNs = info.endNs;
        if (const TaskInfo *parent = trace.task(info.parent); parent && parent->pid != info.pid)
            n.parentPid = parent->pid;
        byPid[info.pid] = n;
    }
    for (const auto &[id, info] : trace.tasks())
        if (info.kind != TaskKind::Coroutine)
            if (auto it = byPid.find(info.pid); it != byPid.end())
                ++it->second.threads;
    // Parents first: a process is listed once every process above it is.
    std::vector<ProcessNode> out;
    std::set<std::int32_t> listed;
    while (out.size() < byPid.size()) {
        const std::size_t before = out.size();
        for (const auto &[pid, n] : byPid)
            if (!listed.count(pid)
                && (n.parentPid == 0 || listed.count(n.parentPid) || !byPid.count(n.parentPid))) {
                out.push_back(n);
                listed.insert(pid);
            }
        if (out.size() == before) // a cycle in bad input: list the rest as they are
            for (const auto &[pid, n] : byPid)
                if (listed.insert(pid).second)
                    out.push_back(n);
    }
    return out;
}

ProgramActivity programActivity(const Trace &trace)
{
    ProgramActivity a;
    a.cores = coreParallelism(trace);
    a.statesKnown = trace.source() == SchedulingSource::Kernel;
    std::vector<ThreadActivity> threads;
    std::int64_t busiest = 0;
    for (const TaskTimeTotals &t : taskTimeTotals(trace)) {
        const TaskInfo *info = trace.task(t.task);
        if (info && info->kind == TaskKind::Coroutine)
            continue;
        ThreadActivity th;
        th.task = t.task;
        th.tid = info ? info->tid : 0;
        th.onCpuNs = t.onCpuNs;
        th.readyNs = t.runnableNs;
        th.blockedNs = t.blockedNs;
        th.gilWaitNs = std::min(t.gilWaitNs, t.blockedNs);
        busiest = std::max(busiest, th.onCpuNs);
        threads.push_back(th);
    }
    // A tenth of the busiest, and at least a millisecond and a hundredth of the run: an interpreter's
    // helper threads, a main thread that only starts and joins the workers, and a program that mostly
    // sleeps do not count as doing the work.
    const std::int64_t threshold
        = std::max({ busiest / 10, std::int64_t { 1'000'000 }, trace.endNs() / 100 });
    std::set<std::int32_t> processes;
    for (const ThreadActivity &th : threads)
        if (th.onCpuNs >= threshold) {
            a.busyThreads.push_back(th);
            if (const TaskInfo *info = trace.task(th.task); info && info->pid != 0)
                processes.insert(info->pid);
        }
    std::stable_sort(a.busyThreads.begin(), a.busyThreads.end(),
                     [](const ThreadActivity &x, const ThreadActivity &y) { return x.onCpuNs > y.onCpuNs; });
    a.busyProcesses = static_cast<int>(processes.size());

    // The process the program started as: the launcher reports its pid at the end; while the run
    // goes on it is the first root of the tree (its parent, the launcher, is not recorded).
    const std::vector<ProcessNode> tree = processTree(trace);
    const QJsonObject &results = trace.results();
    const qint64 pid = results.value(QLatin1String("pid")).toInteger(0);
    const auto first = pid == 0
        ? tree.begin()
        : std::find_if(tree.begin(), tree.end(), [pid](const ProcessNode &n) { return n.pid == pid; });
    if (results.value(QLatin1String("exit_status")).isDouble())
        a.exitStatus = results.value(QLatin1String("exit_status")).toInt();
    if (results.value(QLatin1String("signal")).isDouble()) {
        a.signal = results.value(QLatin1String("signal")).toInt();
        a.signalName = results.value(QLatin1String("signal_name")).toString();
    }
    a.firstProcessEnded = a.exitStatus || a.signal || (first != tree.end() && first->endNs >= 0);
    // A completed run waited for the last process. Any other end stopped those without a recorded
    // end, and those that ended when Samtidig stopped the program (the session notes the moment).
    const qint64 stoppedAt = results.value(QLatin1String("stopped_at_ns")).toInteger(-1);
    if (trace.outcome() != RunOutcome::Completed)
        for (const ProcessNode &n : tree)
            if (n.endNs < 0 || (stoppedAt >= 0 && n.endNs >= stoppedAt))
                a.stillRunning.push_back(n);
    return a;
}

} // namespace samtidig
