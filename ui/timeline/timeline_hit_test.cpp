#include "timeline/timeline_hit_test.h"

#include "analysis/describe.h"
#include "analysis/utilization.h"
#include "session/step_driver.h"

#include "timeline/time_coordinates.h"
#include "timeline/timeline_text.h"

#include <QStringList>

#include <cmath>

namespace samtidig {

namespace {

constexpr double kSlopPx = 2.5; // a thin span is hard to hit exactly
constexpr double kMarkSlopPx = 6;

bool findItem(const std::vector<LodItem> &items, std::int64_t t, std::int64_t slop, LodItem &out)
{
    // Items are in time order; the nearest one containing t (with slop) wins.
    const auto it = std::lower_bound(items.begin(), items.end(), t - slop,
                                     [](const LodItem &i, std::int64_t x) { return i.endNs < x; });
    const LodItem *best = nullptr;
    std::int64_t bestDistance = INT64_MAX;
    for (auto i = it; i != items.end() && i->startNs <= t + slop; ++i) {
        const std::int64_t d = t < i->startNs ? i->startNs - t : (t > i->endNs ? t - i->endNs : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = &*i;
        }
    }
    if (!best)
        return false;
    out = *best;
    return true;
}

QString instantText(const Trace &trace, const Instant &in, const QLocale &locale)
{
    const QString who = trace.taskName(in.task);
    const auto name = [&](std::uint64_t id) { return trace.nameOf(static_cast<std::uint32_t>(id)); };
    switch (in.kind) {
    case InstantKind::LockTimedOut:
        return TimelineText::tr("%1 gave up waiting for %2 after %3.")
            .arg(who, name(in.a), formatDuration(static_cast<std::int64_t>(in.b), locale));
    case InstantKind::VarRead:
        return TimelineText::tr("%1 read %2 = %3.").arg(who, name(in.a), locale.toString(in.b));
    case InstantKind::VarWrite:
        return TimelineText::tr("%1 wrote %2 = %3.").arg(who, name(in.a), locale.toString(in.b));
    case InstantKind::Marker: return TimelineText::tr("Marker: %1").arg(name(in.a));
    case InstantKind::Fork:
        return TimelineText::tr("%1 forked %2 (pid %3).")
            .arg(who, trace.taskName(static_cast<std::uint32_t>(in.a)))
            .arg(in.b);
    case InstantKind::Exit: return TimelineText::tr("%1 exited with status %2.").arg(who).arg(in.a);
    case InstantKind::Stall:
        return TimelineText::tr("Recording stalled for %1.")
            .arg(formatDuration(static_cast<std::int64_t>(in.a), locale));
    case InstantKind::CondNotify: return TimelineText::tr("%1 notified %2.").arg(who, name(in.a));
    case InstantKind::LostUpdate:
    case InstantKind::Count_: break;
    }
    return {};
}

// Which write was lost and who overwrote it, each with its time, and which of the two the mark is.
QString lostUpdateText(const Trace &trace, const LostUpdate &u, TimelineMark::Kind mark,
                       const QLocale &locale)
{
    QStringList lines;
    //: %1 is the analysis' sentence ("write of 42 by thread 2 was overwritten by thread 3, ..."), %2 a
    //: duration
    lines << TimelineText::tr("Lost update: %1 (%2 later).")
                 .arg(describeLostUpdate(trace, u), formatDuration(u.overwriteNs - u.lostWriteNs, locale));
    lines << TimelineText::tr("Lost: %1 wrote %2 = %3 at %4.")
                 .arg(trace.taskName(u.lostTask), trace.nameOf(u.variable), locale.toString(u.lostValue),
                      formatDuration(u.lostWriteNs, locale));
    lines << TimelineText::tr("Overwritten by: %1, which read %2 at %3 and wrote %4 at %5.")
                 .arg(trace.taskName(u.overwritingTask), trace.nameOf(u.variable),
                      formatDuration(u.staleReadNs, locale), locale.toString(u.overwriteValue),
                      formatDuration(u.overwriteNs, locale));
    lines << (mark == TimelineMark::Kind::LostWrite
                  ? TimelineText::tr("This mark: the write that was lost.")
                  : TimelineText::tr("This mark: the write that overwrote it."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int cpuOfTaskAt(const Trace &trace, std::uint32_t task, std::int64_t t)
{
    for (const CpuLane &lane : trace.cpuLanes()) {
        const auto [first, last] = lane.spans.visible(t, t);
        for (std::size_t i = first; i < last; ++i)
            if (lane.spans.other(i) == task)
                return lane.cpu;
    }
    return -1;
}

TimelineHit hitTestTimeline(const TimelineLayout &layout, const TimelineFrame &frame,
                            const TimelinePaintOptions &options, const QPointF &pos)
{
    TimelineHit hit;
    if (!frame.lanes.contains(pos))
        return hit;
    hit.row = layout.rowAt(pos.y() - frame.lanes.top() + options.verticalScroll);
    if (hit.row < 0)
        return hit;
    const TimelineRow &row = layout.rows[static_cast<std::size_t>(hit.row)];
    hit.task = row.task;
    hit.cpu = row.cpu;
    const QRectF rowRect(frame.lanes.left(), frame.lanes.top() + row.y - options.verticalScroll,
                         frame.lanes.width(), row.height);
    if (pos.x() < frame.plotLeft()) {
        hit.onLabel = true;
        hit.onToggle = row.hasChildren
            && TimelinePainter::toggleRect(row, rowRect).adjusted(-3, -3, 3, 3).contains(pos);
        return hit;
    }
    const TimeScale scale { layout.startNs, layout.endNs, frame.plotLeft(), frame.plotWidth() };
    const std::int64_t offset = layout.sections[static_cast<std::size_t>(row.section)].offsetNs;
    hit.timeNs = scale.toTime(pos.x()) + offset;
    const auto slop = static_cast<std::int64_t>(std::ceil(kSlopPx * scale.nsPerPixel()));
    // A lost update's mark sits on a write's mark: the lost update, which says more, wins.
    const auto isLostUpdate = [](const TimelineMark &m) {
        return m.kind == TimelineMark::Kind::LostWrite || m.kind == TimelineMark::Kind::Overwrite;
    };
    for (const TimelineMark &m : row.marks) {
        if (std::abs(scale.toPixel(m.timeNs - offset) - pos.x()) <= kMarkSlopPx
            && (!hit.hasMark || (isLostUpdate(m) && !isLostUpdate(hit.mark)))) {
            hit.hasMark = true;
            hit.mark = m;
        }
    }
    if (row.kind == TimelineRow::Kind::Cpu) {
        hit.hasItem = findItem(row.main, hit.timeNs, slop, hit.item);
        if (hit.hasItem)
            hit.task = hit.item.other;
        return hit;
    }
    if (row.kind != TimelineRow::Kind::Task)
        return hit;
    if (TimelinePainter::heldBand(rowRect).adjusted(0, -1, 0, 1).contains(pos)
        && findItem(row.held, hit.timeNs, slop, hit.item)) {
        hit.hasItem = hit.heldBand = true;
        return hit;
    }
    hit.hasItem
        = findItem(row.sync, hit.timeNs, slop, hit.item) || findItem(row.main, hit.timeNs, slop, hit.item);
    return hit;
}

QString describeTimelineHit(const Trace &trace, const TimelineHit &hit, const QLocale &locale)
{
    if (hit.row < 0)
        return {};
    QStringList lines;
    if (hit.hasMark) {
        if (hit.mark.kind == TimelineMark::Kind::LostWrite
            || hit.mark.kind == TimelineMark::Kind::Overwrite) {
            if (hit.mark.index < trace.analysis().lostUpdates.size())
                lines << lostUpdateText(trace, trace.analysis().lostUpdates[hit.mark.index], hit.mark.kind,
                                        locale);
        } else if (hit.mark.index < trace.instants().size()) {
            lines << instantText(trace, trace.instants()[hit.mark.index], locale);
        }
        lines << TimelineText::tr("At: %1").arg(formatDuration(hit.mark.timeNs, locale));
        return lines.join(QLatin1Char('\n'));
    }
    if (hit.task != 0) {
        lines << trace.taskName(hit.task);
        if (const TaskInfo *info = trace.task(hit.task))
            lines << TimelineText::tr("pid %1, tid %2").arg(info->pid).arg(info->tid);
    } else if (hit.cpu >= 0) {
        lines << TimelineText::cpuLabel(hit.cpu);
    }
    if (!hit.hasItem)
        return lines.join(QLatin1Char('\n'));
    const LodItem &item = hit.item;
    if (item.count > 1) {
        lines << TimelineText::foldedSlices(item.count);
        lines << TimelineText::tr("Mostly: %1").arg(TimelineText::stateName(item.state));
    } else if (item.state == SpanState::LockHeld && isGilName(trace, item.arg)) {
        lines << TimelineText::tr("Holds the GIL"); // a Python thread: only one may run Python code
    } else if (item.state == SpanState::CondWait && isGilName(trace, item.arg)) {
        lines << TimelineText::tr("Waits for the GIL");
    } else {
        lines << TimelineText::stateName(item.state);
    }
    int cpu = hit.cpu;
    if (cpu < 0 && item.count == 1 && (item.state == SpanState::Running || item.state == SpanState::Working))
        cpu = cpuOfTaskAt(trace, hit.task, hit.timeNs);
    if (cpu >= 0)
        lines << TimelineText::tr("CPU: %1").arg(cpu);
    lines << TimelineText::tr("Start: %1").arg(formatDuration(item.startNs, locale));
    lines << TimelineText::tr("Duration: %1").arg(formatDuration(item.endNs - item.startNs, locale));
    if (item.state == SpanState::LockWait || item.state == SpanState::LockHeld)
        lines << TimelineText::tr("Lock: %1").arg(trace.nameOf(item.arg));
    if (item.state == SpanState::CondWait)
        lines << TimelineText::tr("Condition variable: %1").arg(trace.nameOf(item.arg));
    if (item.state == SpanState::StepWait && item.count == 1)
        lines << TimelineText::tr("Next: %1")
                     .arg(StepDriver::operationText(static_cast<GateOp>(item.other), trace.nameOf(item.arg)));
    if (item.state == SpanState::LockWait && item.other != 0)
        lines << TimelineText::tr("Holder: %1").arg(trace.taskName(item.other));
    return lines.join(QLatin1Char('\n'));
}

} // namespace samtidig
