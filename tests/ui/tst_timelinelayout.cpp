// The timeline layout's draw lists: only the rows in view are folded, and a rebuild after a live
// tick folds again only the lanes the tick changed (TimelineFoldCache), with the same items as a
// layout built from scratch.
#include "builder/trace_builder.h"
#include "timeline/timeline_fold_cache.h"
#include "timeline/timeline_layout.h"
#include "trace/trace.h"

#include <QTest>

#include <limits>
#include <map>
#include <vector>

using namespace samtidig;

namespace {

constexpr std::uint64_t kOrigin = 1'000'000'000;
constexpr std::uint64_t us = 1000;

Event at(std::uint64_t timeUs, std::uint32_t task, EventKind kind, std::uint64_t a = 0, std::uint64_t b = 0,
         std::uint16_t cpu = 0)
{
    return Event { kOrigin + timeUs * us, task, cpu, kind, a, b };
}

// A live run of process 1 with `threads` threads (tasks 2, 3, ...): each ran a slice on CPU 0 or
// 1 and took lock 10 once, all before 100 us; the run goes on (not finished) to 300 us.
void buildThreads(Trace &trace, std::uint32_t threads)
{
    TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
    TraceBuilder(trace).restoreRun().originNs = kOrigin;
    TraceBuilder(trace).restoreName(10) = NameInfo { 10, NameKind::Lock, QStringLiteral("A") };
    for (std::uint32_t id = 1; id <= threads + 1; ++id) {
        TaskInfo info;
        info.id = id;
        info.parent = id == 1 ? 0 : 1;
        info.kind = id == 1 ? TaskKind::Process : TaskKind::Thread;
        info.name = id == 1 ? QStringLiteral("process") : QStringLiteral("thread %1").arg(id);
        info.pid = 500;
        info.tid = 500 + static_cast<int>(id);
        TraceBuilder(trace).restoreTask(id) = info;
    }
    std::vector<Event> events;
    for (std::uint32_t id = 1; id <= threads + 1; ++id) {
        const std::uint64_t t = id;
        events.push_back(at(t, id, EventKind::SliceBegin, 0, 0, std::uint16_t(id % 2)));
        events.push_back(at(t + 2, id, EventKind::LockRequest, 10));
        events.push_back(at(t + 2, id, EventKind::LockAcquired, 10));
        events.push_back(at(t + 3, id, EventKind::LockReleased, 10));
        events.push_back(at(t + 60, id, EventKind::SliceEnd, 1, 0, std::uint16_t(id % 2)));
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &x, const Event &y) { return x.timeNs < y.timeNs; });
    TraceBuilder builder(trace);
    builder.ingest(events);
    builder.advanceEdgeTo(static_cast<std::int64_t>(300 * us));
}

TimelinePaintOptions wholeRange()
{
    TimelinePaintOptions o;
    o.startNs = 0;
    o.endNs = 300 * us; // fixed: a live tick does not move the window
    return o;
}

bool sameItems(const std::vector<LodItem> &a, const std::vector<LodItem> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const LodItem &x, const LodItem &y) {
        return x.startNs == y.startNs && x.endNs == y.endNs && x.state == y.state && x.arg == y.arg
            && x.other == y.other && x.count == y.count && x.firstIndex == y.firstIndex
            && x.coverage == y.coverage && x.mixed == y.mixed;
    });
}

// Every row's items in `a` are those of the same row in `b`.
void compareLayouts(const TimelineLayout &a, const TimelineLayout &b)
{
    QCOMPARE(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const TimelineRow &x = a.rows[i];
        const TimelineRow &y = b.rows[i];
        QVERIFY2(sameItems(x.main, y.main) && sameItems(x.sync, y.sync) && sameItems(x.held, y.held),
                 qPrintable(x.label));
    }
}

std::map<std::uint32_t, std::uint64_t> laneRevisions(const Trace &trace)
{
    std::map<std::uint32_t, std::uint64_t> revisions;
    for (const TaskLane &lane : trace.taskLanes())
        revisions[lane.task] = lane.revision;
    return revisions;
}

} // namespace

class TstTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOutOfViewAreNotFolded()
    {
        Trace trace;
        buildThreads(trace, 30);
        TimelinePaintOptions o = wholeRange();
        o.detailTop = 0;
        o.detailBottom = 300; // the cores and the first few task rows
        TimelineFoldCache cache;
        const TimelineLayout layout = buildTimelineLayout(trace, o, 800, &cache);
        std::size_t detailedTracks = 0;
        int detailedTasks = 0;
        int plainTasks = 0;
        for (const TimelineRow &row : layout.rows) {
            const bool inView = row.y + row.height > o.detailTop && row.y < o.detailBottom;
            const bool hasItems = !row.main.empty() || !row.sync.empty() || !row.held.empty();
            if (row.kind == TimelineRow::Kind::Cpu) {
                QVERIFY(inView && hasItems);
                ++detailedTracks;
            } else if (row.kind == TimelineRow::Kind::Task) {
                QCOMPARE(hasItems, inView);
                (inView ? detailedTasks : plainTasks)++;
                detailedTracks += inView ? 3 : 0; // sched, sync, held
            }
        }
        QVERIFY2(detailedTasks > 0 && plainTasks > 20,
                 qPrintable(QStringLiteral("%1 in view, %2 not").arg(detailedTasks).arg(plainTasks)));
        QCOMPARE(cache.folds(), detailedTracks); // the rows out of view were not folded at all
        // The same range again: nothing is folded a second time.
        const TimelineLayout again = buildTimelineLayout(trace, o, 800, &cache);
        QCOMPARE(cache.folds(), detailedTracks);
        compareLayouts(again, layout);
    }

    void rowsAloneHaveNoDetailEvenWhenDeadlocked()
    {
        Trace trace;
        buildThreads(trace, 4);
        TraceBuilder(trace).restoreAnalysis().deadlocks.push_back(
            DeadlockCycle { 90'000, { 2, 3 }, { 10, 10 } });
        TimelinePaintOptions o = wholeRange();
        const TimelineLayout full = buildTimelineLayout(trace, o, 800);
        o.detailTop = o.detailBottom = -std::numeric_limits<double>::infinity(); // as the widget asks
        TimelineFoldCache cache;
        const TimelineLayout rows = buildTimelineLayout(trace, o, 800, &cache);
        QCOMPARE(cache.folds(), std::size_t(0));
        QVERIFY(rows.arrows.empty());
        QCOMPARE(rows.rows.size(), full.rows.size());
        QCOMPARE(rows.contentHeight, full.contentHeight);
        bool deadlockedRow = false;
        for (std::size_t i = 0; i < rows.rows.size(); ++i) {
            const TimelineRow &r = rows.rows[i];
            QCOMPARE(r.label, full.rows[i].label);
            QCOMPARE(r.y, full.rows[i].y);
            QVERIFY(r.main.empty() && r.sync.empty() && r.held.empty() && r.marks.empty());
            if (r.deadlocked) { // in detail in the full layout
                deadlockedRow = true;
                QVERIFY(!full.rows[i].main.empty());
            }
        }
        QVERIFY(deadlockedRow);
    }

    void aLiveTickRefoldsOnlyTheLaneItChanged()
    {
        Trace trace;
        buildThreads(trace, 4);
        const TimelinePaintOptions o = wholeRange();
        TimelineFoldCache cache;
        const TimelineLayout before = buildTimelineLayout(trace, o, 800, &cache);
        const std::size_t foldsBefore = cache.folds();
        QVERIFY(foldsBefore > 0);
        const auto revisionsBefore = laneRevisions(trace);
        const std::uint64_t traceRevisionBefore = trace.revision();
        // A tick in which thread 3 alone waits for and takes the lock (no CPU lane changes).
        TraceBuilder builder(trace);
        const std::vector<Event> tick { at(150, 3, EventKind::LockRequest, 10),
                                        at(170, 3, EventKind::LockAcquired, 10),
                                        at(180, 3, EventKind::LockReleased, 10) };
        builder.ingest(tick);
        builder.advanceEdgeTo(static_cast<std::int64_t>(300 * us));
        QVERIFY(trace.revision() != traceRevisionBefore);
        const auto revisionsAfter = laneRevisions(trace);
        int changedLanes = 0;
        for (const auto &[task, revision] : revisionsAfter)
            changedLanes += revisionsBefore.at(task) != revision ? 1 : 0;
        QCOMPARE(changedLanes, 1);
        QVERIFY(revisionsBefore.at(3) != revisionsAfter.at(3));

        const TimelineLayout after = buildTimelineLayout(trace, o, 800, &cache);
        QCOMPARE(cache.folds() - foldsBefore, std::size_t(3)); // thread 3's sched, sync and held tracks
        // The refolded lane shows the tick (a lock wait at 150 us), the others are as they were, and
        // all of it is what a layout built from scratch gives.
        compareLayouts(after, buildTimelineLayout(trace, o, 800));
        bool waitSeen = false;
        for (const TimelineRow &row : after.rows)
            if (row.kind == TimelineRow::Kind::Task && row.task == 3)
                for (const LodItem &item : row.sync)
                    waitSeen = waitSeen
                        || (item.state == SpanState::LockWait && item.startNs == 150 * std::int64_t(us));
        QVERIFY(waitSeen);
        for (std::size_t i = 0; i < after.rows.size(); ++i)
            if (after.rows[i].kind == TimelineRow::Kind::Task && after.rows[i].task != 3)
                QVERIFY(sameItems(after.rows[i].sync, before.rows[i].sync));
    }

    void anotherTraceIsNotTakenForTheFirst()
    {
        // Two traces read from files (lanes written through the restore calls), alike but for one
        // span, shown one after the other at the same range and width.
        const auto readTrace = [](Trace &trace, std::int64_t spanEndNs) {
            TraceBuilder builder(trace);
            TaskInfo info;
            info.id = 2;
            info.name = QStringLiteral("thread");
            builder.restoreTask(2) = info;
            builder.restoreTaskLane(2).sched.append(10'000, spanEndNs, SpanState::Running);
            builder.restoreCpuLane(0).spans.append(10'000, spanEndNs, SpanState::Running, 0, 2);
            std::vector<CpuLane> &cpus = builder.restoreCpuLanes();
            cpus.resize(2); // a CPU lane as a reader adds it: not stamped with a revision
            cpus[1].cpu = 1;
            cpus[1].spans.append(10'000, spanEndNs, SpanState::Running, 0, 2);
        };
        Trace first;
        Trace second;
        readTrace(first, 100'000);
        readTrace(second, 200'000);
        TimelineFoldCache cache;
        const TimelinePaintOptions o = wholeRange();
        buildTimelineLayout(first, o, 800, &cache);
        const TimelineLayout shown = buildTimelineLayout(second, o, 800, &cache);
        compareLayouts(shown, buildTimelineLayout(second, o, 800));
        int rows = 0;
        for (const TimelineRow &row : shown.rows)
            if (row.kind == TimelineRow::Kind::Task || row.kind == TimelineRow::Kind::Cpu) {
                QVERIFY2(!row.main.empty() && row.main.front().endNs == 200'000, qPrintable(row.label));
                ++rows;
            }
        QCOMPARE(rows, 3); // the thread and both CPUs
    }

    void tracksOutOfUseAreLetGo()
    {
        Trace trace;
        buildThreads(trace, 4);
        TimelineFoldCache cache;
        TimelinePaintOptions o = wholeRange();
        buildTimelineLayout(trace, o, 800, &cache);
        const std::size_t whole = cache.size();
        QVERIFY(whole > 0);
        o.endNs = 100 * us; // zoomed in: other windows, other items
        for (int i = 0; i < 3; ++i)
            buildTimelineLayout(trace, o, 800, &cache);
        QCOMPARE(cache.size(), whole); // the whole range's tracks were let go, the zoomed-in ones kept
        const std::size_t folds = cache.folds();
        buildTimelineLayout(trace, o, 800, &cache);
        QCOMPARE(cache.folds(), folds);
    }
};

QTEST_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
