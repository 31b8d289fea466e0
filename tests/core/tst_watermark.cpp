// The consumer's watermark: every record stamped before it has been staged. A ring whose writer
// holds a stamp it has not written yet (preempted between the clock read and the head store) keeps
// the watermark at or before that stamp, so the session never ingests past a record still to come.
#include "record/clock.h"
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "session/ingest_pipeline.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace samtidig;

class TstWatermark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The session sorts each batch by merging its runs (one per ring and pass): the result must be
    // what a stable sort gives, for any number of runs, equal stamps across runs kept in batch order.
    void batchSortMergesRunsStably()
    {
        std::mt19937 random(7);
        std::vector<Event> scratch;
        std::vector<std::size_t> runStarts;
        for (int runs : { 0, 1, 2, 3, 7, 64 }) {
            std::vector<Event> batch;
            for (int r = 0; r < runs; ++r) {
                std::uint64_t t = random() % 50;
                const int length = int(random() % 40);
                for (int i = 0; i < length; ++i) {
                    t += random() % 3; // equal stamps within and across runs
                    Event e;
                    e.timeNs = t;
                    e.task = std::uint32_t(r + 1);
                    e.a = std::uint64_t(i);
                    batch.push_back(e);
                }
            }
            std::vector<Event> expected = batch;
            std::stable_sort(expected.begin(), expected.end(),
                             [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
            sortRunsByTime(batch, scratch, runStarts);
            QCOMPARE(batch.size(), expected.size());
            for (std::size_t i = 0; i < batch.size(); ++i) {
                QCOMPARE(batch[i].timeNs, expected[i].timeNs);
                QCOMPARE(batch[i].task, expected[i].task);
                QCOMPARE(batch[i].a, expected[i].a);
            }
        }
    }
    void init()
    {
        RegionConfig config;
        config.maxRings = 4;
        config.ringCapacity = 1024;
        config.maxTasks = 16;
        config.maxNames = 16;
        config.source = SchedulingSource::Kernel;
        std::string error;
        QVERIFY2(m_region.create(config, &error), error.c_str());
        Recorder::attach(&m_region);
        Recorder::setCurrentTask(Recorder::registerTask(TaskKind::Thread, "writer", 0));
    }
    void cleanup()
    {
        Recorder::attach(nullptr);
        m_region = SharedRegion();
    }

    void watermarkFollowsTheDrain()
    {
        RingConsumer consumer(m_region, nullptr);
        Recorder::emit(EventKind::Marker, 1, 0);
        const std::uint64_t before = monotonicNs();
        consumer.drainOnce();
        RingConsumer::Batch batch;
        consumer.take(batch);
        QCOMPARE(batch.events.size(), std::size_t(1));
        QVERIFY(batch.completeBeforeNs >= before); // nothing outstanding: up to the pass
        QVERIFY(batch.completeBeforeNs > batch.events.front().timeNs);
    }

    void outstandingStampHoldsTheWatermark()
    {
        RingConsumer consumer(m_region, nullptr);
        Recorder::emit(EventKind::Marker, 1, 0); // claims the ring
        consumer.drainOnce();
        RingConsumer::Batch first;
        consumer.take(first);
        const std::uint64_t held = Recorder::stamp(); // taken, not yet written
        for (int i = 0; i < 3; ++i)
            consumer.drainOnce();
        RingConsumer::Batch waiting;
        consumer.take(waiting);
        QVERIFY(waiting.events.empty());
        QVERIFY2(waiting.completeBeforeNs <= held,
                 qPrintable(QStringLiteral("%1 > %2").arg(waiting.completeBeforeNs).arg(held)));
        Recorder::emitFor(Recorder::currentTask(), EventKind::Marker, 2, 0, held);
        consumer.drainOnce();
        RingConsumer::Batch done;
        consumer.take(done);
        QCOMPARE(done.events.size(), std::size_t(1));
        QCOMPARE(done.events.front().timeNs, held);
        QVERIFY(done.completeBeforeNs > held); // written: the watermark moves past it
    }

    void stampForTwoRecordsHoldsUntilBoth()
    {
        RingConsumer consumer(m_region, nullptr);
        const std::uint64_t at = Recorder::stamp(2);
        Recorder::emitFor(Recorder::currentTask(), EventKind::LockRequest, 1, 0, at);
        consumer.drainOnce();
        RingConsumer::Batch one;
        consumer.take(one);
        QCOMPARE(one.events.size(), std::size_t(1));
        QVERIFY(one.completeBeforeNs <= at);
        Recorder::emitFor(Recorder::currentTask(), EventKind::LockAcquired, 1, 0, at);
        consumer.drainOnce();
        RingConsumer::Batch two;
        consumer.take(two);
        QCOMPARE(two.events.size(), std::size_t(1));
        QVERIFY(two.completeBeforeNs > at);
    }

private:
    SharedRegion m_region;
};

QTEST_GUILESS_MAIN(TstWatermark)
#include "tst_watermark.moc"
