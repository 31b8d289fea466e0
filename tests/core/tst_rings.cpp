// Ring correctness under real concurrency: threads and forked processes writing into the shared
// region while a consumer drains it. Lossless rings lose nothing and keep order; lossy rings drop
// exactly what did not fit and count it; no record is ever torn; the region leaves nothing behind.
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "sched/sched_source.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace samtidig;

namespace {

// Every record carries a = writer/sequence, b = a * kCheck: a torn record breaks the relation.
constexpr std::uint64_t kCheck = 0x9E37'79B9'7F4A'7C15ull;

std::uint64_t encode(std::uint64_t writer, std::uint64_t seq)
{
    return (writer << 32) | seq;
}
std::uint64_t writerOf(std::uint64_t a)
{
    return a >> 32;
}
std::uint64_t seqOf(std::uint64_t a)
{
    return a & 0xffff'ffffull;
}

RegionConfig smallConfig(std::uint32_t rings, std::uint32_t capacity, bool lossy)
{
    RegionConfig c;
    c.maxRings = rings;
    c.ringCapacity = capacity;
    c.maxTasks = 256;
    c.maxNames = 256;
    c.lossy = lossy;
    c.source = SchedulingSource::Estimate;
    return c;
}

// Emits `count` Marker records for writer `writer` as its own task.
void writeSequence(std::uint64_t writer, std::uint64_t count)
{
    const std::uint32_t task
        = Recorder::registerTask(TaskKind::Thread, "writer " + std::to_string(writer), 0);
    Recorder::setCurrentTask(task);
    for (std::uint64_t seq = 0; seq < count; ++seq) {
        const std::uint64_t a = encode(writer, seq);
        Recorder::emit(EventKind::Marker, a, a * kCheck);
    }
}

// Checks that, per writer, the Marker records arrive as 0, 1, 2 ... with intact fields. Returns
// an empty string or the first problem found.
std::string checkSequences(const std::vector<Event> &events, std::uint64_t writers, std::uint64_t perWriter,
                           std::uint64_t *stalls = nullptr)
{
    std::vector<std::uint64_t> next(writers, 0);
    std::vector<std::uint32_t> taskOf(writers, 0);
    for (const Event &e : events) {
        if (e.kind == EventKind::Stall) {
            if (e.a == 0)
                return "stall record with zero duration";
            if (stalls)
                ++*stalls;
            continue;
        }
        if (e.kind != EventKind::Marker)
            return "unexpected kind " + std::to_string(static_cast<int>(e.kind));
        if (e.b != e.a * kCheck)
            return "torn record: a and b do not match";
        const std::uint64_t w = writerOf(e.a);
        if (w >= writers)
            return "unknown writer " + std::to_string(w);
        if (seqOf(e.a) != next[w])
            return "writer " + std::to_string(w) + ": expected sequence " + std::to_string(next[w]) + ", got "
                + std::to_string(seqOf(e.a));
        if (taskOf[w] == 0)
            taskOf[w] = e.task;
        else if (taskOf[w] != e.task)
            return "writer " + std::to_string(w) + " changed task id";
        ++next[w];
    }
    for (std::uint64_t w = 0; w < writers; ++w)
        if (next[w] != perWriter)
            return "writer " + std::to_string(w) + ": " + std::to_string(next[w]) + " of "
                + std::to_string(perWriter) + " records delivered";
    return {};
}

// Drains with a RingConsumer thread while `work` runs, then returns everything it delivered.
RingConsumer::Batch drainWhile(SharedRegion &region, const std::function<void()> &work)
{
    RingConsumer consumer(region, nullptr);
    RingConsumer::Batch all;
    consumer.start();
    std::atomic<bool> done { false };
    std::thread taker([&] {
        // Take concurrently too, as the GUI does at 60 Hz.
        while (!done.load()) {
            consumer.take(all);
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
        }
    });
    work();
    done = true;
    taker.join();
    consumer.stop();
    consumer.take(all);
    return all;
}

// One record off a ring, the way any SPSC consumer must do it (acquire head, release tail).
bool popOne(RingControl &c, const Event *events, std::uint64_t mask, Event *out)
{
    const std::uint64_t tail = c.tail.load(std::memory_order_relaxed);
    if (ringHead(c.head.load(std::memory_order_acquire)) == tail)
        return false;
    *out = events[tail & mask];
    c.tail.store(tail + 1, std::memory_order_release);
    return true;
}

int countFds()
{
    int n = 0;
    if (DIR *d = opendir("/proc/self/fd")) {
        while (readdir(d))
            ++n;
        closedir(d);
    }
    return n;
}

int countMappings(const std::string &needle)
{
    std::ifstream maps("/proc/self/maps");
    int n = 0;
    for (std::string line; std::getline(maps, line);)
        if (line.find(needle) != std::string::npos)
            ++n;
    return n;
}

std::set<std::string> devShm()
{
    std::set<std::string> names;
    if (DIR *d = opendir("/dev/shm")) {
        while (const dirent *e = readdir(d))
            names.insert(e->d_name);
        closedir(d);
    }
    return names;
}

} // namespace

