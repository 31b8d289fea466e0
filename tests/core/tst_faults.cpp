// Faults a run must survive: the runner killed or crashing, a workload child killed, Stop during a
// deadlock again and again, a lossy ring overflowing, a long run at a high event rate. Each one is
// reported, keeps what was recorded, and leaves no process, fd, mapping or shared-memory name behind.
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "session/summary.h"
#include "support/run_helpers.h"
#include "support/test_scenarios.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <linux/kcmp.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace samtidig;
using namespace samtidig::test;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true; // resident memory says nothing under a sanitizer's shadow memory
#else
constexpr bool kSanitized = false;
#endif

struct Child {
    pid_t pid = 0;
    char state = '?';
};

// Every process whose parent is this test process, zombies included: a run must leave none.
std::vector<Child> childProcesses()
{
    std::vector<Child> found;
    const QByteArray self = QByteArray::number(getpid());
    DIR *d = opendir("/proc");
    while (dirent *e = readdir(d)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(e->d_name)));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = stat.readAll();
        const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 1).trimmed().split(' ');
        if (f.size() > 1 && f[1] == self)
            found.push_back({ static_cast<pid_t>(atoi(e->d_name)), f[0].isEmpty() ? '?' : f[0][0] });
    }
    closedir(d);
    return found;
}

QString describe(const std::vector<Child> &list)
{
    QStringList parts;
    for (const Child &c : list)
        parts << QStringLiteral("%1 (%2)").arg(c.pid).arg(QLatin1Char(c.state));
    return parts.join(QStringLiteral(", "));
}

int entries(const char *folder)
{
    return static_cast<int>(
        QDir(QString::fromLatin1(folder))
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
            .size());
}

int mappingCount(const char *containing = "")
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    for (const QByteArray &line : maps.readAll().split('\n'))
        n += !line.isEmpty() && line.contains(containing) ? 1 : 0;
    return n;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The trace a builder made must be drawable whatever was lost: spans ordered, none inverted.
void checkConsistent(const Trace &t)
{
    const auto checkList = [](const SpanList &spans, const char *what) {
        for (std::size_t i = 0; i < spans.size(); ++i) {
            QVERIFY2(spans.end(i) >= spans.start(i), what);
            if (i > 0)
                QVERIFY2(spans.start(i) >= spans.start(i - 1), what);
        }
    };
    for (const TaskLane &lane : t.taskLanes()) {
        checkList(lane.sched, "sched");
        checkList(lane.sync, "sync");
        checkList(lane.held, "held");
    }
    for (const CpuLane &lane : t.cpuLanes())
        checkList(lane.spans, "cpu");
    for (std::size_t i = 1; i < t.instants().size(); ++i)
        QVERIFY(t.instants()[i].timeNs >= t.instants()[i - 1].timeNs);
}

// A race that overflows 64-record rings: kOverflowThreads threads of kOverflowIncrements increments
// with no pause between records, on the estimate source (no kernel records: every drop
// or wait is a ring's).
constexpr int kOverflowThreads = 8;
constexpr int kOverflowIncrements = 1000;
RunRequest overflowingRace()
{
    RunRequest r = request(QStringLiteral("race"),
                           { { QStringLiteral("threads"), QString::number(kOverflowThreads) },
                             { QStringLiteral("increments"), QString::number(kOverflowIncrements) },
                             { QStringLiteral("work_us"), QStringLiteral("0") },
                             { QStringLiteral("window_us"), QStringLiteral("0") } },
                           RunRequest::Source::Estimate);
    r.ringCapacity = 64;
    return r;
}

} // namespace

class TstFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // `crash` is a test-only scenario: registered here, run by samtidig-test-runner (SAMTIDIG_RUNNER).
    void initTestCase() { registerTestScenarios(); }

    void runnerKilledMidRun()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("spin"),
                                       { { QStringLiteral("threads"), QStringLiteral("2") },
                                         { QStringLiteral("work_ms"), QStringLiteral("10000") } }),
                               &error),
                 qPrintable(error));
        QVERIFY(pollUntil(session, 20000, [&] { return session.trace().events() > 0; }));
        const std::uint64_t before = session.trace().events();
        const pid_t runner = session.runnerPid();
        QVERIFY(runner > 0);
        QCOMPARE(kill(runner, SIGKILL), 0);
        QVERIFY(pollUntil(session, 10000, [&] { return !session.isActive(); }));
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Crashed);
        QVERIFY2(t.outcomeDetail().contains(QStringLiteral("killed by signal 9")),
                 qPrintable(t.outcomeDetail()));
        QVERIFY(t.events() >= before); // what was recorded before the kill is kept
        QVERIFY(t.spanCount() > 0);
        QVERIFY2(childProcesses().empty(), qPrintable(describe(childProcesses())));
        QVERIFY(runSummary(t)
                    .value(QStringLiteral("outcome_detail"))
                    .toString()
                    .contains(QStringLiteral("signal 9")));

        // The same session runs again as if nothing had happened.
        QVERIFY2(session.start(request(QStringLiteral("threads"),
                                       { { QStringLiteral("threads"), QStringLiteral("2") },
                                         { QStringLiteral("work_ms"), QStringLiteral("50") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session, 30000);
        QCOMPARE(session.trace().outcome(), RunOutcome::Completed);
        QVERIFY(session.trace().events() > 0);
        QVERIFY2(childProcesses().empty(), qPrintable(describe(childProcesses())));
    }

    void runnerSegfaults()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("crash"),
                                       { { QStringLiteral("mode"), QStringLiteral("0") },
                                         { QStringLiteral("work_ms"), QStringLiteral("100") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session, 30000);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Crashed);
        QVERIFY2(t.outcomeDetail().contains(QStringLiteral("signal 11")), qPrintable(t.outcomeDetail()));
        // The partial trace: the marker recorded just before the crash, and the child it left behind.
        bool marker = false;
        for (const Instant &i : t.instants())
            marker = marker
                || (i.kind == InstantKind::Marker
                    && t.nameOf(static_cast<std::uint32_t>(i.a)) == QLatin1String("before the fault"));
        QVERIFY(marker);
        bool victim = false;
        for (const auto &[id, info] : t.tasks())
            victim = victim || info.name == QLatin1String("victim");
        QVERIFY(victim);
        QVERIFY(t.results().isEmpty()); // the runner never got to publish
        // The orphaned child was killed with the group and reaped by us (the subreaper).
        QVERIFY2(childProcesses().empty(), qPrintable(describe(childProcesses())));
    }

    void forkedChildKilled()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("crash"),
                                       { { QStringLiteral("mode"), QStringLiteral("1") },
                                         { QStringLiteral("work_ms"), QStringLiteral("50") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session, 30000);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QCOMPARE(t.results().value(QStringLiteral("child_signal")).toInt(), SIGKILL);
        QCOMPARE(t.results().value(QStringLiteral("child_exit_status")).toInt(), -SIGKILL);
        const auto childTask
            = static_cast<std::uint32_t>(t.results().value(QStringLiteral("child_task")).toInteger());
        const TaskInfo *child = t.task(childTask);
        QVERIFY(child);
        QCOMPARE(child->name, QStringLiteral("victim"));
        QCOMPARE(child->exitStatus, std::int64_t(-SIGKILL));
        QVERIFY(child->endNs >= child->beginNs);
        QVERIFY2(childProcesses().empty(), qPrintable(describe(childProcesses())));
    }

    // Stop pressed right after Run, before the runner attached, on a session that ran before: the
    // previous run's builder must not be finished into a trace that no longer exists.
    void stopWhileStartingAfterARun()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("threads"),
                                       { { QStringLiteral("threads"), QStringLiteral("2") },
                                         { QStringLiteral("work_ms"), QStringLiteral("20") } }),
                               &error),
                 qPrintable(error));
        runToEnd(session, 30000);
        QCOMPARE(session.trace().outcome(), RunOutcome::Completed);
        const std::unique_ptr<Trace> first = session.takeTrace(); // as the window keeps it for display
        QVERIFY(first->events() > 0);
        const std::int64_t firstEnd = first->endNs();
        const std::size_t firstSpans = first->spanCount();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(session.start(request(QStringLiteral("threads"), {}), &error), qPrintable(error));
            QCOMPARE(session.phase(), RunSession::Phase::Starting);
            session.stop();
            QCOMPARE(session.trace().outcome(), RunOutcome::Stopped);
            QCOMPARE(session.trace().events(), std::uint64_t(0));
            QVERIFY2(childProcesses().empty(), qPrintable(describe(childProcesses())));
        }
        // The kept trace was not touched by the later runs.
        QCOMPARE(first->outcome(), RunOutcome::Completed);
        QCOMPARE(first->endNs(), firstEnd);
        QCOMPARE(first->spanCount(), firstSpans);
    }

    // The window's Stop on a hung run, 100 times in a row with one session.
    void stopDuringDeadlockRepeatedly()
    {
        const int shmBefore = entries("/dev/shm");
        RunSession session;
        int fdsFirst = 0, mapsFirst = 0;
        qint64 rssFirst = 0;
        constexpr int kRuns = 100;
        constexpr int kWarmUp = 5; // allocator arenas, Qt's lazy statics and the like settle first
        for (int i = 0; i < kRuns; ++i) {
            QString error;
            QVERIFY2(session.start(request(QStringLiteral("deadlock"),
                                           { { QStringLiteral("work_ms"), QStringLiteral("0") },
                                             { QStringLiteral("hold_ms"), QStringLiteral("0") } }),
                                   &error),
                     qPrintable(error));
            QVERIFY2(pollUntil(session, 20000, [&] { return !session.trace().analysis().deadlocks.empty(); }),
                     qPrintable(QStringLiteral("run %1: no deadlock").arg(i)));
            QCOMPARE(entries("/dev/shm"), shmBefore); // the region is a memfd: it has no name
            session.stop();
            QCOMPARE(session.trace().outcome(), RunOutcome::Deadlock);
            QCOMPARE(mappingCount("memfd:samtidig-run"), 0); // the region is unmapped, whatever else moves
            const std::vector<Child> left = childProcesses();
            QVERIFY2(left.empty(), qPrintable(QStringLiteral("run %1: %2").arg(i).arg(describe(left))));
            if (i == kWarmUp) {
                fdsFirst = entries("/proc/self/fd");
                mapsFirst = mappingCount();
                rssFirst = residentKb();
            }
        }
        const int fdsLast = entries("/proc/self/fd");
        const int mapsLast = mappingCount();
        const qint64 rssLast = residentKb();
        qInfo("after %d stops: fds %d -> %d, mappings %d -> %d, VmRSS %lld -> %lld kB", kRuns - kWarmUp,
              fdsFirst, fdsLast, mapsFirst, mapsLast, rssFirst, rssLast);
        QCOMPARE(fdsLast, fdsFirst);
        QCOMPARE(entries("/dev/shm"), shmBefore);
        if (kSanitized)
            return; // a sanitizer's runtime maps and keeps memory of its own as it goes
        // Any leaked mapping per run would add 95 here; a few may come and go with malloc.
        QVERIFY2(mapsLast <= mapsFirst + 4,
                 qPrintable(QStringLiteral("%1 -> %2").arg(mapsFirst).arg(mapsLast)));
        QVERIFY2(rssLast * 2 <= rssFirst * 3,
                 qPrintable(QStringLiteral("%1 -> %2 kB").arg(rssFirst).arg(rssLast)));
    }

    // Security: the region has no name anyone could open, and the runner inherits nothing of ours
    // but the region as fd 3, even an fd some library of the host process left without O_CLOEXEC.
    void runnerInheritsOnlyItsRegion()
    {
        const QStringList shmBefore
            = QDir(QStringLiteral("/dev/shm")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const int leaky = ::open("/dev/null", O_RDONLY); // deliberately not close-on-exec
        QVERIFY(leaky >= 0);
        RunSession session;
        QString error;
        QVERIFY2(session.start(request(QStringLiteral("deadlock"),
                                       { { QStringLiteral("work_ms"), QStringLiteral("0") },
                                         { QStringLiteral("hold_ms"), QStringLiteral("0") } }),
                               &error),
                 qPrintable(error));
        QVERIFY(pollUntil(session, 20000, [&] { return !session.trace().analysis().deadlocks.empty(); }));
        QCOMPARE(QDir(QStringLiteral("/dev/shm")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 shmBefore);
        const pid_t runner = session.runnerPid();
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(runner);
        const QStringList theirs
            = QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        const QStringList ours = QDir(QStringLiteral("/proc/self/fd"))
                                     .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        // An inherited fd shares our open file description (kcmp says so exactly); fds the runner
        // opened itself, such as its QCoreApplication's eventfd, do not.
        QStringList inherited;
        for (const QString &t : theirs) {
            if (t.toInt() <= 2)
                continue; // the standard streams are handed on on purpose
            for (const QString &o : ours)
                if (syscall(SYS_kcmp, getpid(), runner, KCMP_FILE, o.toInt(), t.toInt()) == 0)
                    inherited << t;
        }
        char link[256] = {};
        const ssize_t n
            = ::readlink(QFile::encodeName(fdDir + QStringLiteral("/3")).constData(), link, sizeof(link) - 1);
        const QString region = QString::fromLocal8Bit(link, n > 0 ? n : 0);
        session.stop();
        ::close(leaky);
        QCOMPARE(inherited, QStringList { QStringLiteral("3") });
        // ... and that is the region, a memfd: no path in any file system.
        QVERIFY2(region.startsWith(QStringLiteral("/memfd:")), qPrintable(region));
    }

    void lossyRingOverflow()
    {
        RunSession session;
        RunRequest r = overflowingRace();
        r.lossy = true;
        QString error;
        QVERIFY2(session.start(r, &error), qPrintable(error));
        runToEnd(session, 60000);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QVERIFY2(t.dropped() > 0, "64-record rings and no pause between records must overflow");
        QCOMPARE(runSummary(t).value(QStringLiteral("dropped")).toInteger(),
                 static_cast<qint64>(t.dropped()));

        // Counted exactly: each of the 2 * threads * increments reads and writes either arrived or
        // was counted as dropped; the only other ring records are a few task begins and ends.
        constexpr qint64 kAccesses = 2ll * kOverflowThreads * kOverflowIncrements;
        constexpr qint64 kOtherRecords = 4ll * (kOverflowThreads + 1);
        qint64 arrived = 0;
        const std::int64_t expected = static_cast<std::int64_t>(kOverflowThreads) * kOverflowIncrements;
        for (const Instant &i : t.instants()) {
            if (i.kind != InstantKind::VarRead && i.kind != InstantKind::VarWrite)
                continue;
            ++arrived;
            // Not torn: a value that was really read or written, by a task that exists.
            const auto value = static_cast<std::int64_t>(i.b);
            QVERIFY2(value >= 0 && value <= expected, qPrintable(QString::number(value)));
            QVERIFY(t.task(i.task));
            QVERIFY(i.timeNs >= 0 && i.timeNs <= t.endNs());
        }
        const auto dropped = static_cast<qint64>(t.dropped());
        QVERIFY2(
            arrived + dropped >= kAccesses && arrived + dropped <= kAccesses + kOtherRecords,
            qPrintable(
                QStringLiteral("arrived %1 + dropped %2 vs %3").arg(arrived).arg(dropped).arg(kAccesses)));
        checkConsistent(t);
    }

    // The same overflow in the default lossless mode: a writer whose ring is full waits for the
    // consumer (backpressure) instead of dropping. Nothing is lost, and the waits are counted and
    // said: how many and how long, in the summary and in words.
    void losslessRingFullWaitsAreCounted()
    {
        RunSession session;
        const RunRequest r = overflowingRace();
        QString error;
        QVERIFY2(session.start(r, &error), qPrintable(error));
        runToEnd(session, 60000);
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QCOMPARE(t.dropped(), 0u);
        QCOMPARE(t.lateRecords(), 0u);
        QVERIFY2(t.stalls() > 0, "64-record rings and no pause between records must fill");
        QVERIFY(t.stalledNs() > 0);
        qInfo("lossless, 64-record rings: %llu waits, %.1f ms in all, 0 dropped",
              static_cast<unsigned long long>(t.stalls()), static_cast<double>(t.stalledNs()) / 1e6);

        // Every read and write arrived, and every wait is a stall record on its writer's lane whose
        // count and total time are the rings' own counters.
        qint64 accesses = 0;
        std::uint64_t stallRecords = 0;
        std::uint64_t stallNs = 0;
        for (const Instant &i : t.instants()) {
            if (i.kind == InstantKind::VarRead || i.kind == InstantKind::VarWrite)
                ++accesses;
            if (i.kind == InstantKind::Stall) {
                ++stallRecords;
                stallNs += i.a;
                QVERIFY(t.task(i.task));
            }
        }
        QCOMPARE(accesses, 2ll * kOverflowThreads * kOverflowIncrements);
        QCOMPARE(stallRecords, t.stalls());
        QCOMPARE(stallNs, t.stalledNs());
        // The analysis is exact: every lost update the scenario counted is found, none invented.
        QCOMPARE(static_cast<qint64>(t.analysis().lostUpdates.size()),
                 t.results().value(QStringLiteral("lost")).toInteger(-1));

        const QJsonObject summary = runSummary(t);
        QCOMPARE(summary.value(QStringLiteral("stalls")).toInteger(), static_cast<qint64>(t.stalls()));
        QCOMPARE(summary.value(QStringLiteral("dropped")).toInteger(), 0);
        const QString warnings = summary.value(QStringLiteral("picture_warnings"))
                                     .toVariant()
                                     .toStringList()
                                     .join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("waited %1 time").arg(t.stalls())), qPrintable(warnings));
        QVERIFY2(!warnings.contains(QStringLiteral("dropped")), qPrintable(warnings));
        checkConsistent(t);
    }

    // The model's memory per span stays what the design promises during a long, busy live run.
    // SAMTIDIG_LONG_RUN_S sets the length (the report's 60 s measurement); CI runs 25 s.
    void longRunMemoryPerSpan()
    {
        if (kSanitized)
            QSKIP("resident memory is not meaningful under a sanitizer");
        const int seconds = qEnvironmentVariableIsSet("SAMTIDIG_LONG_RUN_S")
            ? qEnvironmentVariableIntValue("SAMTIDIG_LONG_RUN_S")
            : 25;
        RunSession session;
        QString error;
        // 64 threads on one lock with short work: lock waits, hand-overs and context switches
        // all the time; the parameters give about 59 s of work on this machine, just under the
        // run-time limit (60 s), so the run lasts as long as the measurement.
        const auto increments
            = std::min<qint64>(1000, qint64 { 59'000'000 } * std::min(64, onlineCpuCount()) / (64 * 2000));
        QVERIFY2(session.start(request(QStringLiteral("mutex"),
                                       { { QStringLiteral("threads"), QStringLiteral("64") },
                                         { QStringLiteral("increments"), QString::number(increments) },
                                         { QStringLiteral("work_us"), QStringLiteral("2000") },
                                         { QStringLiteral("window_us"), QStringLiteral("0") } }),
                               &error),
                 qPrintable(error));
        const auto started = std::chrono::steady_clock::now();
        const auto at = [&](int s) { return started + std::chrono::seconds(s); };
        const int warmUp = seconds / 5;
        pollUntil(session, warmUp * 1000, [] { return false; });
        const qint64 rss0 = residentKb();
        const std::uint64_t events0 = session.trace().events();
        const std::size_t spans0 = session.trace().spanCount() + session.trace().instants().size();
        while (session.isActive() && std::chrono::steady_clock::now() < at(seconds)) {
            session.poll();
            std::this_thread::sleep_for(std::chrono::milliseconds(16)); // the window's 60 Hz
        }
        const qint64 rss1 = residentKb();
        const std::uint64_t events1 = session.trace().events();
        const std::size_t spans1 = session.trace().spanCount() + session.trace().instants().size();
        const std::size_t modelBytes = session.trace().memoryBytes();
        const bool stillRunning = session.isActive();
        session.stop();
        const double s
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() - warmUp;
        const double perItem
            = static_cast<double>((rss1 - rss0) * 1024) / static_cast<double>(spans1 - spans0);
        qInfo("long run: %.1f s measured, %.0f events/s, %.0f spans+instants/s, VmRSS %lld -> %lld kB, "
              "%.1f bytes of resident memory per span or instant, model %zu bytes for %zu items, still "
              "running %d",
              s, static_cast<double>(events1 - events0) / s, static_cast<double>(spans1 - spans0) / s, rss0,
              rss1, perItem, modelBytes, spans1, stillRunning);
        QVERIFY(spans1 > spans0 + 1000);
        // The README's memory policy: 29-31 bytes here in CI's 25 s, 39.5 in a 60 s run (resident
        // memory also holds the allocator's free lists and grows in whole pages and huge-page slabs).
        // Twice the 60 s figure leaves that noise room; a leak per event would exceed it at once.
        QVERIFY2(perItem < 80, qPrintable(QString::number(perItem)));
    }
};

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
