// The consumer's watermark: every record stamped before it has been staged. A ring whose writer
// holds a stamp it has not written yet (preempted between the clock read and the head store) keeps
// the watermark at or before that stamp, so the session never ingests past a record still to come:
// for as long as the writer is on its way (runnable or stopped). A writer blocked in the kernel for
// longer than a grace, or gone, lets it pass; a record it still writes is counted late.
#include "builder/trace_builder.h"
#include "record/clock.h"
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "runner/writer_state.h"
#include "session/ingest_pipeline.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <future>
#include <random>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace samtidig;

Q_DECLARE_METATYPE(samtidig::WriterState)

namespace {

pid_t currentTid()
{
    return static_cast<pid_t>(syscall(SYS_gettid));
}

// Drains until the watermark passes `stamp`; false if it has not after `guardMs` (a hung test).
bool drainUntilPast(RingConsumer &consumer, std::uint64_t stamp, int guardMs)
{
    const auto guard = std::chrono::steady_clock::now() + std::chrono::milliseconds(guardMs);
    while (std::chrono::steady_clock::now() < guard) {
        consumer.drainOnce();
        RingConsumer::Batch b;
        consumer.take(b);
        if (b.completeBeforeNs > stamp)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

// Drains for `ms` and returns the highest watermark seen.
std::uint64_t drainFor(RingConsumer &consumer, int ms)
{
    std::uint64_t highest = 0;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        consumer.drainOnce();
        RingConsumer::Batch b;
        consumer.take(b);
        highest = std::max(highest, b.completeBeforeNs);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return highest;
}

} // namespace

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

    void writerStateFromStat_data()
    {
        QTest::addColumn<QByteArray>("stat");
        QTest::addColumn<WriterState>("state");
        QTest::newRow("running") << QByteArray("41 (worker) R 1 41 41 0 -1") << WriterState::OnItsWay;
        QTest::newRow("uninterruptible") << QByteArray("41 (worker) D 1 41") << WriterState::OnItsWay;
        QTest::newRow("stopped") << QByteArray("41 (worker) T 1 41") << WriterState::OnItsWay;
        QTest::newRow("traced") << QByteArray("41 (worker) t 1 41") << WriterState::OnItsWay;
        QTest::newRow("sleeping") << QByteArray("41 (worker) S 1 41") << WriterState::Blocked;
        QTest::newRow("idle") << QByteArray("41 (worker) I 1 41") << WriterState::Blocked;
        QTest::newRow("zombie") << QByteArray("41 (worker) Z 1 41") << WriterState::Gone;
        QTest::newRow("dead") << QByteArray("41 (worker) X 1 41") << WriterState::Gone;
        QTest::newRow("gone: no file") << QByteArray() << WriterState::Gone;
        // A thread may name itself anything: the state follows the last ')'.
        QTest::newRow("name with ') S '") << QByteArray("41 (a) S (b) R 1 41") << WriterState::OnItsWay;
        QTest::newRow("name with spaces") << QByteArray("41 (two words) S 1") << WriterState::Blocked;
        QTest::newRow("cut short") << QByteArray("41 (worker)") << WriterState::Unknown;
        QTest::newRow("no name") << QByteArray("41 worker R") << WriterState::Unknown;
        QTest::newRow("unknown letter") << QByteArray("41 (worker) Q 1") << WriterState::Unknown;
    }
    void writerStateFromStat()
    {
        QFETCH(QByteArray, stat);
        QFETCH(WriterState, state);
        QCOMPARE(samtidig::writerStateFromStat(std::string_view(stat.constData(), std::size_t(stat.size()))),
                 state);
    }

    // The kernel's word on real threads: this one runs, one waiting on a future sleeps, an ended one
    // is gone.
    void writerStateOfRealThreads()
    {
        QCOMPARE(writerState(getpid(), currentTid()), WriterState::OnItsWay);
        std::promise<void> go;
        std::atomic<pid_t> tid { 0 };
        std::thread sleeper([&] {
            tid = currentTid();
            go.get_future().wait();
        });
        while (tid.load() == 0)
            std::this_thread::yield();
        QTRY_COMPARE(writerState(getpid(), tid.load()), WriterState::Blocked);
        go.set_value();
        sleeper.join();
        QCOMPARE(writerState(getpid(), tid.load()), WriterState::Gone);
        QCOMPARE(writerState(0, 0), WriterState::Unknown);
    }

    // The old give-up let a stamp go after one second of wall time whatever its writer did, and
    // its record came late. A writer that is running (here: busy for longer than that, as a
    // preempted one waits for a core) holds the picture until it writes; nothing is late.
    void runningWriterHoldsThePicture()
    {
        Trace trace;
        TraceBuilder builder(trace);
        builder.setOrigin(1);
        IngestPipeline pipeline(builder, m_region, nullptr, false);
        pipeline.start(1);
        std::atomic<std::uint64_t> held { 0 };
        std::atomic<bool> release { false };
        std::thread writer([&] {
            Recorder::setCurrentTask(1);
            Recorder::emit(EventKind::Marker, 1, 0); // claims its ring
            held = Recorder::stamp();
            while (!release.load())
                ; // busy: runnable all along
            Recorder::emitFor(1, EventKind::Marker, 2, 0, held.load());
            Recorder::releaseRing();
        });
        while (held.load() == 0)
            std::this_thread::yield();
        Recorder::emit(EventKind::Marker, 3, 0); // after the held stamp: waits behind it
        const auto has = [&](std::uint64_t marker) {
            return std::any_of(trace.instants().begin(), trace.instants().end(),
                               [marker](const Instant &i) { return i.a == marker; });
        };
        const auto until = std::chrono::steady_clock::now()
            + std::chrono::nanoseconds(RingConsumer::kUnknownStateHoldNs + 300'000'000);
        while (std::chrono::steady_clock::now() < until) {
            pipeline.ingest(monotonicNs(), false, true);
            QVERIFY2(!has(3), "a record was ingested past a running writer's held stamp");
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        QVERIFY(pipeline.holdBackNs() >= RingConsumer::kUnknownStateHoldNs);
        release = true;
        writer.join();
        const auto guard = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!has(3)) {
            QVERIFY2(std::chrono::steady_clock::now() < guard,
                     "the written record did not let the picture on");
            pipeline.ingest(monotonicNs(), false, true);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        pipeline.drainAll(monotonicNs());
        QCOMPARE(trace.lateRecords(), 0u);
        // In their true order: the held record (2) at its own stamp, before the later one (3).
        std::vector<std::uint64_t> order;
        for (const Instant &i : trace.instants())
            order.push_back(i.a);
        QCOMPARE(order, (std::vector<std::uint64_t> { 1, 2, 3 }));
        QCOMPARE(static_cast<std::uint64_t>(trace.instants()[1].timeNs) + 1, held.load());
    }

    // A writer asleep in the kernel with a stamp held may never write it: after the grace the
    // watermark passes; the record that still comes is ingested as late, at the ingested time.
    void blockedWriterLetsItPassAndItsRecordIsLate()
    {
        Trace trace;
        TraceBuilder builder(trace);
        builder.setOrigin(1);
        IngestPipeline pipeline(builder, m_region, nullptr, false);
        pipeline.start(1);
        std::promise<void> wake;
        std::atomic<std::uint64_t> held { 0 };
        std::thread writer([&] {
            Recorder::setCurrentTask(1);
            Recorder::emit(EventKind::Marker, 1, 0);
            held = Recorder::stamp();
            wake.get_future().wait(); // blocked, the stamp still held
            Recorder::emitFor(1, EventKind::Marker, 2, 0, held.load());
            Recorder::releaseRing();
        });
        while (held.load() == 0)
            std::this_thread::yield();
        // This thread's record after the held stamp: it waits behind it, then goes in.
        Recorder::emit(EventKind::Marker, 3, 0);
        const auto hasMarker3 = [&] {
            return std::any_of(trace.instants().begin(), trace.instants().end(),
                               [](const Instant &i) { return i.a == 3; });
        };
        const auto guard = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!hasMarker3()) {
            QVERIFY2(std::chrono::steady_clock::now() < guard,
                     "the blocked writer held the picture for good");
            pipeline.ingest(monotonicNs(), false, true);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        // Not let go before it was seen blocked for the whole grace (less a pass: the first look
        // may start the moment the stamp is taken).
        const std::uint64_t letGoAfter = monotonicNs() - held.load();
        QVERIFY2(letGoAfter + RingConsumer::kStateCheckNs >= RingConsumer::kBlockedGraceNs,
                 qPrintable(QStringLiteral("let go after %1 ns").arg(letGoAfter)));
        QCOMPARE(trace.lateRecords(), 0u);
        wake.set_value();
        writer.join();
        pipeline.drainAll(monotonicNs());
        QCOMPARE(trace.lateRecords(), 1u); // the held record, moved up to what was ingested
        const Instant &last = trace.instants().back();
        QCOMPARE(last.a, 2u);
        QVERIFY(static_cast<std::uint64_t>(last.timeNs) + 1 > held.load()); // origin 1: drawn after its stamp
    }

    // A writer stopped with a stamp held (a paused run stops the whole group) holds the watermark
    // however long it stands; killed, it is a zombie until reaped, and gone: the watermark passes.
    void stoppedWriterHoldsKilledLetsGo()
    {
        RingConsumer consumer(m_region, nullptr);
        int pipeFds[2];
        QCOMPARE(pipe(pipeFds), 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            Recorder::resetAfterFork();
            Recorder::setCurrentTask(1);
            Recorder::emit(EventKind::Marker, 1, 0); // claims a ring of its own
            const std::uint64_t stamp = Recorder::stamp();
            (void)!write(pipeFds[1], &stamp, sizeof stamp);
            raise(SIGSTOP);
            _exit(0);
        }
        ::close(pipeFds[1]);
        std::uint64_t held = 0;
        QCOMPARE(read(pipeFds[0], &held, sizeof held), ssize_t(sizeof held));
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(waitpid(child, &status, WUNTRACED), child);
        QVERIFY(WIFSTOPPED(status));
        const std::uint64_t highest
            = drainFor(consumer, int((RingConsumer::kBlockedGraceNs + 300'000'000) / 1'000'000));
        QVERIFY2(highest <= held, qPrintable(QStringLiteral("%1 > %2").arg(highest).arg(held)));
        QCOMPARE(kill(child, SIGKILL), 0);
        QTRY_COMPARE(writerState(child, child), WriterState::Gone); // a zombie: not reaped yet
        QVERIFY(drainUntilPast(consumer, held, 10000));
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
    }

    // The session's builder behind: past kMaxStagedEvents staged and not taken, a pass leaves
    // the rings alone (their writers meet full rings: backpressure), and takes up again once the
    // session has taken what was staged. Stopping drains everything, however much is staged.
    void consumerStopsDrainingWhileTheSessionIsBehind()
    {
        Recorder::attach(nullptr);
        m_region = SharedRegion();
        RegionConfig config;
        config.maxRings = 1;
        config.ringCapacity = 1u << 21; // room for more than kMaxStagedEvents
        config.maxTasks = 4;
        config.maxNames = 4;
        std::string error;
        QVERIFY2(m_region.create(config, &error), error.c_str());
        Recorder::attach(&m_region);
        Recorder::setCurrentTask(Recorder::registerTask(TaskKind::Thread, "writer", 0));
        RingConsumer consumer(m_region, nullptr);
        const std::size_t first = RingConsumer::kMaxStagedEvents + 10;
        for (std::size_t i = 0; i < first; ++i)
            Recorder::emit(EventKind::Marker, i, 0);
        QCOMPARE(consumer.drainOnce(), first);
        for (int i = 0; i < 7; ++i)
            Recorder::emit(EventKind::Marker, first + std::size_t(i), 0);
        QCOMPARE(consumer.drainOnce(), std::size_t(0)); // full: the ring keeps them
        const RingControl &ring = m_region.rings()[0];
        QCOMPARE(ring.head.load() - ring.tail.load(), std::uint64_t(7));
        RingConsumer::Batch taken;
        consumer.take(taken);
        QCOMPARE(taken.events.size(), first);
        QCOMPARE(consumer.drainOnce(), std::size_t(7)); // taken: draining again
        for (std::size_t i = 0; i < first; ++i)
            Recorder::emit(EventKind::Marker, i, 1);
        consumer.drainOnce();
        Recorder::emit(EventKind::Marker, 0, 2);
        consumer.stop(); // the final pass drains even a full staging
        RingConsumer::Batch rest;
        consumer.take(rest);
        QCOMPARE(rest.events.size(), 7 + first + 1);
        QCOMPARE(rest.events.back().b, 2u);
    }

    // However much is ready, one ingest() hands at most kIngestBudget records to the builder (fewer
    // when its time is up) and then moves the trace's edge no further than the last of them; the
    // rest follow in order, none late.
    void ingestTakesABoundedStepPerCall()
    {
        Recorder::attach(nullptr);
        m_region = SharedRegion();
        RegionConfig config;
        config.maxRings = 1;
        config.ringCapacity = 1u << 20;
        config.maxTasks = 4;
        config.maxNames = 4;
        std::string error;
        QVERIFY2(m_region.create(config, &error), error.c_str());
        Recorder::attach(&m_region);
        Recorder::setCurrentTask(Recorder::registerTask(TaskKind::Thread, "writer", 0));
        Trace trace;
        TraceBuilder builder(trace);
        const std::uint64_t origin = monotonicNs();
        builder.setOrigin(origin);
        IngestPipeline pipeline(builder, m_region, nullptr, false);
        const std::size_t total = 2 * IngestPipeline::kIngestBudget + 1000;
        for (std::size_t i = 0; i < total; ++i)
            Recorder::emit(EventKind::Marker, i, 0);
        pipeline.start(origin);
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // drained and past the margin
        std::size_t steps = 0;
        bool wasBehind = false;
        const auto guard = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (trace.instants().size() < total && std::chrono::steady_clock::now() < guard) {
            const std::size_t before = trace.instants().size();
            pipeline.ingest(monotonicNs(), false, true);
            const std::size_t step = trace.instants().size() - before;
            QVERIFY2(step <= IngestPipeline::kIngestBudget, qPrintable(QString::number(step)));
            steps += step > 0 ? 1 : 0;
            if (pipeline.isBehind()) { // cut short: the edge stops at the last record in
                wasBehind = true;
                QCOMPARE(trace.endNs(), trace.instants().back().timeNs);
            } else if (step > 0) {
                QVERIFY(trace.endNs() >= trace.instants().back().timeNs);
            }
        }
        pipeline.drainAll(monotonicNs());
        QCOMPARE(trace.instants().size(), total);
        QVERIFY2(steps >= 3, qPrintable(QString::number(steps)));
        QVERIFY(wasBehind);
        QCOMPARE(trace.lateRecords(), 0u);
        for (std::size_t i = 0; i < total; ++i)
            QCOMPARE(trace.instants()[i].a, std::uint64_t(i));
    }

private:
    SharedRegion m_region;
};

QTEST_GUILESS_MAIN(TstWatermark)
#include "tst_watermark.moc"
