#include "session/summary.h"

#include "analysis/describe.h"
#include "analysis/describe_program.h"
#include "analysis/gil_turns.h"
#include "analysis/other_programs.h"
#include "analysis/program_shape.h"
#include "analysis/unended_lock_waits.h"
#include "analysis/utilization.h"
#include "session/program_request.h"
#include "session/step_driver.h"
#include "trace/fidelity_text.h"
#include "trace/trace.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>

namespace samtidig {

namespace {

// Lost updates written out one by one in the summary; the count is always complete.
constexpr std::size_t kLostUpdatesInWords = 200;

double ms(std::int64_t ns)
{
    return static_cast<double>(ns) / 1e6;
}

// Busy fraction of each core over [t0, t1), as [{cpu, busy}].
QJsonArray coreBusy(const Trace &trace, std::int64_t t0, std::int64_t t1)
{
    QJsonArray cores;
    for (const CoreUtilization &u : coreUtilization(trace, 1, t0, t1))
        cores.append(QJsonObject { { QStringLiteral("cpu"), u.cpu },
                                   { QStringLiteral("busy"), u.busy.empty() ? 0.0 : u.busy.front() } });
    return cores;
}

// Where each task's time went: on a core, waiting for one, off it (and why, from the workload).
QJsonArray taskTimes(const Trace &trace)
{
    QJsonArray out;
    const bool gil = hasGil(trace); // a recorded Python program: its threads' waits for the GIL
    for (const TaskTimeTotals &t : taskTimeTotals(trace)) {
        const TaskInfo *info = trace.task(t.task);
        QJsonObject o;
        o.insert(QStringLiteral("task"), trace.taskName(t.task));
        const std::string_view kind = taskKindName(info ? info->kind : TaskKind::Thread);
        o.insert(QStringLiteral("kind"),
                 QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size())));
        o.insert(QStringLiteral("on_cpu_ms"), ms(t.onCpuNs));
        o.insert(QStringLiteral("runnable_ms"), ms(t.runnableNs));
        o.insert(QStringLiteral("blocked_ms"), ms(t.blockedNs));
        o.insert(QStringLiteral("lock_wait_ms"), ms(t.lockWaitNs));
        o.insert(QStringLiteral("condition_wait_ms"), ms(t.condWaitNs));
        if (gil) {
            o.insert(QStringLiteral("gil_held_ms"), ms(t.gilHeldNs));
            o.insert(QStringLiteral("gil_wait_ms"), ms(t.gilWaitNs)); // part of condition_wait_ms
        }
        o.insert(QStringLiteral("sleeping_ms"), ms(t.sleepingNs));
        o.insert(QStringLiteral("awaiting_ms"), ms(t.awaitingNs));
        out.append(o);
    }
    return out;
}

// What other programs used of each core over [t0, t1), as [{cpu, percent}]; with the reason
// ("estimate_source", "not_sampled", "window_too_short") under ..._missing when there is no figure.
void insertOtherPrograms(QJsonObject &o, const Trace &trace, std::int64_t t0, std::int64_t t1)
{
    const OtherProgramsLoad load = otherProgramsLoad(trace, t0, t1);
    if (load.status != OtherProgramsStatus::Measured) {
        o.insert(QStringLiteral("other_programs_cpu_share_missing"),
                 QString::fromLatin1(otherProgramsStatusName(load.status)));
        return;
    }
    QJsonArray cores;
    for (const OtherProgramsShare &s : load.cpus)
        cores.append(
            QJsonObject { { QStringLiteral("cpu"), s.cpu }, { QStringLiteral("percent"), s.percent } });
    o.insert(QStringLiteral("other_programs_cpu_share"), cores);
}

} // namespace

