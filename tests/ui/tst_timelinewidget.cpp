// TimelineWidget and TimelinePainter: lanes, ink in every lane, deadlock in red with a banner,
// two-phase runs, zoom/pan/follow-live through the view state, selection, SVG export.
// Set SAMTIDIG_TIMELINE_PNG_DIR to keep the rendered pictures for a look.
#include "builder/trace_builder.h"
#include "charts/lock_wait_chart.h"
#include "i18n/language.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_text.h"
#include "timeline/timeline_theme.h"
#include "timeline/timeline_view_state.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <memory>
#include <set>

using namespace samtidig;

namespace {

constexpr std::uint64_t kOrigin = 1'000'000'000;
constexpr std::uint64_t us = 1000;

// Hand-written events, fed through the real TraceBuilder (and so the live analysis).
class Script
{
public:
    explicit Script(Trace &trace)
        : m_trace(trace)
    {
        TraceBuilder(m_trace).restoreRun().originNs = kOrigin;
    }
    void task(std::uint32_t id, std::uint32_t parent, TaskKind kind, const QString &name, int pid, int tid)
    {
        TaskInfo info;
        info.id = id;
        info.parent = parent;
        info.kind = kind;
        info.name = name;
        info.pid = pid;
        info.tid = tid;
        TraceBuilder(m_trace).restoreTask(id) = info;
    }
    // Process 1 `name` with threads 2 "worker 1" and 3 "worker 2" (tids pid + 1 and pid + 2).
    void processWithTwoWorkers(const QString &name, int pid)
    {
        task(1, 0, TaskKind::Process, name, pid, pid);
        task(2, 1, TaskKind::Thread, QStringLiteral("worker 1"), pid, pid + 1);
        task(3, 1, TaskKind::Thread, QStringLiteral("worker 2"), pid, pid + 2);
    }
    void name(std::uint32_t id, NameKind kind, const QString &text)
    {
        TraceBuilder(m_trace).restoreName(id) = NameInfo { id, kind, text };
    }
    void at(std::uint64_t timeUs, std::uint32_t task, EventKind kind, std::uint64_t a = 0,
            std::uint64_t b = 0, std::uint16_t cpu = 0)
    {
        m_events.push_back(Event { kOrigin + timeUs * us, task, cpu, kind, a, b });
    }
    void build(bool finish, std::uint64_t endUs)
    {
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const Event &x, const Event &y) { return x.timeNs < y.timeNs; });
        TraceBuilder builder(m_trace);
        builder.ingest(m_events);
        if (finish) {
            builder.finish(kOrigin + endUs * us);
            TraceBuilder(m_trace).restoreRun().outcome = RunOutcome::Completed;
        } else {
            TraceBuilder(m_trace).advanceEdgeTo(static_cast<std::int64_t>(endUs * us));
        }
    }

private:
    Trace &m_trace;
    std::vector<Event> m_events;
};

