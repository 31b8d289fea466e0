#include "timeline/timeline_layout.h"

#include "analysis/utilization.h"
#include "timeline/timeline_text.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace samtidig {

namespace {

constexpr double kPhaseHeaderHeight = 30;
constexpr double kSectionHeaderHeight = 22;
constexpr double kCpuLaneHeight = 24;
constexpr double kTaskLaneHeight = 34;
constexpr int kMarksPerColumn = 64; // beyond this many instants in one pixel column, jump ahead
constexpr double kArrowSpacingPx = 6; // at most one hand-over arrow per this many pixels
constexpr std::size_t kMaxLostUpdateArrows = 200;
constexpr std::size_t kOpenSpan = SIZE_MAX; // LodItem::firstIndex of a span still open (live edge)

LegendEntry legendFor(SpanState state)
{
    switch (state) {
    case SpanState::Running: return LegendEntry::Running;
    case SpanState::Working: return LegendEntry::Working;
    case SpanState::Runnable: return LegendEntry::Runnable;
    case SpanState::Blocked: return LegendEntry::Blocked;
    case SpanState::LockWait: return LegendEntry::LockWait;
    case SpanState::LockHeld: return LegendEntry::LockHeld;
    case SpanState::Sleeping: return LegendEntry::Sleeping;
    case SpanState::Awaiting: return LegendEntry::Awaiting;
    case SpanState::CondWait: return LegendEntry::CondWait;
    case SpanState::Stalled: return LegendEntry::Stalled;
    case SpanState::StepWait: return LegendEntry::StepWait;
    case SpanState::Count_: break;
    }
    return LegendEntry::Running;
}

std::size_t markSlot(TimelineMark::Kind kind)
{
    return static_cast<std::size_t>(kind);
}

class Builder
{
public:
    Builder(const Trace &trace, const TimelinePaintOptions &options, double width, TimelineLayout &out,
            TimelineFoldCache *cache)
        : m_trace(trace)
        , m_options(options)
        , m_width(width)
        , m_out(out)
        , m_cache(cache)
    { }

    void build();

private:
    struct Window {
        std::int64_t a = 0, b = 0; // the visible range in absolute trace time
        std::int64_t ca = 0, cb = 0; // the same, clipped to the section
        bool empty() const { return ca > cb; }
    };

    Window window(const TimelineSection &s) const
    {
        Window w;
        w.a = m_out.startNs + s.offsetNs;
        w.b = m_out.endNs + s.offsetNs;
        w.ca = std::max(w.a, s.clipStartNs);
        w.cb = std::min(w.b, s.clipEndNs);
        return w;
    }
    double nsPerPx() const { return static_cast<double>(m_out.endNs - m_out.startNs) / m_width; }
    std::int64_t column(const Window &w, std::int64_t t) const
    {
        return static_cast<std::int64_t>(std::floor(static_cast<double>(t - w.a) / nsPerPx()));
    }

    using Track = TimelineFoldCache::Key::Track;
    void fill(const SpanList &list, Track track, std::uint32_t lane, std::uint64_t revision, const Window &w,
              std::vector<LodItem> &items)
    {
        items.clear();
        if (w.empty())
            return;
        // A lane never stamped (a reader's) is known by the whole trace's revision.
        if (m_cache)
            m_cache->items(
                { track, lane, revision != 0 ? revision : m_trace.revision(), w.a, w.b, w.ca, w.cb, m_width },
                items, [&](std::vector<LodItem> &out) { fold(list, w, out); });
        else
            fold(list, w, items);
    }
    void fold(const SpanList &list, const Window &w, std::vector<LodItem> &items)
    {
        const auto [first, last] = list.visible(w.ca, w.cb);
        foldSpanRange(list, first, last, LodRequest { w.a, w.b, m_width, 1.5 }, items);
        // Clip to the section; a span that only touches a phase boundary belongs to the other phase.
        std::erase_if(items, [&](const LodItem &item) {
            return item.endNs > item.startNs && (item.endNs <= w.ca || item.startNs >= w.cb);
        });
        for (LodItem &item : items) {
            item.startNs = std::max(item.startNs, w.ca);
            item.endNs = std::min(item.endNs, w.cb);
        }
    }
    void addOpenSpans(TimelineRow &row, const Window &w);
    void addSection(int index);
    void addStepMarks();
    void addTaskRows(int section, const Window &w);
    void addMarks(const Window &w, const std::vector<int> &rowOfTask);
    void addArrows(int section, const Window &w, const std::vector<int> &rowOfTask);
    void noteLegend(const TimelineRow &row);
    // Rows of deadlocked tasks always (the overlay's red wait arrows start from their waits), but
    // for a layout of the rows alone.
    bool rowsOnly() const { return !(m_options.detailTop < m_options.detailBottom); }
    bool detailed(const TimelineRow &row) const
    {
        return !rowsOnly()
            && (row.deadlocked
                || (row.y + row.height > m_options.detailTop && row.y < m_options.detailBottom));
    }
    TimelineRow &addRow(TimelineRow::Kind kind, int section, double height)
    {
        TimelineRow row;
        row.kind = kind;
        row.section = section;
        row.y = m_out.contentHeight;
        row.height = height;
        m_out.contentHeight += height;
        m_out.rows.push_back(std::move(row));
        return m_out.rows.back();
    }