class TstRings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Recorder::attach(nullptr); }

    void threadsLoseNothingAndKeepOrder_data()
    {
        QTest::addColumn<int>("writers");
        QTest::addColumn<int>("perWriter");
        QTest::addColumn<int>("capacity");
        QTest::newRow("4 writers, roomy rings") << 4 << 200'000 << 65536;
        QTest::newRow("4 writers, rings wrap often") << 4 << 100'000 << 256;
        QTest::newRow("8 writers, tiny rings") << 8 << 20'000 << 64;
    }
    void threadsLoseNothingAndKeepOrder()
    {
        QFETCH(int, writers);
        QFETCH(int, perWriter);
        QFETCH(int, capacity);
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(16, static_cast<std::uint32_t>(capacity), false), &error),
                 error.c_str());
        Recorder::attach(&region);
        const RingConsumer::Batch all = drainWhile(region, [&] {
            std::vector<std::thread> threads;
            for (int w = 0; w < writers; ++w)
                threads.emplace_back(writeSequence, w, perWriter);
            for (auto &t : threads)
                t.join();
        });
        const std::string problem
            = checkSequences(all.events, std::uint64_t(writers), std::uint64_t(perWriter));
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(all.dropped, std::uint64_t(0));
        QCOMPARE(region.header()->ringsClaimed.load(), std::uint32_t(writers));
        QCOMPARE(all.tasks.size(), std::size_t(writers));
    }

    void forkedChildrenLoseNothingAndKeepOrder()
    {
        constexpr int kChildren = 3;
        constexpr std::uint64_t kPerChild = 100'000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(8, 1024, false), &error), error.c_str());
        std::vector<pid_t> pids;
        // Fork before any thread of this test exists, as the runner does.
        for (int c = 0; c < kChildren; ++c) {
            const pid_t pid = fork();
            QVERIFY2(pid >= 0, std::strerror(errno));
            if (pid == 0) {
                Recorder::attach(&region);
                Recorder::resetAfterFork();
                writeSequence(std::uint64_t(c), kPerChild);
                _exit(0);
            }
            pids.push_back(pid);
        }
        RingConsumer::Batch all = drainWhile(region, [&] {
            for (pid_t pid : pids) {
                int status = 0;
                while (waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
                QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
            }
        });
        const std::string problem = checkSequences(all.events, kChildren, kPerChild);
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(all.dropped, std::uint64_t(0));
        // Each child registered itself with its own pid and claimed a ring of its own.
        QCOMPARE(all.tasks.size(), std::size_t(kChildren));
        std::set<std::int32_t> taskPids;
        for (const TaskInfo &t : all.tasks) {
            taskPids.insert(t.pid);
            QVERIFY(t.name.startsWith(QLatin1String("writer ")));
        }
        QCOMPARE(taskPids, std::set<std::int32_t>(pids.begin(), pids.end()));
        std::set<std::uint32_t> ringPids;
        for (std::uint32_t r = 0; r < kChildren; ++r)
            ringPids.insert(region.rings()[r].ownerPid.load());
        QCOMPARE(ringPids.size(), std::size_t(kChildren));
        QVERIFY(!ringPids.count(std::uint32_t(getpid())));
    }

    void losslessStallsRecordTheWait()
    {
        constexpr std::uint64_t kCount = 5000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(1, 64, false), &error), error.c_str());
        Recorder::attach(&region);
        std::atomic<bool> done { false };
        std::thread writer([&] {
            writeSequence(0, kCount);
            done = true;
        });
        // A consumer slower than the writer: drains everything, then naps.
        RingConsumer consumer(region, nullptr);
        RingConsumer::Batch all;
        while (!done.load()) {
            consumer.drainOnce();
            consumer.take(all);
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        writer.join();
        consumer.stop();
        consumer.take(all);
        std::uint64_t stalls = 0;
        const std::string problem = checkSequences(all.events, 1, kCount, &stalls);
        QVERIFY2(problem.empty(), problem.c_str());
        QVERIFY(stalls > 0);
        QVERIFY(all.stalledNs > 0);
        QCOMPARE(all.stalledNs, region.rings()[0].stalledNs.load());
        QCOMPARE(all.dropped, std::uint64_t(0));
        std::uint64_t recorded = 0;
        for (const Event &e : all.events)
            if (e.kind == EventKind::Stall)
                recorded += e.a;
        QVERIFY(recorded <= all.stalledNs);
    }

    void losslessStallWithOneFreeSlotOverwritesNothing()
    {
        // A consumer that frees one slot at a time leaves the stalled writer exactly one slot:
        // the stalled record must go there, and the stall note must not overwrite unread records.
        constexpr std::uint64_t kCount = 2000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(1, 64, false), &error), error.c_str());
        Recorder::attach(&region);
        std::atomic<bool> done { false };
        std::thread writer([&] {
            writeSequence(0, kCount);
            done = true;
        });
        while (region.header()->ringsClaimed.load() == 0)
            std::this_thread::yield();
        RingControl &c = region.rings()[0];
        const Event *events = region.ringEvents(0);
        std::vector<Event> got;
        Event e;
        for (;;) {
            if (popOne(c, events, 63, &e)) {
                got.push_back(e);
                // Let the writer fill the freed slot before the next one is freed.
                std::this_thread::sleep_for(std::chrono::microseconds(50));
            } else if (done.load()) {
                if (!popOne(c, events, 63, &e))
                    break;
                got.push_back(e);
            }
        }
        writer.join();
        std::uint64_t stalls = 0;
        const std::string problem = checkSequences(got, 1, kCount, &stalls);
        QVERIFY2(problem.empty(), problem.c_str());
        QVERIFY(stalls > 0); // the stall is recorded even when the consumer frees one slot at a time
        QVERIFY(c.stalledNs.load() > 0);
    }

    void lossyFullRingDropsExactlyTheOverflow()
    {
        constexpr std::uint64_t kCount = 1000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(1, 64, true), &error), error.c_str());
        Recorder::attach(&region);
        std::thread(writeSequence, 0, kCount).join(); // nobody drains while it writes
        RingConsumer consumer(region, nullptr);
        consumer.stop();
        RingConsumer::Batch all;
        consumer.take(all);
        // The first 64 fit; every later one was dropped and counted.
        QCOMPARE(all.events.size(), std::size_t(64));
        QCOMPARE(all.dropped, kCount - 64);
        const std::string problem = checkSequences(all.events, 1, 64);
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(region.rings()[0].stalledNs.load(), std::uint64_t(0));
    }

    void lossyConcurrentDeliversOrDropsEveryRecordOnce()
    {
        constexpr int kWriters = 4;
        constexpr std::uint64_t kPerWriter = 200'000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(8, 64, true), &error), error.c_str());
        Recorder::attach(&region);
        const RingConsumer::Batch all = drainWhile(region, [&] {
            std::vector<std::thread> threads;
            for (int w = 0; w < kWriters; ++w)
                threads.emplace_back(writeSequence, w, kPerWriter);
            for (auto &t : threads)
                t.join();
        });
        // Per writer: strictly increasing sequences, intact fields, delivered + dropped = written.
        std::vector<std::int64_t> last(kWriters, -1);
        std::uint64_t delivered = 0;
        for (const Event &e : all.events) {
            QCOMPARE(e.kind, EventKind::Marker);
            QCOMPARE(e.b, e.a * kCheck);
            const std::uint64_t w = writerOf(e.a);
            QVERIFY(w < kWriters);
            QVERIFY(std::int64_t(seqOf(e.a)) > last[w]);
            last[w] = std::int64_t(seqOf(e.a));
            ++delivered;
        }
        QCOMPARE(delivered + all.dropped, kWriters * kPerWriter);
        std::uint64_t droppedInRings = 0;
        for (int r = 0; r < kWriters; ++r)
            droppedInRings += region.rings()[r].dropped.load();
        QCOMPARE(droppedInRings, all.dropped);
    }

    void ringsBeyondTheTableAreRefusedAndCounted()
    {
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(2, 64, false), &error), error.c_str());
        Recorder::attach(&region);
        const RingConsumer::Batch all = drainWhile(region, [&] {
            for (int w = 0; w < 3; ++w) // one after the other: the third finds no ring
                std::thread(writeSequence, w, 10).join();
        });
        QCOMPARE(region.header()->ringsRefused.load(), std::uint64_t(1));
        QVERIFY(all.dropped >= 1); // drops are always shown
        QCOMPARE(all.events.size(), std::size_t(20));
    }

    void registryIdsUniqueAndNamesIntact()
    {
        constexpr int kThreads = 4;
        constexpr int kChildren = 2;
        constexpr int kEach = 20;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(8, 64, false), &error), error.c_str());
        Recorder::attach(&region);
        // Names as long as the slot allows, so a truncated or mixed-up copy shows.
        const auto taskName = [](int who, int i) {
            return "task-" + std::to_string(who) + "-" + std::to_string(i) + std::string(30, 'x');
        };
        const auto lockName
            = [](int who, int i) { return "lock-" + std::to_string(who) + "-" + std::to_string(i); };
        const auto registerAll = [&](int who) {
            for (int i = 0; i < kEach; ++i) {
                Recorder::registerTask(TaskKind::Thread, taskName(who, i), 0);
                Recorder::registerName(NameKind::Lock, lockName(who, i));
            }
        };
        std::vector<pid_t> pids;
        for (int c = 0; c < kChildren; ++c) {
            const pid_t pid = fork();
            QVERIFY2(pid >= 0, std::strerror(errno));
            if (pid == 0) {
                Recorder::resetAfterFork();
                registerAll(kThreads + c);
                _exit(0);
            }
            pids.push_back(pid);
        }
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back(registerAll, t);
        for (auto &t : threads)
            t.join();
        for (pid_t pid : pids) {
            int status = 0;
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
            QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
        RingConsumer consumer(region, nullptr);
        consumer.drainOnce();
        RingConsumer::Batch all;
        consumer.take(all);
        constexpr int kWho = kThreads + kChildren;
        QCOMPARE(all.tasks.size(), std::size_t(kWho * kEach));
        QCOMPARE(all.names.size(), std::size_t(kWho * kEach));
        std::set<std::uint32_t> taskIds;
        std::set<std::string> taskNames;
        for (const TaskInfo &t : all.tasks) {
            taskIds.insert(t.id);
            taskNames.insert(t.name.toStdString());
        }
        std::set<std::uint32_t> nameIds;
        std::set<std::string> names;
        for (const NameInfo &n : all.names) {
            QCOMPARE(n.kind, NameKind::Lock);
            nameIds.insert(n.id);
            names.insert(n.name.toStdString());
        }
        QCOMPARE(taskIds.size(), std::size_t(kWho * kEach));
        QCOMPARE(nameIds.size(), std::size_t(kWho * kEach));
        QCOMPARE(*taskIds.begin(), 1u);
        QCOMPARE(*taskIds.rbegin(), std::uint32_t(kWho * kEach));
        for (int who = 0; who < kWho; ++who) {
            for (int i = 0; i < kEach; ++i) {
                const std::string expected = taskName(who, i).substr(0, kNameLength - 1);
                QVERIFY2(taskNames.count(expected), expected.c_str());
                QVERIFY2(names.count(lockName(who, i)), lockName(who, i).c_str());
            }
        }
    }

    // The consumer wakes every 0.5 ms for a stream of 50 000 records a second or more, and every
    // 5 ms for a trickle or nothing: each wake takes a core from the recorded program.
    void consumerDrainsATrickleLessOften_data()
    {
        QTest::addColumn<qulonglong>("records");
        QTest::addColumn<qulonglong>("sinceNs");
        QTest::addColumn<bool>("busy");
        QTest::newRow("nothing") << 0ull << 5'000'000ull << false;
        QTest::newRow("nothing, at once") << 0ull << 0ull << false;
        QTest::newRow("a CPU-bound program's switches (2 000/s)") << 10ull << 5'000'000ull << false;
        QTest::newRow("just under 50 000/s") << 249ull << 5'000'000ull << false;
        QTest::newRow("50 000/s") << 250ull << 5'000'000ull << true;
        QTest::newRow("1 M/s at the busy pace") << 500ull << 500'000ull << true;
        QTest::newRow("a burst after a quiet sleep") << 60'000ull << 5'000'000ull << true;
        QTest::newRow("a stalled consumer's trickle") << 1000ull << 2'000'000'000ull << false;
        QTest::newRow("records, no time passed") << 1ull << 0ull << true;
    }

    void consumerDrainsATrickleLessOften()
    {
        QFETCH(qulonglong, records);
        QFETCH(qulonglong, sinceNs);
        QFETCH(bool, busy);
        QCOMPARE(RingConsumer::sleepAfterPassNs(static_cast<std::size_t>(records), sinceNs),
                 busy ? RingConsumer::kBusySleepNs : RingConsumer::kQuietSleepNs);
        QVERIFY(RingConsumer::kBusySleepNs < RingConsumer::kQuietSleepNs);
    }

    // The estimate source samples /proc on the drain passes: a quiet run keeps its pace (2 ms at
    // the most, as before); the kernel's records need no pace of their own.
    void estimateSourceKeepsItsSamplingPace()
    {
        QVERIFY(makeEstimateSchedSource()->longestDrainIntervalNs() <= 2'000'000);
        QVERIFY(makeKernelSchedSource(1)->longestDrainIntervalNs() >= RingConsumer::kQuietSleepNs);
    }

    // A ring that was quiet (the consumer sleeping its long sleep) and then gets a burst that fits
    // in it: the running consumer delivers all of it, in order, nothing dropped.
    void burstAfterAQuietStretchLosesNothing()
    {
        constexpr std::uint64_t kCount = 4000;
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(1, 4096, true), &error), error.c_str());
        Recorder::attach(&region);
        RingConsumer consumer(region, nullptr);
        consumer.start();
        RingConsumer::Batch all;
        std::thread(writeSequence, 0, kCount).join();
        for (int wait = 0; wait < 10'000 && all.events.size() < kCount; ++wait) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            consumer.take(all);
        }
        consumer.stop();
        consumer.take(all);
        QCOMPARE(all.dropped, std::uint64_t(0));
        const std::string problem = checkSequences(all.events, 1, kCount);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void regionHasNoNameAndLeavesNothingBehind()
    {
        const std::set<std::string> shmBefore = devShm();
        const int fdsBefore = countFds();
        const int mapsBefore = countMappings("memfd:samtidig-run");
        {
            SharedRegion region;
            std::string error;
            QVERIFY2(region.create(smallConfig(4, 64, false), &error), error.c_str());
            QCOMPARE(countFds(), fdsBefore + 1);
            QCOMPARE(countMappings("memfd:samtidig-run"), mapsBefore + 1);
            char link[256] = {};
            const std::string path = "/proc/self/fd/" + std::to_string(region.fd());
            QVERIFY(readlink(path.c_str(), link, sizeof link - 1) > 0);
            QVERIFY2(std::string(link).starts_with("/memfd:samtidig-run"), link);
            QCOMPARE(devShm(), shmBefore);
            // Moving hands the fd and mapping over; only one owner releases them.
            SharedRegion moved(std::move(region));
            QVERIFY(!region.isValid());
            QVERIFY(moved.isValid());
            QCOMPARE(countFds(), fdsBefore + 1);
        }
        QCOMPARE(countFds(), fdsBefore);
        QCOMPARE(countMappings("memfd:samtidig-run"), mapsBefore);
        QCOMPARE(devShm(), shmBefore);
    }
};

QTEST_GUILESS_MAIN(TstRings)
#include "tst_rings.moc"
