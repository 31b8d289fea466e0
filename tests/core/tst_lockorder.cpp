// Potential deadlocks: the lock-order graph warns about locks taken in opposite orders even when
// the run did not hang, reports each cycle once, and stays quiet for one global order.
#include "analysis/live_analysis.h"
#include "builder/trace_builder.h"
#include "io/recording_file.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QTest>

#include <random>
#include <vector>

using namespace samtidig;
using samtidig::test::evArgs;

namespace {

Trace makeTrace(int tasks, int locks)
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
        name.kind = NameKind::Lock;
        name.name = QStringLiteral("L%1").arg(i);
        setup.registerName(name);
    }
    return trace;
}

// Appends one critical section of `task` taking `locks` in the given order and releasing them.
void takeInOrder(std::vector<Event> &out, std::uint64_t &t, std::uint32_t task,
                 const std::vector<std::uint32_t> &locks)
{
    for (const std::uint32_t l : locks) {
        out.push_back(evArgs(t += 10, task, EventKind::LockRequest, l));
        out.push_back(evArgs(t += 10, task, EventKind::LockAcquired, l, 10));
    }
    for (auto it = locks.rbegin(); it != locks.rend(); ++it)
        out.push_back(evArgs(t += 10, task, EventKind::LockReleased, *it));
}

constexpr std::uint32_t A = 101;
constexpr std::uint32_t B = 102;
constexpr std::uint32_t C = 103;
} // namespace

class TstLockOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inversionWithoutDeadlockWarns()
    {
        Trace trace = makeTrace(2, 2);
        std::vector<Event> events;
        std::uint64_t t = 0;
        takeInOrder(events, t, 1, { A, B });
        takeInOrder(events, t, 2, { B, A }); // never overlaps with T1: the run cannot hang
        TraceBuilder b(trace);
        b.ingest(events);
        b.finish(t + 100);
        QVERIFY(trace.analysis().deadlocks.empty());
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1));
        const LockOrderCycle &c = trace.analysis().lockOrderWarnings.front();
        QCOMPARE(c.locks, (std::vector<std::uint32_t> { A, B }));
        QCOMPARE(c.tasks, (std::vector<std::uint32_t> { 1, 2 })); // T1 made A->B, T2 made B->A
    }

    void consistentOrderDoesNotWarn()
    {
        // Many tasks, random subsets of three locks, always taken in the global order A < B < C.
        Trace trace = makeTrace(4, 3);
        std::mt19937 rng(7);
        std::vector<Event> events;
        std::uint64_t t = 0;
        for (int i = 0; i < 500; ++i) {
            std::vector<std::uint32_t> locks;
            for (const std::uint32_t l : { A, B, C })
                if (rng() % 2)
                    locks.push_back(l);
            takeInOrder(events, t, 1 + rng() % 4, locks);
        }
        TraceBuilder b(trace);
        b.ingest(events);
        b.finish(t + 100);
        QVERIFY(trace.analysis().lockOrderWarnings.empty());
        QVERIFY(trace.analysis().deadlocks.empty());
    }

    void eachCycleReportedOnce()
    {
        Trace trace = makeTrace(2, 2);
        std::vector<Event> events;
        std::uint64_t t = 0;
        for (int i = 0; i < 50; ++i) {
            takeInOrder(events, t, 1, { A, B });
            takeInOrder(events, t, 2, { B, A });
        }
        TraceBuilder b(trace);
        b.ingest(events);
        b.finish(t + 100);
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1));
    }

    void threeLockCycle()
    {
        Trace trace = makeTrace(3, 3);
        std::vector<Event> events;
        std::uint64_t t = 0;
        takeInOrder(events, t, 1, { A, B });
        takeInOrder(events, t, 2, { B, C });
        TraceBuilder b(trace);
        b.ingest(events);
        QVERIFY(trace.analysis().lockOrderWarnings.empty()); // A->B->C is still an order
        events.clear();
        takeInOrder(events, t, 3, { C, A });
        b.ingest(events);
        b.finish(t + 100);
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1));
        const LockOrderCycle &c = trace.analysis().lockOrderWarnings.front();
        QCOMPARE(c.locks, (std::vector<std::uint32_t> { A, B, C }));
        QCOMPARE(c.tasks, (std::vector<std::uint32_t> { 1, 2, 3 }));
    }

    void timeoutScenarioWarns()
    {
        // The "timeout" scenario's shape: opposite orders with try_lock_for and back-off; it
        // completes, but the order is still a potential deadlock.
        Trace trace = makeTrace(2, 2);
        TraceBuilder b(trace);
        b.ingest(std::vector<Event> {
            evArgs(10, 1, EventKind::LockRequest, A),
            evArgs(11, 1, EventKind::LockAcquired, A, 1),
            evArgs(12, 2, EventKind::LockRequest, B),
            evArgs(13, 2, EventKind::LockAcquired, B, 1),
            evArgs(20, 1, EventKind::LockRequest, B),
            evArgs(21, 2, EventKind::LockRequest, A),
            evArgs(1020, 1, EventKind::LockTimedOut, B, 1000),
            evArgs(1021, 1, EventKind::LockReleased, A),
            evArgs(1022, 2, EventKind::LockAcquired, A, 1001),
            evArgs(1030, 2, EventKind::LockReleased, A),
            evArgs(1031, 2, EventKind::LockReleased, B),
            evArgs(1040, 1, EventKind::LockRequest, A),
            evArgs(1041, 1, EventKind::LockAcquired, A, 1),
            evArgs(1042, 1, EventKind::LockRequest, B),
            evArgs(1043, 1, EventKind::LockAcquired, B, 1),
            evArgs(1050, 1, EventKind::LockReleased, B),
            evArgs(1051, 1, EventKind::LockReleased, A),
            evArgs(1060, 1, EventKind::TaskEnd),
            evArgs(1061, 2, EventKind::TaskEnd),
        });
        b.finish(2000);
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1));
        QCOMPARE(trace.analysis().lockOrderWarnings.front().locks, (std::vector<std::uint32_t> { A, B }));
        QVERIFY(b.analysis().activeDeadlocks().empty()); // it did not hang
    }

    void locksReleasedInBetweenMakeNoEdge()
    {
        // Locks released in between are not held: T1 takes A, releases, takes B: no edge.
        Trace trace = makeTrace(2, 2);
        std::vector<Event> events;
        std::uint64_t t = 0;
        takeInOrder(events, t, 1, { A });
        takeInOrder(events, t, 1, { B });
        takeInOrder(events, t, 2, { B });
        takeInOrder(events, t, 2, { A });
        TraceBuilder b(trace);
        b.ingest(events);
        b.finish(t + 100);
        QVERIFY(trace.analysis().lockOrderWarnings.empty());
    }

    void recordingKeepsTheWarnings()
    {
        Trace trace = makeTrace(3, 3);
        std::vector<Event> events;
        std::uint64_t t = 0;
        takeInOrder(events, t, 1, { A, B });
        takeInOrder(events, t, 2, { B, C });
        takeInOrder(events, t, 3, { C, A });
        takeInOrder(events, t, 1, { B, A });
        TraceBuilder b(trace);
        b.ingest(events);
        b.finish(t + 100);
        const std::vector<LockOrderCycle> live = trace.analysis().lockOrderWarnings;
        QCOMPARE(live.size(), std::size_t(2)); // A->B->C->A and A->B->A
        // A saved recording shows what the live analysis found, as it found it.
        Trace reopened;
        QString error;
        QVERIFY2(readRecordingFromBytes(recordingToBytes(trace), &reopened, &error), qPrintable(error));
        QCOMPARE(reopened.analysis().lockOrderWarnings.size(), live.size());
        for (std::size_t i = 0; i < live.size(); ++i) {
            QCOMPARE(reopened.analysis().lockOrderWarnings[i].locks, live[i].locks);
            QCOMPARE(reopened.analysis().lockOrderWarnings[i].tasks, live[i].tasks);
        }
    }
};

QTEST_GUILESS_MAIN(TstLockOrder)
#include "tst_lockorder.moc"
