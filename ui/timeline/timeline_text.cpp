#include "timeline/timeline_text.h"

namespace samtidig {

QString TimelineText::deadlockSentence(const Trace &trace, const DeadlockCycle &cycle)
{
    // tasks[i] waits for locks[i], held by tasks[i + 1]; so tasks[i] holds locks[i - 1].
    const std::size_t n = std::min(cycle.tasks.size(), cycle.locks.size());
    QStringList clauses;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t held = cycle.locks[(i + n - 1) % n];
        clauses << tr("%1 holds %2 and waits for %3")
                       .arg(trace.taskName(cycle.tasks[i]), trace.nameOf(held), trace.nameOf(cycle.locks[i]));
    }
    //: %1 is a list of clauses such as "T1 holds A and waits for B", separated by semicolons
    return tr("Deadlock: %1.").arg(clauses.join(tr("; ")));
}

QString TimelineText::stateName(SpanState state)
{
    switch (state) {
    case SpanState::Running: return tr("Running");
    case SpanState::Runnable: return tr("Ready, waiting for a CPU");
    case SpanState::Blocked: return tr("Blocked");
    case SpanState::LockWait: return tr("Waiting for a lock");
    case SpanState::LockHeld: return tr("Holding a lock");
    case SpanState::Sleeping: return tr("Sleeping");
    case SpanState::Awaiting: return tr("Awaiting (coroutine suspended)");
    case SpanState::CondWait: return tr("Waiting on a condition variable");
    case SpanState::Stalled: return tr("Recording stalled");
    case SpanState::Working: return tr("Working (estimated)");
    case SpanState::Count_: break;
    }
    return {};
}

QString TimelineText::legendLabel(LegendEntry entry)
{
    switch (entry) {
    case LegendEntry::Running: return tr("Running");
    case LegendEntry::Working: return tr("Working (estimated)");
    case LegendEntry::Runnable: return tr("Ready, waiting for a CPU");
    case LegendEntry::Blocked: return tr("Blocked");
    case LegendEntry::LockWait: return tr("Waiting for a lock");
    case LegendEntry::LockHeld: return tr("Holding a lock");
    case LegendEntry::Sleeping: return tr("Sleeping");
    case LegendEntry::Awaiting: return tr("Awaiting");
    case LegendEntry::CondWait: return tr("Waiting on a condition");
    case LegendEntry::Stalled: return tr("Recording stalled");
    case LegendEntry::Folded: return tr("Many short slices");
    case LegendEntry::HandOver: return tr("Lock handed over");
    case LegendEntry::Timeout: return tr("Lock attempt timed out");
    case LegendEntry::LostUpdate: return tr("Lost update");
    case LegendEntry::Deadlock: return tr("Deadlock");
    case LegendEntry::Write: return tr("Shared variable written");
    case LegendEntry::Marker: return tr("Marker");
    case LegendEntry::Finished: return tr("Finished");
    case LegendEntry::Count_: break;
    }
    return {};
}

QString TimelineText::taskSublabel(const TaskInfo &task)
{
    switch (task.kind) {
    case TaskKind::Process: return tr("process · pid %1").arg(task.pid);
    case TaskKind::Thread: return tr("thread · tid %1").arg(task.tid);
    case TaskKind::Coroutine: return tr("coroutine · on tid %1").arg(task.tid);
    }
    return {};
}

QString TimelineText::sourceNote(const Trace &trace)
{
    return trace.source == SchedulingSource::Kernel ? tr("Cores: kernel context switches")
                                                    : tr("Cores: estimated from work chunks");
}

QString TimelineText::cpuLabel(int cpu)
{
    return tr("CPU %1").arg(cpu);
}

QString TimelineText::coresHeader()
{
    return tr("CPU cores");
}

QString TimelineText::tasksHeader()
{
    return tr("Tasks");
}

QString TimelineText::phaseHeader(int number, const QString &title)
{
    return tr("Phase %1: %2").arg(number).arg(title);
}

QString TimelineText::foldedSlices(std::uint32_t count)
{
    return tr("%n short slices", nullptr, static_cast<int>(count));
}

} // namespace samtidig
