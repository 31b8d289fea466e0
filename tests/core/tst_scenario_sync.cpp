// End to end through a real runner: producer-consumer (bounded buffer with condition variables),
// rwlock (readers overlap, a writer is alone) and semaphore (never more than K holders), judged
// from the scenarios' results and from the recorded trace itself.
#include "scenarios/scenario.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "support/run_helpers.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace samtidig;
using namespace samtidig::test;

namespace {

std::uint32_t nameId(const Trace &trace, const QString &name)
{
    for (const auto &[id, info] : trace.names())
        if (info.name == name)
            return id;
    return 0;
}

struct Held {
    std::int64_t start, end;
    std::uint32_t task;
};

// Every span in which a task held `lock`, over all task lanes.
std::vector<Held> heldSpans(const Trace &trace, std::uint32_t lock)
{
    std::vector<Held> out;
    for (const TaskLane &lane : trace.taskLanes())
        for (std::size_t i = 0; i < lane.held.size(); ++i)
            if (lane.held.arg(i) == lock)
                out.push_back({ lane.held.start(i), lane.held.end(i), lane.task });
    return out;
}

// The most spans open at the same instant (an end and a start at the same time do not overlap).
int maxOverlap(const std::vector<Held> &spans)
{
    std::vector<std::pair<std::int64_t, int>> edges;
    for (const Held &h : spans) {
        edges.emplace_back(h.start, 1);
        edges.emplace_back(h.end, -1);
    }
    std::sort(edges.begin(), edges.end()); // -1 sorts before +1 at the same time
    int open = 0;
    int most = 0;
    for (const auto &e : edges) {
        open += e.second;
        most = std::max(most, open);
    }
    return most;
}

bool overlaps(const Held &a, const Held &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

class TstScenarioSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void producerConsumerKeepsTheBound()
    {
        RunSession session;
        QVERIFY(runToEnd(session,
                         request(QStringLiteral("producer-consumer"),
                                 { { QStringLiteral("producers"), QStringLiteral("2") },
                                   { QStringLiteral("consumers"), QStringLiteral("2") },
                                   { QStringLiteral("capacity"), QStringLiteral("3") },
                                   { QStringLiteral("items"), QStringLiteral("12") },
                                   { QStringLiteral("produce_ms"), QStringLiteral("2") },
                                   { QStringLiteral("consume_ms"), QStringLiteral("5") } }),
                         60000));
        const Trace &t = session.trace();
        const QJsonObject r = t.results();
        // Shared holders and condition waits must not be mistaken for a deadlock or a bad lock order.
        QVERIFY(t.analysis().deadlocks.empty());
        QVERIFY(t.analysis().lockOrderWarnings.empty());
        QCOMPARE(r.value(QStringLiteral("items_produced")).toInteger(), 24);
        QCOMPARE(r.value(QStringLiteral("items_consumed")).toInteger(), 24);
        QVERIFY(r.value(QStringLiteral("checksum_equal")).toBool());
        const qint64 maxFill = r.value(QStringLiteral("max_fill")).toInteger();
        QVERIFY2(maxFill >= 1 && maxFill <= 3, qPrintable(QString::number(maxFill)));
        // Fast producers first (the buffer fills), slow ones later (it runs dry): usually both sides
        // wait, but which side does is the scheduler's choice. Under ASan the producers found the
        // buffer full in all but 1 run of 30, and with other values the consumers, when they started
        // after the first items, never found it empty (3 of 30). So: some thread waited, and the
        // trace shows each side's waits exactly where the scenario counted them (below).
        const qint64 producerWaits = r.value(QStringLiteral("producer_waits")).toInteger();
        const qint64 consumerWaits = r.value(QStringLiteral("consumer_waits")).toInteger();
        QVERIFY(producerWaits + consumerWaits > 0);

        // The waits are in the trace: condition waits on both conditions, and notifications.
        const std::uint32_t notFull = nameId(t, QStringLiteral("not full"));
        const std::uint32_t notEmpty = nameId(t, QStringLiteral("not empty"));
        QVERIFY(notFull != 0 && notEmpty != 0);
        int waitsNotFull = 0;
        int waitsNotEmpty = 0;
        for (const TaskLane &lane : t.taskLanes())
            for (std::size_t i = 0; i < lane.sync.size(); ++i)
                if (lane.sync.state(i) == SpanState::CondWait) {
                    waitsNotFull += lane.sync.arg(i) == notFull ? 1 : 0;
                    waitsNotEmpty += lane.sync.arg(i) == notEmpty ? 1 : 0;
                }
        // A thread that found the buffer full (empty) waits on "not full" ("not empty") at least once,
        // more if woken while the other side took the room first; one that did not never waits.
        QVERIFY2(
            waitsNotFull >= producerWaits && (waitsNotFull > 0) == (producerWaits > 0),
            qPrintable(
                QStringLiteral("%1 waits on not full, %2 counted").arg(waitsNotFull).arg(producerWaits)));
        QVERIFY2(
            waitsNotEmpty >= consumerWaits && (waitsNotEmpty > 0) == (consumerWaits > 0),
            qPrintable(
                QStringLiteral("%1 waits on not empty, %2 counted").arg(waitsNotEmpty).arg(consumerWaits)));
        const auto notifications
            = std::count_if(t.instants().begin(), t.instants().end(),
                            [](const Instant &i) { return i.kind == InstantKind::CondNotify; });
        QVERIFY(notifications >= 48); // one per item put in and one per item taken out
        // The buffer lock is a real mutex: never two holders at once.
        const std::uint32_t lock = nameId(t, QStringLiteral("buffer lock"));
        QVERIFY(lock != 0);
        QCOMPARE(maxOverlap(heldSpans(t, lock)), 1);
    }

    void rwlockReadersShareWriterIsAlone()
    {
        RunSession session;
        QVERIFY(runToEnd(session,
                         request(QStringLiteral("rwlock"),
                                 { { QStringLiteral("readers"), QStringLiteral("4") },
                                   { QStringLiteral("writers"), QStringLiteral("1") },
                                   { QStringLiteral("reads"), QStringLiteral("8") },
                                   { QStringLiteral("writes"), QStringLiteral("3") },
                                   { QStringLiteral("read_ms"), QStringLiteral("10") },
                                   { QStringLiteral("write_ms"), QStringLiteral("10") } }),
                         60000));
        const Trace &t = session.trace();
        const QJsonObject r = t.results();
        // Shared holders and condition waits must not be mistaken for a deadlock or a bad lock order.
        QVERIFY(t.analysis().deadlocks.empty());
        QVERIFY(t.analysis().lockOrderWarnings.empty());
        QCOMPARE(r.value(QStringLiteral("reads")).toInteger(), 32);
        QCOMPARE(r.value(QStringLiteral("writes")).toInteger(), 3);
        QVERIFY2(r.value(QStringLiteral("max_concurrent_readers")).toInt() > 1,
                 qPrintable(QString::number(r.value(QStringLiteral("max_concurrent_readers")).toInt())));
        QCOMPARE(r.value(QStringLiteral("exclusion_violations")).toInteger(), 0);
        QCOMPARE(r.value(QStringLiteral("torn_reads")).toInteger(), 0);

        // From the trace: readers' held spans overlap; the writer's overlap nobody's.
        const std::uint32_t table = nameId(t, QStringLiteral("table"));
        QVERIFY(table != 0);
        std::uint32_t writer = 0;
        for (const auto &[id, info] : t.tasks())
            if (info.name == QStringLiteral("writer 1"))
                writer = id;
        QVERIFY(writer != 0);
        std::vector<Held> reads;
        std::vector<Held> writes;
        for (const Held &h : heldSpans(t, table))
            (h.task == writer ? writes : reads).push_back(h);
        QCOMPARE(writes.size(), std::size_t(3));
        QCOMPARE(reads.size(), std::size_t(32));
        QVERIFY(maxOverlap(reads) > 1);
        for (const Held &w : writes)
            for (const Held &rd : reads)
                QVERIFY(!overlaps(w, rd));
    }

    // The limits that protect the machine are in the specs of all five of these scenarios and are
    // enforced before a runner starts, with a message that names the parameter and its range.
    void parameterLimitsAreEnforced()
    {
        for (const char *id :
             { "parallel-vs-concurrent", "async", "producer-consumer", "rwlock", "semaphore" }) {
            const Scenario *scenario = findScenario(QString::fromLatin1(id));
            QVERIFY2(scenario, id);
            const ScenarioInfo info = scenario->info();
            QVERIFY(!info.name.isEmpty() && info.explanation.count(QLatin1Char('.')) >= 3);
            for (const ParamSpec &spec : info.params) {
                const QStringList threadCounts = { QStringLiteral("tasks"),     QStringLiteral("coroutines"),
                                                   QStringLiteral("producers"), QStringLiteral("consumers"),
                                                   QStringLiteral("readers"),   QStringLiteral("writers"),
                                                   QStringLiteral("workers") };
                if (threadCounts.contains(spec.name))
                    QVERIFY2(spec.maximum <= 256, qPrintable(spec.name));
                QVERIFY(spec.defaultValue >= spec.minimum && spec.defaultValue <= spec.maximum);
                ParamValues values;
                QString error;
                const QString tooMuch = QString::number(static_cast<qint64>(spec.maximum) + 1);
                QVERIFY(!Parameters::resolve(info.params, { { spec.name, tooMuch } }, &values, &error));
                QVERIFY2(error.contains(spec.name) && error.contains(tooMuch), qPrintable(error));
            }
        }
    }

    void semaphoreNeverAboveK_data()
    {
        QTest::addColumn<int>("permits");
        QTest::newRow("K = 1 (a mutex)") << 1;
        QTest::newRow("K = 2") << 2;
        QTest::newRow("K = 3") << 3;
    }

    void semaphoreNeverAboveK()
    {
        QFETCH(int, permits);
        RunSession session;
        QVERIFY(runToEnd(session,
                         request(QStringLiteral("semaphore"),
                                 { { QStringLiteral("workers"), QStringLiteral("6") },
                                   { QStringLiteral("permits"), QString::number(permits) },
                                   { QStringLiteral("rounds"), QStringLiteral("2") },
                                   { QStringLiteral("work_ms"), QStringLiteral("15") } }),
                         60000));
        const Trace &t = session.trace();
        const QJsonObject r = t.results();
        // Shared holders and condition waits must not be mistaken for a deadlock or a bad lock order.
        QVERIFY(t.analysis().deadlocks.empty());
        QVERIFY(t.analysis().lockOrderWarnings.empty());
        QCOMPARE(r.value(QStringLiteral("max_concurrent_holders")).toInt(), permits);
        QCOMPARE(r.value(QStringLiteral("acquisitions")).toInteger(), 12);
        QVERIFY(r.value(QStringLiteral("waits")).toInteger() > 0); // 6 workers, fewer permits

        const std::uint32_t pool = nameId(t, QStringLiteral("pool"));
        QVERIFY(pool != 0);
        QCOMPARE(t.names().at(pool).kind, NameKind::Semaphore);
        const std::vector<Held> held = heldSpans(t, pool);
        QCOMPARE(held.size(), std::size_t(12));
        QCOMPARE(maxOverlap(held), permits);
    }
};

QTEST_GUILESS_MAIN(TstScenarioSync)
#include "tst_scenario_sync.moc"
