#pragma once
// The timeline's draw list: rows (phase and section headers, CPU lanes, task lanes) with their
// level-of-detail items, marks and arrows for one visible range and width. Built outside
// paintEvent and cached by TimelineLayoutCache, so painting only walks short vectors.

#include "timeline/timeline_fold_cache.h"
#include "timeline/timeline_options.h"
#include "trace/lod.h"
#include "trace/trace.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <set>
#include <vector>

namespace samtidig {

// One phase of a two-phase run (or the whole run): its lanes are drawn shifted by offsetNs.
struct TimelineSection {
    std::int64_t offsetNs = 0;
    std::int64_t clipStartNs = INT64_MIN; // absolute trace times outside the phase are not drawn
    std::int64_t clipEndNs = INT64_MAX;
    QString title;
};

struct TimelineMark {
    enum class Kind : std::uint8_t {
        Timeout,
        LostWrite,
        Overwrite,
        Write,
        Read,
        Marker,
        Fork,
        Exit,
        Stall,
        Notify
    };
    Kind kind = Kind::Marker;
    std::int64_t timeNs = 0; // absolute
    std::size_t index = 0; // into trace.instants(), or trace.analysis().lostUpdates for lost updates
};

struct TimelineArrow {
    enum class Kind : std::uint8_t { HandOver, WaitsFor, Overwrites };
    Kind kind = Kind::HandOver;
    int fromRow = -1;
    std::int64_t fromNs = 0; // absolute
    int toRow = -1;
    std::int64_t toNs = 0;
    std::uint32_t lock = 0;
    bool deadlock = false;
};

// Step mode: step `number` was taken at timeNs (absolute), drawn on the time axis of `section`.
struct TimelineStepMark {
    int number = 0;
    std::int64_t timeNs = 0;
    int section = 0;
};

struct TimelineRow {
    enum class Kind : std::uint8_t { PhaseHeader, SectionHeader, Cpu, Task };
    Kind kind = Kind::Task;
    int section = 0;
    double y = 0; // content coordinates, before scrolling
    double height = 0;
    int cpu = -1;
    std::uint32_t task = 0;
    int depth = 0;
    bool hasChildren = false;
    bool collapsed = false;
    bool finished = false; // the task ended inside or before the visible range
    bool deadlocked = false; // the task is part of a deadlock cycle
    QString label;
    QString sublabel;
    std::vector<LodItem> main; // CPU lane slices, or the task's sched track
    std::vector<LodItem> sync;
    std::vector<LodItem> held;
    std::vector<TimelineMark> marks;
};

// Legend entries; the layout records which are in use so the legend lists only those.
enum class LegendEntry : std::uint8_t {
    Running,
    Working,
    Runnable,
    Blocked,
    LockWait,
    LockHeld,
    GilHeld, // a Python thread's band while it holds the GIL (a LockHeld band named GIL)
    Sleeping,
    Awaiting,
    CondWait,
    Stalled,
    StepWait,
    Folded,
    HandOver,
    Timeout,
    LostUpdate,
    Deadlock,
    Write,
    Marker,
    Finished,
    Read,
    Overwrite,
    Notify,
    Fork,
    Exit,
    WaitsFor,
    Paused,
    Count_
};
static_assert(static_cast<unsigned>(LegendEntry::Count_) <= 32, "TimelineLayout::legendMask has 32 bits");

// The legend entry that explains a mark.
LegendEntry legendEntryFor(TimelineMark::Kind kind);

struct TimelineLayout {
    std::int64_t startNs = 0; // the visible range (section-relative)
    std::int64_t endNs = 1;
    double plotWidth = 1;
    std::vector<TimelineSection> sections;
    std::vector<TimelineRow> rows;
    std::vector<TimelineArrow> arrows;
    // Step mode: the axis has a row of step numbers (stepped is set even when none is in view).
    bool stepped = false;
    std::vector<TimelineStepMark> stepMarks; // the visible ones, in step order
    std::uint32_t legendMask = 0;
    double contentHeight = 0;
    QStringList deadlockSentences; // one per cycle: "Deadlock: T1 holds A and waits for B; ..."
    std::vector<DeadlockCycle> deadlocks;
    std::set<std::uint32_t> deadlockTasks;
    std::set<std::uint32_t> deadlockLocks;

    bool uses(LegendEntry e) const { return legendMask & (1u << static_cast<unsigned>(e)); }
    void markUsed(LegendEntry e) { legendMask |= 1u << static_cast<unsigned>(e); }
    int rowAt(double contentY) const; // -1 if none
};

// The time axis extent: the whole run, or the longest phase of a two-phase run.
std::int64_t timelineExtentNs(const Trace &trace);
// Where "zoom to fit" ends: the whole extent, but for a finished run that hung (a deadlock, or
// nothing recorded for a long time before Stop) a little after the deadlock or the last event.
std::int64_t timelineFitEndNs(const Trace &trace);
// True when the run is drawn as one timeline per phase (two or more phases).
bool timelineShowsPhases(const Trace &trace);

// With a fold cache, lane tracks that did not change since an earlier layout keep their items.
TimelineLayout buildTimelineLayout(const Trace &trace, const TimelinePaintOptions &options, double plotWidth,
                                   TimelineFoldCache *cache = nullptr);

// Keeps the last layout and rebuilds it only when the trace's revision, the range, width or pane
// options change; a rebuild folds again only the lanes that changed (or came into view).
class TimelineLayoutCache
{
public:
    const TimelineLayout &layout(const Trace &trace, const TimelinePaintOptions &options, double plotWidth);
    void invalidate() { m_valid = false; }

private:
    bool m_valid = false;
    std::uint64_t m_revision = 0;
    std::int64_t m_startNs = 0;
    std::int64_t m_endNs = 0;
    double m_width = 0;
    TimelinePanes m_panes = TimelinePanes::Both;
    std::set<std::uint32_t> m_collapsed;
    double m_detailTop = 0;
    double m_detailBottom = 0;
    TimelineLayout m_layout;
    TimelineFoldCache m_folds;
};

} // namespace samtidig
