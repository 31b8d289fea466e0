// Actual deadlocks: wait-for cycles found at the event that closes them, from hand-written
// event streams fed through the trace builder.
#include "analysis/live_analysis.h"
#include "builder/trace_builder.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QTest>

#include <vector>

using namespace samtidig;
using samtidig::test::evArgs;

namespace {

// Tasks 1..tasks, locks 101..100+locks (kind Lock unless listed in semaphores).
Trace makeTrace(int tasks, int locks, std::vector<std::uint32_t> semaphores = {})
{
    Trace trace;
    TraceBuilder setup(trace);
    for (int i = 1; i <= tasks; ++i) {
        TaskInfo info;
        info.id = static_cast<std::uint32_t>(i);
        info.name = QStringLiteral("T%1").arg(i);
        setup.registerTask(info);
    }
    for (int i = 1; i <= locks; ++i) {
        NameInfo name;
        name.id = static_cast<std::uint32_t>(100 + i);
        name.kind = std::find(semaphores.begin(), semaphores.end(), name.id) != semaphores.end()
            ? NameKind::Semaphore
            : NameKind::Lock;
        name.name = QStringLiteral("L%1").arg(i);
        setup.registerName(name);
    }
    return trace;
}

// tasks[i] waits for locks[i], which tasks[i+1] holds: the documented meaning of a cycle.
void verifyCycleShape(const DeadlockCycle &c, const std::map<std::uint32_t, std::uint32_t> &holderOf)
{
    QCOMPARE(c.tasks.size(), c.locks.size());
    for (std::size_t i = 0; i < c.tasks.size(); ++i)
        QCOMPARE(holderOf.at(c.locks[i]), c.tasks[(i + 1) % c.tasks.size()]);
}

constexpr std::uint32_t A = 101;
constexpr std::uint32_t B = 102;
} // namespace

class TstWaitForGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycleOfTwo()
    {
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockRequest, A), evArgs(11, 1, EventKind::LockAcquired, A, 1),
            evArgs(12, 2, EventKind::LockRequest, B), evArgs(13, 2, EventKind::LockAcquired, B, 1),
            evArgs(20, 1, EventKind::LockRequest, B), // T1 -> T2: no cycle yet
        });
        QVERIFY(trace.analysis().deadlocks.empty());
        QVERIFY(b.analysis().activeDeadlocks().empty());
        b.ingest(std::vector<Event> { evArgs(30, 2, EventKind::LockRequest, A) }); // closes T2 -> T1
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
        const DeadlockCycle &c = trace.analysis().deadlocks.front();
        QCOMPARE(c.detectedNs, std::int64_t(30));
        QCOMPARE(c.tasks, (std::vector<std::uint32_t> { 1, 2 }));
        QCOMPARE(c.locks, (std::vector<std::uint32_t> { B, A }));
        verifyCycleShape(c, { { A, 1 }, { B, 2 } });
        QCOMPARE(b.analysis().activeDeadlocks().size(), std::size_t(1));
        b.finish(1000);
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1)); // reported once
    }

    void cycleOfFiveDiningPhilosophers()
    {
        Trace trace = makeTrace(5, 5);
        std::vector<Event> events;
        std::map<std::uint32_t, std::uint32_t> holderOf;
        for (std::uint32_t p = 1; p <= 5; ++p) { // philosopher p takes fork p, then fork p % 5 + 1
            events.push_back(evArgs(10 * p, p, EventKind::LockRequest, 100 + p));
            events.push_back(evArgs(10 * p + 1, p, EventKind::LockAcquired, 100 + p, 1));
            holderOf[100 + p] = p;
        }
        for (std::uint32_t p = 1; p <= 5; ++p)
            events.push_back(evArgs(100 + 10 * p, p, EventKind::LockRequest, 100 + p % 5 + 1));
        TraceBuilder b(trace);
        b.ingest(std::span(events).first(events.size() - 1));
        QVERIFY(trace.analysis().deadlocks.empty()); // four waiting in a chain is not a cycle
        b.ingest(std::span(events).last(1));
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
        const DeadlockCycle &c = trace.analysis().deadlocks.front();
        QCOMPARE(c.detectedNs, std::int64_t(150));
        QCOMPARE(c.tasks, (std::vector<std::uint32_t> { 1, 2, 3, 4, 5 }));
        QCOMPARE(c.locks, (std::vector<std::uint32_t> { 102, 103, 104, 105, 101 }));
        verifyCycleShape(c, holderOf);
    }

    void noCycleWhenLockIsHandedOver()
    {
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockRequest, A), evArgs(11, 1, EventKind::LockAcquired, A, 1),
            evArgs(12, 2, EventKind::LockRequest, A), // T2 waits for T1
            evArgs(20, 1, EventKind::LockRequest, B), evArgs(21, 1, EventKind::LockAcquired, B, 1),
            evArgs(30, 1, EventKind::LockReleased, B), evArgs(31, 1, EventKind::LockReleased, A),
            evArgs(32, 2, EventKind::LockAcquired, A, 20), evArgs(40, 2, EventKind::LockRequest, B),
            evArgs(41, 2, EventKind::LockAcquired, B, 1),
            evArgs(50, 1, EventKind::LockRequest, A), // T1 now waits for T2, who waits for nothing
        });
        QVERIFY(trace.analysis().deadlocks.empty());
        QVERIFY(b.analysis().activeDeadlocks().empty());
        b.finish(100);
        QVERIFY(trace.analysis().deadlocks.empty());
        QVERIFY(trace.analysis().lockOrderWarnings.empty()); // both took A before B
    }

    void cycleBrokenByTimeout()
    {
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockAcquired, A, 0),
            evArgs(11, 2, EventKind::LockAcquired, B, 0),
            evArgs(20, 1, EventKind::LockRequest, B),
            evArgs(25, 2, EventKind::LockRequest, A),
        });
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
        QCOMPARE(trace.analysis().deadlocks.front().detectedNs, std::int64_t(25));
        QCOMPARE(b.analysis().activeDeadlocks().size(), std::size_t(1));
        // T1 gives up on B and backs off: the cycle is gone, and with it the deadlock (the run
        // session calls a run with deadlocks left a deadlock; this one completes).
        b.ingest(std::vector<Event> {
            evArgs(60, 1, EventKind::LockTimedOut, B, 40),
            evArgs(61, 1, EventKind::LockReleased, A),
            evArgs(62, 2, EventKind::LockAcquired, A, 37),
        });
        QVERIFY(b.analysis().activeDeadlocks().empty());
        QVERIFY(trace.analysis().deadlocks.empty());
        // The retry runs into the same cycle: reported again, from the new closing event.
        b.ingest(std::vector<Event> {
            evArgs(70, 2, EventKind::LockReleased, A), evArgs(71, 2, EventKind::LockReleased, B),
            evArgs(80, 1, EventKind::LockAcquired, A, 0), evArgs(81, 2, EventKind::LockAcquired, B, 0),
            evArgs(82, 1, EventKind::LockRequest, B), evArgs(83, 2, EventKind::LockRequest, A),
            evArgs(84, 1, EventKind::LockRequest, B), // a repeated request does not report twice
        });
        QCOMPARE(b.analysis().activeDeadlocks().size(), std::size_t(1));
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
        QCOMPARE(trace.analysis().deadlocks.front().detectedNs, std::int64_t(83));
        b.ingest(std::vector<Event> { evArgs(90, 2, EventKind::LockTimedOut, A, 7) });
        QVERIFY(b.analysis().activeDeadlocks().empty());
        QVERIFY(trace.analysis().deadlocks.empty());
        b.finish(200);
        QVERIFY(trace.analysis().deadlocks.empty());
        QCOMPARE(trace.analysis().locks.at(B).timeouts, std::uint64_t(1));
        QCOMPARE(trace.analysis().locks.at(A).timeouts, std::uint64_t(1));
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1)); // still unsafe
    }

    void killedDeadlockStaysReported()
    {
        // The runner stops a hung run; its tasks end inside the cycle. It was a deadlock.
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockAcquired, A, 0),
            evArgs(11, 2, EventKind::LockAcquired, B, 0),
            evArgs(20, 1, EventKind::LockRequest, B),
            evArgs(25, 2, EventKind::LockRequest, A),
            evArgs(5000, 1, EventKind::TaskEnd),
            evArgs(5001, 2, EventKind::TaskEnd),
        });
        b.finish(6000);
        QVERIFY(b.analysis().activeDeadlocks().empty());
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
    }

    void unrelatedTimeoutKeepsTheDeadlock()
    {
        Trace trace = makeTrace(3, 3);
        constexpr std::uint32_t C = 103;
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockAcquired, A, 0), evArgs(11, 2, EventKind::LockAcquired, B, 0),
            evArgs(12, 3, EventKind::LockAcquired, C, 0), evArgs(20, 1, EventKind::LockRequest, B),
            evArgs(25, 2, EventKind::LockRequest, A), evArgs(30, 3, EventKind::LockRequest, A),
            evArgs(40, 3, EventKind::LockTimedOut, A, 10), // T3 was waiting, but not in the cycle
        });
        b.finish(100);
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
    }

    void taskEndReleasesItsLocks()
    {
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockAcquired, A, 0),
            evArgs(11, 2, EventKind::LockAcquired, B, 0),
            evArgs(12, 1, EventKind::TaskEnd), // died holding A: nobody holds it any more
            evArgs(20, 2, EventKind::LockRequest, A),
        });
        QVERIFY(b.analysis().activeDeadlocks().empty());
        QVERIFY(trace.analysis().deadlocks.empty());
    }

    void semaphoresAreNotInTheWaitForGraph()
    {
        constexpr std::uint32_t S = 102;
        Trace trace = makeTrace(2, 2, { S });
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockAcquired, S, 0), evArgs(11, 2, EventKind::LockAcquired, A, 0),
            evArgs(20, 1, EventKind::LockRequest, A),
            evArgs(21, 2, EventKind::LockRequest, S), // a semaphore has no single holder to wait for
        });
        b.finish(100);
        QVERIFY(trace.analysis().deadlocks.empty());
        QCOMPARE(trace.analysis().locks.at(S).acquisitions, std::uint64_t(1)); // still counted
    }

    void contentionStatistics()
    {
        Trace trace = makeTrace(3, 1);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockRequest, A),
            evArgs(11, 1, EventKind::LockAcquired, A, 1),
            evArgs(20, 2, EventKind::LockRequest, A),
            evArgs(30, 3, EventKind::LockRequest, A),
            evArgs(50, 1, EventKind::LockReleased, A),
            evArgs(51, 2, EventKind::LockAcquired, A, 31),
            evArgs(5030, 3, EventKind::LockTimedOut, A, 5000),
        });
        b.finish(6000);
        const LockStats &s = trace.analysis().locks.at(A);
        QCOMPARE(s.lock, A);
        QCOMPARE(s.acquisitions, std::uint64_t(2));
        QCOMPARE(s.contended, std::uint64_t(1));
        QCOMPARE(s.timeouts, std::uint64_t(1));
        QCOMPARE(s.totalWaitNs, std::int64_t(1 + 31 + 5000));
        QCOMPARE(s.maxWaitNs, std::int64_t(5000));
        QCOMPARE(s.waitByTask.at(2), std::int64_t(31));
        QCOMPARE(s.waitByTask.at(3), std::int64_t(5000));
    }
};

QTEST_GUILESS_MAIN(TstWaitForGraph)
#include "tst_waitforgraph.moc"
