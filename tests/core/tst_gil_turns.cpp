// A user's program as the preload library records it, fed by hand through the TraceBuilder: the
// GIL's holds and waits become bands and times, gilTurns() says how the threads took turns; a lock
// is named where it was first taken; nested locks that never contended make a lock-order warning.
#include "analysis/describe_program.h"
#include "analysis/gil_turns.h"
#include "analysis/live_analysis.h"
#include "analysis/utilization.h"
#include "builder/trace_builder.h"
#include "i18n/language.h"
#include "i18n/recorded_names.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QtTest>

using namespace samtidig;
using samtidig::test::ev;

namespace {

constexpr std::int32_t kPid = 500;
constexpr std::uint64_t kRuntime = 0xa5b740; // CPython's _PyRuntime in the recorded process
constexpr std::uint64_t kMs = 1'000'000;

Event slice(std::uint64_t ms, std::int32_t tid, EventKind kind, std::uint16_t cpu)
{
    Event e = ev(ms * kMs, 0, kind, cpu, kind == EventKind::SliceEnd ? kSliceEndBlocked : 0);
    e.b = kernelIds(kPid, tid);
    return e;
}

Event foreign(std::uint64_t ms, std::int32_t tid, EventKind kind, std::uint64_t a, std::uint64_t b = 0)
{
    return ev(ms * kMs, kTaskByTid | static_cast<std::uint32_t>(tid), kind, 0, a, b);
}

Event siteOf(std::uint64_t ms, std::int32_t tid, std::uint64_t address, ForeignLock kind,
             std::uint64_t caller)
{
    return foreign(ms, tid, EventKind::LockSite, address, (std::uint64_t(kind) << 56) | caller);
}

std::uint32_t taskOfTid(const Trace &trace, std::int32_t tid)
{
    for (const auto &[id, info] : trace.tasks())
        if (info.tid == tid)
            return id;
    return 0;
}

} // namespace

