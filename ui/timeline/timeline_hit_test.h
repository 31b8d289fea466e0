#pragma once
// What is under a point of the timeline (lane, span, folded block, mark or collapse toggle), and
// the tooltip / selection text that describes it.

#include "timeline/timeline_painter.h"

#include <QLocale>
#include <QPointF>
#include <QString>

namespace samtidig {

struct TimelineHit {
    int row = -1; // index into layout.rows, -1 if the point is on no lane
    bool onLabel = false; // in the lane label column
    bool onToggle = false; // on a process's collapse triangle
    std::uint32_t task = 0;
    int cpu = -1;
    std::int64_t timeNs = 0; // absolute trace time under the point
    bool hasItem = false; // a span or folded block is under the point
    LodItem item;
    bool heldBand = false; // the item is a held lock
    bool hasMark = false;
    TimelineMark mark;
};

TimelineHit hitTestTimeline(const TimelineLayout &layout, const TimelineFrame &frame,
                            const TimelinePaintOptions &options, const QPointF &pos);

// Plain text, one fact per line: task, pid/tid, CPU, start, duration, lock, holder.
QString describeTimelineHit(const Trace &trace, const TimelineHit &hit, const QLocale &locale);
// The CPU a task ran on at time t (searched in the CPU lanes), or -1.
int cpuOfTaskAt(const Trace &trace, std::uint32_t task, std::int64_t t);

} // namespace samtidig
