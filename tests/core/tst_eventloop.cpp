// The coroutine event loop in-process: turn order, sleeps, recorded tasks and events, failures and
// frame ownership. A region is attached in this process so the recorded events can be read back.
#include "record/clock.h"
#include "record/recorder.h"
#include "record/shared_region.h"
#include "sync/event_loop.h"

#include <QTest>

#include <chrono>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace samtidig;
using namespace std::chrono_literals;

namespace {

// Attaches a fresh region to this process for one test, and reads back what was recorded.
class RecordingScope
{
public:
    RecordingScope()
    {
        RegionConfig config;
        config.maxRings = 8;
        config.ringCapacity = 1u << 12;
        config.maxTasks = 64;
        config.maxNames = 16;
        config.source = SchedulingSource::Estimate;
        std::string error;
        if (!m_region.create(config, &error))
            qFatal("cannot create region: %s", error.c_str());
        Recorder::attach(&m_region);
    }
    ~RecordingScope() { Recorder::attach(nullptr); }

    std::vector<Event> events() const
    {
        std::vector<Event> out;
        const std::uint32_t rings = m_region.header()->ringsClaimed.load();
        for (std::uint32_t r = 0; r < rings && r < m_region.header()->maxRings; ++r) {
            const std::uint64_t head = ringHead(m_region.rings()[r].head.load());
            for (std::uint64_t i = 0; i < head; ++i)
                out.push_back(m_region.ringEvents(r)[i]);
        }
        return out;
    }
    const TaskSlot *task(std::uint32_t id) const
    {
        if (id == 0 || id > m_region.header()->tasksClaimed.load())
            return nullptr;
        return &m_region.tasks()[id - 1];
    }

private:
    SharedRegion m_region;
};

Task logSteps(EventLoop &loop, std::vector<std::string> &log, std::string name, int steps,
              std::chrono::nanoseconds sleep)
{
    for (int s = 0; s < steps; ++s) {
        log.push_back(name + std::to_string(s));
        co_await loop.sleep(sleep);
    }
    log.push_back(name + "end");
}

Task timedSleep(EventLoop &loop, std::chrono::nanoseconds sleep, std::uint64_t *sleptNs)
{
    const std::uint64_t before = monotonicNs();
    co_await loop.sleep(sleep);
    *sleptNs = monotonicNs() - before;
}

Task failAfterOneSleep(EventLoop &loop)
{
    co_await loop.sleep(1ms);
    throw std::runtime_error("boom");
}

// Lives in a coroutine's frame (parameters are moved there) and counts the frame's destruction.
struct FrameToken {
    explicit FrameToken(int *counter)
        : destroyed(counter)
    { }
    FrameToken(FrameToken &&other) noexcept
        : destroyed(std::exchange(other.destroyed, nullptr))
    { }
    FrameToken(const FrameToken &) = delete;
    ~FrameToken()
    {
        if (destroyed)
            ++*destroyed;
    }
    int *destroyed;
};

Task holdToken(EventLoop &loop, FrameToken token)
{
    co_await loop.sleep(1ms);
    (void)token;
}

} // namespace

class TstEventLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coroutinesTakeTurnsInOrder()
    {
        std::vector<std::string> log;
        EventLoop loop(0);
        loop.spawn("a", logSteps(loop, log, "a", 3, 1ms));
        loop.spawn("b", logSteps(loop, log, "b", 3, 1ms));
        loop.spawn("c", logSteps(loop, log, "c", 3, 1ms));
        QCOMPARE(log.size(), std::size_t(0)); // created suspended: nothing runs before run()
        loop.run();
        const std::vector<std::string> expected
            = { "a0", "b0", "c0", "a1", "b1", "c1", "a2", "b2", "c2", "aend", "bend", "cend" };
        QCOMPARE(log, expected);
        QCOMPARE(loop.suspensions(), 9u);
        QCOMPARE(loop.resumes(), 12u);
        QCOMPARE(loop.unfinished(), std::size_t(0));
    }

    void shorterSleepWakesFirst()
    {
        std::vector<std::string> log;
        EventLoop loop(0);
        loop.spawn("slow", logSteps(loop, log, "slow", 1, 30ms));
        loop.spawn("fast", logSteps(loop, log, "fast", 1, 5ms));
        loop.run();
        const std::vector<std::string> expected = { "slow0", "fast0", "fastend", "slowend" };
        QCOMPARE(log, expected);
    }

    void sleepsAreHonouredAndOverlap()
    {
        std::uint64_t slept[3] = {};
        EventLoop loop(0);
        const std::uint64_t begin = monotonicNs();
        for (std::uint64_t &s : slept)
            loop.spawn("sleeper", timedSleep(loop, 40ms, &s));
        loop.run();
        const std::uint64_t elapsed = monotonicNs() - begin;
        for (std::uint64_t s : slept)
            QVERIFY2(s >= 40'000'000u, qPrintable(QString::number(s)));
        // The three sleeps ran at the same time on one thread: far less than their sum.
        QVERIFY2(elapsed < (3 * 40'000'000u) * 2 / 3, qPrintable(QString::number(elapsed)));
        QVERIFY(loop.idleNs() > 0); // the thread slept while everybody awaited
    }

    void eachCoroutineIsATaskWithResumeSuspendPairs()
    {
        RecordingScope recording;
        const std::uint32_t thread = Recorder::registerTask(TaskKind::Thread, "loop thread", 0);
        QVERIFY(thread != 0);
        Recorder::setCurrentTask(thread);
        std::vector<std::string> log;
        std::map<std::uint32_t, int> ids;
        {
            EventLoop loop(thread);
            for (const char *name : { "one", "two", "three" })
                ++ids[loop.spawn(name, logSteps(loop, log, name, 2, 2ms))];
            loop.run();
        }
        QCOMPARE(ids.size(), std::size_t(3)); // three distinct ids
        for (const auto &[id, n] : ids) {
            QVERIFY(id != 0 && id != thread);
            const TaskSlot *slot = recording.task(id);
            QVERIFY(slot);
            QCOMPARE(slot->kind, TaskKind::Coroutine);
            QCOMPARE(slot->parent, thread);
        }
        QCOMPARE(Recorder::currentTask(), thread); // the loop gave the thread its own task back

        std::map<std::uint32_t, std::vector<EventKind>> perTask;
        int idleSleeps = 0;
        for (const Event &e : recording.events()) {
            if (e.task == thread && e.kind == EventKind::SleepBegin)
                ++idleSleeps;
            if (ids.count(e.task) == 0)
                continue;
            perTask[e.task].push_back(e.kind);
            if (e.kind == EventKind::CoSuspend)
                QCOMPARE(e.a, 2'000'000u); // the requested sleep
        }
        const std::vector<EventKind> expected
            = { EventKind::TaskBegin, EventKind::CoResume, EventKind::CoSuspend, EventKind::CoResume,
                EventKind::CoSuspend, EventKind::CoResume, EventKind::TaskEnd };
        for (const auto &[id, kinds] : perTask)
            QVERIFY2(kinds == expected,
                     qPrintable(QStringLiteral("task %1: %2 events").arg(id).arg(kinds.size())));
        QCOMPARE(perTask.size(), std::size_t(3));
        QVERIFY(idleSleeps > 0); // while all three awaited, the thread's lane shows it sleeping
    }

    void exceptionIsReportedAndOthersFinish()
    {
        std::vector<std::string> log;
        EventLoop loop(0);
        loop.spawn("bad", failAfterOneSleep(loop));
        loop.spawn("good", logSteps(loop, log, "good", 3, 2ms));
        bool thrown = false;
        try {
            loop.run();
        } catch (const std::runtime_error &e) {
            thrown = std::string(e.what()) == "boom";
        }
        QVERIFY(thrown);
        QCOMPARE(loop.failures().size(), std::size_t(1));
        QCOMPARE(loop.failures().front().coroutine, std::string("bad"));
        QCOMPARE(loop.failures().front().message, std::string("boom"));
        QCOMPARE(log.back(), std::string("goodend")); // the failure did not stop the other coroutine
        QCOMPARE(loop.unfinished(), std::size_t(0));
    }

    void framesAreDestroyed()
    {
        int destroyed = 0;
        {
            EventLoop loop(0);
            loop.spawn("x", holdToken(loop, FrameToken(&destroyed)));
            loop.spawn("y", holdToken(loop, FrameToken(&destroyed)));
            loop.run();
            QCOMPARE(destroyed, 2); // finished frames are freed as soon as they end
        }
        destroyed = 0;
        {
            EventLoop loop(0);
            loop.spawn("never run", holdToken(loop, FrameToken(&destroyed)));
            loop.spawn("never run either", holdToken(loop, FrameToken(&destroyed)));
            {
                Task notSpawned = holdToken(loop, FrameToken(&destroyed));
                QVERIFY(notSpawned.isValid());
            }
            QCOMPARE(destroyed, 1); // a Task that never reached a loop frees its own frame
            QCOMPARE(loop.unfinished(), std::size_t(2));
        }
        QCOMPARE(destroyed, 3); // the loop frees the frames it never ran
    }
};

QTEST_GUILESS_MAIN(TstEventLoop)
#include "tst_eventloop.moc"
