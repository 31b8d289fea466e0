// The race and mutex scenarios, end to end: real threads in a real runner lose updates on a shared
// counter, the analysis explains every lost one, and a mutex makes the count exact.
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "support/run_helpers.h"

#include <QFile>
#include <QTest>

#include <chrono>
#include <dirent.h>
#include <thread>

using namespace samtidig;
using namespace samtidig::test;

namespace {

// Small timings: 40 increments with a 0.5 ms window keep a run near 50 ms of work per thread.
const std::vector<std::pair<QString, QString>> kShortRun
    = { { QStringLiteral("increments"), QStringLiteral("40") },
        { QStringLiteral("window_us"), QStringLiteral("500") },
        { QStringLiteral("work_us"), QStringLiteral("500") } };
constexpr int kRuns = 20;

std::uint32_t nameId(const Trace &t, NameKind kind)
{
    for (const auto &[id, info] : t.names())
        if (info.kind == kind)
            return id;
    return 0;
}

} // namespace

class TstScenarioRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void raceLosesUpdatesAndEveryLossIsExplained()
    {
        int runsWithLoss = 0;
        qint64 totalLost = 0;
        for (int run = 0; run < kRuns; ++run) {
            RunSession session;
            QString error;
            QVERIFY2(session.start(request(QStringLiteral("race"), kShortRun), &error), qPrintable(error));
            runToEnd(session);
            const Trace &t = session.trace();
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            const qint64 expected = resultOf(t, "expected");
            const qint64 actual = resultOf(t, "actual");
            const qint64 lost = resultOf(t, "lost");
            QCOMPARE(expected, resultOf(t, "threads") * 40);
            QCOMPARE(lost, expected - actual);
            QVERIFY(actual > 0 && actual <= expected);
            if (lost > 0)
                ++runsWithLoss;
            totalLost += lost;

            // Every lost update is identified from the recorded reads and writes, and makes sense.
            const auto &found = t.analysis().lostUpdates;
            QVERIFY2(
                static_cast<qint64>(found.size()) == lost,
                qPrintable(
                    QStringLiteral("run %1: %2 lost, %3 explained").arg(run).arg(lost).arg(found.size())));
            const std::uint32_t counter = nameId(t, NameKind::Variable);
            for (const LostUpdate &u : found) {
                QCOMPARE(u.variable, counter);
                QVERIFY(u.overwritingTask != u.lostTask);
                QVERIFY(u.staleReadNs < u.lostWriteNs); // the overwriter read before the lost write ...
                QVERIFY(u.lostWriteNs < u.overwriteNs); // ... and wrote after it
                QVERIFY(u.overwriteValue <= static_cast<std::uint64_t>(expected));
            }
            QCOMPARE(t.dropped(), 0u);
        }
        qInfo("race lost updates in %d of %d runs (%lld lost in total)", runsWithLoss, kRuns,
              static_cast<long long>(totalLost));
        QVERIFY2(runsWithLoss >= kRuns - 1, qPrintable(QString::number(runsWithLoss)));
        QCOMPARE(childProcessCount(), 0);
    }

    void mutexCountIsExactEveryTime()
    {
        qint64 totalWaits = 0;
        int waitsWithHolder = 0;
        int handOvers = 0;
        for (int run = 0; run < kRuns; ++run) {
            RunSession session;
            QString error;
            QVERIFY2(session.start(request(QStringLiteral("mutex"), kShortRun), &error), qPrintable(error));
            runToEnd(session);
            const Trace &t = session.trace();
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            const qint64 expected = resultOf(t, "expected");
            QCOMPARE(resultOf(t, "actual"), expected);
            QCOMPARE(resultOf(t, "lost"), 0);
            QVERIFY(t.analysis().lostUpdates.empty());
            QCOMPARE(resultOf(t, "lock_acquisitions"), expected);

            // The lock's events agree with the scenario's own counts.
            const std::uint32_t lock = nameId(t, NameKind::Lock);
            QVERIFY(lock != 0);
            const auto stats = t.analysis().locks.find(lock);
            QVERIFY(stats != t.analysis().locks.end());
            QCOMPARE(static_cast<qint64>(stats->second.acquisitions), expected);
            QCOMPARE(static_cast<qint64>(stats->second.totalWaitNs), resultOf(t, "total_wait_ns"));
            QCOMPARE(static_cast<qint64>(stats->second.maxWaitNs), resultOf(t, "max_wait_ns"));
            totalWaits += resultOf(t, "lock_waits");

            // Waits name the other thread that held the lock meanwhile (a wait that began just as the
            // lock was released, or a preemption right after the request, has no holder to name).
            for (const TaskLane &lane : t.taskLanes())
                for (std::size_t i = 0; i < lane.sync.size(); ++i)
                    if (lane.sync.state(i) == SpanState::LockWait) {
                        QCOMPARE(lane.sync.arg(i), lock);
                        QVERIFY(lane.sync.other(i) != lane.task);
                        if (lane.sync.other(i) != 0)
                            ++waitsWithHolder;
                    }
            // Hand-overs: the releaser's release comes before the waiter's acquisition.
            for (const Flow &f : t.flows()) {
                QCOMPARE(f.lock, lock);
                QVERIFY(f.fromTask != f.toTask && f.fromNs <= f.toNs);
                ++handOvers;
            }
        }
        // With the threads starting together on the same lock, some of them must have waited.
        QVERIFY2(totalWaits > 0, qPrintable(QString::number(totalWaits)));
        QVERIFY(waitsWithHolder > 0);
        QVERIFY(handOvers > 0);
        qInfo("mutex: %lld lock waits, %d recorded with their holder, %d hand-overs in %d runs",
              static_cast<long long>(totalWaits), waitsWithHolder, handOvers, kRuns);
        QCOMPARE(childProcessCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstScenarioRace)
#include "tst_scenario_race.moc"
