// The example programs of resources/examples, recorded with samtidig-cli record --summary: each
// does what its comment claims, read from the recording. The machine may be busy (two cores shared
// with builds), so CPU claims compare the examples with each other instead of with fixed numbers.
#include "support/cli_runner.h"
#include "support/kernel_source_required.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using samtidig::test::readJsonFile;
using samtidig::test::runCli;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3"); // what the window runs the examples with

QString example(const char *file)
{
    return QDir(qEnvironmentVariable("SAMTIDIG_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/examples/%1").arg(QLatin1String(file)));
}

struct Recorded {
    QJsonObject summary;
    QString out;
};

// Records PROGRAM ARGS; fails the test when the recording is not complete with exit status 0.
Recorded record(const QStringList &command, QTemporaryDir &dir)
{
    const QString summary
        = dir.filePath(QStringLiteral("summary-%1.json").arg(QFileInfo(command.last()).baseName()));
    const auto r = runCli(
        QStringList { QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--") }
            + command,
        120000);
    if (r.exitCode != 0)
        qWarning("record %s: exit %d\n%s\n%s", qPrintable(command.join(QLatin1Char(' '))), r.exitCode,
                 qPrintable(r.out), qPrintable(r.err));
    return { r.exitCode == 0 ? readJsonFile(summary) : QJsonObject(), r.out };
}

double averageCores(const QJsonObject &summary)
{
    return summary.value(QStringLiteral("parallelism"))
        .toObject()
        .value(QStringLiteral("average_cores_while_busy"))
        .toDouble();
}

double waitedMs(const QJsonObject &task)
{
    return task.value(QStringLiteral("blocked_ms")).toDouble()
        + task.value(QStringLiteral("sleeping_ms")).toDouble();
}

// The `n` tasks that were on a CPU longest: the workers of an example.
struct Workers {
    double onCpuMs = 0;
    double blockedMs = 0;
    double runnableMs = 0;
    double blockedPerOnCpu() const { return onCpuMs > 0 ? blockedMs / onCpuMs : 0; }
    QString describe() const
    {
        return QStringLiteral("on CPU %1 ms, blocked %2 ms, ready %3 ms")
            .arg(onCpuMs)
            .arg(blockedMs)
            .arg(runnableMs);
    }
};

Workers workers(const QJsonObject &summary, int n)
{
    std::vector<QJsonObject> tasks;
    for (const auto &t : summary.value(QStringLiteral("task_times")).toArray())
        tasks.push_back(t.toObject());
    std::sort(tasks.begin(), tasks.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("on_cpu_ms")).toDouble()
            > b.value(QStringLiteral("on_cpu_ms")).toDouble();
    });
    Workers w;
    for (int i = 0; i < n && i < static_cast<int>(tasks.size()); ++i) {
        w.onCpuMs += tasks[static_cast<std::size_t>(i)].value(QStringLiteral("on_cpu_ms")).toDouble();
        w.blockedMs += waitedMs(tasks[static_cast<std::size_t>(i)]);
        w.runnableMs += tasks[static_cast<std::size_t>(i)].value(QStringLiteral("runnable_ms")).toDouble();
    }
    return w;
}

// Below this average share of the cores taken by other programs, parallel workers find free cores.
constexpr double kRoomyPercent = 25;

double otherProgramsShare(const QJsonObject &summary)
{
    const QJsonArray cpus = summary.value(QStringLiteral("other_programs_cpu_share")).toArray();
    double sum = 0;
    for (const auto &c : cpus)
        sum += c.toObject().value(QStringLiteral("percent")).toDouble();
    return cpus.isEmpty() ? 100 : sum / cpus.size();
}

// The tasks (threads) of the recorded program that waited for at least `share` of the run.
int tasksWaitingMostOfTheRun(const QJsonObject &summary, double share)
{
    const double wallMs = summary.value(QStringLiteral("wall_ms")).toDouble();
    int n = 0;
    for (const auto &t : summary.value(QStringLiteral("task_times")).toArray())
        if (waitedMs(t.toObject()) >= share * wallMs)
            ++n;
    return n;
}

} // namespace

class TstCliExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(kPython).isExecutable(),
                 "the examples run with /usr/bin/python3 (samtidig.sh installs python3)");
        QVERIFY2(QFileInfo::exists(example("threads_cpu.py")), qPrintable(example("threads_cpu.py")));
    }

    // threads_cpu.py: threads take turns (the GIL); processes_cpu.py: the same work in processes,
    // in parallel; pthreads_all_cores.c: C threads, no GIL, in parallel. On a busy machine even
    // parallel workers may rarely run at once, so the claim is read where load cannot fake it: a
    // worker that is not running is blocked (waiting for the GIL) or only ready (waiting for a core).
    // Where the cores were mostly free, the cores used at once are compared as well.
    void cpuWorkInThreadsProcessesAndC()
    {
        QTemporaryDir dir;
        const Recorded threads = record({ kPython, example("threads_cpu.py"), QStringLiteral("2") }, dir);
        QVERIFY(!threads.summary.isEmpty());
        if (threads.summary.value(QStringLiteral("scheduling_source")).toString() != QLatin1String("kernel"))
            SAMTIDIG_KERNEL_SOURCE_MISSING("the examples' claims are about what the kernel recorded");
        const Recorded processes = record({ kPython, example("processes_cpu.py"), QStringLiteral("2") }, dir);
        QVERIFY(!processes.summary.isEmpty());

        const QString binary = dir.filePath(QStringLiteral("pthreads_all_cores"));
        QProcess cc;
        cc.start(QStringLiteral("cc"),
                 { QStringLiteral("-O2"), QStringLiteral("-pthread"), example("pthreads_all_cores.c"),
                   QStringLiteral("-o"), binary });
        QVERIFY2(cc.waitForFinished(120000) && cc.exitCode() == 0, cc.readAllStandardError().constData());
        const Recorded c = record({ binary, QStringLiteral("2") }, dir);
        QVERIFY(!c.summary.isEmpty());

        const Workers gil = workers(threads.summary, 2);
        const Workers mp = workers(processes.summary, 2);
        const Workers pthreads = workers(c.summary, 2);
        qInfo("workers' blocked / on-CPU time: Python threads %.2f, Python processes %.2f, C threads %.2f",
              gil.blockedPerOnCpu(), mp.blockedPerOnCpu(), pthreads.blockedPerOnCpu());
        QVERIFY2(gil.blockedPerOnCpu() > 0.3, qPrintable(gil.describe()));
        QVERIFY2(mp.blockedPerOnCpu() < 0.1, qPrintable(mp.describe()));
        QVERIFY2(pthreads.blockedPerOnCpu() < 0.1, qPrintable(pthreads.describe()));

        const double gilCores = averageCores(threads.summary);
        const double mpCores = averageCores(processes.summary);
        const double cCores = averageCores(c.summary);
        qInfo("average cores while busy: Python threads %.2f, Python processes %.2f, C threads %.2f; other "
              "programs' average share of the cores %.0f%%, %.0f%%, %.0f%%",
              gilCores, mpCores, cCores, otherProgramsShare(threads.summary),
              otherProgramsShare(processes.summary), otherProgramsShare(c.summary));
        QVERIFY2(gilCores < 1.25, qPrintable(QString::number(gilCores))); // a hand-over may overlap a moment
        if (otherProgramsShare(processes.summary) < kRoomyPercent)
            QVERIFY2(mpCores > gilCores * 1.2,
                     qPrintable(QStringLiteral("%1 vs %2").arg(mpCores).arg(gilCores)));
        if (otherProgramsShare(c.summary) < kRoomyPercent)
            QVERIFY2(cCores > gilCores * 1.2,
                     qPrintable(QStringLiteral("%1 vs %2").arg(cCores).arg(gilCores)));

        // Threads stay in one process; multiprocessing starts one process per worker.
        QCOMPARE(threads.summary.value(QStringLiteral("parallelism"))
                     .toObject()
                     .value(QStringLiteral("processes_that_ran"))
                     .toInt(),
                 1);
        QVERIFY(processes.summary.value(QStringLiteral("parallelism"))
                    .toObject()
                    .value(QStringLiteral("processes_that_ran"))
                    .toInt()
                >= 3);

        // The C threads name themselves: the task lanes show worker-0 and worker-1.
        QStringList names;
        for (const auto &t : c.summary.value(QStringLiteral("task_times")).toArray())
            names << t.toObject().value(QStringLiteral("task")).toString();
        QVERIFY2(names.contains(QStringLiteral("worker-0")) && names.contains(QStringLiteral("worker-1")),
                 qPrintable(names.join(QLatin1Char(','))));
    }

    // threads_sleep.py: four threads each wait a second; their waits overlap, so each waited for
    // most of the run (four waits of half the run or more cannot be one after the other).
    void threadsWaitingOnIoOverlap()
    {
        QTemporaryDir dir;
        const Recorded r = record({ kPython, example("threads_sleep.py"), QStringLiteral("4") }, dir);
        QVERIFY(!r.summary.isEmpty());
        if (r.summary.value(QStringLiteral("scheduling_source")).toString() != QLatin1String("kernel"))
            SAMTIDIG_KERNEL_SOURCE_MISSING("the examples' claims are about what the kernel recorded");
        QVERIFY2(tasksWaitingMostOfTheRun(r.summary, 0.5) >= 4,
                 QJsonDocument(r.summary.value(QStringLiteral("task_times")).toArray()).toJson().constData());
        QVERIFY2(r.out.contains(QStringLiteral("download-3 done")), qPrintable(r.out));
    }

    // asyncio_tasks.py: one thread; its four one-second waits overlap (the program says how long
    // they took together: well under the four seconds one after another would take).
    void asyncioRunsInOneThread()
    {
        QTemporaryDir dir;
        const Recorded r = record({ kPython, example("asyncio_tasks.py"), QStringLiteral("4") }, dir);
        QVERIFY(!r.summary.isEmpty());
        if (r.summary.value(QStringLiteral("scheduling_source")).toString() != QLatin1String("kernel"))
            SAMTIDIG_KERNEL_SOURCE_MISSING("the examples' claims are about what the kernel recorded");
        const QJsonArray tree = r.summary.value(QStringLiteral("process_tree")).toArray();
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().toObject().value(QStringLiteral("threads")).toInt(), 1);
        QCOMPARE(r.summary.value(QStringLiteral("parallelism"))
                     .toObject()
                     .value(QStringLiteral("threads_that_ran"))
                     .toInt(),
                 1);
        // Its one thread waited about one second, the four waits at once (not four one after
        // another). Not a share of the run: on a busy machine the interpreter's start takes longer.
        const QJsonArray tasks = r.summary.value(QStringLiteral("task_times")).toArray();
        const QByteArray times = QJsonDocument(tasks).toJson();
        QCOMPARE(tasks.size(), 1);
        QVERIFY2(waitedMs(tasks.first().toObject()) >= 800, times.constData());
        QVERIFY2(waitedMs(tasks.first().toObject()) < 4 * 1000 / 2, times.constData());
        const QRegularExpressionMatch took
            = QRegularExpression(QStringLiteral("took ([0-9.]+) s in one thread")).match(r.out);
        QVERIFY2(took.hasMatch(), qPrintable(r.out));
        QVERIFY2(took.captured(1).toDouble() < 4 * 1.0 / 2, qPrintable(took.captured(0)));
    }

    // deadlock_two_mutexes.c: "left" and "right" each hold one mutex and wait for the other's; the
    // cycle is found while the program hangs, and --timeout ends it.
    void cDeadlockIsFound()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("deadlock_two_mutexes"));
        QProcess cc;
        cc.start(QStringLiteral("cc"),
                 { QStringLiteral("-O2"), QStringLiteral("-pthread"), example("deadlock_two_mutexes.c"),
                   QStringLiteral("-o"), binary });
        QVERIFY2(cc.waitForFinished(120000) && cc.exitCode() == 0, cc.readAllStandardError().constData());
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                QStringLiteral("--summary"), summaryPath, QStringLiteral("--"), binary });
        QCOMPARE(r.exitCode, 3); // deadlocked, detected, and ended by --timeout
        const QJsonObject s = readJsonFile(summaryPath);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("deadlock"));
        const QJsonArray deadlocks
            = s.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("deadlocks")).toArray();
        QCOMPARE(deadlocks.size(), 1);
        QStringList tasks, locks;
        for (const auto &t : deadlocks.first().toObject().value(QStringLiteral("tasks")).toArray())
            tasks << t.toString();
        for (const auto &l : deadlocks.first().toObject().value(QStringLiteral("locks")).toArray())
            locks << l.toString();
        tasks.sort();
        locks.sort();
        QCOMPARE(tasks, (QStringList { QStringLiteral("left"), QStringLiteral("right") }));
        // Each mutex named where it was first taken: a by "left", b by "right".
        QCOMPARE(locks, (QStringList { QStringLiteral("mutex at left"), QStringLiteral("mutex at right") }));
        QVERIFY2(!r.out.contains(QStringLiteral("never printed")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TstCliExamples)
#include "tst_cli_examples.moc"
