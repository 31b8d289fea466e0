// samtidig-cli run --schedule / --explore: the user is the scheduler of real threads.
#include "support/cli_runner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using samtidig::test::readJsonFile;
using samtidig::test::runCli;

namespace {

// The race with one read and one write per thread and no CPU work: four gated operations.
const QStringList kSmallRace { QStringLiteral("--set"), QStringLiteral("threads=2"),
                               QStringLiteral("--set"), QStringLiteral("increments=1"),
                               QStringLiteral("--set"), QStringLiteral("window_us=0"),
                               QStringLiteral("--set"), QStringLiteral("work_us=0") };

} // namespace

class TstCliStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleDecidesTheRace_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<int>("actual");
        QTest::newRow("1,2,1,2 loses one update") << QStringLiteral("1,2,1,2") << 1;
        QTest::newRow("2,1,2,1 loses one update") << QStringLiteral("2,1,2,1") << 1;
        QTest::newRow("1,1,2,2 loses none") << QStringLiteral("1,1,2,2") << 2;
        QTest::newRow("2,2,1,1 loses none") << QStringLiteral("2,2,1,1") << 2;
    }
    void scheduleDecidesTheRace()
    {
        QFETCH(QString, schedule);
        QFETCH(int, actual);
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        for (int i = 0; i < 5; ++i) { // the same outcome every time
            const auto r
                = runCli(QStringList { QStringLiteral("run"), QStringLiteral("race") } + kSmallRace
                         + QStringList { QStringLiteral("--schedule"), schedule, QStringLiteral("--summary"),
                                         summary, QStringLiteral("--lang"), QStringLiteral("en") });
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            const QJsonObject s = readJsonFile(summary);
            QCOMPARE(s.value(QStringLiteral("schedule")).toString(), schedule);
            const QJsonObject results = s.value(QStringLiteral("results")).toObject();
            QCOMPARE(results.value(QStringLiteral("expected")).toInt(), 2);
            QCOMPARE(results.value(QStringLiteral("actual")).toInt(), actual);
            QCOMPARE(
                s.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("lost_updates")).toInt(),
                2 - actual);
        }
    }

    void mutexRefusesTheStepThatNeedsTheHeldLock()
    {
        // Step 1: thread 1 locks. Step 2: thread 2 asks for the lock and waits. Step 3: thread 1
        // reads. Step 4: thread 2 cannot move, it waits for the lock thread 1 holds.
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli(
            { QStringLiteral("run"), QStringLiteral("mutex"), QStringLiteral("--set"),
              QStringLiteral("threads=2"), QStringLiteral("--set"), QStringLiteral("increments=1"),
              QStringLiteral("--set"), QStringLiteral("window_us=0"), QStringLiteral("--set"),
              QStringLiteral("work_us=0"), QStringLiteral("--schedule"), QStringLiteral("1,2,1,2"),
              QStringLiteral("--summary"), summary, QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains(QStringLiteral("Step 4")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("thread 2 cannot move")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("counter lock")), qPrintable(r.err));
        QCOMPARE(readJsonFile(summary).value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("1,2,1,2"));
        // What was taken before the refusal: the run's own schedule, as recordings keep it.
        QCOMPARE(readJsonFile(summary).value(QStringLiteral("steps_taken")).toString(),
                 QStringLiteral("1,2,1"));
    }

    void finishedThreadIsRefused()
    {
        const auto r = runCli(QStringList { QStringLiteral("run"), QStringLiteral("race") } + kSmallRace
                              + QStringList { QStringLiteral("--schedule"), QStringLiteral("1,1,1"),
                                              QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains(QStringLiteral("Step 3")) && r.err.contains(QStringLiteral("has finished")),
                 qPrintable(r.err));
    }

    void badScheduleIsAUsageError()
    {
        const auto r = runCli(QStringList { QStringLiteral("run"), QStringLiteral("race") } + kSmallRace
                              + QStringList { QStringLiteral("--schedule"), QStringLiteral("1,x"),
                                              QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--schedule")), qPrintable(r.err));
        const auto other
            = runCli({ QStringLiteral("run"), QStringLiteral("spin"), QStringLiteral("--schedule"),
                       QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QStringLiteral("race")), qPrintable(other.err));
    }

    // The timeout and producer-consumer scenarios follow a schedule too; async says why it cannot.
    void timeoutAndProducerConsumerFollowASchedule()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        // Each thread takes its first lock, then asks for the other's: both time out (the deadlock a
        // timeout breaks), give their lock back, and each then takes both in turn.
        const auto t
            = runCli({ QStringLiteral("run"), QStringLiteral("timeout"), QStringLiteral("--set"),
                       QStringLiteral("rounds=1"), QStringLiteral("--set"), QStringLiteral("timeout_ms=50"),
                       QStringLiteral("--set"), QStringLiteral("backoff_ms=0"), QStringLiteral("--set"),
                       QStringLiteral("hold_ms=0"), QStringLiteral("--set"), QStringLiteral("work_ms=0"),
                       QStringLiteral("--schedule"), QStringLiteral("1,2,1,2,1,2,1,1,1,1,2,2,2,2"),
                       QStringLiteral("--summary"), summary });
        QVERIFY2(t.exitCode == 0, qPrintable(t.out + t.err));
        QJsonObject results = readJsonFile(summary).value(QStringLiteral("results")).toObject();
        QCOMPARE(results.value(QStringLiteral("timeouts")).toInt(), 2);
        QCOMPARE(results.value(QStringLiteral("attempts")).toInt(), 4);
        QCOMPARE(results.value(QStringLiteral("timeouts_in_deadlock")).toInt(), 1);
        // Thread 2 (the consumer) looks into the empty buffer and waits until thread 1 has produced.
        const auto p
            = runCli({ QStringLiteral("run"), QStringLiteral("producer-consumer"), QStringLiteral("--set"),
                       QStringLiteral("producers=1"), QStringLiteral("--set"), QStringLiteral("consumers=1"),
                       QStringLiteral("--set"), QStringLiteral("capacity=1"), QStringLiteral("--set"),
                       QStringLiteral("items=1"), QStringLiteral("--set"), QStringLiteral("produce_ms=1"),
                       QStringLiteral("--set"), QStringLiteral("consume_ms=1"), QStringLiteral("--schedule"),
                       QStringLiteral("2,2,1,1,1,2,2,2,2,2"), QStringLiteral("--summary"), summary });
        QVERIFY2(p.exitCode == 0, qPrintable(p.out + p.err));
        results = readJsonFile(summary).value(QStringLiteral("results")).toObject();
        QCOMPARE(results.value(QStringLiteral("consumer_waits")).toInt(), 1);
        QCOMPARE(results.value(QStringLiteral("items_consumed")).toInt(), 1);
        // The other order: the producer first, and nobody waits.
        const auto q
            = runCli({ QStringLiteral("run"), QStringLiteral("producer-consumer"), QStringLiteral("--set"),
                       QStringLiteral("producers=1"), QStringLiteral("--set"), QStringLiteral("consumers=1"),
                       QStringLiteral("--set"), QStringLiteral("capacity=1"), QStringLiteral("--set"),
                       QStringLiteral("items=1"), QStringLiteral("--schedule"), QStringLiteral("1,1,1"),
                       QStringLiteral("--summary"), summary });
        QVERIFY2(q.exitCode == 0, qPrintable(q.out + q.err));
        results = readJsonFile(summary).value(QStringLiteral("results")).toObject();
        QCOMPARE(results.value(QStringLiteral("consumer_waits")).toInt(), 0);
        QCOMPARE(results.value(QStringLiteral("items_consumed")).toInt(), 1);

        const auto a = runCli({ QStringLiteral("run"), QStringLiteral("async"), QStringLiteral("--schedule"),
                                QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(a.exitCode, 2);
        QVERIFY2(
            a.err.contains(QStringLiteral("'async' cannot be stepped: its coroutines all run on one thread")),
            qPrintable(a.err));
    }

    void fourStepsDeadlock()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("run"), QStringLiteral("deadlock"), QStringLiteral("--set"),
                       QStringLiteral("work_ms=0"), QStringLiteral("--set"), QStringLiteral("hold_ms=0"),
                       QStringLiteral("--schedule"), QStringLiteral("1,2,1,2"), QStringLiteral("--timeout"),
                       QStringLiteral("3"), QStringLiteral("--summary"), summary, QStringLiteral("--lang"),
                       QStringLiteral("en") });
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        const QJsonObject s = readJsonFile(summary);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("deadlock"));
        QCOMPARE(s.value(QStringLiteral("analysis"))
                     .toObject()
                     .value(QStringLiteral("deadlocks"))
                     .toArray()
                     .size(),
                 1);
        // Thread 1 takes both locks before thread 2 asks: no deadlock.
        const auto fine
            = runCli({ QStringLiteral("run"), QStringLiteral("deadlock"), QStringLiteral("--set"),
                       QStringLiteral("work_ms=0"), QStringLiteral("--set"), QStringLiteral("hold_ms=0"),
                       QStringLiteral("--schedule"), QStringLiteral("1,1,1,1"), QStringLiteral("--timeout"),
                       QStringLiteral("20") });
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.out + fine.err));
    }

    void exploreCountsEveryInterleaving()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli(QStringList { QStringLiteral("run"), QStringLiteral("race") } + kSmallRace
                     + QStringList { QStringLiteral("--explore"), QStringLiteral("--summary"), summary });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject explore = readJsonFile(summary)
                                        .value(QStringLiteral("results"))
                                        .toObject()
                                        .value(QStringLiteral("explore"))
                                        .toObject();
        QCOMPARE(explore.value(QStringLiteral("schedules")).toInt(), 6);
        QMap<int, int> byActual;
        for (const QJsonValue &v : explore.value(QStringLiteral("outcomes")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
            QCOMPARE(o.value(QStringLiteral("schedule")).toString().split(QLatin1Char(',')).size(), 4);
            byActual[o.value(QStringLiteral("result")).toObject().value(QStringLiteral("actual")).toInt()]
                += o.value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(byActual.value(2), 2);
        QCOMPARE(byActual.value(1), 4);
        QCOMPARE(byActual.size(), 2);
    }

    void exploreFindsTheDeadlocks()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("run"), QStringLiteral("deadlock"), QStringLiteral("--set"),
                       QStringLiteral("work_ms=0"), QStringLiteral("--set"), QStringLiteral("hold_ms=0"),
                       QStringLiteral("--explore"), QStringLiteral("--summary"), summary });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject explore = readJsonFile(summary)
                                        .value(QStringLiteral("results"))
                                        .toObject()
                                        .value(QStringLiteral("explore"))
                                        .toObject();
        int deadlocks = 0, completed = 0;
        for (const QJsonValue &v : explore.value(QStringLiteral("outcomes")).toArray()) {
            const QJsonObject o = v.toObject();
            (o.value(QStringLiteral("outcome")).toString() == QLatin1String("deadlock") ? deadlocks
                                                                                        : completed)
                += o.value(QStringLiteral("count")).toInt();
        }
        // 1,2,1,2 / 1,2,2,1 / 2,1,1,2 / 2,1,2,1: both hold their first lock, then both ask.
        QCOMPARE(deadlocks, 4);
        QCOMPARE(completed, 10);
        QCOMPARE(explore.value(QStringLiteral("schedules")).toInt(), 14);
    }

    void exploreOtherScenarios_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("schedules");
        QTest::addColumn<int>("deadlocks");
        // Two threads taking A then B in the same order: waits, never a deadlock.
        QTest::newRow("lock-ordering")
            << QStringList { QStringLiteral("lock-ordering"), QStringLiteral("--set"),
                             QStringLiteral("rounds=1"),      QStringLiteral("--set"),
                             QStringLiteral("hold_ms=0"),     QStringLiteral("--set"),
                             QStringLiteral("work_ms=0") }
            << 8 << 0;
        // One permit, two workers: acquire and release each, the second acquire waits or not.
        QTest::newRow("semaphore") << QStringList {
            QStringLiteral("semaphore"), QStringLiteral("--set"),     QStringLiteral("workers=2"),
            QStringLiteral("--set"),     QStringLiteral("permits=1"), QStringLiteral("--set"),
            QStringLiteral("rounds=1"),  QStringLiteral("--set"),     QStringLiteral("work_ms=1")
        } << 4 << 0;
        // Two philosophers, two forks: the deadlock scenario's shape, 4 of 14 schedules deadlock.
        QTest::newRow("philosophers") << QStringList {
            QStringLiteral("philosophers"), QStringLiteral("--set"),   QStringLiteral("philosophers=2"),
            QStringLiteral("--set"),        QStringLiteral("meals=1"), QStringLiteral("--set"),
            QStringLiteral("think_ms=0"),   QStringLiteral("--set"),   QStringLiteral("eat_ms=0")
        } << 14 << 4;
        // A producer and a consumer, one item: the consumer waits for it in 2 of the 5.
        QTest::newRow("producer-consumer")
            << QStringList { QStringLiteral("producer-consumer"), QStringLiteral("--set"),
                             QStringLiteral("producers=1"),       QStringLiteral("--set"),
                             QStringLiteral("consumers=1"),       QStringLiteral("--set"),
                             QStringLiteral("capacity=1"),        QStringLiteral("--set"),
                             QStringLiteral("items=1"),           QStringLiteral("--set"),
                             QStringLiteral("produce_ms=1"),      QStringLiteral("--set"),
                             QStringLiteral("consume_ms=1") }
            << 5 << 0;
    }
    void exploreOtherScenarios()
    {
        QFETCH(QStringList, args);
        QFETCH(int, schedules);
        QFETCH(int, deadlocks);
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli(QStringList { QStringLiteral("run") } + args
                     + QStringList { QStringLiteral("--explore"), QStringLiteral("--summary"), summary });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject explore = readJsonFile(summary)
                                        .value(QStringLiteral("results"))
                                        .toObject()
                                        .value(QStringLiteral("explore"))
                                        .toObject();
        QCOMPARE(explore.value(QStringLiteral("schedules")).toInt(), schedules);
        int found = 0;
        for (const QJsonValue &v : explore.value(QStringLiteral("outcomes")).toArray())
            if (v.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("deadlock"))
                found += v.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(found, deadlocks);
    }

    void exploreRefusesTooManyInterleavings()
    {
        const auto r
            = runCli({ QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--set"),
                       QStringLiteral("threads=4"), QStringLiteral("--set"), QStringLiteral("increments=3"),
                       QStringLiteral("--explore"), QStringLiteral("--lang"), QStringLiteral("en") });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains(QStringLiteral("interleavings")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliStep)
#include "tst_cli_step.moc"