    const Trace &m_trace;
    const TimelinePaintOptions &m_options;
    double m_width;
    TimelineLayout &m_out;
    TimelineFoldCache *m_cache;
};

void Builder::build()
{
    for (const DeadlockCycle &cycle : m_trace.analysis().deadlocks) {
        m_out.deadlocks.push_back(cycle);
        m_out.deadlockSentences << TimelineText::deadlockSentence(m_trace, cycle);
        m_out.deadlockTasks.insert(cycle.tasks.begin(), cycle.tasks.end());
        m_out.deadlockLocks.insert(cycle.locks.begin(), cycle.locks.end());
    }
    if (!m_out.deadlocks.empty())
        m_out.markUsed(LegendEntry::Deadlock);
    if (timelineShowsPhases(m_trace)) {
        for (const Phase &phase : m_trace.phases()) {
            TimelineSection s;
            s.offsetNs = phase.startNs;
            s.clipStartNs = phase.startNs;
            s.clipEndNs = phase.endNs < 0 ? m_trace.endNs() : phase.endNs;
            s.title = phase.title;
            m_out.sections.push_back(s);
        }
    } else {
        m_out.sections.push_back(TimelineSection {});
    }
    for (int i = 0; i < static_cast<int>(m_out.sections.size()); ++i)
        addSection(i);
    addStepMarks();
}

void Builder::addStepMarks()
{
    const std::vector<std::int64_t> passes = stepPassTimes(m_trace);
    m_out.stepped = !passes.empty();
    for (int s = 0; s < static_cast<int>(m_out.sections.size()); ++s) {
        const Window w = window(m_out.sections[static_cast<std::size_t>(s)]);
        for (std::size_t i = 0; i < passes.size(); ++i)
            if (!w.empty() && passes[i] >= w.ca && passes[i] <= w.cb)
                m_out.stepMarks.push_back(TimelineStepMark { static_cast<int>(i) + 1, passes[i], s });
    }
}

void Builder::addSection(int index)
{
    const TimelineSection &s = m_out.sections[static_cast<std::size_t>(index)];
    const Window w = window(s);
    for (const PausedSpan &pause : m_trace.pausedSpans()) // drawn over the section's lanes
        if (!w.empty() && pause.startNs <= w.cb && (pause.endNs < 0 ? m_trace.endNs() : pause.endNs) >= w.ca)
            m_out.markUsed(LegendEntry::Paused);
    if (m_out.sections.size() > 1)
        addRow(TimelineRow::Kind::PhaseHeader, index, kPhaseHeaderHeight).label
            = TimelineText::phaseHeader(index + 1, s.title);
    if (m_options.showCores() && !m_trace.cpuLanes().empty()) {
        addRow(TimelineRow::Kind::SectionHeader, index, kSectionHeaderHeight).label
            = TimelineText::coresHeader();
        for (const CpuLane &lane : m_trace.cpuLanes()) {
            TimelineRow &row = addRow(TimelineRow::Kind::Cpu, index, kCpuLaneHeight);
            row.cpu = lane.cpu;
            row.label = TimelineText::cpuLabel(lane.cpu);
            if (!detailed(row))
                continue;
            fill(lane.spans, Track::Cpu, static_cast<std::uint32_t>(lane.cpu), lane.revision, w, row.main);
            addOpenSpans(row, w);
            noteLegend(row);
        }
    }
    if (m_options.showTasks() && !m_trace.taskLanes().empty())
        addTaskRows(index, w);
}

void Builder::addTaskRows(int section, const Window &w)
{
    const bool phased = m_out.sections.size() > 1;
    addRow(TimelineRow::Kind::SectionHeader, section, kSectionHeaderHeight).label
        = TimelineText::tasksHeader();
    const std::vector<LaneRow> order = taskLaneDisplayOrder(m_trace);
    std::vector<int> rowOfTask(m_trace.laneTaskIdLimit() + 1, -1);
    int hideBelow = INT_MAX; // depth under which rows are hidden by a collapsed process
    for (std::size_t k = 0; k < order.size(); ++k) {
        const LaneRow &lr = order[k];
        if (lr.depth > hideBelow)
            continue;
        hideBelow = INT_MAX;
        const TaskLane &lane = m_trace.taskLanes()[lr.laneIndex];
        const bool open
            = std::any_of(m_trace.openSpans().begin(), m_trace.openSpans().end(), [&](const OpenSpan &o) {
                  return o.task == lane.task && o.track < 3 && o.startNs <= w.cb;
              });
        if (phased && !open) { // a phase shows only the tasks that did something in it
            const TimelineSection &s = m_out.sections[static_cast<std::size_t>(section)];
            const auto inPhase = [&](const SpanList &l) {
                const auto [f, e] = l.visible(s.clipStartNs, s.clipEndNs);
                return e > f;
            };
            if (!inPhase(lane.sched) && !inPhase(lane.sync) && !inPhase(lane.held))
                continue;
        }
        TimelineRow &row = addRow(TimelineRow::Kind::Task, section, kTaskLaneHeight);
        row.task = lane.task;
        row.depth = lr.depth;
        row.hasChildren = k + 1 < order.size() && order[k + 1].depth > lr.depth;
        row.collapsed = row.hasChildren && m_options.collapsedTasks.count(lane.task) > 0;
        if (row.collapsed)
            hideBelow = lr.depth;
        row.label = m_trace.taskName(lane.task);
        if (const TaskInfo *info = m_trace.task(lane.task)) {
            row.sublabel = TimelineText::taskSublabel(*info);
            row.finished = info->endNs >= 0 && info->endNs < w.b;
        }
        row.deadlocked = m_out.deadlockTasks.count(lane.task) > 0;
        if (lane.task < rowOfTask.size())
            rowOfTask[lane.task] = static_cast<int>(m_out.rows.size()) - 1;
        if (!detailed(row))
            continue;
        fill(lane.sched, Track::Sched, lane.task, lane.revision, w, row.main);
        fill(lane.sync, Track::Sync, lane.task, lane.revision, w, row.sync);
        fill(lane.held, Track::Held, lane.task, lane.revision, w, row.held);
        addOpenSpans(row, w);
        if (row.finished)
            m_out.markUsed(LegendEntry::Finished);
        noteLegend(row);
    }
    if (rowsOnly())
        return; // no marks, no arrows: nothing in detail to point at
    addMarks(w, rowOfTask);
    addArrows(section, w, rowOfTask);
}

void Builder::addOpenSpans(TimelineRow &row, const Window &w)
{
    for (const OpenSpan &o : m_trace.openSpans()) {
        std::vector<LodItem> *items = nullptr;
        if (row.kind == TimelineRow::Kind::Cpu && o.track == 3 && static_cast<int>(o.arg) == row.cpu)
            items = &row.main;
        else if (row.kind == TimelineRow::Kind::Task && o.task == row.task && o.track < 3)
            items = o.track == 0 ? &row.main : (o.track == 1 ? &row.sync : &row.held);
        if (!items || o.startNs > w.cb || m_trace.endNs() < w.ca)
            continue;
        LodItem item;
        item.startNs = std::max(o.startNs, w.ca);
        item.endNs = std::min(m_trace.endNs(), w.cb);
        item.state = o.state;
        item.arg = o.track == 3 ? 0 : o.arg;
        item.other = o.track == 3 ? o.task : o.other;
        item.firstIndex = kOpenSpan;
        items->push_back(item);
    }
}

void Builder::noteLegend(const TimelineRow &row)
{
    for (const auto *items : { &row.main, &row.sync }) {
        for (const LodItem &item : *items) {
            m_out.markUsed(item.folded() ? LegendEntry::Folded : legendFor(item.state));
            if (item.folded() && item.state != SpanState::Running)
                m_out.markUsed(legendFor(item.state));
        }
    }
    // A held band is a lock's, or a Python thread's GIL (its own entry: the band reads "GIL").
    std::uint32_t lastArg = 0;
    bool lastIsGil = false;
    for (const LodItem &item : row.held) {
        if (item.arg != lastArg) {
            lastArg = item.arg;
            lastIsGil = isGilName(m_trace, item.arg);
        }
        m_out.markUsed(lastIsGil ? LegendEntry::GilHeld
                                 : (item.folded() ? LegendEntry::Folded : legendFor(item.state)));
        if (item.folded() && !lastIsGil)
            m_out.markUsed(legendFor(item.state));
    }
}

void Builder::addMarks(const Window &w, const std::vector<int> &rowOfTask)
{
    if (w.empty())
        return;
    const auto rowFor = [&](std::uint32_t task) { return task < rowOfTask.size() ? rowOfTask[task] : -1; };
    // Last pixel column each (row, kind) got a mark in: one mark of a kind per column is enough.
    std::vector<std::array<std::int64_t, 10>> lastColumn(m_out.rows.size());
    for (auto &a : lastColumn)
        a.fill(-1);
    const auto place = [&](int row, TimelineMark::Kind kind, std::int64_t t, std::size_t index) {
        if (row < 0 || !detailed(m_out.rows[static_cast<std::size_t>(row)]))
            return false;
        const std::int64_t col = column(w, t);
        std::int64_t &last = lastColumn[static_cast<std::size_t>(row)][markSlot(kind)];
        if (last == col)
            return false;
        last = col;
        m_out.rows[static_cast<std::size_t>(row)].marks.push_back({ kind, t, index });
        m_out.markUsed(legendEntryFor(kind)); // every mark drawn has its key in the legend
        return true;
    };
    const auto &inst = m_trace.instants();
    auto it = std::lower_bound(inst.begin(), inst.end(), w.ca,
                               [](const Instant &i, std::int64_t t) { return i.timeNs < t; });
    std::int64_t currentColumn = -1;
    int inColumn = 0;
    while (it != inst.end() && it->timeNs <= w.cb) {
        const std::int64_t col = column(w, it->timeNs);
        inColumn = col == currentColumn ? inColumn + 1 : 0;
        currentColumn = col;
        if (inColumn > kMarksPerColumn) { // a dense burst: skip to the next pixel column
            const auto next
                = w.a + static_cast<std::int64_t>(std::ceil(static_cast<double>(col + 1) * nsPerPx()));
            it = std::lower_bound(it, inst.end(), std::max(next, it->timeNs + 1),
                                  [](const Instant &i, std::int64_t t) { return i.timeNs < t; });
            continue;
        }
        const auto index = static_cast<std::size_t>(it - inst.begin());
        const int row = rowFor(it->task);
        using K = TimelineMark::Kind;
        switch (it->kind) {
        case InstantKind::LockTimedOut: place(row, K::Timeout, it->timeNs, index); break;
        case InstantKind::VarWrite: place(row, K::Write, it->timeNs, index); break;
        case InstantKind::VarRead: place(row, K::Read, it->timeNs, index); break;
        case InstantKind::Marker: place(row, K::Marker, it->timeNs, index); break;
        case InstantKind::Fork: place(row, K::Fork, it->timeNs, index); break;
        case InstantKind::Exit: place(row, K::Exit, it->timeNs, index); break;
        case InstantKind::Stall: place(row, K::Stall, it->timeNs, index); break;
        case InstantKind::CondNotify: place(row, K::Notify, it->timeNs, index); break;
        case InstantKind::LostUpdate:
        case InstantKind::Count_: break;
        }
        ++it;
    }
    std::size_t arrows = 0;
    const auto &lost = m_trace.analysis().lostUpdates;
    for (std::size_t i = 0; i < lost.size(); ++i) {
        const LostUpdate &u = lost[i];
        const bool lostIn = u.lostWriteNs >= w.ca && u.lostWriteNs <= w.cb;
        const bool overIn = u.overwriteNs >= w.ca && u.overwriteNs <= w.cb;
        if (lostIn)
            place(rowFor(u.lostTask), TimelineMark::Kind::LostWrite, u.lostWriteNs, i);
        if (overIn)
            place(rowFor(u.overwritingTask), TimelineMark::Kind::Overwrite, u.overwriteNs, i);
        if (lostIn && overIn && arrows < kMaxLostUpdateArrows && rowFor(u.lostTask) >= 0
            && rowFor(u.overwritingTask) >= 0) {
            m_out.arrows.push_back({ TimelineArrow::Kind::Overwrites, rowFor(u.overwritingTask),
                                     u.overwriteNs, rowFor(u.lostTask), u.lostWriteNs, u.variable, false });
            ++arrows;
        }
    }
}

void Builder::addArrows(int section, const Window &w, const std::vector<int> &rowOfTask)
{
    if (w.empty())
        return;
    const auto rowFor = [&](std::uint32_t task) { return task < rowOfTask.size() ? rowOfTask[task] : -1; };
    // Hand-overs, sorted by the time the waiter got the lock: at most one per few pixels.
    const auto &flows = m_trace.flows();
    auto it = std::lower_bound(flows.begin(), flows.end(), w.ca,
                               [](const Flow &f, std::int64_t t) { return f.toNs < t; });
    while (it != flows.end() && it->toNs <= w.cb) {
        const int from = rowFor(it->fromTask);
        const int to = rowFor(it->toTask);
        if (from >= 0 && to >= 0 && it->fromNs >= w.ca) {
            m_out.arrows.push_back(
                { TimelineArrow::Kind::HandOver, from, it->fromNs, to, it->toNs, it->lock, false });
            m_out.markUsed(LegendEntry::HandOver);
        }
        const double px = static_cast<double>(it->toNs - w.a) / nsPerPx();
        const auto next = w.a + static_cast<std::int64_t>(std::ceil((px + kArrowSpacingPx) * nsPerPx()));
        it = std::lower_bound(it + 1, flows.end(), next,
                              [](const Flow &f, std::int64_t t) { return f.toNs < t; });
    }
    // A lock wait points at the lane of the task holding the lock (wide waits only, and deadlocks).
    for (std::size_t r = 0; r < m_out.rows.size(); ++r) {
        const TimelineRow &row = m_out.rows[r];
        if (row.section != section || row.kind != TimelineRow::Kind::Task)
            continue;
        double lastPx = -1e9;
        for (const LodItem &item : row.sync) {
            if (item.state != SpanState::LockWait || item.other == 0 || item.count != 1)
                continue;
            const bool deadlock = row.deadlocked && m_out.deadlockTasks.count(item.other)
                && m_out.deadlockLocks.count(item.arg);
            const double px = static_cast<double>(item.startNs - w.a) / nsPerPx();
            const double widthPx = static_cast<double>(item.endNs - item.startNs) / nsPerPx();
            if (!deadlock && (widthPx < 10 || px - lastPx < 14))
                continue;
            const int holder = rowFor(item.other);
            if (holder < 0 || holder == static_cast<int>(r))
                continue;
            const std::int64_t t = std::max(item.startNs, w.ca);
            m_out.arrows.push_back(
                { TimelineArrow::Kind::WaitsFor, static_cast<int>(r), t, holder, t, item.arg, deadlock });
            m_out.markUsed(LegendEntry::WaitsFor);
            lastPx = px;
        }
    }
}

} // namespace

