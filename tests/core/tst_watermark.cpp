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
#include "sched/sched_source.h"
#include "session/ingest_pipeline.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <future>
#include <random>
#include <spawn.h>
#include <string>
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

// Ingests live until `done()`; false if it is not after `guardMs` (a hung test).
template<class Done>
bool ingestUntil(IngestPipeline &pipeline, Done done, int guardMs)
{
    const auto guard = std::chrono::steady_clock::now() + std::chrono::milliseconds(guardMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() >= guard)
            return false;
        pipeline.ingest(monotonicNs(), false, true);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
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
    // preempted one waits for a core, or a lossless writer for room in a full ring) holds the
    // picture until it writes; nothing is late. Also on the estimate source, whose own window
    // (IngestPipeline::kEstimateWindowNs) once replaced the rings' watermark: a writer held for
    // longer than the window had its record come late (a full 64-record ring under a sanitizer
    // in CI, 7 records).
    void runningWriterHoldsThePicture_data()
    {
        QTest::addColumn<bool>("estimateSource");
        QTest::newRow("kernel source") << false;
        QTest::newRow("estimate source") << true;
    }
    void runningWriterHoldsThePicture()
    {
        QFETCH(bool, estimateSource);
        Trace trace;
        TraceBuilder builder(trace);
        builder.setOrigin(1);
        IngestPipeline pipeline(builder, m_region, nullptr, estimateSource);
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
        QVERIFY2(ingestUntil(
                     pipeline, [&] { return has(3); }, 20000),
                 "the written record did not let the picture on");
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
        QVERIFY2(ingestUntil(pipeline, hasMarker3, 20000), "the blocked writer held the picture for good");
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

    // A writer holding a stamp when the pass comes may write its record and end at any moment,
    // also while the consumer asks what it is doing. Found gone, it lets the watermark pass; the
    // record it wrote must then be in the same pass, not arrive late in the next (the heaviest
    // mutex run, 256 threads on 2 cores, once had one such record). The state is asked before
    // the rings are read; here the asking itself lets the writer finish.
    void writerThatEndsWhileAskedIsNotLate()
    {
        std::promise<void> go;
        std::shared_future<void> goOn = go.get_future().share();
        std::atomic<std::uint64_t> held { 0 };
        std::thread writer([&] {
            Recorder::setCurrentTask(1);
            Recorder::emit(EventKind::Marker, 1, 0); // claims a ring
            held = Recorder::stamp();
            goOn.wait();
            Recorder::emitFor(1, EventKind::Marker, 2, 0, held.load());
            Recorder::releaseRing(); // and the thread ends
        });
        while (held.load() == 0)
            std::this_thread::yield();
        int asked = 0;
        RingConsumer consumer(m_region, nullptr, [&](pid_t, pid_t) {
            if (asked++ == 0) {
                go.set_value();
                writer.join();
            }
            return WriterState::Gone;
        });
        consumer.drainOnce();
        RingConsumer::Batch batch;
        consumer.take(batch);
        QCOMPARE(asked, 1);
        QVERIFY2(batch.completeBeforeNs > held.load(), "the gone writer held the watermark");
        // Everything stamped before the watermark is in the batch: both records.
        QCOMPARE(batch.events.size(), std::size_t(2));
        QCOMPARE(batch.events.back().a, 2u);
        QCOMPARE(batch.events.back().timeNs, held.load());
    }

    // A scheduling source that hands its records over late (the estimate judges an interval
    // RingConsumer passes after it ended; a consumer kept off the CPU passes later still) holds
    // the watermark at its oldest record: the rings' records after it wait, nothing is late. The
    // estimate's own window once stood in for this: a consumer kept off the CPU for longer than
    // that window had the source's slices come late (CI, a full 64-record ring on 2 busy cores).
    void schedSourceThatHoldsBackHoldsTheWatermark()
    {
        struct LateSource final : SchedSource {
            std::uint64_t heldNs = 0;
            std::uint64_t ids = 0; // the registered writer: this test's thread
            std::atomic<bool> release { false };
            bool given = false;
            SchedulingSource kind() const override { return SchedulingSource::Estimate; }
            bool start(pid_t, QString *) override { return true; }
            std::uint64_t lost() const override { return 0; }
            std::uint64_t heldSinceNs() const override { return given ? UINT64_MAX : heldNs; }
            void drain(std::vector<Event> &out, std::vector<TaskNote> &) override
            {
                if (given || !release.load())
                    return;
                out.push_back(Event { heldNs, 0, 0, EventKind::SliceBegin, 0, ids });
                out.push_back(Event { heldNs + 1000, 0, 0, EventKind::SliceEnd, 0, ids });
                given = true;
            }
        } source;
        source.heldNs = monotonicNs();
        source.ids = kernelIds(getpid(), currentTid());
        Trace trace;
        TraceBuilder builder(trace);
        builder.setOrigin(1);
        IngestPipeline pipeline(builder, m_region, &source, true);
        pipeline.start(1);
        Recorder::emit(EventKind::Marker, 1, 0); // after the held slice: waits behind it
        const auto hasMarker = [&] { return !trace.instants().empty(); };
        const auto until = std::chrono::steady_clock::now()
            + std::chrono::nanoseconds(IngestPipeline::kEstimateWindowNs + 200'000'000);
        while (std::chrono::steady_clock::now() < until) {
            pipeline.ingest(monotonicNs(), false, true);
            QVERIFY2(!hasMarker(), "a record was ingested past the source's held records");
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        source.release = true;
        QVERIFY2(ingestUntil(pipeline, hasMarker, 20000), "the source's records did not let the picture on");
        pipeline.drainAll(monotonicNs());
        QCOMPARE(trace.lateRecords(), 0u);
    }

    // The preload library's wrappers keep the same protocol: a thread of a recorded program
    // between its records' time and their publishing has its ring's stamp bit up, so the
    // watermark waits for it (without the bit, 256 threads of lock_storm on 2 cores had a record
    // come late). Here a program's thread is held there: it names 200 locks (a record each, however
    // it is scheduled), its ring (64 records) fills and nothing drains it, so it waits for room
    // with its records' time taken.
    void preloadWriterHoldsItsStampWhileItWaits()
    {
        const QString runner = QString::fromLocal8Bit(qgetenv("SAMTIDIG_RUNNER"));
        const QString programs = QString::fromLocal8Bit(qgetenv("SAMTIDIG_TEST_PROGRAMS"));
        QVERIFY2(!runner.isEmpty() && !programs.isEmpty(),
                 "SAMTIDIG_RUNNER and SAMTIDIG_TEST_PROGRAMS name the preload library and ring_pages");
        std::string preload = "LD_PRELOAD="
            + QFileInfo(runner).dir().filePath(QStringLiteral("libsamtidig-preload.so")).toStdString();
        std::string program = QDir(programs).filePath(QStringLiteral("ring_pages")).toStdString();
        RegionConfig config;
        config.maxRings = 16;
        config.ringCapacity = 64; // the smallest
        config.maxTasks = 4;
        config.maxNames = 4;
        config.source = SchedulingSource::Kernel;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(config, &error), error.c_str());
        constexpr int kFd = 100;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, region.fd(), kFd);
        std::string fdVar = "SAMTIDIG_REGION_FD=" + std::to_string(kFd);
        std::string out = "/dev/null", locks = "200";
        char *argv[] = { program.data(), out.data(), locks.data(), nullptr };
        char *envp[] = { fdVar.data(), preload.data(), nullptr };
        pid_t child = -1;
        const int spawned = posix_spawn(&child, program.c_str(), &actions, nullptr, argv, envp);
        posix_spawn_file_actions_destroy(&actions);
        QCOMPARE(spawned, 0);

        // A ring that is full and says its writer holds a stamp.
        RegionHeader *h = region.header();
        bool heldWhileFull = false;
        const auto guard = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!heldWhileFull && std::chrono::steady_clock::now() < guard) {
            const std::uint32_t rings = std::min(h->ringsClaimed.load(), h->maxRings);
            for (std::uint32_t r = 0; r < rings; ++r) {
                const RingControl &c = region.rings()[r];
                const std::uint64_t word = c.head.load(std::memory_order_acquire);
                if (ringHead(word) - c.tail.load() == config.ringCapacity && (word & kRingWriting) != 0)
                    heldWhileFull = true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        // Drained, the program goes on and finishes.
        RingConsumer consumer(region, nullptr);
        int status = 0;
        pid_t reaped = 0;
        const auto endGuard = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while ((reaped = waitpid(child, &status, WNOHANG)) == 0
               && std::chrono::steady_clock::now() < endGuard) {
            consumer.drainOnce();
            RingConsumer::Batch b;
            consumer.take(b);
        }
        if (reaped == 0) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
        }
        QVERIFY2(heldWhileFull, "no full ring of the recorded program had its stamp bit up");
        QCOMPARE(reaped, child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
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
        QCOMPARE(ringHead(ring.head.load()) - ring.tail.load(), std::uint64_t(7));
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