// main process with two threads that take A and B in opposite order: a deadlock (hanging at 200 us
// when not finished).
void buildDeadlock(Trace &trace, bool finish = true)
{
    TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
    Script s(trace);
    s.processWithTwoWorkers(QStringLiteral("main"), 100);
    s.name(10, NameKind::Lock, QStringLiteral("A"));
    s.name(11, NameKind::Lock, QStringLiteral("B"));
    for (std::uint32_t t : { 1u, 2u, 3u })
        s.at(0, t, EventKind::TaskBegin, t == 1 ? 0 : 1);
    s.at(2, 1, EventKind::SliceBegin, 0, 0, 0);
    s.at(9, 1, EventKind::SliceEnd, 0, 0, 0);
    s.at(10, 2, EventKind::SliceBegin, 0, 0, 0);
    s.at(12, 3, EventKind::SliceBegin, 0, 0, 1);
    s.at(20, 2, EventKind::LockRequest, 10);
    s.at(21, 2, EventKind::LockAcquired, 10);
    s.at(22, 3, EventKind::LockRequest, 11);
    s.at(23, 3, EventKind::LockAcquired, 11);
    s.at(60, 2, EventKind::LockRequest, 11);
    s.at(61, 2, EventKind::SliceEnd, 0, 0, 0);
    s.at(70, 3, EventKind::LockRequest, 10);
    s.at(71, 3, EventKind::SliceEnd, 0, 0, 1);
    s.build(finish, 200);
    if (!finish)
        return;
    TraceBuilder(trace).restoreRun().outcome = RunOutcome::Deadlock;
    if (trace.analysis().deadlocks.empty()) // the analysis is tested elsewhere; this test is about drawing
        TraceBuilder(trace).restoreAnalysis().deadlocks.push_back(
            DeadlockCycle { 70'000, { 2, 3 }, { 11, 10 } });
}

// Two threads share a lock (hand-overs), one sleeps, a coroutine awaits, a race loses an update.
void buildMutex(Trace &trace, bool finish = true)
{
    TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
    Script s(trace);
    s.task(1, 0, TaskKind::Process, QStringLiteral("counter"), 200, 200);
    s.task(2, 1, TaskKind::Thread, QStringLiteral("adder 1"), 200, 201);
    s.task(3, 1, TaskKind::Thread, QStringLiteral("adder 2"), 200, 202);
    s.task(4, 1, TaskKind::Coroutine, QStringLiteral("fetch"), 200, 200);
    s.name(10, NameKind::Lock, QStringLiteral("counter lock"));
    s.name(20, NameKind::Variable, QStringLiteral("counter"));
    for (std::uint32_t t : { 1u, 2u, 3u, 4u })
        s.at(0, t, EventKind::TaskBegin, t == 1 ? 0 : 1);
    s.at(1, 1, EventKind::SliceBegin, 0, 0, 0);
    s.at(8, 1, EventKind::SliceEnd, 1, 0, 0);
    s.at(8, 4, EventKind::CoResume);
    s.at(20, 4, EventKind::CoSuspend, 50'000);
    s.at(70, 4, EventKind::CoResume);
    s.at(90, 4, EventKind::CoSuspend, 0);
    std::uint64_t t = 10;
    for (int round = 0; round < 4; ++round, t += 60) {
        s.at(t, 2, EventKind::SliceBegin, 0, 0, 0);
        s.at(t + 1, 3, EventKind::SliceBegin, 0, 0, 1);
        s.at(t + 2, 2, EventKind::LockRequest, 10);
        s.at(t + 2, 2, EventKind::LockAcquired, 10);
        s.at(t + 3, 3, EventKind::LockRequest, 10);
        s.at(t + 4, 3, EventKind::SliceEnd, 0, 0, 1);
        s.at(t + 25, 2, EventKind::LockReleased, 10);
        s.at(t + 26, 3, EventKind::SliceBegin, 0, 0, 1);
        s.at(t + 26, 3, EventKind::LockAcquired, 10, 23'000);
        s.at(t + 27, 2, EventKind::SliceEnd, 1, 0, 0);
        s.at(t + 30, 2, EventKind::SleepBegin, 10'000);
        s.at(t + 40, 2, EventKind::SleepEnd);
        s.at(t + 50, 3, EventKind::LockReleased, 10);
        s.at(t + 52, 3, EventKind::SliceEnd, 0, 0, 1);
    }
    // The race: adder 2 reads 5, adder 1 reads 5 and writes 6, adder 2 writes 6: adder 1's write is lost.
    s.at(250, 3, EventKind::SliceBegin, 0, 0, 1);
    s.at(251, 3, EventKind::VarRead, 20, 5);
    s.at(252, 2, EventKind::SliceBegin, 0, 0, 0);
    s.at(253, 2, EventKind::VarRead, 20, 5);
    s.at(256, 2, EventKind::VarWrite, 20, 6);
    s.at(262, 3, EventKind::VarWrite, 20, 6);
    s.at(265, 2, EventKind::LockRequest, 10);
    s.at(275, 2, EventKind::LockTimedOut, 10, 10'000);
    s.at(280, 2, EventKind::SliceEnd, 0, 0, 0);
    s.at(290, 3, EventKind::SliceEnd, 0, 0, 1);
    s.build(finish, 300);
    if (trace.analysis().lostUpdates.empty())
        TraceBuilder(trace).restoreAnalysis().lostUpdates.push_back(
            LostUpdate { 20, 2, 256'000, 6, 3, 262'000, 6, 251'000 });
}

// The same two threads once on two cores and once on one core.
void buildTwoPhase(Trace &trace)
{
    Script s(trace);
    s.processWithTwoWorkers(QStringLiteral("parallel vs concurrent"), 300);
    s.name(30, NameKind::Marker, QStringLiteral("parallel"));
    s.name(31, NameKind::Marker, QStringLiteral("one core"));
    s.at(0, 1, EventKind::PhaseBegin, 0, 30);
    s.at(0, 2, EventKind::SliceBegin, 0, 0, 0);
    s.at(0, 3, EventKind::SliceBegin, 0, 0, 1);
    s.at(100, 2, EventKind::SliceEnd, 0, 0, 0);
    s.at(100, 3, EventKind::SliceEnd, 0, 0, 1);
    s.at(120, 1, EventKind::PhaseBegin, 1, 31);
    for (std::uint64_t t = 120; t < 320; t += 20) {
        const std::uint32_t task = (t / 20) % 2 ? 2 : 3;
        s.at(t, task, EventKind::SliceBegin, 0, 0, 0);
        s.at(t + 20, task, EventKind::SliceEnd, 1, 0, 0);
    }
    s.build(true, 320);
}

QImage renderTrace(const Trace &trace, TimelinePaintOptions options, int width, const char *name)
{
    const QSizeF size = TimelinePainter::preferredSize(trace, options, width);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    TimelinePainter::paint(p, QRectF(QPointF(0, 0), size), trace, options);
    p.end();
    const QByteArray dir = qgetenv("SAMTIDIG_TIMELINE_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)
                   + QStringLiteral(".png"));
    return image;
}

int countPixels(const QImage &image, const QRectF &area, const std::function<bool(QRgb)> &match)
{
    int n = 0;
    const QRect r = area.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += match(image.pixel(x, y)) ? 1 : 0;
    return n;
}

bool isRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 70 && qBlue(c) < 70;
}

// Saturated pixels: no background, stripe or grid colour is this colourful.
bool isInk(QRgb c)
{
    return std::max({ qRed(c), qGreen(c), qBlue(c) }) - std::min({ qRed(c), qGreen(c), qBlue(c) }) > 60;
}

// The state bar of a CPU or task lane, where its spans are drawn.
QRectF laneBar(const TimelineFrame &frame, const TimelineRow &row)
{
    return TimelinePainter::stateBar(
        QRectF(frame.plotLeft(), frame.lanes.top() + row.y, frame.plotWidth(), row.height),
        row.kind == TimelineRow::Kind::Cpu);
}

// The widget position of time `ns` (section 0) in the middle of the state bar of `task`'s lane.
QPoint pointIn(const TimelineWidget &widget, std::uint32_t task, std::int64_t ns)
{
    const TimelineLayout &layout = widget.currentLayout();
    const TimelineFrame &frame = widget.currentFrame();
    const auto row = std::find_if(layout.rows.begin(), layout.rows.end(), [&](const TimelineRow &r) {
        return r.kind == TimelineRow::Kind::Task && r.task == task;
    });
    if (row == layout.rows.end())
        return {};
    const QRectF bar = laneBar(frame, *row);
    const double x = frame.plotLeft()
        + frame.plotWidth() * double(ns - layout.startNs) / double(layout.endNs - layout.startNs);
    return QPoint(static_cast<int>(x), static_cast<int>(bar.center().y()));
}

// A widget of `size` (a small window's) showing `trace`.
std::unique_ptr<TimelineWidget> widgetShowing(Trace &trace, QSize size = QSize(1000, 600))
{
    auto widget = std::make_unique<TimelineWidget>();
    widget->resize(size);
    widget->setTrace(&trace);
    return widget;
}

// Presses the left button at `from`, moves to `to` with it held, and releases it there.
void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    QMouseEvent move(QEvent::MouseMove, to, widget->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(widget, &move);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

int rowOfTask(const TimelineLayout &layout, std::uint32_t task)
{
    for (std::size_t i = 0; i < layout.rows.size(); ++i)
        if (layout.rows[i].kind == TimelineRow::Kind::Task && layout.rows[i].task == task)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TstTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lanesMatchTheTrace()
    {
        Trace trace;
        buildMutex(trace);
        TimelinePaintOptions options;
        const TimelineLayout layout = buildTimelineLayout(trace, options, 800);
        int cpus = 0, tasks = 0;
        for (const TimelineRow &row : layout.rows) {
            cpus += row.kind == TimelineRow::Kind::Cpu;
            tasks += row.kind == TimelineRow::Kind::Task;
        }
        QCOMPARE(cpus, 2);
        QCOMPARE(tasks, 4);
        options.collapsedTasks = { 1 }; // the process hides its threads and coroutine
        int visible = 0;
        for (const TimelineRow &row : buildTimelineLayout(trace, options, 800).rows)
            visible += row.kind == TimelineRow::Kind::Task;
        QCOMPARE(visible, 1);
        options.panes = TimelinePanes::Cores;
        for (const TimelineRow &row : buildTimelineLayout(trace, options, 800).rows)
            QVERIFY(row.kind != TimelineRow::Kind::Task);
    }

    void lanesAreInCreationOrder()
    {
        // Threads register themselves when they start, so "thread 2" may register and run before
        // "thread 1": its lane must still come after, as the kernel's thread ids (given out when
        // the threads were created) say. The process comes before its threads, a child process
        // after them, and the order does not depend on which task ran first.
        Trace trace;
        Script s(trace);
        s.task(1, 0, TaskKind::Process, QStringLiteral("main"), 300, 300);
        s.task(2, 1, TaskKind::Process, QStringLiteral("child"), 310, 310);
        s.task(3, 1, TaskKind::Thread, QStringLiteral("thread 2"), 300, 302);
        s.task(4, 1, TaskKind::Thread, QStringLiteral("thread 3"), 300, 303);
        s.task(5, 1, TaskKind::Thread, QStringLiteral("thread 1"), 300, 301);
        const std::uint32_t firstSeen[] = { 2, 3, 4, 1, 5 };
        for (std::size_t i = 0; i < std::size(firstSeen); ++i) {
            s.at(i * 10, firstSeen[i], EventKind::SliceBegin, 0, 0, 0);
            s.at(i * 10 + 5, firstSeen[i], EventKind::SliceEnd, 0, 0, 0);
        }
        s.build(true, 100);
        const TimelineLayout layout = buildTimelineLayout(trace, TimelinePaintOptions {}, 800);
        QStringList lanes;
        for (const TimelineRow &row : layout.rows)
            if (row.kind == TimelineRow::Kind::Task)
                lanes << row.label;
        QCOMPARE(lanes, QStringList({ "main", "thread 1", "thread 2", "thread 3", "child" }));
    }

    void everyLaneHasInk()
    {
        Trace trace;
        buildMutex(trace);
        TimelinePaintOptions options;
        options.title = QStringLiteral("Mutex");
        options.caption = { QStringLiteral("Two adders share one lock.") };
        const QImage image = renderTrace(trace, options, 1100, "mutex");
        const TimelineLayout layout
            = buildTimelineLayout(trace, options, TimelinePainter::plotWidthFor(image.width(), options));
        const TimelineFrame frame = TimelinePainter::frame(trace, layout, options, image.size());
        for (const TimelineRow &row : layout.rows) {
            if (row.kind != TimelineRow::Kind::Cpu && row.kind != TimelineRow::Kind::Task)
                continue;
            const int ink = countPixels(image, laneBar(frame, row), isInk);
            QVERIFY2(ink > 50,
                     qPrintable(QStringLiteral("lane %1 has %2 coloured pixels").arg(row.label).arg(ink)));
        }
        QCOMPARE(countPixels(image, image.rect(), isRed) > 0, true); // the lost update's X
        QCOMPARE(frame.banner.height(), 0.0);
    }

    void deadlockIsRedWithBanner()
    {
        Trace trace;
        buildDeadlock(trace);
        TimelinePaintOptions options;
        const QImage image = renderTrace(trace, options, 1000, "deadlock");
        const TimelineLayout layout
            = buildTimelineLayout(trace, options, TimelinePainter::plotWidthFor(image.width(), options));
        QCOMPARE(layout.deadlockSentences.size(), 1);
        QVERIFY2(
            layout.deadlockSentences.first().contains(QStringLiteral("worker 1 holds A and waits for B")),
            qPrintable(layout.deadlockSentences.first()));
        const TimelineFrame frame = TimelinePainter::frame(trace, layout, options, image.size());
        QVERIFY(frame.banner.height() > 0);
        QVERIFY(countPixels(image, frame.banner, isRed) > 100); // stripe, icon, wait-for graph
        QVERIFY(countPixels(image, frame.lanes, isRed) > 100); // the waits of the cycle
        // Without the deadlock the same lanes have no red at all.
        TraceBuilder(trace).restoreAnalysis().deadlocks.clear();
        const QImage calm = renderTrace(trace, options, 1000, "no-deadlock");
        QCOMPARE(countPixels(calm, calm.rect(), isRed), 0);
    }

    void twoPhasesShareOneTimeScale()
    {
        Trace trace;
        buildTwoPhase(trace);
        QCOMPARE(trace.phases().size(), std::size_t(2));
        TimelinePaintOptions options;
        renderTrace(trace, options, 1000, "two-phase");
        const TimelineLayout layout = buildTimelineLayout(trace, options, 800);
        QCOMPARE(layout.sections.size(), std::size_t(2));
        QCOMPARE(layout.endNs, 200'000); // the longer phase
        QCOMPARE(std::count_if(layout.rows.begin(), layout.rows.end(),
                               [](const TimelineRow &r) { return r.kind == TimelineRow::Kind::PhaseHeader; }),
                 2);
        // Both phases start at time 0 of the shared axis: their first CPU 0 item starts at its phase's start.
        std::vector<std::int64_t> firstStarts;
        for (const TimelineRow &row : layout.rows)
            if (row.kind == TimelineRow::Kind::Cpu && row.cpu == 0 && !row.main.empty())
                firstStarts.push_back(row.main.front().startNs - layout.sections[row.section].offsetNs);
        QCOMPARE(firstStarts.size(), std::size_t(2));
        QCOMPARE(firstStarts[0], 0);
        QCOMPARE(firstStarts[1], 0);
    }

    void zoomAndPanChangeTheViewState()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace);
        TimelineViewState *state = widget->viewState();
        QCOMPARE(state->startNs(), 0);
        QCOMPARE(state->endNs(), trace.endNs());
        QSignalSpy rangeSpy(state, &TimelineViewState::visibleRangeChanged);
        QTest::keyClick(widget.get(), Qt::Key_Plus);
        QVERIFY(state->durationNs() < trace.endNs());
        const std::int64_t start = state->startNs();
        QTest::keyClick(widget.get(), Qt::Key_Right);
        QVERIFY(state->startNs() > start);
        const std::int64_t before = state->durationNs();
        const QPointF at(widget->currentFrame().plotLeft() + 100, widget->currentFrame().lanes.top() + 40);
        QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget.get(), &wheel);
        QVERIFY(state->durationNs() < before);
        QTest::keyClick(widget.get(), Qt::Key_F);
        QCOMPARE(state->startNs(), 0);
        QCOMPARE(state->endNs(), trace.endNs());
        QVERIFY(rangeSpy.count() >= 4);
    }

    void followLiveStopsAfterPan()
    {
        Trace trace;
        buildMutex(trace, false); // still running
        QCOMPARE(trace.outcome(), RunOutcome::Running);
        const auto widget = widgetShowing(trace);
        TimelineViewState *state = widget->viewState();
        QVERIFY(state->followLive());
        TraceBuilder(trace).restoreRun().endNs += 100'000; // the run goes on: the view follows
        widget->traceUpdated();
        QCOMPARE(state->endNs(), trace.endNs());
        const QRectF plot = widget->currentFrame().plot();
        const QPoint from(static_cast<int>(plot.center().x()), static_cast<int>(plot.top()) + 30);
        const QPoint to = from + QPoint(120, 0);
        drag(widget.get(), from, to, Qt::NoModifier);
        QVERIFY(!state->followLive());
        QVERIFY(state->startNs() < 0 || state->endNs() < trace.endNs());
        const std::int64_t pannedEnd = state->endNs();
        TraceBuilder(trace).restoreRun().endNs += 100'000;
        widget->traceUpdated();
        QCOMPARE(state->endNs(), pannedEnd); // no longer following
        widget->returnToLive();
        QVERIFY(state->followLive());
        QCOMPARE(state->endNs(), trace.endNs());
    }

    void clickSelectsWithDetails()
    {
        Trace trace;
        buildDeadlock(trace);
        const auto widget = widgetShowing(trace);
        QSignalSpy spy(widget.get(), &TimelineWidget::selectionChanged);
        const TimelineLayout &layout = widget->currentLayout();
        const TimelineFrame &frame = widget->currentFrame();
        const auto row = std::find_if(layout.rows.begin(), layout.rows.end(),
                                      [](const TimelineRow &r) { return r.task == 2; });
        QVERIFY(row != layout.rows.end());
        // worker 1 waits for B from 60 us to the end (200 us): click in the middle of the wait.
        const double x = frame.plotLeft() + frame.plotWidth() * 130.0 / 200.0;
        const double y = frame.lanes.top() + row->y + row->height - 10;
        QTest::mouseClick(widget.get(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(static_cast<int>(x), static_cast<int>(y)));
        QCOMPARE(spy.count(), 1);
        const QString details = spy.first().first().toString();
        QVERIFY2(details.contains(QStringLiteral("worker 1")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Lock: B")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Holder: worker 2")), qPrintable(details));
        QCOMPARE(widget->viewState()->selection().task, 2u);
    }

    void overlaysShowWhatHappened()
    {
        Trace trace;
        buildMutex(trace);
        const TimelineLayout layout = buildTimelineLayout(trace, TimelinePaintOptions(), 1000);
        const int adder1 = rowOfTask(layout, 2), adder2 = rowOfTask(layout, 3);
        QVERIFY(adder1 >= 0 && adder2 >= 0);
        int handOvers = 0, waitsFor = 0;
        for (const TimelineArrow &a : layout.arrows) {
            if (a.kind == TimelineArrow::Kind::HandOver) {
                // adder 1 unlocks at t+25 us, adder 2 (waiting since t+3) gets the lock at t+26 us.
                QCOMPARE(a.fromRow, adder1);
                QCOMPARE(a.toRow, adder2);
                QCOMPARE(a.lock, 10u);
                QVERIFY(a.toNs >= a.fromNs);
                ++handOvers;
            } else if (a.kind == TimelineArrow::Kind::WaitsFor) {
                QCOMPARE(a.lock, 10u);
                QVERIFY(!a.deadlock);
                ++waitsFor;
            }
        }
        QCOMPARE(handOvers, 4); // one per round
        QVERIFY(waitsFor >= 1); // a waiting lane points at the lane holding the lock
        bool timeout = false, lost = false;
        for (const TimelineRow &row : layout.rows)
            for (const TimelineMark &m : row.marks) {
                timeout |= m.kind == TimelineMark::Kind::Timeout && row.task == 2 && m.timeNs == 275'000;
                lost |= m.kind == TimelineMark::Kind::LostWrite && row.task == 2;
            }
        QVERIFY(timeout);
        QVERIFY(lost);
        // The legend names exactly what is drawn: all of this, and no deadlock.
        for (LegendEntry e :
             { LegendEntry::LockWait, LegendEntry::LockHeld, LegendEntry::HandOver, LegendEntry::Timeout,
               LegendEntry::LostUpdate, LegendEntry::Sleeping, LegendEntry::Awaiting })
            QVERIFY2(layout.uses(e), qPrintable(TimelineText::legendLabel(e)));
        QVERIFY(!layout.uses(LegendEntry::Deadlock));

        Trace dead;
        buildDeadlock(dead);
        const TimelineLayout cycle = buildTimelineLayout(dead, TimelinePaintOptions(), 1000);
        QVERIFY(cycle.uses(LegendEntry::Deadlock));
        const int w1 = rowOfTask(cycle, 2), w2 = rowOfTask(cycle, 3);
        int cycleArrows = 0;
        for (const TimelineArrow &a : cycle.arrows)
            if (a.kind == TimelineArrow::Kind::WaitsFor && a.deadlock) {
                // Each waiter points at the holder of the lock it wants.
                QVERIFY((a.fromRow == w1 && a.toRow == w2 && a.lock == 11u)
                        || (a.fromRow == w2 && a.toRow == w1 && a.lock == 10u));
                ++cycleArrows;
            }
        QCOMPARE(cycleArrows, 2);
        QCOMPARE(cycle.deadlockTasks, (std::set<std::uint32_t> { 2, 3 }));
        QCOMPARE(cycle.deadlockLocks, (std::set<std::uint32_t> { 10, 11 }));
    }

    // A Python thread's band while it holds the GIL has an entry of its own, "Holds the GIL"; a
    // mutex's band beside it keeps "Holding a lock", and a lane with only the GIL does not get it.
    void legendSaysHoldsTheGil()
    {
        for (const bool withMutex : { false, true }) {
            Trace trace;
            TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
            Script s(trace);
            s.processWithTwoWorkers(QStringLiteral("python3"), 100);
            s.name(12, NameKind::Condition, QStringLiteral("GIL")); // as the builder names it
            s.name(10, NameKind::Lock, QStringLiteral("mutex at worker (ext.c:9)"));
            for (std::uint32_t t : { 1u, 2u, 3u })
                s.at(0, t, EventKind::TaskBegin, t == 1 ? 0 : 1);
            s.at(10, 2, EventKind::SliceBegin, 0, 0, 0);
            s.at(10, 2, EventKind::LockAcquired, 12);
            s.at(90, 2, EventKind::LockReleased, 12);
            if (withMutex) {
                s.at(20, 3, EventKind::LockAcquired, 10);
                s.at(80, 3, EventKind::LockReleased, 10);
            }
            s.at(95, 2, EventKind::SliceEnd, 0, 0, 0);
            s.build(true, 100);
            const TimelineLayout layout = buildTimelineLayout(trace, TimelinePaintOptions(), 1000);
            QVERIFY(layout.uses(LegendEntry::GilHeld));
            QCOMPARE(layout.uses(LegendEntry::LockHeld), withMutex);
        }
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString danish = TimelineText::legendLabel(LegendEntry::GilHeld);
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(TimelineText::legendLabel(LegendEntry::GilHeld), QStringLiteral("Holds the GIL"));
        QCOMPARE(danish, QStringLiteral("Holder GIL'en"));
    }

    // Every mark and arrow the painter draws has its key in the legend, with a label and a swatch.
    void legendListsEveryMarkDrawn()
    {
        using K = TimelineMark::Kind;
        for (const K kind : { K::Timeout, K::LostWrite, K::Overwrite, K::Write, K::Read, K::Marker, K::Fork,
                              K::Exit, K::Stall, K::Notify })
            QVERIFY2(!TimelineText::legendLabel(legendEntryFor(kind)).isEmpty(),
                     qPrintable(QString::number(int(kind))));
        for (const bool dead : { false, true }) {
            Trace trace;
            dead ? buildDeadlock(trace) : buildMutex(trace);
            const TimelineLayout layout = buildTimelineLayout(trace, TimelinePaintOptions(), 1000);
            std::set<K> kinds;
            for (const TimelineRow &row : layout.rows)
                for (const TimelineMark &m : row.marks) {
                    kinds.insert(m.kind);
                    QVERIFY2(layout.uses(legendEntryFor(m.kind)),
                             qPrintable(TimelineText::legendLabel(legendEntryFor(m.kind))));
                }
            for (const TimelineArrow &a : layout.arrows)
                if (a.kind != TimelineArrow::Kind::Overwrites) // part of the lost update's key
                    QVERIFY(layout.uses(a.kind == TimelineArrow::Kind::HandOver ? LegendEntry::HandOver
                                                                                : LegendEntry::WaitsFor));
            if (!dead) // the mutex run reads, writes and loses an update
                for (const K k : { K::Read, K::Write, K::LostWrite, K::Overwrite })
                    QVERIFY2(kinds.count(k), qPrintable(TimelineText::legendLabel(legendEntryFor(k))));
        }
        // Each entry's swatch draws something (the legend never shows a label beside nothing).
        const TimelineTheme theme = TimelineTheme::forKind(TimelineThemeKind::Screen);
        for (int i = 0; i < static_cast<int>(LegendEntry::Count_); ++i) {
            TimelineLayout only;
            only.markUsed(static_cast<LegendEntry>(i));
            TimelinePaintOptions options;
            options.showAxis = false;
            QImage image(400, 60, QImage::Format_ARGB32);
            image.fill(Qt::white);
            Trace empty;
            {
                QPainter p(&image);
                TimelineFrame frame;
                frame.legend = QRectF(0, 0, 400, 40);
                TimelinePainter::paintLayout(p, frame, empty, only, options);
            }
            int inked = 0;
            for (int y = 12; y < 30; ++y) // the swatch column, left of the label
                for (int x = 12; x < 38; ++x)
                    inked += image.pixelColor(x, y) != theme.background ? 1 : 0;
            QVERIFY2(inked > 4, qPrintable(TimelineText::legendLabel(static_cast<LegendEntry>(i))));
        }
    }

    // A pause is drawn over the lanes of every section (hatched, veiled) and keyed in the legend;
    // a run that never paused has no such key.
    void pausedSpansAreDrawnAndKeyed()
    {
        for (const bool phased : { false, true }) {
            Trace trace;
            phased ? buildTwoPhase(trace) : buildMutex(trace);
            TimelinePaintOptions options;
            const TimelineLayout unpaused = buildTimelineLayout(trace, options, 1000);
            QVERIFY(!unpaused.uses(LegendEntry::Paused));
            const QImage before = renderTrace(trace, options, 1000, "unpaused");
            const TimelineFrame beforeFrame = TimelinePainter::frame(
                trace, unpaused, options, TimelinePainter::preferredSize(trace, options, 1000));
            // Paused in the middle of the run (in the second phase of a two-phase run).
            const PausedSpan pause
                = phased ? PausedSpan { 200'000, 260'000 } : PausedSpan { 60'000, 120'000 };
            TraceBuilder(trace).restorePausedSpan(pause);
            const TimelineLayout layout = buildTimelineLayout(trace, options, 1000);
            QVERIFY(layout.uses(LegendEntry::Paused));
            QVERIFY(!TimelineText::legendLabel(LegendEntry::Paused).isEmpty());
            const QImage after = renderTrace(trace, options, 1000, phased ? "paused-phased" : "paused");
            // Every task lane of the paused section looks different where the pause is.
            const QSizeF size = TimelinePainter::preferredSize(trace, options, 1000);
            const TimelineFrame frame = TimelinePainter::frame(trace, layout, options, size);
            const std::size_t section = phased ? 1 : 0;
            const std::int64_t mid = (pause.startNs + pause.endNs) / 2 - layout.sections[section].offsetNs;
            const double x = frame.plotLeft()
                + frame.plotWidth() * double(mid - layout.startNs) / double(layout.endNs - layout.startNs);
            int rows = 0;
            for (const TimelineRow &row : layout.rows) {
                if (row.kind != TimelineRow::Kind::Task || row.section != int(section))
                    continue;
                ++rows;
                const QRectF bar = laneBar(frame, row);
                const QRectF column(x - 3, bar.top(), 6, bar.height());
                int changed = 0;
                const QRect r = column.toAlignedRect();
                for (int yy = r.top(); yy <= r.bottom(); ++yy)
                    for (int xx = r.left(); xx <= r.right(); ++xx)
                        changed += before.pixel(xx, yy - int(frame.lanes.top() - beforeFrame.lanes.top()))
                                != after.pixel(xx, yy)
                            ? 1
                            : 0;
                QVERIFY2(changed > 0, qPrintable(row.label));
            }
            QVERIFY(rows >= 2);
        }
    }

    // Before any run there is no time to measure: the axis above the empty lanes has no ticks, and
    // no word on where the cores' lanes come from (that is not known before the run).
    void emptyTraceHasNoTimeScale()
    {
        Trace empty;
        const auto widget = widgetShowing(empty, QSize(900, 400));
        const TimelineFrame &frame = widget->currentFrame();
        QVERIFY(frame.axis.height() > 0);
        const QImage image = widget->grab().toImage();
        const QColor background = TimelineTheme::forKind(TimelineThemeKind::Screen).background;
        const QRectF ticks(frame.plotLeft(), frame.axis.top(), frame.plotWidth(), frame.axis.height() - 2);
        const int inked = countPixels(image, ticks, [&](QRgb c) { return QColor(c) != background; });
        QCOMPARE(inked, 0);
        const QRectF note(frame.axis.left(), frame.axis.top(), frame.labelWidth, frame.axis.height() - 2);
        QCOMPARE(countPixels(image, note, [&](QRgb c) { return QColor(c) != background; }), 0);
        Trace trace;
        buildMutex(trace); // with lanes, the same strip has tick labels, and the note its words
        widget->setTrace(&trace);
        const QImage withRun = widget->grab().toImage();
        QVERIFY(countPixels(withRun, ticks, [&](QRgb c) { return QColor(c) != background; }) > 20);
        QVERIFY(countPixels(withRun, note, [&](QRgb c) { return QColor(c) != background; }) > 20);
    }

    // Presentation mode draws the timeline larger; the mouse still finds what is under it.
    void magnifiedTimelineHitsWhatItShows()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace, QSize(1200, 700));
        const QString normal = widget->describeAt(pointIn(*widget, 2, 130'000));
        QVERIFY(!normal.isEmpty());
        const double normalPlot = widget->currentFrame().plotWidth();
        widget->setMagnification(1.5);
        QCOMPARE(widget->magnification(), 1.5);
        // Laid out in logical px: a third less room, so a narrower plot.
        QVERIFY2(widget->currentFrame().plotWidth() < normalPlot * 0.8,
                 qPrintable(QString::number(widget->currentFrame().plotWidth())));
        // A click where the lane is drawn on screen (logical point times the magnification) selects it.
        const QPoint logicalPoint = pointIn(*widget, 2, 130'000);
        QCOMPARE(widget->describeAt(logicalPoint), normal);
        QSignalSpy selected(widget.get(), &TimelineWidget::selectionChanged);
        QTest::mouseClick(widget.get(), Qt::LeftButton, {}, (QPointF(logicalPoint) * 1.5).toPoint());
        QCOMPARE(selected.count(), 1);
        QVERIFY(!selected.first().first().toString().isEmpty());
        QCOMPARE(widget->viewState()->selection().task, 2u);
        widget->setMagnification(1);
        QCOMPARE(widget->currentFrame().plotWidth(), normalPlot);
    }

    // On a lost update's marks (drawn over the write marks) the hover says which write was lost, who
    // overwrote it, and when.
    void hoverOnLostUpdateNamesBothWrites()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace);
        widget->viewState()->zoomToRange(240'000, 270'000);
        QCoreApplication::processEvents();
        const QString variable = trace.nameOf(20);
        // adder 1 wrote 6 at 256 us; adder 2, which had read 5 at 251 us, wrote 6 over it at 262 us.
        const QString lost = widget->describeAt(pointIn(*widget, 2, 256'000));
        for (const QString &part :
             { QStringLiteral("Lost: adder 1 wrote %1 = 6 at 256").arg(variable),
               QStringLiteral("Overwritten by: adder 2, which read %1 at 251").arg(variable),
               QStringLiteral("wrote 6 at 262"), QStringLiteral("the write that was lost") })
            QVERIFY2(lost.contains(part), qPrintable(part + QLatin1String(" in: ") + lost));
        const QString over = widget->describeAt(pointIn(*widget, 3, 262'000));
        QVERIFY2(over.contains(QStringLiteral("the write that overwrote it")), qPrintable(over));
    }

    void hoverDescribesWhatIsUnderTheCursor()
    {
        Trace trace;
        buildDeadlock(trace);
        const auto widget = widgetShowing(trace);
        // worker 1 waits for B (held by worker 2) from 60 us to the end.
        const QString wait = widget->describeAt(pointIn(*widget, 2, 130'000));
        for (const QString &part : { QStringLiteral("worker 1"), QStringLiteral("pid 100, tid 101"),
                                     QStringLiteral("Start: 60"), QStringLiteral("Duration: 140"),
                                     QStringLiteral("Lock: B"), QStringLiteral("Holder: worker 2") })
            QVERIFY2(wait.contains(part), qPrintable(part + QLatin1String(" in: ") + wait));
        // worker 2 runs on CPU 1 from 12 us until it blocks at 71 us.
        const QString running = widget->describeAt(pointIn(*widget, 3, 40'000));
        QVERIFY2(running.contains(QStringLiteral("worker 2")), qPrintable(running));
        QVERIFY2(running.contains(QStringLiteral("CPU: 1")), qPrintable(running));
        QVERIFY2(!running.contains(QStringLiteral("Holder")), qPrintable(running));
        // Hovering sets the view state's hover (the lane is highlighted).
        const QPoint at = pointIn(*widget, 3, 40'000);
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(widget.get(), &move);
        QCOMPARE(widget->viewState()->hoveredTask(), 3u);
        QVERIFY(widget->describeAt(QPoint(-50, -50)).isEmpty());
    }

    void rubberBandZoomsToTheBand()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace);
        TimelineViewState *state = widget->viewState();
        const QPoint from = pointIn(*widget, 2, 50'000), to = pointIn(*widget, 2, 150'000);
        drag(widget.get(), from, to, Qt::ShiftModifier);
        // One pixel is trace.endNs() / plot width (~0.4 us here).
        const double nsPerPx = double(trace.endNs()) / widget->currentFrame().plotWidth();
        QVERIFY2(std::abs(state->startNs() - 50'000) <= 2 * nsPerPx,
                 qPrintable(QString::number(state->startNs())));
        QVERIFY2(std::abs(state->endNs() - 150'000) <= 2 * nsPerPx,
                 qPrintable(QString::number(state->endNs())));
        QVERIFY(!state->followLive());
        QCOMPARE(state->selection().valid, false); // a drag is not a click
    }

    void widgetPaintsEveryLane()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace, QSize(1100, 700));
        const QImage image = widget->grab().toImage();
        const TimelineLayout &layout = widget->currentLayout();
        const TimelineFrame &frame = widget->currentFrame();
        int lanes = 0;
        for (const TimelineRow &row : layout.rows) {
            if (row.kind != TimelineRow::Kind::Cpu && row.kind != TimelineRow::Kind::Task)
                continue;
            ++lanes;
            const int ink = countPixels(image, laneBar(frame, row), isInk);
            QVERIFY2(ink > 50,
                     qPrintable(QStringLiteral("lane %1 has %2 coloured pixels").arg(row.label).arg(ink)));
        }
        QCOMPARE(lanes, 2 + 4); // two cores, process + two threads + coroutine
        // The legend strip under the lanes is painted too.
        QVERIFY(frame.legend.height() > 0);
        QVERIFY(countPixels(image, frame.legend, isInk) > 20);
    }

    // The window lays out in detail only the rows it shows: a scrolled view has spans in the rows
    // in view and none below them, scrolling brings them in, and an export still has every row's.
    void onlyTheRowsInViewAreLaidOutInDetail()
    {
        Trace trace;
        TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
        Script s(trace);
        s.task(1, 0, TaskKind::Process, QStringLiteral("many"), 300, 300);
        for (std::uint32_t t = 2; t <= 40; ++t)
            s.task(t, 1, TaskKind::Thread, QStringLiteral("thread %1").arg(t), 300, 300 + int(t));
        for (std::uint32_t t = 1; t <= 40; ++t) {
            s.at(t, t, EventKind::SliceBegin, 0, 0, std::uint16_t(t % 2));
            s.at(t + 50, t, EventKind::SliceEnd, 1, 0, std::uint16_t(t % 2));
        }
        s.build(true, 200);
        const auto widget = widgetShowing(trace, QSize(900, 400));
        const auto rowsWithSpans = [&] {
            int detailed = 0;
            int plain = 0;
            for (const TimelineRow &row : widget->currentLayout().rows)
                if (row.kind == TimelineRow::Kind::Task)
                    (row.main.empty() ? plain : detailed)++;
            return std::pair { detailed, plain };
        };
        const auto [inView, below] = rowsWithSpans();
        QVERIFY2(inView > 0 && below > 20, qPrintable(QStringLiteral("%1 %2").arg(inView).arg(below)));
        QWheelEvent wheel(QPointF(400, 200), widget->mapToGlobal(QPointF(400, 200)), QPoint(),
                          QPoint(0, -2400), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget.get(), &wheel);
        const TimelineLayout &scrolled = widget->currentLayout();
        QVERIFY(!scrolled.rows.back().main.empty()); // the last row is in view now
        const auto firstTask
            = std::find_if(scrolled.rows.begin(), scrolled.rows.end(),
                           [](const TimelineRow &r) { return r.kind == TimelineRow::Kind::Task; });
        QVERIFY(firstTask != scrolled.rows.end() && firstTask->main.empty()); // the first is out of view
        // An export lays out every lane.
        const TimelineLayout all = buildTimelineLayout(trace, widget->exportOptions(), 700);
        for (const TimelineRow &row : all.rows)
            if (row.kind == TimelineRow::Kind::Task)
                QVERIFY2(!row.main.empty(), qPrintable(row.label));
    }

    void clickOnToggleCollapsesTheProcess()
    {
        Trace trace;
        buildMutex(trace);
        const auto widget = widgetShowing(trace);
        const TimelineLayout &layout = widget->currentLayout();
        const int process = rowOfTask(layout, 1);
        QVERIFY(process >= 0);
        const TimelineRow &row = layout.rows[static_cast<std::size_t>(process)];
        QVERIFY(row.hasChildren);
        const TimelineFrame &frame = widget->currentFrame();
        const QRectF rowRect(frame.lanes.left(), frame.lanes.top() + row.y, frame.lanes.width(), row.height);
        const QPoint toggle = TimelinePainter::toggleRect(row, rowRect).center().toPoint();
        QTest::mouseClick(widget.get(), Qt::LeftButton, Qt::NoModifier, toggle);
        QVERIFY(widget->isProcessCollapsed(1));
        QCOMPARE(rowOfTask(widget->currentLayout(), 2), -1);
        QTest::mouseClick(widget.get(), Qt::LeftButton, Qt::NoModifier, toggle);
        QVERIFY(!widget->isProcessCollapsed(1));
        QVERIFY(rowOfTask(widget->currentLayout(), 2) >= 0);
    }

    void lockWaitChartSumsWaitsPerTaskAndPerLock()
    {
        Trace trace;
        buildMutex(trace);
        LockWaitChart chart;
        chart.setTrace(&trace);
        QVERIFY(chart.hasData());
        // Two bar charts: per task and per lock; read each one's categories and bar values (ms).
        std::map<QString, qreal> total;
        const QList<QChartView *> views = chart.findChildren<QChartView *>();
        QCOMPARE(views.size(), 2);
        for (QChartView *view : views) {
            const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
            QVERIFY(series && !series->barSets().isEmpty());
            auto *names = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
            QVERIFY(names);
            const QStringList categories = names->categories();
            for (int i = 0; i < categories.size(); ++i)
                total[categories[i]] += series->barSets().first()->at(i);
        }
        // adder 2 waits 23 us in each of 4 rounds; adder 1 waits 10 us for the lock and times out.
        QVERIFY2(std::abs(total[QStringLiteral("adder 2")] - 0.092) < 0.002,
                 qPrintable(QString::number(total[QStringLiteral("adder 2")])));
        QVERIFY2(std::abs(total[QStringLiteral("adder 1")] - 0.010) < 0.002,
                 qPrintable(QString::number(total[QStringLiteral("adder 1")])));
        QVERIFY2(std::abs(total[QStringLiteral("counter lock")] - 0.102) < 0.003,
                 qPrintable(QString::number(total[QStringLiteral("counter lock")])));
        // A run without lock waits says so instead of drawing empty axes.
        Trace calm;
        buildTwoPhase(calm);
        chart.setTrace(&calm);
        QVERIFY(!chart.hasData());
    }

    // A hanging deadlock is waiting, not "no waiting": both waits drawn up to now, as not ended.
    void lockWaitChartDrawsWaitsNotEnded_data()
    {
        QTest::addColumn<bool>("finish");
        QTest::newRow("hanging") << false;
        QTest::newRow("stopped") << true;
    }
    void lockWaitChartDrawsWaitsNotEnded()
    {
        QFETCH(bool, finish);
        Trace trace;
        buildDeadlock(trace, finish);
        LockWaitChart chart;
        chart.setTrace(&trace);
        QVERIFY(chart.hasData());
        // worker 1 waits for B since 60 us, worker 2 for A since 70 us; it is 200 us now.
        QList<qreal> unended = chart.unendedMs(false);
        std::sort(unended.begin(), unended.end());
        QCOMPARE(unended.size(), 2);
        QVERIFY2(std::abs(unended[0] - 0.130) < 1e-6 && std::abs(unended[1] - 0.140) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(unended[0]).arg(unended[1])));
        for (const qreal ms : chart.endedMs(false))
            QVERIFY(ms < 0.002); // both took their first lock at once
        const QList<QChartView *> views = chart.findChildren<QChartView *>();
        QCOMPARE(views.size(), 2);
        for (QChartView *view : views) {
            QVERIFY(view->chart()->legend()->isVisible()); // says what the hatched bars mean
            auto *axis = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(axis && axis->max() >= 0.140);
        }
    }

    void exportsToSvg()
    {
        Trace trace;
        buildDeadlock(trace);
        const auto widget = widgetShowing(trace, QSize(900, 500));
        TimelinePaintOptions options = widget->exportOptions();
        options.title = QStringLiteral("Deadlock");
        const QSizeF size = TimelinePainter::preferredSize(trace, options, 900);
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter p(&svg);
        widget->render(p, QRectF(QPointF(0, 0), size), options);
        p.end();
        QVERIFY(buffer.data().contains("<svg"));
        QVERIFY(buffer.data().contains("Deadlock"));
        QVERIFY(buffer.data().size() > 5000);
    }
};

QTEST_MAIN(TstTimelineWidget)
#include "tst_timelinewidget.moc"