LegendEntry legendEntryFor(TimelineMark::Kind kind)
{
    using K = TimelineMark::Kind;
    switch (kind) {
    case K::Timeout: return LegendEntry::Timeout;
    case K::LostWrite: return LegendEntry::LostUpdate;
    case K::Overwrite: return LegendEntry::Overwrite;
    case K::Write: return LegendEntry::Write;
    case K::Read: return LegendEntry::Read;
    case K::Marker: return LegendEntry::Marker;
    case K::Fork: return LegendEntry::Fork;
    case K::Exit: return LegendEntry::Exit;
    case K::Stall: return LegendEntry::Stalled; // the mark is the Stalled span itself
    case K::Notify: return LegendEntry::Notify;
    }
    return LegendEntry::Marker;
}

int TimelineLayout::rowAt(double contentY) const
{
    const auto it = std::upper_bound(rows.begin(), rows.end(), contentY,
                                     [](double y, const TimelineRow &r) { return y < r.y; });
    if (it == rows.begin())
        return -1;
    const auto &row = *(it - 1);
    return contentY < row.y + row.height ? static_cast<int>(it - rows.begin()) - 1 : -1;
}

bool timelineShowsPhases(const Trace &trace)
{
    return trace.phases().size() >= 2;
}

std::int64_t timelineExtentNs(const Trace &trace)
{
    if (!timelineShowsPhases(trace))
        return std::max<std::int64_t>(trace.endNs(), 1);
    std::int64_t longest = 1;
    for (const Phase &p : trace.phases())
        longest = std::max(longest, (p.endNs < 0 ? trace.endNs() : p.endNs) - p.startNs);
    return longest;
}

