// What the charts show, decided in core without a widget: the race's lost-update bars, the phases'
// times, the results table, per-core utilization lines, lock waits per task and per lock (ended
// and not), the explore chart's outcomes, and "nothing to show" for an empty trace.
#include "builder/trace_builder.h"
#include "chartdata/chart_data.h"
#include "chartdata/explore_chart_data.h"
#include "i18n/language.h"
#include "support/synthetic_trace.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace samtidig;
using namespace samtidig::test;

namespace {

constexpr std::uint64_t kOrigin = 1'000'000'000;
constexpr std::uint64_t us = 1000;

// A finished race run with the results the race scenario reports.
void makeRace(Trace &trace)
{
    SyntheticTraceSpec spec;
    spec.threads = 2;
    spec.cpus = 2;
    spec.events = 2000;
    makeSyntheticTrace(spec, trace);
    TraceBuilder b(trace);
    b.restoreRun().scenario = QStringLiteral("race");
    b.restoreRun().outcome = RunOutcome::Completed;
    b.restoreRun().results = QJsonDocument::fromJson(R"({"lost": 38, "actual": 162, "expected": 200,
                                                        "threads": 2, "increments_per_thread": 100})")
                                 .object();
}

void addTask(Trace &trace, std::uint32_t id, TaskKind kind, const QString &name)
{
    TaskInfo info;
    info.id = id;
    info.parent = id == 1 ? 0 : 1;
    info.kind = kind;
    info.name = name;
    info.pid = 100;
    info.tid = 99 + static_cast<int>(id);
    TraceBuilder(trace).restoreTask(id) = info;
}

// "fast" waits 30 us for lock A once; "slow" waits 50 us for A and 20 us for B, then waits for B
// again from 150 us to the end (200 us) without getting it: `finish` or still running.
void makeLockWaits(Trace &trace, bool finish)
{
    TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
    TraceBuilder(trace).restoreRun().originNs = kOrigin;
    addTask(trace, 1, TaskKind::Process, QStringLiteral("main"));
    addTask(trace, 2, TaskKind::Thread, QStringLiteral("fast"));
    addTask(trace, 3, TaskKind::Thread, QStringLiteral("slow"));
    addTask(trace, 4, TaskKind::Thread, QStringLiteral("holder"));
    TraceBuilder(trace).restoreName(10) = NameInfo { 10, NameKind::Lock, QStringLiteral("A") };
    TraceBuilder(trace).restoreName(11) = NameInfo { 11, NameKind::Lock, QStringLiteral("B") };
    const auto at = [](std::uint64_t t, std::uint32_t task, EventKind kind, std::uint64_t a = 0,
                       std::uint64_t b = 0) { return evArgs(kOrigin + t * us, task, kind, a, b); };
    std::vector<Event> events = {
        at(0, 1, EventKind::TaskBegin),
        at(0, 2, EventKind::TaskBegin, 1),
        at(0, 3, EventKind::TaskBegin, 1),
        at(0, 4, EventKind::TaskBegin, 1),
        at(1, 4, EventKind::LockRequest, 11),
        at(1, 4, EventKind::LockAcquired, 11, 0),
        at(10, 2, EventKind::LockRequest, 10),
        at(40, 2, EventKind::LockAcquired, 10, 30 * us),
        at(41, 2, EventKind::LockReleased, 10),
        at(50, 3, EventKind::LockRequest, 10),
        at(100, 3, EventKind::LockAcquired, 10, 50 * us),
        at(101, 3, EventKind::LockReleased, 10),
        at(110, 3, EventKind::LockRequest, 11),
        at(129, 4, EventKind::LockReleased, 11),
        at(130, 3, EventKind::LockAcquired, 11, 20 * us),
        at(131, 3, EventKind::LockReleased, 11),
        at(140, 4, EventKind::LockRequest, 11),
        at(140, 4, EventKind::LockAcquired, 11, 0),
        at(150, 3, EventKind::LockRequest, 11),
    };
    TraceBuilder builder(trace);
    builder.ingest(events);
    if (finish) {
        builder.finish(kOrigin + 200 * us);
        builder.restoreRun().outcome = RunOutcome::Completed;
    } else {
        builder.advanceEdgeTo(static_cast<std::int64_t>(200 * us));
    }
}

double sum(const QList<double> &values)
{
    double total = 0;
    for (const double v : values)
        total += v;
    return total;
}

} // namespace

class TstChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("en"))); } // plurals, "2,000"

    void raceShowsTheLostUpdates()
    {
        Trace trace;
        makeRace(trace);
        const OutcomeChartData data = outcomeData(trace);
        QCOMPARE(data.kind, OutcomeChartData::Kind::Counter);
        QCOMPARE(data.chart.title, QStringLiteral("Shared counter at the end of the run"));
        // Bottom up, so that they read top down: expected, actual, lost.
        QCOMPARE(data.chart.categories,
                 QStringList({ QStringLiteral("Lost updates"), QStringLiteral("Actual"),
                               QStringLiteral("Expected") }));
        QCOMPARE(data.chart.sets.size(), std::size_t(1));
        QCOMPARE(data.chart.sets[0].values, QList<double>({ 38, 162, 200 }));
        // 0 to 300 in steps of 100: room above the expected 200, at round numbers.
        QCOMPARE(data.chart.values.max, 300.0);
        QCOMPARE(chartAxisTicks(data.chart.values), std::vector<double>({ 0, 100, 200, 300 }));
        QCOMPARE(data.chart.values.title, QStringLiteral("Counter value"));
        QVERIFY2(data.summary.contains(
                     QStringLiteral("should have reached 200 but reached 162: 38 increments were lost")),
                 qPrintable(data.summary));
        // Every result, in the order a reader needs them, not alphabetical.
        QVERIFY(data.tableShown);
        QStringList keys;
        for (const OutcomeTableRow &row : data.table)
            keys << row.keyToolTip;
        QCOMPARE(
            keys,
            QStringList({ QStringLiteral("threads"), QStringLiteral("increments_per_thread"),
                          QStringLiteral("expected"), QStringLiteral("actual"), QStringLiteral("lost") }));
        QCOMPARE(data.table[4].value, QStringLiteral("38"));
    }

    void noUpdateLost()
    {
        Trace trace;
        makeRace(trace);
        TraceBuilder(trace).restoreRun().results
            = QJsonObject { { QStringLiteral("expected"), 2000 }, { QStringLiteral("counter"), 2000 } };
        const OutcomeChartData data = outcomeData(trace);
        QCOMPARE(data.kind, OutcomeChartData::Kind::Counter);
        QCOMPARE(data.chart.sets[0].values, QList<double>({ 0, 2000, 2000 }));
        QCOMPARE(data.summary, QStringLiteral("The counter reached the expected 2,000: no update was lost."));
    }

    void phasesShowTheirTimes()
    {
        Trace trace;
        makeRace(trace);
        TraceBuilder b(trace);
        b.restoreRun().results = QJsonObject { { QStringLiteral("speedup"), 1.96 } };
        b.restorePhases() = { Phase { 0, 40'000'000, QStringLiteral("parallel") },
                              Phase { 40'000'000, 120'000'000, QStringLiteral("one core") } };
        const OutcomeChartData data = outcomeData(trace);
        QCOMPARE(data.kind, OutcomeChartData::Kind::Phases);
        QCOMPARE(data.chart.categories,
                 QStringList({ QStringLiteral("one core"), QStringLiteral("parallel") }));
        QCOMPARE(data.chart.sets[0].values, QList<double>({ 80, 40 }));
        QCOMPARE(data.chart.values.title, QStringLiteral("Duration (ms)"));
        QCOMPARE(data.summary, QStringLiteral("Speedup: 1.96 times as fast."));
    }

    void resultsWithoutAChartAreATable()
    {
        Trace trace;
        makeRace(trace);
        TraceBuilder(trace).restoreRun().results = QJsonObject { { QStringLiteral("deadlocked"), true } };
        TraceBuilder(trace).restorePhases().clear(); // two phases or more would be charted
        const OutcomeChartData data = outcomeData(trace);
        QCOMPARE(data.kind, OutcomeChartData::Kind::Table);
        QCOMPARE(data.table.size(), std::size_t(1));
        QCOMPARE(data.table[0].value, QStringLiteral("yes"));
    }

    void utilizationPerCore()
    {
        Trace trace;
        makeRace(trace);
        const UtilizationChartData data = utilizationData(trace);
        QVERIFY(data.hasCores);
        QCOMPARE(data.series.size(), trace.cpuLanes().size());
        QCOMPARE(data.series.size(), std::size_t(2));
        QCOMPARE(data.series[1].name, QStringLiteral("Core 1"));
        bool busy = false;
        for (const LineSeriesData &line : data.series) {
            QCOMPARE(line.points.size(), 120);
            for (const QPointF &p : line.points) {
                QVERIFY(p.y() >= 0 && p.y() <= 100);
                QVERIFY(p.x() > 0 && p.x() < data.time.max);
                busy = busy || p.y() > 0;
            }
        }
        QVERIFY(busy);
        QCOMPARE(data.busy.max, 100.0);
        QCOMPARE(chartAxisTicks(data.busy), std::vector<double>({ 0, 20, 40, 60, 80, 100 }));
        // Time in ms (the run is shorter than 10 s), to its end, ticks at the 1-2-5 rule.
        const ChartTimeUnit unit = chartTimeUnit(trace.endNs());
        QVERIFY(!unit.seconds);
        QCOMPARE(data.time.title, QStringLiteral("Time since start (ms)"));
        QCOMPARE(data.time.max, double(trace.endNs()) / 1e6);
        QCOMPARE(data.time.tickInterval, chartTimeTickInterval(trace.endNs(), unit));
        const std::vector<double> ticks = chartAxisTicks(data.time);
        QVERIFY(ticks.size() >= 2 && ticks.size() <= 6);
        QCOMPARE(ticks.front(), 0.0);
    }

    void lockWaitsPerTaskAndPerLock_data()
    {
        QTest::addColumn<bool>("finish");
        QTest::newRow("finished") << true;
        QTest::newRow("live") << false;
    }
    void lockWaitsPerTaskAndPerLock()
    {
        QFETCH(bool, finish);
        Trace trace;
        makeLockWaits(trace, finish);
        const LockWaitChartData data = lockWaitData(trace);
        QVERIFY(data.hasData);
        // Per lock, the longest wait on top (last): A 80 us ended; B 20 us ended and 50 us not.
        QCOMPARE(data.byLock.categories, QStringList({ QStringLiteral("B"), QStringLiteral("A") }));
        QCOMPARE(data.byLock.sets.size(), std::size_t(2));
        QVERIFY(!data.byLock.sets[0].unended && data.byLock.sets[1].unended);
        QCOMPARE(data.byLock.sets[0].values, QList<double>({ 0.020, 0.080 }));
        QCOMPARE(data.byLock.sets[1].values, QList<double>({ 0.050, 0.0 }));
        // Per task: slow (120 us in all) above fast (30 us); the holder never waited.
        QCOMPARE(data.byTask.categories.last(), QStringLiteral("slow"));
        QCOMPARE(data.byTask.categories.indexOf(QStringLiteral("fast")), data.byTask.categories.size() - 2);
        QVERIFY(std::abs(sum(data.byTask.sets[0].values) - 0.100) < 1e-9);
        QVERIFY(std::abs(sum(data.byTask.sets[1].values) - 0.050) < 1e-9);
        // A wait not ended shows the legend that says what the hatching means.
        QVERIFY(data.byTask.legend && data.byLock.legend);
        QCOMPARE(data.byLock.title, QStringLiteral("Waiting time, per lock"));
        QVERIFY(data.byLock.values.max >= 0.080);
    }

    void emptyTraceShowsNothing()
    {
        Trace trace;
        const OutcomeChartData outcome = outcomeData(trace);
        QCOMPARE(outcome.kind, OutcomeChartData::Kind::None);
        QCOMPARE(outcome.summary, QStringLiteral("Run a scenario to see what it measured here."));
        QVERIFY(!outcome.tableShown);
        const UtilizationChartData utilization = utilizationData(trace);
        QVERIFY(!utilization.hasCores);
        QVERIFY(utilization.series.empty());
        const LockWaitChartData locks = lockWaitData(trace);
        QVERIFY(!locks.hasData);
        QVERIFY(locks.emptyText.startsWith(QStringLiteral("No task waited for a lock")));
        // No trace at all: the same.
        QCOMPARE(outcomeData(nullptr).kind, OutcomeChartData::Kind::None);
        QVERIFY(!lockWaitData(nullptr).hasData);
    }

    void exploreOutcomes()
    {
        ScheduleExplorer::Outcome lost;
        lost.result = QJsonObject { { QStringLiteral("actual"), 1 } };
        lost.outcome = QStringLiteral("completed");
        lost.count = 4;
        ScheduleExplorer::Outcome fine = lost;
        fine.result = QJsonObject { { QStringLiteral("actual"), 2 } };
        fine.count = 2;
        ScheduleExplorer::Outcome stuck;
        stuck.outcome = QStringLiteral("deadlock");
        stuck.count = 7;
        const BarChartData data = exploreData({ fine, lost, stuck });
        QCOMPARE(data.categories,
                 QStringList({ QStringLiteral("ends at 2"), QStringLiteral("ends at 1"),
                               QStringLiteral("deadlock") }));
        QCOMPARE(data.sets[0].values, QList<double>({ 2, 4, 7 }));
        QVERIFY(!data.horizontal && data.valueLabels);
        QCOMPARE(data.values.max, 7.0);
        QCOMPARE(data.values.tickCount, 6);
        QCOMPARE(exploreData({}).categories.size(), 0);
    }

    // Qt Charts' "nice numbers" for a value axis from 0, so that the window and the export agree.
    void niceRange_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::newRow("230") << 230.0 << 300.0 << 4;
        QTest::newRow("1.15") << 1.15 << 1.5 << 4;
        QTest::newRow("0.0011 ms") << 0.0011 << 0.0015 << 4;
        QTest::newRow("92") << 92.0 << 100.0 << 6;
        QTest::newRow("1150000") << 1.15e6 << 1.5e6 << 4;
        QTest::newRow("7") << 7.0 << 8.0 << 5;
    }
    void niceRange()
    {
        QFETCH(double, top);
        QFETCH(double, max);
        QFETCH(int, ticks);
        ChartAxis axis;
        setNiceRange(axis, top);
        QCOMPARE(axis.min, 0.0);
        QCOMPARE(axis.max, max);
        QCOMPARE(axis.tickCount, ticks);
        QVERIFY(axis.max >= top);
    }

    void ticksAtAnInterval()
    {
        ChartAxis axis;
        axis.max = 1100;
        axis.tickInterval = 250;
        QCOMPARE(chartAxisTicks(axis), std::vector<double>({ 0, 250, 500, 750, 1000 }));
        axis.max = 1000;
        QCOMPARE(chartAxisTicks(axis).back(), 1000.0); // the end, when it is a tick
    }
};

QTEST_GUILESS_MAIN(TstChartData)
#include "tst_chartdata.moc"
