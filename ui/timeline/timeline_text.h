#pragma once
// Every sentence and word the timeline shows, in one translation context, so the Danish
// translation sees whole sentences with %1 placeholders and never glued fragments.

#include "timeline/timeline_layout.h"

#include <QCoreApplication>
#include <QString>

namespace samtidig {

class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::TimelineText)
public:
    // "Deadlock: worker 1 holds A and waits for B; worker 2 holds B and waits for A."
    static QString deadlockSentence(const Trace &trace, const DeadlockCycle &cycle);
    static QString stateName(SpanState state);
    static QString legendLabel(LegendEntry entry);
    static QString taskSublabel(const TaskInfo &task); // "pid 12 · tid 14", "coroutine"
    static QString sourceNote(const Trace &trace);
    // Over the part of a run whose detail was not kept (the model's memory limit).
    static QString detailCapped();
    static QString cpuLabel(int cpu);
    static QString coresHeader();
    static QString tasksHeader();
    static QString phaseHeader(int number, const QString &title);
    static QString foldedSlices(std::uint32_t count);
};

} // namespace samtidig