class TstGilTurns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoThreadsTakeTurns()
    {
        // 501 holds the GIL 1-50 ms while 502 waits, then 502 holds it 50-100 ms while 501 waits.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.setSource(SchedulingSource::Kernel, QString());
        b.ingest(std::vector<Event> {
            slice(0, 502, EventKind::SliceBegin, 1), // the kernel knows both threads of process 500
            slice(1, 501, EventKind::SliceBegin, 0),
            siteOf(1, 501, kRuntime, ForeignLock::Gil, 0),
            slice(2, 502, EventKind::SliceEnd, 1),
            foreign(1, 501, EventKind::GilTaken, kRuntime),
            foreign(2, 502, EventKind::CondWait, kRuntime),
            foreign(50, 501, EventKind::GilDropped, kRuntime),
            slice(50, 501, EventKind::SliceEnd, 0),
            foreign(50, 502, EventKind::CondWake, kRuntime),
            foreign(50, 502, EventKind::GilTaken, kRuntime),
            slice(50, 502, EventKind::SliceBegin, 1),
            foreign(51, 501, EventKind::CondWait, kRuntime),
            foreign(100, 502, EventKind::GilDropped, kRuntime),
            slice(100, 502, EventKind::SliceEnd, 1),
            foreign(100, 501, EventKind::CondWake, kRuntime),
        });
        b.finish(100 * kMs);
        QVERIFY(hasGil(trace));
        int gils = 0;
        for (const auto &[id, name] : trace.names())
            gils += isGilName(trace, id) ? 1 : 0;
        QCOMPARE(gils, 1); // one process, one GIL
        const std::uint32_t first = taskOfTid(trace, 501);
        const std::uint32_t second = taskOfTid(trace, 502);
        QVERIFY(first != 0 && second != 0);
        for (const TaskTimeTotals &t : taskTimeTotals(trace)) {
            if (t.task == first) {
                QCOMPARE(t.gilHeldNs, std::int64_t(49 * kMs));
                QCOMPARE(t.gilWaitNs, std::int64_t(49 * kMs));
            } else if (t.task == second) {
                QCOMPARE(t.gilHeldNs, std::int64_t(50 * kMs));
                QCOMPARE(t.gilWaitNs, std::int64_t(48 * kMs));
            }
        }
        const GilTurns turns = gilTurns(trace);
        QCOMPARE(turns.threads, 2);
        QCOMPARE(turns.contendedNs, std::int64_t(97 * kMs)); // 2-50 and 51-100
        QCOMPARE(turns.coresUsed(), 1.0); // one of them ran all that time, never both
        QCOMPARE(describeGilTurns(trace),
                 QStringLiteral("2 threads wanted to run, but only one may hold the GIL: they took turns, "
                                "and while they did, they used 1.0 of the machine's 2 cores on average."));
        // The GIL is not a lock of the analysis: no lock statistics, no lock-order edges from it.
        QVERIFY(trace.analysis().locks.empty());
        // The findings say the GIL once: the turns and who waited, in one sentence.
        QStringList gilFindings;
        for (const QString &finding : describeProgram(trace))
            if (finding.contains(QLatin1String("GIL")))
                gilFindings << finding;
        QCOMPARE(gilFindings.size(), 1);
        QVERIFY2(gilFindings.front().startsWith(QStringLiteral(
                     "2 threads wanted to run, but only one may hold Python's GIL: they took turns, and "
                     "while they "
                     "did, they used 1.0 of the machine's 2 cores on average; 2 of the 2 busy threads were "
                     "waiting for it a large part of the time: ")),
                 qPrintable(gilFindings.front()));
    }

    void aShortWaitSaysNothing()
    {
        // Two threads that sleep and wake into the other's GIL for 1 ms of a 100 ms run: no turns.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.ingest(std::vector<Event> {
            slice(0, 502, EventKind::SliceBegin, 1),
            slice(1, 501, EventKind::SliceBegin, 0),
            siteOf(1, 501, kRuntime, ForeignLock::Gil, 0),
            foreign(1, 501, EventKind::GilTaken, kRuntime),
            foreign(2, 502, EventKind::CondWait, kRuntime),
            foreign(3, 501, EventKind::GilDropped, kRuntime),
            foreign(3, 502, EventKind::CondWake, kRuntime),
            foreign(3, 502, EventKind::GilTaken, kRuntime),
            foreign(4, 502, EventKind::GilDropped, kRuntime),
        });
        b.finish(100 * kMs);
        QCOMPARE(gilTurns(trace).threads, 2);
        QCOMPARE(gilTurns(trace).contendedNs, std::int64_t(kMs));
        QCOMPARE(describeGilTurns(trace), QString());
        for (const QString &finding : describeProgram(trace))
            QVERIFY2(!finding.contains(QLatin1String("took turns")), qPrintable(finding));
    }

    void oneThreadAloneSaysNothing()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.ingest(std::vector<Event> { siteOf(1, 501, kRuntime, ForeignLock::Gil, 0),
                                      foreign(1, 501, EventKind::GilTaken, kRuntime),
                                      foreign(30, 501, EventKind::GilDropped, kRuntime) });
        b.finish(30 * kMs);
        QCOMPARE(gilTurns(trace).threads, 0);
        QCOMPARE(describeGilTurns(trace), QString());
    }

    void lockNamedWhereItWasFirstTaken()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.setSiteNamer([](std::int32_t pid, std::uint64_t address) {
            // The caller's return address, less one: the call instruction.
            return pid == kPid && address == 0x1233 ? QStringLiteral("worker (race.c:14)") : QString();
        });
        b.ingest(std::vector<Event> {
            slice(1, 501, EventKind::SliceBegin, 0), // makes 501 a thread of process 500
            siteOf(1, 501, 0x1000, ForeignLock::Mutex, 0x1234),
            siteOf(2, 501, 0x2000, ForeignLock::Mutex, 0x1234), // an array of locks, one call site
            siteOf(3, 501, 0x3000, ForeignLock::RwLock, 0x1234),
            siteOf(4, 501, 0x4000, ForeignLock::Mutex, 0x9999), // nothing known there
        });
        QStringList names;
        for (const auto &[id, info] : trace.names())
            names << info.name;
        names.sort();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("mutex at worker (race.c:14)"),
                                QStringLiteral("mutex at worker (race.c:14) #2"),
                                QStringLiteral("pthread_mutex_t 0x4000"),
                                QStringLiteral("rwlock at worker (race.c:14)") }));
    }

    void forkedChildsLockNamedByItsParentsCode_data()
    {
        QTest::addColumn<bool>("execd");
        QTest::newRow("forked") << false;
        QTest::newRow("forked, then exec'd") << true;
    }
    void forkedChildsLockNamedByItsParentsCode()
    {
        // Process 600, forked by 500, took a lock and ended before its maps were read: only the
        // parent's maps answer. Without an exec it ran the parent's code at the same addresses.
        QFETCH(bool, execd);
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.setSiteNamer([](std::int32_t pid, std::uint64_t address) {
            return pid == kPid && address == 0x1233 ? QStringLiteral("worker (race.c:14)") : QString();
        });
        b.noteTask(TaskNote { TaskNote::Kind::Created, 1 * kMs, 600, 600, kPid, 501, {} });
        if (execd)
            b.noteTask(
                TaskNote { TaskNote::Kind::Exec, 2 * kMs, 600, 600, 0, 0, { 'o', 't', 'h', 'e', 'r' } });
        b.ingest(std::vector<Event> {
            slice(1, 501, EventKind::SliceBegin, 0),
            siteOf(3, 600, 0x1000, ForeignLock::Mutex, 0x1234),
        });
        QStringList names;
        for (const auto &[id, info] : trace.names())
            names << info.name;
        QCOMPARE(names,
                 QStringList { execd ? QStringLiteral("pthread_mutex_t 0x1000")
                                     : QStringLiteral("mutex at worker (race.c:14)") });
    }

    void lockKindCorrectedWhenItsSiteComesLate()
    {
        // Two readers take a rwlock at once. 502 stamps its acquisition first but 501 wins the
        // naming, so 501's LockSite is stamped after 502's record: by time, the builder meets the
        // lock before it knows its kind (a guess: a mutex). The site corrects it: a rwlock, shared.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.setSiteNamer([](std::int32_t, std::uint64_t address) {
            return address == 0x1233 ? QStringLiteral("reader (rw.c:22)") : QString();
        });
        b.ingest(std::vector<Event> {
            slice(1, 501, EventKind::SliceBegin, 0),
            slice(1, 502, EventKind::SliceBegin, 1),
            foreign(2, 502, EventKind::LockAcquired, 0x3000),
            siteOf(3, 501, 0x3000, ForeignLock::RwLock, 0x1234),
            foreign(3, 501, EventKind::LockAcquired, 0x3000),
            foreign(10, 501, EventKind::LockReleased, 0x3000),
            foreign(10, 502, EventKind::LockReleased, 0x3000),
            slice(20, 501, EventKind::SliceEnd, 0),
            slice(20, 502, EventKind::SliceEnd, 1),
        });
        b.finish(20 * kMs);
        QStringList names;
        std::uint32_t lock = 0;
        for (const auto &[id, info] : trace.names()) {
            names << info.name;
            lock = id;
        }
        QCOMPARE(names, QStringList { QStringLiteral("rwlock at reader (rw.c:22)") });
        // Both held it from their acquisitions to their releases: the second did not end the first.
        for (const std::int32_t tid : { 501, 502 }) {
            const TaskLane *lane = trace.laneForTask(taskOfTid(trace, tid));
            QVERIFY(lane);
            std::int64_t held = 0;
            for (std::size_t i = 0; i < lane->held.size(); ++i)
                if (lane->held.state(i) == SpanState::LockHeld && lane->held.arg(i) == lock)
                    held += lane->held.duration(i);
            QCOMPARE(held, (tid == 501 ? 7 : 8) * static_cast<std::int64_t>(kMs));
        }
    }

    void siteNamesShownInTheWindowsLanguage()
    {
        // Recorded in English whatever the language; shown in the one the window speaks now.
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString mutex = displayedName(QStringLiteral("mutex at worker (race.c:14)"));
        const QString rwlock = displayedName(QStringLiteral("rwlock at reader (rw.c:9) #2"));
        const QString plain = displayedName(QStringLiteral("pthread_mutex_t 0x4000"));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(mutex, QStringLiteral("mutex i worker (race.c:14)"));
        QCOMPARE(rwlock, QStringLiteral("læser-skriver-lås i reader (rw.c:9) #2"));
        QCOMPARE(plain, QStringLiteral("pthread_mutex_t 0x4000"));
        QCOMPARE(displayedName(QStringLiteral("mutex at worker (race.c:14)")),
                 QStringLiteral("mutex at worker (race.c:14)"));
    }

    void mixedCycleOfTheGilAndAMutexIsADeadlock_data()
    {
        QTest::addColumn<bool>("requestFirst");
        QTest::newRow("the GIL's waiter closes it") << false;
        QTest::newRow("the mutex's waiter closes it") << true;
    }
    void mixedCycleOfTheGilAndAMutexIsADeadlock()
    {
        // 501 took mutex M (free: not recorded) with the GIL dropped, and now waits for the GIL;
        // 502 holds the GIL and waits for M without dropping it (a C extension that locks with the
        // GIL held). Neither can go on: the cycle 502 -> M -> 501 -> GIL -> 502, in either order.
        QFETCH(bool, requestFirst);
        constexpr std::uint64_t kMutex = 0x7000;
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        std::vector<Event> events {
            slice(0, 501, EventKind::SliceBegin, 0),       slice(0, 502, EventKind::SliceBegin, 1),
            siteOf(1, 502, kRuntime, ForeignLock::Gil, 0), foreign(1, 502, EventKind::GilTaken, kRuntime),
            siteOf(3, 502, kMutex, ForeignLock::Mutex, 0),
        };
        const Event wait = foreign(requestFirst ? 8 : 5, 501, EventKind::CondWait, kRuntime);
        const Event request = foreign(requestFirst ? 5 : 8, 502, EventKind::LockRequest, kMutex, 501);
        events.push_back(requestFirst ? request : wait);
        events.push_back(requestFirst ? wait : request);
        // The waiter wakes every 5 ms, finds the GIL still held, and waits again: one deadlock.
        for (std::uint64_t ms = 13; ms < 40; ms += 5) {
            events.push_back(foreign(ms, 501, EventKind::CondWake, kRuntime));
            events.push_back(foreign(ms, 501, EventKind::CondWait, kRuntime));
        }
        b.ingest(events);
        const auto &deadlocks = trace.analysis().deadlocks;
        QCOMPARE(deadlocks.size(), std::size_t(1));
        QStringList locks;
        for (const std::uint32_t lock : deadlocks.front().locks)
            locks << trace.nameOf(lock);
        locks.sort();
        QCOMPARE(locks, (QStringList { QStringLiteral("GIL"), QStringLiteral("pthread_mutex_t 0x7000") }));
        QCOMPARE(deadlocks.front().detectedNs, std::int64_t(8 * kMs));
        QCOMPARE(b.analysis().activeDeadlocks().size(), std::size_t(1));
        // Its holder kept the GIL: nobody took turns, whatever the waits add up to.
        b.finish(40 * kMs);
        QVERIFY(gilTurns(trace).deadlocked);
        QCOMPARE(describeGilTurns(trace), QString());
        // Still no lock statistics or lock-order edges from the GIL.
        for (const std::uint32_t lock : deadlocks.front().locks)
            if (trace.nameOf(lock) == QLatin1String("GIL"))
                QCOMPARE(trace.analysis().locks.count(lock), std::size_t(0));
        QVERIFY(trace.analysis().lockOrderWarnings.empty());
    }

    void handOverOfTheGilIsNoDeadlock()
    {
        // 501 waits for the GIL with mutex M held, as a thread that waits for the GIL may; 502 holds
        // the GIL, and to drop it takes the GIL's own mutex, which 501 holds a moment after each
        // wake-up. Then 502 drops the GIL, 501 takes it and lets M go. Nobody was stuck for good.
        constexpr std::uint64_t kMutex = 0x7000;
        constexpr std::uint64_t kGilMutex = kRuntime + 0x40;
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.ingest(std::vector<Event> {
            slice(0, 501, EventKind::SliceBegin, 0),
            slice(0, 502, EventKind::SliceBegin, 1),
            siteOf(1, 502, kRuntime, ForeignLock::Gil, 0),
            foreign(1, 502, EventKind::GilTaken, kRuntime),
            siteOf(2, 501, kMutex, ForeignLock::Mutex, 0),
            foreign(2, 501, EventKind::LockAcquired, kMutex), // M held, recorded
            siteOf(3, 501, kGilMutex, ForeignLock::GilMutex, 0),
            foreign(3, 501, EventKind::LockReleased, kGilMutex), // the wait lets the GIL's mutex go
            foreign(3, 501, EventKind::CondWait, kRuntime),
            foreign(8, 501, EventKind::CondWake, kRuntime),
            foreign(8, 501, EventKind::LockAcquired, kGilMutex),
            foreign(9, 502, EventKind::LockRequest, kGilMutex, 501), // to drop the GIL
            foreign(10, 501, EventKind::LockReleased, kGilMutex),
            foreign(10, 501, EventKind::CondWait, kRuntime),
            foreign(10, 502, EventKind::LockAcquired, kGilMutex),
            foreign(11, 502, EventKind::GilDropped, kRuntime),
            foreign(11, 502, EventKind::LockReleased, kGilMutex),
            foreign(12, 501, EventKind::CondWake, kRuntime),
            foreign(12, 501, EventKind::LockAcquired, kGilMutex),
            foreign(12, 501, EventKind::GilTaken, kRuntime),
            foreign(12, 501, EventKind::LockReleased, kGilMutex),
            foreign(13, 502, EventKind::CondWait, kRuntime), // 502 wants the GIL back: 501 holds M, but
            foreign(14, 501, EventKind::LockReleased, kMutex), // it runs and lets M go
        });
        b.finish(20 * kMs);
        QVERIFY(trace.analysis().deadlocks.empty());
        QVERIFY(b.analysis().activeDeadlocks().empty());
        // The GIL's mutex still counts its contention.
        bool counted = false;
        for (const auto &[id, stats] : trace.analysis().locks)
            counted |= trace.nameOf(id).startsWith(QLatin1String("GIL mutex")) && stats.contended == 1;
        QVERIFY(counted);
    }

    void nestedLocksThatNeverContendedWarn()
    {
        // 501 takes A then B; later 502 takes B then A. Nothing waited: only the nesting was recorded.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("program"), {}, 2);
        b.ingest(std::vector<Event> {
            slice(1, 501, EventKind::SliceBegin, 0),
            foreign(1, 501, EventKind::LockNested, 0xB, 0xA),
            slice(2, 501, EventKind::SliceEnd, 0),
            slice(3, 502, EventKind::SliceBegin, 0),
            foreign(3, 502, EventKind::LockNested, 0xA, 0xB),
        });
        QCOMPARE(trace.analysis().lockOrderWarnings.size(), std::size_t(1));
        QCOMPARE(trace.analysis().lockOrderWarnings.front().locks.size(), std::size_t(2));
        QVERIFY(trace.analysis().deadlocks.empty());
    }
};

QTEST_GUILESS_MAIN(TstGilTurns)
#include "tst_gil_turns.moc"