QJsonObject runSummary(const Trace &trace, std::int64_t deadlockLatencyNs)
{
    QJsonObject o;
    o.insert(QStringLiteral("scenario"), trace.scenario());
    o.insert(QStringLiteral("parameters"), trace.parameters());
    o.insert(QStringLiteral("outcome"), QString::fromLatin1(runOutcomeName(trace.outcome())));
    if (!trace.steps().empty()) // step mode: the threads let go, one per step ("1,2,1,2")
        o.insert(QStringLiteral("steps_taken"), StepDriver::scheduleText(trace.steps()));
    if (!trace.outcomeDetail().isEmpty())
        o.insert(QStringLiteral("outcome_detail"), trace.outcomeDetail());
    o.insert(QStringLiteral("wall_ms"), static_cast<double>(trace.endNs()) / 1e6);
    o.insert(QStringLiteral("events"), static_cast<qint64>(trace.events()));
    o.insert(QStringLiteral("dropped"), static_cast<qint64>(trace.dropped()));
    o.insert(QStringLiteral("stalled_ms"), static_cast<double>(trace.stalledNs()) / 1e6);
    o.insert(QStringLiteral("stalls"), static_cast<qint64>(trace.stalls()));
    o.insert(QStringLiteral("late_records"), static_cast<qint64>(trace.lateRecords()));
    // What the counters mean for the picture, in words: empty when it is the kernel's truth.
    o.insert(QStringLiteral("picture_warnings"), QJsonArray::fromStringList(fidelityWarnings(trace)));
    if (trace.detailCappedAtNs() >= 0) // the lanes stop there; counters and analysis do not
        o.insert(QStringLiteral("detail_capped_at_ms"), ms(trace.detailCappedAtNs()));
    o.insert(QStringLiteral("scheduling_source"),
             QString::fromLatin1(schedulingSourceName(trace.source()).data()));
    if (!trace.sourceNote().isEmpty())
        o.insert(QStringLiteral("scheduling_source_note"), trace.sourceNote());
    if (trace.cpuCount() > 0) // an imported trace may not say: then the count is left out, not 0
        o.insert(QStringLiteral("cpu_count"), trace.cpuCount());
    QJsonArray cpus;
    for (const CpuLane &lane : trace.cpuLanes())
        if (!lane.spans.empty())
            cpus.append(lane.cpu);
    o.insert(QStringLiteral("cpus_used"), cpus);
    o.insert(QStringLiteral("tasks"), static_cast<int>(trace.tasks().size()));
    o.insert(QStringLiteral("spans"), static_cast<qint64>(trace.spanCount()));
    o.insert(QStringLiteral("results"), trace.results());

    QJsonObject analysis;
    QJsonArray deadlocks;
    for (const DeadlockCycle &c : trace.analysis().deadlocks) {
        QJsonObject d;
        d.insert(QStringLiteral("detected_ms"), static_cast<double>(c.detectedNs) / 1e6);
        QJsonArray tasks;
        for (std::uint32_t t : c.tasks)
            tasks.append(trace.taskName(t));
        QJsonArray locks;
        for (std::uint32_t l : c.locks)
            locks.append(trace.nameOf(l));
        d.insert(QStringLiteral("tasks"), tasks);
        d.insert(QStringLiteral("locks"), locks);
        d.insert(QStringLiteral("description"), describeDeadlock(trace, c));
        if (deadlocks.isEmpty() && deadlockLatencyNs >= 0)
            d.insert(QStringLiteral("detection_latency_ms"), ms(deadlockLatencyNs));
        deadlocks.append(d);
    }
    analysis.insert(QStringLiteral("deadlocks"), deadlocks);
    QJsonArray order;
    QJsonArray orderInWords;
    for (const LockOrderCycle &c : trace.analysis().lockOrderWarnings) {
        QJsonArray locks;
        for (std::uint32_t l : c.locks)
            locks.append(trace.nameOf(l));
        order.append(locks);
        orderInWords.append(describeLockOrder(trace, c));
    }
    analysis.insert(QStringLiteral("lock_order_cycles"), order);
    analysis.insert(QStringLiteral("lock_order_descriptions"), orderInWords);
    analysis.insert(QStringLiteral("lost_updates"), static_cast<qint64>(trace.analysis().lostUpdates.size()));
    QJsonArray lostInWords;
    const std::size_t lostShown = std::min(trace.analysis().lostUpdates.size(), kLostUpdatesInWords);
    for (std::size_t i = 0; i < lostShown; ++i)
        lostInWords.append(describeLostUpdate(trace, trace.analysis().lostUpdates[i]));
    analysis.insert(QStringLiteral("lost_update_descriptions"), lostInWords);
    // Waits that never ended (a deadlock) are waits too: counted apart, as they have no acquisition.
    std::map<std::uint32_t, std::pair<qint64, std::int64_t>> unended; // lock -> count, ns
    for (const UnendedLockWait &w : unendedLockWaits(trace)) {
        ++unended[w.lock].first;
        unended[w.lock].second += w.waitedNs;
    }
    QJsonObject locks;
    for (const auto &[id, s] : trace.analysis().locks) {
        QJsonObject l;
        l.insert(QStringLiteral("acquisitions"), static_cast<qint64>(s.acquisitions));
        l.insert(QStringLiteral("contended"), static_cast<qint64>(s.contended));
        l.insert(QStringLiteral("timeouts"), static_cast<qint64>(s.timeouts));
        l.insert(QStringLiteral("total_wait_ms"), static_cast<double>(s.totalWaitNs) / 1e6);
        l.insert(QStringLiteral("max_wait_ms"), static_cast<double>(s.maxWaitNs) / 1e6);
        QJsonObject byTask;
        for (const auto &[task, ns] : s.waitByTask) {
            const QString name = trace.taskName(task);
            byTask.insert(name, byTask.value(name).toDouble() + ms(ns)); // same name twice: added up
        }
        l.insert(QStringLiteral("wait_by_task_ms"), byTask);
        if (const auto it = unended.find(id); it != unended.end()) {
            l.insert(QStringLiteral("waits_not_ended"), it->second.first);
            l.insert(QStringLiteral("wait_not_ended_ms"), ms(it->second.second));
        }
        locks.insert(trace.nameOf(id), l);
    }
    analysis.insert(QStringLiteral("locks"), locks);
    o.insert(QStringLiteral("analysis"), analysis);

    // Where the time went: per core over the run and per phase, per task by state.
    o.insert(QStringLiteral("core_utilization"), coreBusy(trace, 0, trace.endNs()));
    insertOtherPrograms(o, trace, 0, trace.endNs());
    if (!trace.machineLoad().note.isEmpty())
        o.insert(QStringLiteral("other_programs_cpu_share_note"), trace.machineLoad().note);
    QJsonArray phases;
    for (const Phase &p : trace.phases()) {
        const std::int64_t end = p.endNs >= 0 ? p.endNs : trace.endNs();
        QJsonObject phase { { QStringLiteral("title"), p.title },
                            { QStringLiteral("start_ms"), ms(p.startNs) },
                            { QStringLiteral("end_ms"), ms(end) },
                            { QStringLiteral("core_utilization"), coreBusy(trace, p.startNs, end) } };
        insertOtherPrograms(phase, trace, p.startNs, end);
        phases.append(phase);
    }
    o.insert(QStringLiteral("phases"), phases);
    o.insert(QStringLiteral("task_times"), taskTimes(trace));
    if (const GilTurns gil = gilTurns(trace); gil.threads > 0) {
        // A Python program's threads and the GIL: how many wanted to run, how many cores they had.
        QJsonObject turns { { QStringLiteral("threads"), gil.threads },
                            { QStringLiteral("contended_ms"), ms(gil.contendedNs) },
                            { QStringLiteral("cores_used"), gil.coresUsed() } };
        if (const QString finding = describeGilTurns(trace); !finding.isEmpty())
            turns.insert(QStringLiteral("finding"), finding); // only when they took turns long enough
        o.insert(QStringLiteral("gil"), turns);
    }

    // Parallelism or taking turns, from the cores' side.
    const CoreParallelism par = coreParallelism(trace);
    o.insert(QStringLiteral("parallelism"),
             QJsonObject { { QStringLiteral("average_cores_while_busy"), par.averageCoresWhileBusy() },
                           { QStringLiteral("max_cores_at_once"), par.maxCoresAtOnce },
                           { QStringLiteral("busy_ms"), ms(par.anyBusyNs) },
                           { QStringLiteral("several_cores_busy_ms"), ms(par.severalBusyNs) },
                           { QStringLiteral("threads_that_ran"), par.threadsThatRan },
                           { QStringLiteral("processes_that_ran"), par.processesThatRan } });

    if (trace.scenario() == QLatin1String(kProgramScenarioId)) {
        // A recorded program: what ran, how it ended, and the processes it made.
        QJsonObject program = trace.parameters();
        program.insert(QStringLiteral("command_line"), ProgramRequest::commandLine(trace.parameters()));
        for (const char *key : { "pid", "exit_status", "signal", "signal_name", "processes_ended", "stopped",
                                 "lock_source", "processes_without_lock_records" })
            if (trace.results().contains(QLatin1String(key)))
                program.insert(QLatin1String(key), trace.results().value(QLatin1String(key)));
        // What the window's findings say of it, in the summary's language.
        program.insert(QStringLiteral("in_words"), QJsonArray::fromStringList(describeProgram(trace)));
        o.insert(QStringLiteral("program"), program);
        QJsonArray tree;
        for (const ProcessNode &n : processTree(trace)) {
            QJsonObject p { { QStringLiteral("pid"), n.pid },
                            { QStringLiteral("parent_pid"), n.parentPid },
                            { QStringLiteral("command"), n.command },
                            { QStringLiteral("threads"), n.threads },
                            { QStringLiteral("start_ms"), ms(n.beginNs) } };
            if (n.endNs >= 0)
                p.insert(QStringLiteral("end_ms"), ms(n.endNs));
            tree.append(p);
        }
        o.insert(QStringLiteral("process_tree"), tree);
    }
    return o;
}

} // namespace samtidig
