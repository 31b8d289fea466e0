// Core utilization per bin and per-task time totals, on finished and live traces.
#include "analysis/utilization.h"
#include "builder/trace_builder.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QTest>

using namespace samtidig;
using samtidig::test::ev;

class TstUtilization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreBins_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QList<double>>("expected"); // 4 bins over [0, 100)
        QTest::newRow("first half") << qint64(0) << qint64(50) << QList<double> { 1, 1, 0, 0 };
        QTest::newRow("all") << qint64(0) << qint64(100) << QList<double> { 1, 1, 1, 1 };
        QTest::newRow("inside one bin") << qint64(30) << qint64(40) << QList<double> { 0, 0.4, 0, 0 };
        QTest::newRow("across bins") << qint64(20) << qint64(60) << QList<double> { 0.2, 1, 0.4, 0 };
        QTest::newRow("outside") << qint64(200) << qint64(300) << QList<double> { 0, 0, 0, 0 };
        QTest::newRow("clipped") << qint64(-50) << qint64(10) << QList<double> { 0.4, 0, 0, 0 };
    }
    void coreBins()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QList<double>, expected);
        Trace trace;
        TraceBuilder(trace).advanceEdgeTo(100);
        TraceBuilder(trace).restoreCpuLane(1).spans.append(start, end, SpanState::Running, 0, 7);
        const auto util = coreUtilization(trace, 4);
        QCOMPARE(util.size(), std::size_t(2));
        QCOMPARE(util[0].cpu, 0);
        QCOMPARE(util[0].busy, (std::vector<double>(4, 0.0))); // cpu 0 never ran anything
        QCOMPARE(util[1].cpu, 1);
        QCOMPARE(util[1].busy.size(), std::size_t(4));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(qAbs(util[1].busy[std::size_t(i)] - expected[i]) < 1e-9,
                     qPrintable(QStringLiteral("bin %1: %2").arg(i).arg(util[1].busy[std::size_t(i)])));
    }

    void explicitRangeAndBadInput()
    {
        Trace trace;
        TraceBuilder(trace).advanceEdgeTo(1000);
        TraceBuilder(trace).restoreCpuLane(0).spans.append(100, 200, SpanState::Running, 0, 1);
        const auto util = coreUtilization(trace, 2, 100, 300);
        QCOMPARE(util.at(0).busy, (std::vector<double> { 1.0, 0.0 }));
        QVERIFY(coreUtilization(trace, 0).empty());
        QVERIFY(coreUtilization(trace, 4, 50, 50).empty());
    }

    void liveTraceCountsOpenSlices()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> { ev(0, 1, EventKind::SliceBegin, 0), ev(40, 1, EventKind::SliceEnd, 0),
                                      ev(60, 2, EventKind::SliceBegin, 1),
                                      ev(100, 3, EventKind::Marker, 0) });
        // Task 2 is still running on cpu 1 at the live edge (100).
        const auto util = coreUtilization(trace, 2);
        QCOMPARE(util.size(), std::size_t(2));
        QCOMPARE(util[0].busy, (std::vector<double> { 0.8, 0.0 }));
        QCOMPARE(util[1].busy, (std::vector<double> { 0.0, 0.8 }));
        const auto totals = taskTimeTotals(trace);
        const auto t2 = std::find_if(totals.begin(), totals.end(), [](const auto &x) { return x.task == 2; });
        QVERIFY(t2 != totals.end());
        QCOMPARE(t2->onCpuNs, std::int64_t(40));
    }

    void taskTotals()
    {
        constexpr std::uint64_t K = 100; // waits must be long enough to count as contended
        Trace trace;
        TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
        TraceBuilder(trace).restoreName(9) = NameInfo { 9, NameKind::Lock, QStringLiteral("m") };
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            ev(0, 1, EventKind::SliceBegin, 0),
            ev(100 * K, 1, EventKind::SliceEnd, 0, 1), // preempted: runnable until 150
            ev(150 * K, 1, EventKind::SliceBegin, 0),
            ev(200 * K, 1, EventKind::LockRequest, 0, 9),
            ev(210 * K, 1, EventKind::SliceEnd, 0, 0), // blocked until 400
            ev(400 * K, 1, EventKind::SliceBegin, 0),
            ev(400 * K, 1, EventKind::LockAcquired, 0, 9),
            ev(450 * K, 1, EventKind::SleepBegin, 0, 100),
            ev(460 * K, 1, EventKind::SliceEnd, 0, 0),
            ev(560 * K, 1, EventKind::SliceBegin, 0),
            ev(560 * K, 1, EventKind::SleepEnd),
            ev(600 * K, 1, EventKind::SliceEnd, 0, 0),
        });
        b.finish(600 * K);
        const auto totals = taskTimeTotals(trace);
        QCOMPARE(totals.size(), std::size_t(1));
        const TaskTimeTotals &t = totals.front();
        QCOMPARE(t.task, 1u);
        QCOMPARE(t.onCpuNs, std::int64_t((100 + 60 + 60 + 40) * K));
        QCOMPARE(t.runnableNs, std::int64_t(50 * K));
        QCOMPARE(t.blockedNs, std::int64_t((190 + 100) * K));
        QCOMPARE(t.lockWaitNs, std::int64_t(200 * K));
        QCOMPARE(t.sleepingNs, std::int64_t(110 * K));
        QCOMPARE(t.awaitingNs, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TstUtilization)
#include "tst_utilization.moc"
