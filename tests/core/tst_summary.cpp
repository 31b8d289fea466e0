// The run summary from a hand-written event stream: per-lock contention with the wait of each task,
// busy fraction per core over the run and per phase, time per task by state, and the analysis in
// words (deadlock cycle with its detection latency, lock-order warning).
#include "builder/trace_builder.h"
#include "session/summary.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QTest>

#include <initializer_list>
#include <vector>

using namespace samtidig;
using samtidig::test::ev;

namespace {

constexpr std::uint64_t K = 100'000; // 0.1 ms: waits this long count as contended
constexpr std::uint32_t kLockA = 101;
constexpr std::uint32_t kLockB = 102;
constexpr std::uint32_t kPhaseTitle = 201;

Trace makeTrace()
{
    Trace trace;
    TraceBuilder b(trace);
    b.describeRun(QString(), {}, 2);
    b.setSource(SchedulingSource::Kernel, QString());
    b.registerTask(TaskInfo { 1, 0, 0, 0, TaskKind::Thread, QStringLiteral("T1"), -1, -1, 0 });
    b.registerTask(TaskInfo { 2, 0, 0, 0, TaskKind::Thread, QStringLiteral("T2"), -1, -1, 0 });
    b.registerName(NameInfo { kLockA, NameKind::Lock, QStringLiteral("A") });
    b.registerName(NameInfo { kLockB, NameKind::Lock, QStringLiteral("B") });
    b.registerName(NameInfo { kPhaseTitle, NameKind::Marker, QStringLiteral("second") });
    return trace;
}

// Both streams begin alike: T1 on cpu 0 and T2 on cpu 1 from 0, T1 takes A uncontended at 1 ms.
// That beginning, then `rest`.
std::vector<Event> afterT1TakesA(std::initializer_list<Event> rest)
{
    std::vector<Event> events {
        ev(0, 1, EventKind::SliceBegin, 0),
        ev(0, 2, EventKind::SliceBegin, 1),
        ev(10 * K, 1, EventKind::LockRequest, 0, kLockA),
        ev(10 * K, 1, EventKind::LockAcquired, 0, kLockA, 0),
    };
    events.insert(events.end(), rest);
    return events;
}

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble(-1);
}

QJsonObject byField(const QJsonArray &a, const char *field, const QJsonValue &value)
{
    for (const auto &v : a)
        if (v.toObject().value(QLatin1String(field)) == value)
            return v.toObject();
    return {};
}

} // namespace

class TstSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // T1 holds A on cpu 0 from 10 to 50; T2 asks for A at 20, is blocked until 50, then runs on
    // cpu 1 to 80. A second phase begins at 50. The run ends at 100.
    void contentionUtilizationAndTaskTimes()
    {
        Trace trace = makeTrace();
        TraceBuilder b(trace);
        b.ingest(afterT1TakesA({
            ev(20 * K, 2, EventKind::LockRequest, 1, kLockA),
            ev(20 * K, 2, EventKind::SliceEnd, 1, 0), // blocked
            ev(50 * K, 0, EventKind::PhaseBegin, 0, 1, kPhaseTitle),
            ev(50 * K, 1, EventKind::LockReleased, 0, kLockA),
            ev(50 * K, 1, EventKind::SliceEnd, 0, 0),
            ev(50 * K, 2, EventKind::SliceBegin, 1),
            ev(50 * K, 2, EventKind::LockAcquired, 1, kLockA, 30 * K),
            ev(60 * K, 2, EventKind::LockReleased, 1, kLockA),
            ev(80 * K, 2, EventKind::SliceEnd, 1, 0),
        }));
        b.finish(100 * K);
        b.addLateRecords(3); // the live session counts records it had to stamp late
        const QJsonObject s = runSummary(trace);
        QCOMPARE(number(s, "late_records"), 3.0);
        // ... and says what they mean for the picture, in words.
        const QJsonArray warnings = s.value(QStringLiteral("picture_warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().startsWith(QStringLiteral("3 record"))
                     && warnings.at(0).toString().contains(QStringLiteral("later than")),
                 qPrintable(warnings.at(0).toString()));

        // Per lock: one contended acquisition of two, 3 ms waited, all of it by T2.
        const QJsonObject a = s.value(QStringLiteral("analysis"))
                                  .toObject()
                                  .value(QStringLiteral("locks"))
                                  .toObject()
                                  .value(QStringLiteral("A"))
                                  .toObject();
        QCOMPARE(number(a, "acquisitions"), 2.0);
        QCOMPARE(number(a, "contended"), 1.0);
        QCOMPARE(number(a, "total_wait_ms"), 3.0);
        QCOMPARE(number(a, "max_wait_ms"), 3.0);
        const QJsonObject byTask = a.value(QStringLiteral("wait_by_task_ms")).toObject();
        QCOMPARE(byTask.value(QStringLiteral("T2")).toDouble(), 3.0);
        QVERIFY(!byTask.contains(QStringLiteral("T1")) || byTask.value(QStringLiteral("T1")).toDouble() == 0);

        // Per core over the run: cpu 0 ran T1 for 5 of 10 ms, cpu 1 ran T2 for 2 + 3 of 10 ms.
        const QJsonArray cores = s.value(QStringLiteral("core_utilization")).toArray();
        QCOMPARE(cores.size(), 2);
        QCOMPARE(number(byField(cores, "cpu", 0), "busy"), 0.5);
        QCOMPARE(number(byField(cores, "cpu", 1), "busy"), 0.5);
        // Per phase: the second phase (5 to 10 ms) had cpu 0 idle and cpu 1 busy 3 of 5 ms.
        const QJsonArray phases = s.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 1);
        const QJsonObject second = phases.at(0).toObject();
        QCOMPARE(second.value(QStringLiteral("title")).toString(), QStringLiteral("second"));
        QCOMPARE(number(second, "start_ms"), 5.0);
        QCOMPARE(number(second, "end_ms"), 10.0);
        const QJsonArray phaseCores = second.value(QStringLiteral("core_utilization")).toArray();
        QCOMPARE(number(byField(phaseCores, "cpu", 0), "busy"), 0.0);
        QVERIFY(qAbs(number(byField(phaseCores, "cpu", 1), "busy") - 0.6) < 1e-9);

        // Per task: on a core, blocked, waiting for the lock.
        const QJsonArray tasks = s.value(QStringLiteral("task_times")).toArray();
        const QJsonObject t1 = byField(tasks, "task", QStringLiteral("T1"));
        const QJsonObject t2 = byField(tasks, "task", QStringLiteral("T2"));
        QCOMPARE(t1.value(QStringLiteral("kind")).toString(), QStringLiteral("thread"));
        QCOMPARE(number(t1, "on_cpu_ms"), 5.0);
        QCOMPARE(number(t1, "lock_wait_ms"), 0.0);
        QCOMPARE(number(t2, "on_cpu_ms"), 5.0);
        QCOMPARE(number(t2, "blocked_ms"), 5.0); // 2 to 5 ms for the lock, 8 to 10 ms at the end
        QCOMPARE(number(t2, "lock_wait_ms"), 3.0);
        QCOMPARE(number(t2, "runnable_ms"), 0.0);
    }

    // Two tasks take A and B in opposite orders and hang: the summary names the cycle in words,
    // with the latency the caller measured, and the lock-order warning in words too.
    void deadlockInWords()
    {
        Trace trace = makeTrace();
        TraceBuilder b(trace);
        b.ingest(afterT1TakesA({
            ev(10 * K, 2, EventKind::LockRequest, 1, kLockB),
            ev(10 * K, 2, EventKind::LockAcquired, 1, kLockB, 0),
            ev(20 * K, 1, EventKind::LockRequest, 0, kLockB),
            ev(30 * K, 2, EventKind::LockRequest, 1, kLockA),
        }));
        b.finish(40 * K);
        b.setOutcome(RunOutcome::Deadlock, QString());
        const QJsonObject s = runSummary(trace, 7'500'000);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("deadlock"));
        const QJsonObject analysis = s.value(QStringLiteral("analysis")).toObject();
        const QJsonArray deadlocks = analysis.value(QStringLiteral("deadlocks")).toArray();
        QCOMPARE(deadlocks.size(), 1);
        const QJsonObject d = deadlocks.at(0).toObject();
        QCOMPARE(number(d, "detected_ms"), 3.0); // at T2's request, which closed the cycle
        QCOMPARE(number(d, "detection_latency_ms"), 7.5);
        const QString words = d.value(QStringLiteral("description")).toString();
        QVERIFY2(words.contains(QStringLiteral("T1 holds A and waits for B"))
                     && words.contains(QStringLiteral("T2 holds B and waits for A")),
                 qPrintable(words));
        const QJsonArray order = analysis.value(QStringLiteral("lock_order_descriptions")).toArray();
        QCOMPARE(order.size(), 1);
        QVERIFY2(order.at(0).toString().contains(QStringLiteral(", then ")),
                 qPrintable(order.at(0).toString()));
        // Without a measured latency (a saved recording) the field is left out, not made up.
        const QJsonObject saved = runSummary(trace)
                                      .value(QStringLiteral("analysis"))
                                      .toObject()
                                      .value(QStringLiteral("deadlocks"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QVERIFY(!saved.contains(QStringLiteral("detection_latency_ms")));
    }
};

QTEST_GUILESS_MAIN(TstSummary)
#include "tst_summary.moc"