std::int64_t timelineFitEndNs(const Trace &trace)
{
    const std::int64_t extent = timelineExtentNs(trace);
    if (timelineShowsPhases(trace) || trace.outcome() == RunOutcome::Running)
        return extent;
    // A run that hung (a deadlock, then Stop after a minute) shows nothing new after the deadlock
    // or its last event: end a little after that, so the deadlock is not a sliver of the picture.
    const auto &deadlocks = trace.analysis().deadlocks;
    const std::int64_t last
        = deadlocks.empty() ? std::max<std::int64_t>(trace.latestEventNs(), 0) : deadlocks.front().detectedNs;
    if (last <= 0)
        return extent;
    constexpr std::int64_t kMinimumAfterNs = 2'000'000; // 2 ms: room to see the waits go on
    return std::min(extent, last + std::max(last / 5, kMinimumAfterNs));
}

TimelineLayout buildTimelineLayout(const Trace &trace, const TimelinePaintOptions &options, double plotWidth,
                                   TimelineFoldCache *cache)
{
    TimelineLayout layout;
    layout.plotWidth = std::max(1.0, plotWidth);
    layout.startNs = options.startNs;
    layout.endNs = options.endNs < 0 ? timelineExtentNs(trace) : options.endNs;
    if (layout.endNs <= layout.startNs)
        layout.endNs = layout.startNs + 1;
    Builder(trace, options, layout.plotWidth, layout, cache).build();
    if (cache)
        cache->layoutDone();
    return layout;
}

const TimelineLayout &TimelineLayoutCache::layout(const Trace &trace, const TimelinePaintOptions &options,
                                                  double plotWidth)
{
    const bool same = m_valid && m_revision == trace.revision() && m_startNs == options.startNs
        && m_endNs == options.endNs && m_width == plotWidth && m_panes == options.panes
        && m_collapsed == options.collapsedTasks && m_detailTop == options.detailTop
        && m_detailBottom == options.detailBottom;
    if (!same) {
        m_layout = buildTimelineLayout(trace, options, plotWidth, &m_folds);
        m_valid = true;
        m_revision = trace.revision();
        m_startNs = options.startNs;
        m_endNs = options.endNs;
        m_width = plotWidth;
        m_panes = options.panes;
        m_collapsed = options.collapsedTasks;
        m_detailTop = options.detailTop;
        m_detailBottom = options.detailBottom;
    }
    return m_layout;
}

} // namespace samtidig
