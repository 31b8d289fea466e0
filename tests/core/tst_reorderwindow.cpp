// The live session's reorder window: how long records are held back follows how late the consumer
// staged them (a decaying peak with a margin) between a floor and a ceiling; the consumer reports
// that lateness per batch.
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "session/reorder_window.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace samtidig;

namespace {
constexpr std::uint64_t ms = 1'000'000;
constexpr std::uint64_t s = 1'000'000'000;
} // namespace

class TstReorderWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Recorder::attach(nullptr); }

    void windowFollowsLateness_data()
    {
        QTest::addColumn<quint64>("lateness");
        QTest::addColumn<quint64>("after"); // time of a second observation of 0 lateness, 0: none
        QTest::addColumn<quint64>("window");
        // Until decay has happened the peak starts at the ceiling.
        QTest::newRow("fresh: ceiling") << quint64(0) << quint64(0) << quint64(15 * ms);
        // The start-up peak halves every second: 15 -> 0.47 ms after 5 s; 1.5 x + 1 ms is under the floor.
        QTest::newRow("quiet for 5 s: floor") << quint64(0) << quint64(5 * s) << quint64(6 * ms);
        // 15 ms halves to 7.5 ms in a second, whatever was seen below it: 1.5 x 7.5 + 1 = 12.25 ms.
        QTest::newRow("one second later") << quint64(2 * ms) << quint64(1 * s) << quint64(12'250'000);
        // A late batch widens it at once, up to the ceiling.
        QTest::newRow("very late: ceiling") << quint64(40 * ms) << quint64(0) << quint64(15 * ms);
    }
    void windowFollowsLateness()
    {
        QFETCH(quint64, lateness);
        QFETCH(quint64, after);
        QFETCH(quint64, window);
        ReorderWindow w(6 * ms, 15 * ms);
        const std::uint64_t t0 = 100 * s;
        w.observe(lateness, t0);
        if (after != 0)
            w.observe(0, t0 + after);
        QCOMPARE(w.windowNs(), window);
    }

    void lateBatchAfterQuietWidensAtOnce()
    {
        ReorderWindow w(6 * ms, 15 * ms);
        w.observe(0, 100 * s);
        w.observe(0, 110 * s);
        QCOMPARE(w.windowNs(), 6 * ms);
        w.observe(8 * ms, 110 * s + 16 * ms); // 1.5 x 8 + 1 = 13 ms
        QCOMPARE(w.windowNs(), 13 * ms);
        QCOMPARE(w.peakNs(), 8 * ms);
    }

    void floorAboveCeilingIsTheCeiling()
    {
        ReorderWindow w(20 * ms, 10 * ms); // a misconfiguration: the floor wins, the window is fixed
        w.observe(0, 100 * s);
        w.observe(0, 200 * s);
        QCOMPARE(w.windowNs(), 20 * ms);
    }

    void consumerReportsHowLateItStaged()
    {
        SharedRegion region;
        RegionConfig config;
        config.maxRings = 4;
        config.ringCapacity = 1024;
        config.maxTasks = 16;
        config.maxNames = 16;
        config.source = SchedulingSource::Estimate;
        std::string error;
        QVERIFY2(region.create(config, &error), error.c_str());
        Recorder::attach(&region);
        Recorder::setCurrentTask(Recorder::registerTask(TaskKind::Thread, "writer", 0));
        RingConsumer consumer(region, nullptr);
        Recorder::emit(EventKind::Marker, 1, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the record waits in its ring
        consumer.drainOnce();
        RingConsumer::Batch batch;
        consumer.take(batch);
        QCOMPARE(batch.events.size(), std::size_t(1));
        QVERIFY2(batch.maxLatenessNs >= 20 * ms, qPrintable(QString::number(batch.maxLatenessNs)));
        QVERIFY(batch.maxLatenessNs < 20 * s);
        // Taken: the next batch starts from nothing.
        RingConsumer::Batch empty;
        consumer.drainOnce();
        consumer.take(empty);
        QVERIFY(empty.events.empty());
        QCOMPARE(empty.maxLatenessNs, std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TstReorderWindow)
#include "tst_reorderwindow.moc"
