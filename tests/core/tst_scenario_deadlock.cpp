// The lock scenarios end to end: deadlock and philosophers hang in every run and the live
// analysis finds the cycle; timeout breaks it and finishes; lock-ordering never risks it.
#include "analysis/unended_lock_waits.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "support/run_helpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <set>
#include <thread>

using namespace samtidig;
using namespace samtidig::test;

namespace {

constexpr int kDeadlockRuns = 20;
// What a user waits from the request that closes a cycle to the poll that reports it: at least the
// margin every record is held back behind the consumer's watermark (IngestPipeline::kMarginNs,
// 1 ms), at most a drain pass or two (0.5-2 ms each) and a poll interval (150 ms with the estimate
// source). 1 s is a behaviour bound with a wide margin for a loaded machine or a sanitizer build;
// the benchmark gives the real p50/p95.
constexpr std::int64_t kDetectedAfterAtLeastNs = 1'000'000;
constexpr std::int64_t kDetectedWithinNs = 1'000'000'000;

// Polls until the analysis reports a deadlock or the run ends; the deadline only guards the test.
void runUntilDeadlock(RunSession &session)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (session.isActive() && session.trace().analysis().deadlocks.empty()
           && std::chrono::steady_clock::now() < deadline) {
        session.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// Start of the last wait of `task` for `lock`: the LockRequest that made it wait.
std::int64_t lastRequestNs(const Trace &t, std::uint32_t task, std::uint32_t lock)
{
    std::int64_t at = -1;
    if (const TaskLane *lane = t.laneForTask(task))
        for (std::size_t i = 0; i < lane->sync.size(); ++i)
            if (lane->sync.state(i) == SpanState::LockWait && lane->sync.arg(i) == lock)
                at = std::max(at, lane->sync.start(i));
    return at;
}

QStringList namesOf(const Trace &t, const std::vector<std::uint32_t> &ids)
{
    QStringList names;
    for (std::uint32_t id : ids)
        names << t.nameOf(id);
    names.sort();
    return names;
}

// Checks one finished, stopped deadlocked run; `size` tasks in the cycle.
void checkDeadlock(const Trace &t, std::size_t size)
{
    QCOMPARE(t.outcome(), RunOutcome::Deadlock);
    QCOMPARE(t.analysis().deadlocks.size(), std::size_t(1));
    const DeadlockCycle &c = t.analysis().deadlocks.front();
    QCOMPARE(c.tasks.size(), size);
    QCOMPARE(c.locks.size(), size);
    QCOMPARE(std::set<std::uint32_t>(c.tasks.begin(), c.tasks.end()).size(), size);
    // The cycle closes with the latest of its tasks' requests, and is stamped with it (how long a
    // user waited for the report is the session's deadlockDetectionLatencyNs, checked apart).
    std::int64_t closing = -1;
    for (std::size_t i = 0; i < size; ++i) {
        const std::int64_t at = lastRequestNs(t, c.tasks[i], c.locks[i]);
        QVERIFY2(at >= 0, qPrintable(t.taskName(c.tasks[i])));
        closing = std::max(closing, at);
    }
    QCOMPARE(c.detectedNs, closing);
    // tasks[i] waits for locks[i], which tasks[i + 1] holds: the recorded waits name that holder.
    for (std::size_t i = 0; i < size; ++i) {
        const TaskLane *lane = t.laneForTask(c.tasks[i]);
        QVERIFY(lane && !lane->sync.empty());
        const std::size_t last = lane->sync.size() - 1;
        QCOMPARE(lane->sync.state(last), SpanState::LockWait);
        QCOMPARE(lane->sync.arg(last), c.locks[i]);
        QCOMPARE(lane->sync.other(last), c.tasks[(i + 1) % size]);
    }
    QVERIFY(t.results().isEmpty()); // a hung run never returns results
}

// The wall time from the closing request to the poll that reported the cycle, within the bounds.
void checkDetectionLatency(const RunSession &session)
{
    const std::int64_t latency = session.deadlockDetectionLatencyNs();
    QVERIFY2(latency >= kDetectedAfterAtLeastNs && latency <= kDetectedWithinNs,
             qPrintable(QStringLiteral("reported %1 ms after the cycle closed").arg(double(latency) / 1e6)));
}

} // namespace

class TstScenarioDeadlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadlockHappensAndIsDetectedEveryRun()
    {
        QVERIFY(findScenario(QStringLiteral("deadlock"))->info().mayHang);
        std::vector<std::int64_t> latencies;
        for (int run = 0; run < kDeadlockRuns; ++run) {
            RunSession session;
            QString error;
            QVERIFY2(session.start(request(QStringLiteral("deadlock"),
                                           { { QStringLiteral("work_ms"), QStringLiteral("5") },
                                             { QStringLiteral("hold_ms"), QStringLiteral("10") } }),
                                   &error),
                     qPrintable(error));
            runUntilDeadlock(session);
            QVERIFY2(!session.trace().analysis().deadlocks.empty(),
                     qPrintable(QStringLiteral("run %1").arg(run)));
            QVERIFY(session.isActive()); // hung, not finished
            checkDetectionLatency(session);
            if (QTest::currentTestFailed())
                return;
            latencies.push_back(session.deadlockDetectionLatencyNs());
            const pid_t group = session.runnerPid();
            session.stop();
            const Trace &t = session.trace();
            checkDeadlock(t, 2);
            if (QTest::currentTestFailed())
                return;
            const DeadlockCycle &c = t.analysis().deadlocks.front();
            QCOMPARE(namesOf(t, c.locks), QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
            QCOMPARE(QStringList({ t.taskName(c.tasks[0]), t.taskName(c.tasks[1]) }).size(), 2);
            QVERIFY(kill(-group, 0) != 0);
            QCOMPARE(childProcessCount(), 0);
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("deadlock reported %.1f ms (median) and %.1f ms (most) after its cycle closed, in %d runs",
              double(latencies[latencies.size() / 2]) / 1e6, double(latencies.back()) / 1e6, kDeadlockRuns);
    }

    void philosophersDeadlockInAFiveCycle()
    {
        QVERIFY(findScenario(QStringLiteral("philosophers"))->info().mayHang);
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("philosophers"),
                                       { { QStringLiteral("think_ms"), QStringLiteral("20") },
                                         { QStringLiteral("eat_ms"), QStringLiteral("10") } }),
                               &error),
                 qPrintable(error));
        runUntilDeadlock(session);
        QVERIFY(!session.trace().analysis().deadlocks.empty());
        checkDetectionLatency(session);
        if (QTest::currentTestFailed())
            return;
        // While the table hangs every philosopher's wait for a fork is a wait, not ended.
        QTRY_COMPARE_WITH_TIMEOUT((session.poll(), unendedLockWaits(session.trace()).size()), std::size_t(5),
                                  10000);
        session.stop();
        const Trace &t = session.trace();
        checkDeadlock(t, 5);
        if (QTest::currentTestFailed())
            return;
        // After Stop they are still the waits that never ended, each up to the end of the run.
        const std::vector<UnendedLockWait> unended = unendedLockWaits(t);
        QCOMPARE(unended.size(), std::size_t(5));
        for (const UnendedLockWait &w : unended)
            QCOMPARE(w.startNs + w.waitedNs, t.endNs());
        const DeadlockCycle &c = t.analysis().deadlocks.front();
        QStringList forks;
        QStringList philosophers;
        for (int i = 1; i <= 5; ++i) {
            forks << QStringLiteral("fork %1").arg(i);
            philosophers << QStringLiteral("philosopher %1").arg(i);
        }
        QCOMPARE(namesOf(t, c.locks), forks);
        QStringList tasks;
        for (std::uint32_t task : c.tasks)
            tasks << t.taskName(task);
        tasks.sort();
        QCOMPARE(tasks, philosophers);
        QCOMPARE(childProcessCount(), 0);
    }

    // Without the forced first round the timing decides; when the table finishes, the forks kept
    // every two neighbours from eating at the same time.
    void philosophersThatFinishNeverShareAFork()
    {
        for (int attempt = 1; attempt <= 5; ++attempt) {
            RunSession session;
            QString error;
            QVERIFY2(session.start(request(QStringLiteral("philosophers"),
                                           { { QStringLiteral("think_ms"), QStringLiteral("10") },
                                             { QStringLiteral("eat_ms"), QStringLiteral("5") },
                                             { QStringLiteral("meals"), QStringLiteral("4") },
                                             { QStringLiteral("force_deadlock"), QStringLiteral("0") } }),
                                   &error),
                     qPrintable(error));
            runUntilDeadlock(session);
            if (session.isActive()) { // all five took their left fork at once: a real deadlock
                qInfo("attempt %d deadlocked by chance", attempt);
                session.stop();
                continue;
            }
            const Trace &t = session.trace();
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            QCOMPARE(t.results().value(QStringLiteral("meals_eaten")).toArray(),
                     QJsonArray({ 4, 4, 4, 4, 4 }));
            QCOMPARE(t.results().value(QStringLiteral("neighbours_eating_together")).toInt(), 0);
            const int most = t.results().value(QStringLiteral("most_eating_at_once")).toInt();
            QVERIFY2(most >= 1 && most <= 2, qPrintable(QString::number(most))); // 5 forks: 2 eat at most
            QCOMPARE(childProcessCount(), 0);
            return;
        }
        QFAIL("five runs in a row deadlocked by chance");
    }

    // Locks held longer than the back-off (the corner where both threads took their first lock again
    // after every back-off and the run never ended): thread 2 lets thread 1 finish its round before
    // it retries, so every deadlock ends with a round completed. Checked structurally (deadlocks
    // formed at most 2 x rounds, the bound the estimate builds on) and in wall time against the
    // estimate at a loaded-machine factor taken from this machine's load now.
    void timeoutRetryCannotDeadlockForever_data()
    {
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("backoffMs");
        QTest::addColumn<int>("holdMs");
        QTest::addColumn<int>("workMs");
        QTest::newRow("all equal, one round") << 1 << 300 << 300 << 300 << 300;
        QTest::newRow("no back-off") << 3 << 50 << 0 << 100 << 0;
        QTest::newRow("back-off shorter than the hold") << 4 << 100 << 50 << 100 << 20;
    }

    void timeoutRetryCannotDeadlockForever()
    {
        QFETCH(int, rounds);
        QFETCH(int, timeoutMs);
        QFETCH(int, backoffMs);
        QFETCH(int, holdMs);
        QFETCH(int, workMs);
        const RunRequest r = request(QStringLiteral("timeout"),
                                     { { QStringLiteral("rounds"), QString::number(rounds) },
                                       { QStringLiteral("timeout_ms"), QString::number(timeoutMs) },
                                       { QStringLiteral("backoff_ms"), QString::number(backoffMs) },
                                       { QStringLiteral("hold_ms"), QString::number(holdMs) },
                                       { QStringLiteral("work_ms"), QString::number(workMs) } });
        const double estimate = findScenario(QStringLiteral("timeout"))->info().estimatedSeconds(r.params, 2);
        // The work is CPU time: with other processes on the cores it stretches about by the load per
        // core. Twice that, plus a second for the runner's start, is what the run may take.
        double load = 0;
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly))
            load = loadavg.readAll().split(' ').value(0).toDouble();
        const double factor = 2 * std::max(1.0, load / std::max(1, onlineCpuCount()));
        RunSession session;
        QString error;
        QElapsedTimer wall;
        wall.start();
        QVERIFY2(session.start(r, &error), qPrintable(error));
        runToEnd(session, 120000);
        const double seconds = static_cast<double>(wall.elapsed()) / 1000;
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QCOMPARE(t.results().value(QStringLiteral("rounds_completed")).toArray(),
                 QJsonArray({ rounds, rounds }));
        const int deadlocks = t.results().value(QStringLiteral("deadlocks_formed")).toInt(-1);
        qInfo("%d deadlocks in %d rounds, %.2f s (estimated %.2f s, load %.1f)", deadlocks, rounds, seconds,
              estimate, load);
        QVERIFY2(deadlocks >= 1 && deadlocks <= 2 * rounds, qPrintable(QString::number(deadlocks)));
        QVERIFY2(
            seconds <= (estimate + 1) * factor,
            qPrintable(
                QStringLiteral("%1 s, estimated %2 s, factor %3").arg(seconds).arg(estimate).arg(factor)));
    }

    void timeoutBreaksTheDeadlockAndFinishes()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("timeout"),
                                       { { QStringLiteral("rounds"), QStringLiteral("2") },
                                         { QStringLiteral("timeout_ms"), QStringLiteral("40") },
                                         { QStringLiteral("backoff_ms"), QStringLiteral("40") },
                                         { QStringLiteral("hold_ms"), QStringLiteral("10") },
                                         { QStringLiteral("work_ms"), QStringLiteral("5") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        // Both threads got both locks in every round, although their waits formed the deadlock's
        // cycle at least once (in the first round both hold their first lock) and a timeout broke it.
        QCOMPARE(t.results().value(QStringLiteral("rounds_completed")).toArray(), QJsonArray({ 2, 2 }));
        QVERIFY(t.results().value(QStringLiteral("timeouts_in_deadlock")).toInt() >= 1);
        const qint64 timeouts = t.results().value(QStringLiteral("timeouts")).toInteger();
        QVERIFY(t.results().value(QStringLiteral("timeouts_in_deadlock")).toInt() <= timeouts);
        QVERIFY2(timeouts > 0, qPrintable(QString::number(timeouts)));
        QCOMPARE(t.results().value(QStringLiteral("retries")).toInteger(), timeouts);
        const QJsonArray perThread = t.results().value(QStringLiteral("per_thread")).toArray();
        QCOMPARE(perThread.size(), 2);
        for (const auto &v : perThread) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("rounds")).toInt(), 2);
            QCOMPARE(o.value(QStringLiteral("attempts")).toInt(),
                     2 + o.value(QStringLiteral("retries")).toInt());
        }
        // Each counted timeout is a recorded LockTimedOut.
        qint64 timedOutInstants = 0;
        for (const Instant &in : t.instants())
            if (in.kind == InstantKind::LockTimedOut)
                ++timedOutInstants;
        QCOMPARE(timedOutInstants, timeouts);
        // The lock order is still A -> B in one thread and B -> A in the other: a potential deadlock.
        QVERIFY(!t.analysis().lockOrderWarnings.empty());
        QCOMPARE(namesOf(t, t.analysis().lockOrderWarnings.front().locks),
                 QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
        QCOMPARE(childProcessCount(), 0);
    }

    void lockOrderingFinishesWithoutWarning()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("lock-ordering"),
                                       { { QStringLiteral("rounds"), QStringLiteral("3") },
                                         { QStringLiteral("hold_ms"), QStringLiteral("10") },
                                         { QStringLiteral("work_ms"), QStringLiteral("5") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QCOMPARE(t.results().value(QStringLiteral("rounds_completed")).toArray(), QJsonArray({ 3, 3 }));
        // The order the threads really asked for the locks in: only A before B, so no cycle.
        QCOMPARE(t.results().value(QStringLiteral("lock_order")).toArray(),
                 QJsonArray({ QStringLiteral("A \u2192 B") }));
        QCOMPARE(t.results().value(QStringLiteral("lock_order_cycles")).toInt(), 0);
        QVERIFY(t.analysis().deadlocks.empty());
        QVERIFY(t.analysis().lockOrderWarnings.empty());
        // Both locks were really used by both threads, so the absence of a warning means something.
        int locksUsed = 0;
        for (const auto &[id, stats] : t.analysis().locks)
            if (stats.acquisitions == 6)
                ++locksUsed;
        QCOMPARE(locksUsed, 2);
        QCOMPARE(childProcessCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstScenarioDeadlock)
#include "tst_scenario_deadlock.moc"
