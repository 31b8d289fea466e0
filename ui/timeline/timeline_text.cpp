#include "timeline/timeline_text.h"

#include "analysis/describe.h"
#include "trace/scheduling_source_text.h"

#include <QStringList>

namespace samtidig {

QString TimelineText::deadlockSentence(const Trace &trace, const DeadlockCycle &cycle)
{
    const QStringList parts = describeDeadlock(trace, cycle).split(QStringLiteral("; "));
    // A long ring in full would fill the banner: its start and end say what it is, the graph shows it.
    if (parts.size() > 4)
        //: %1 the first two tasks' "T1 holds A and waits for B", %2 the last one's
        return tr("Deadlock of %n tasks in a ring: %1; …; %2.", nullptr, static_cast<int>(parts.size()))
            .arg(parts.mid(0, 2).join(QStringLiteral("; ")), parts.last());
    //: %1 is the analysis' sentence, e.g. "T1 holds A and waits for B; T2 holds B and waits for A"
    return tr("Deadlock: %1.").arg(parts.join(QStringLiteral("; ")));
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
    case SpanState::StepWait: return tr("Waiting for its step");
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
    case LegendEntry::GilHeld: return tr("Holds the GIL");
    case LegendEntry::Sleeping: return tr("Sleeping");
    case LegendEntry::Awaiting: return tr("Awaiting");
    case LegendEntry::CondWait: return tr("Waiting on a condition");
    case LegendEntry::Stalled: return tr("Recording stalled");
    case LegendEntry::StepWait: return tr("Waiting for its step");
    case LegendEntry::Folded: return tr("Many short slices");
    case LegendEntry::HandOver: return tr("Lock handed over");
    case LegendEntry::Timeout: return tr("Lock attempt timed out");
    case LegendEntry::LostUpdate: return tr("Lost update");
    case LegendEntry::Deadlock: return tr("Deadlock");
    case LegendEntry::Write: return tr("Shared variable written");
    case LegendEntry::Marker: return tr("Marker");
    case LegendEntry::Finished: return tr("Finished");
    case LegendEntry::Read: return tr("Shared variable read");
    case LegendEntry::Overwrite: return tr("Write that overwrote it");
    case LegendEntry::Notify: return tr("Notified a waiting task");
    case LegendEntry::Fork: return tr("Process forked");
    case LegendEntry::Exit: return tr("Exited");
    case LegendEntry::WaitsFor: return tr("Waits for the lock's holder");
    case LegendEntry::Paused: return tr("Paused (the whole run stood still)");
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
    return schedulingSourceText(trace, SourceWording::Header);
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

QString TimelineText::detailCapped()
{
    return tr("Detail capped here: the trace reached its memory limit. The lanes stop; the counters "
              "and the analysis cover the whole run.");
}

} // namespace samtidig
