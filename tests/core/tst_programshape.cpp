// A recorded program's run in facts and in words, from hand-made traces: how many threads did the
// work and on how many cores at once (or taking turns), which threads mostly waited and for what,
// how the program ended, and which of its processes still run.
#include "analysis/describe_program.h"
#include "analysis/program_shape.h"
#include "builder/trace_builder.h"
#include "i18n/language.h"
#include "session/program_request.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <map>

using namespace samtidig;

namespace {

constexpr std::int64_t ms = 1'000'000;

// One slice of a thread's time: [start, end) in ms, in `state`, on `cpu` when Running.
struct Slice {
    std::int64_t start;
    std::int64_t end;
    SpanState state;
    int cpu = 0;
};

struct ThreadSpec {
    std::int32_t pid;
    std::int32_t tid;
    QString name;
    std::vector<Slice> slices;
    std::int64_t endNs = -2; // -2: the end of its last slice; -1: still running
};

struct RunSpec {
    std::vector<ThreadSpec> threads;
    RunOutcome outcome = RunOutcome::Completed;
    QJsonObject results { { QStringLiteral("pid"), 100 }, { QStringLiteral("exit_status"), 0 } };
    SchedulingSource source = SchedulingSource::Kernel;
    std::int64_t gilWaitMs = 0; // of each thread's blocked time, as GIL waits
};

// A program's trace: task lanes with the slices, CPU lanes with their running parts.
Trace programTrace(const RunSpec &run)
{
    Trace t;
    TraceBuilder b(t);
    RunDescription d;
    d.scenario = QString::fromLatin1(kProgramScenarioId);
    d.parameters = QJsonObject { { QStringLiteral("program"), QStringLiteral("python3") },
                                 { QStringLiteral("arguments"), QJsonArray { QStringLiteral("x.py") } } };
    d.source = run.source;
    d.cpuCount = 2;
    d.outcome = run.outcome;
    d.results = run.results;
    std::map<int, std::vector<std::pair<Slice, std::uint32_t>>> onCpu;
    std::map<std::int32_t, std::uint32_t> processTask;
    std::uint32_t id = 0;
    std::uint32_t gil = 0;
    if (run.gilWaitMs > 0) {
        gil = 9000;
        b.restoreName(gil) = NameInfo { gil, NameKind::Condition, QStringLiteral("GIL") };
    }
    for (const ThreadSpec &spec : run.threads) {
        ++id;
        TaskInfo &info = b.restoreTask(id);
        info.id = id;
        info.pid = spec.pid;
        info.tid = spec.tid;
        info.name = spec.name;
        info.kind = spec.pid == spec.tid ? TaskKind::Process : TaskKind::Thread;
        info.beginNs = spec.slices.empty() ? 0 : spec.slices.front().start * ms;
        info.endNs = spec.endNs == -2 ? (spec.slices.empty() ? 0 : spec.slices.back().end * ms) : spec.endNs;
        if (info.kind == TaskKind::Process) {
            processTask[spec.pid] = id;
        } else {
            info.parent = processTask[spec.pid];
        }
        TaskLane &lane = b.restoreTaskLane(id);
        for (const Slice &s : spec.slices) {
            lane.sched.append(s.start * ms, s.end * ms, s.state);
            if (s.state == SpanState::Running)
                onCpu[s.cpu].push_back({ s, id });
            d.endNs = std::max(d.endNs, s.end * ms);
        }
        if (run.gilWaitMs > 0)
            lane.sync.append(0, run.gilWaitMs * ms, SpanState::CondWait, gil);
    }
    // A child process's parent: the first process.
    for (auto &[pid, task] : processTask)
        if (pid != 100 && processTask.count(100))
            b.restoreTask(task).parent = processTask[100];
    for (auto &[cpu, slices] : onCpu) {
        std::sort(slices.begin(), slices.end(),
                  [](const auto &x, const auto &y) { return x.first.start < y.first.start; });
        CpuLane &lane = b.restoreCpuLane(cpu);
        for (const auto &[s, task] : slices)
            lane.spans.append(s.start * ms, s.end * ms, SpanState::Running, 0, task);
    }
    const std::int64_t end = d.endNs;
    b.restoreDescription(d);
    (void)end;
    return t;
}

constexpr auto R = SpanState::Running;
constexpr auto Q = SpanState::Runnable;
constexpr auto B = SpanState::Blocked;

// Two threads of one process that take turns: while one runs the other is blocked (Python's GIL).
RunSpec takingTurns()
{
    RunSpec run;
    run.threads.push_back({ 100, 100, QStringLiteral("python3"), { { 0, 1, R, 0 }, { 1, 41, B } } });
    run.threads.push_back({ 100,
                            101,
                            QStringLiteral("python3"),
                            { { 1, 11, R, 0 }, { 11, 21, B }, { 21, 31, R, 1 }, { 31, 41, B } } });
    run.threads.push_back({ 100,
                            102,
                            QStringLiteral("python3"),
                            { { 1, 11, B }, { 11, 21, R, 1 }, { 21, 31, B }, { 31, 41, R, 0 } } });
    return run;
}

// Four one-thread processes on two cores: two run while two wait ready, then they swap.
RunSpec processesOnTwoCores()
{
    RunSpec run;
    for (int i = 0; i < 4; ++i) {
        const bool first = i < 2;
        run.threads.push_back({ 100 + i,
                                100 + i,
                                QStringLiteral("worker"),
                                { { 0, 100, first ? R : Q, i % 2 }, { 100, 200, first ? Q : R, i % 2 } } });
    }
    return run;
}

// Two threads of one process at once, on both cores, all the time.
RunSpec threadsInParallel()
{
    RunSpec run;
    run.threads.push_back({ 100, 100, QStringLiteral("cworkers"), { { 0, 100, R, 0 } } });
    run.threads.push_back({ 100, 101, QStringLiteral("cworkers"), { { 0, 100, R, 1 } } });
    return run;
}

// Two threads that overlap 4 ms out of 100 busy ones.
RunSpec almostTakingTurns()
{
    RunSpec run;
    run.threads.push_back({ 100, 100, QStringLiteral("python3"), { { 0, 52, R, 0 }, { 52, 100, B } } });
    run.threads.push_back({ 100, 101, QStringLiteral("python3"), { { 0, 48, B }, { 48, 100, R, 1 } } });
    return run;
}

// One thread works; two helpers barely run.
RunSpec oneWorker()
{
    RunSpec run;
    run.threads.push_back({ 100, 100, QStringLiteral("main"), { { 0, 200, R, 0 } } });
    run.threads.push_back({ 100, 101, QStringLiteral("helper"), { { 0, 1, R, 1 }, { 1, 200, B } } });
    return run;
}

QString joined(const Trace &t)
{
    return describeProgram(t).join(QLatin1Char('\n'));
}

} // namespace

class TstProgramShape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("en"))); }

    void activity_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("busyThreads");
        QTest::addColumn<int>("busyProcesses");
        QTest::addColumn<int>("maxCores");
        QTest::addColumn<QList<qint64>>("msWithCoresBusy"); // [1], [2], ...
        QTest::newRow("taking turns") << 0 << 2 << 1 << 1 << QList<qint64> { 41 };
        QTest::newRow("processes on two cores") << 1 << 4 << 4 << 2 << QList<qint64> { 0, 200 };
        QTest::newRow("threads in parallel") << 2 << 2 << 1 << 2 << QList<qint64> { 0, 100 };
        QTest::newRow("almost taking turns") << 3 << 2 << 1 << 2 << QList<qint64> { 96, 4 };
        QTest::newRow("one worker, a helper") << 4 << 1 << 1 << 2 << QList<qint64> { 199, 1 };
    }
    void activity()
    {
        QFETCH(int, which);
        QFETCH(int, busyThreads);
        QFETCH(int, busyProcesses);
        QFETCH(int, maxCores);
        QFETCH(QList<qint64>, msWithCoresBusy);
        const RunSpec runs[]
            = { takingTurns(), processesOnTwoCores(), threadsInParallel(), almostTakingTurns(), oneWorker() };
        const Trace t = programTrace(runs[which]);
        const ProgramActivity a = programActivity(t);
        QCOMPARE(static_cast<int>(a.busyThreads.size()), busyThreads);
        QCOMPARE(a.busyProcesses, busyProcesses);
        QCOMPARE(a.cores.maxCoresAtOnce, maxCores);
        QList<qint64> got;
        for (std::size_t k = 1; k < a.cores.nsWithCoresBusy.size(); ++k)
            got << a.cores.nsWithCoresBusy[k] / ms;
        QCOMPARE(got, msWithCoresBusy);
        QVERIFY(a.statesKnown);
        QVERIFY(a.firstProcessEnded);
        QCOMPARE(a.exitStatus.value_or(-1), 0);
        QVERIFY(a.stillRunning.empty());
        // Busiest first.
        for (std::size_t i = 1; i < a.busyThreads.size(); ++i)
            QVERIFY(a.busyThreads[i - 1].onCpuNs >= a.busyThreads[i].onCpuNs);
    }

    void inWords_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("taking turns")
            << 0
            << QStringList { "ended normally (exit status 0) after 41.0 ms",
                             "2 threads were busy, but never at the same time: at most one core was used "
                             "(1.00 cores on average while any of them ran)",
                             "2 of the 2 busy threads were mostly blocked: python3 (thread 101) 50 %, "
                             "python3 (thread 102) 50 %" }
            << QStringList { "GIL:", "at once", "waiting for a core" };
        QTest::newRow("processes on two cores")
            << 1
            << QStringList { "4 processes ran on 2 cores at once: two or more cores were busy together 100 % "
                             "of the time (2.00 cores on average while any of them ran)",
                             "4 of the 4 busy processes were ready but waiting for a core at least as long "
                             "as "
                             "running: worker (pid 100) 50 %",
                             "and 1 more", "machine's 2 cores" }
            << QStringList { "mostly blocked" };
        QTest::newRow("threads in parallel")
            << 2 << QStringList { "2 threads ran on 2 cores at once" }
            << QStringList { "processes ran", "mostly blocked", "waiting for a core" };
        QTest::newRow("almost taking turns")
            << 3
            << QStringList { "2 threads were busy, but almost never at the same time: they took turns, and "
                             "two "
                             "or more cores were busy together only 4 % of the time (1.04 cores on average "
                             "while any "
                             "of them ran)" }
            << QStringList { "at once" };
        QTest::newRow("one worker, a helper")
            << 4 << QStringList { "One thread did the work (main, 200 ms on a core)" }
            << QStringList { "threads were busy", "mostly blocked" };
    }
    void inWords()
    {
        QFETCH(int, which);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const RunSpec runs[]
            = { takingTurns(), processesOnTwoCores(), threadsInParallel(), almostTakingTurns(), oneWorker() };
        const QString text = joined(programTrace(runs[which]));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
        for (const QString &a : absent)
            QVERIFY2(!text.contains(a), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(a, text)));
    }

    // Threads blocked mostly in waits for CPython's GIL (seen by the preload library) are said to be.
    void gilWaitsAreNamed()
    {
        RunSpec run = takingTurns();
        run.gilWaitMs = 15; // of the 20 ms each worker was blocked
        const QString text = joined(programTrace(run));
        // With how they took turns (all three threads wait in this picture), in one sentence.
        QVERIFY2(text.contains(QStringLiteral(
                     "3 threads wanted to run, but only one may hold Python's GIL: they "
                     "took turns, and while they did, they used 1.0 of the machine's 2 cores on "
                     "average; 2 of the 2 busy threads were "
                     "waiting for it a large part of the time: python3 (thread 101) "
                     "38 %, python3 (thread 102) 38 %.")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("GIL")), 1); // said once
        QVERIFY2(!text.contains(QStringLiteral("mostly blocked")), qPrintable(text)); // said once, as the GIL
        // Below a fifth of their time the waiters are not worth naming; the turns still are.
        run.gilWaitMs = 7;
        const QString shorter = joined(programTrace(run));
        QVERIFY2(!shorter.contains(QStringLiteral("a large part of the time")), qPrintable(shorter));
        QVERIFY2(shorter.contains(QStringLiteral("only one may hold the GIL: they took turns")),
                 qPrintable(shorter));
    }

    void endings_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QJsonObject>("results");
        QTest::addColumn<QString>("expected");
        const QJsonObject pid { { QStringLiteral("pid"), 100 } };
        QJsonObject failed = pid, killed = pid;
        failed.insert(QStringLiteral("exit_status"), 3);
        killed.insert(QStringLiteral("signal"), 11);
        killed.insert(QStringLiteral("signal_name"), QStringLiteral("SEGV"));
        QTest::newRow("exit 3") << int(RunOutcome::Completed) << failed
                                << QStringLiteral(
                                       "The program ended with exit status 3 after 200 ms: a status "
                                       "other than 0 is how a program reports that something went "
                                       "wrong.");
        QTest::newRow("signal") << int(RunOutcome::Completed) << killed
                                << QStringLiteral(
                                       "The program was killed by signal 11 (SIGSEGV) after 200 ms.");
    }
    void endings()
    {
        QFETCH(int, outcome);
        QFETCH(QJsonObject, results);
        QFETCH(QString, expected);
        RunSpec run = threadsInParallel();
        run.threads[0].slices = { { 0, 200, R, 0 } };
        run.outcome = static_cast<RunOutcome>(outcome);
        run.results = results;
        const QStringList words = describeProgram(programTrace(run));
        QVERIFY(!words.isEmpty());
        QCOMPARE(words.first(), expected);
    }

    // The program's first process has ended, its child lives on: said while the run goes on, and
    // after a Stop, which processes were still running.
    void processesStillRunning()
    {
        RunSpec run;
        run.outcome = RunOutcome::Running;
        run.results = {};
        run.threads.push_back({ 100, 100, QStringLiteral("sh"), { { 0, 5, R, 0 } } });
        run.threads.push_back({ 201, 201, QStringLiteral("sleep"), { { 1, 2, R, 1 }, { 2, 300, B } }, -1 });
        const Trace live = programTrace(run);
        const ProgramActivity a = programActivity(live);
        QVERIFY(a.firstProcessEnded);
        QCOMPARE(a.stillRunning.size(), std::size_t(1));
        QCOMPARE(a.stillRunning.front().pid, 201);
        QCOMPARE(
            describeProgram(live).value(0),
            QStringLiteral("The program's first process has ended, but 1 of its processes is still running: "
                           "sleep (pid 201). The recording goes on until the last one ends, or until you "
                           "press Stop."));

        run.outcome = RunOutcome::Stopped;
        QCOMPARE(describeProgram(programTrace(run)).value(0),
                 QStringLiteral("1 of its processes was still running when the recording was stopped: sleep "
                                "(pid 201). Samtidig ended it, and everything it had started."));

        // Its end recorded as Stop killed it (at or after the moment the session noted): still listed;
        // one that ended on its own before the Stop is not.
        run.threads[1].endNs = 300 * ms;
        run.results
            = { { QStringLiteral("pid"), 100 }, { QStringLiteral("stopped_at_ns"), qint64(299 * ms) } };
        QCOMPARE(programActivity(programTrace(run)).stillRunning.size(), std::size_t(1));
        run.results
            = { { QStringLiteral("pid"), 100 }, { QStringLiteral("stopped_at_ns"), qint64(301 * ms) } };
        QVERIFY(programActivity(programTrace(run)).stillRunning.empty());
        run.threads[1].endNs = -1;
        run.results = {};

        // While the first process still runs, nothing is said about the others yet.
        run.outcome = RunOutcome::Running;
        run.threads[0].endNs = -1;
        QVERIFY(!programActivity(programTrace(run)).firstProcessEnded);
        QVERIFY(!joined(programTrace(run)).contains(QStringLiteral("still running")));

        // A completed run waited for every process: none is listed, recorded end or not.
        run.outcome = RunOutcome::Completed;
        run.results = { { QStringLiteral("pid"), 100 }, { QStringLiteral("exit_status"), 0 } };
        QVERIFY(programActivity(programTrace(run)).stillRunning.empty());
    }

    // Without the kernel's records, ready and blocked are not known: said, and not guessed.
    void estimatedSourceSaysSo()
    {
        RunSpec run = takingTurns();
        run.source = SchedulingSource::Estimate;
        const QString text = joined(programTrace(run));
        QVERIFY2(text.contains(QStringLiteral("estimated from sampling")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("mostly blocked")), qPrintable(text));
        QVERIFY(!programActivity(programTrace(run)).statesKnown);
    }

    // The same facts in Danish, with Danish numbers.
    void danish()
    {
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString turns = joined(programTrace(takingTurns()));
        const QString parallel = joined(programTrace(processesOnTwoCores()));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QVERIFY2(
            turns.contains(QStringLiteral("2 tråde havde travlt, men aldrig på samme tid: højst én kerne "
                                          "blev brugt (1,00 kerner i gennemsnit, mens nogen af dem kørte)")),
            qPrintable(turns));
        QVERIFY2(turns.contains(QStringLiteral("2 af de 2 travle tråde var for det meste blokeret")),
                 qPrintable(turns));
        QVERIFY2(parallel.contains(QStringLiteral("4 processer kørte på 2 kerner på én gang")),
                 qPrintable(parallel));
    }

    // Processes of one thread each that took turns are called processes, not threads.
    void processesTakingTurns()
    {
        RunSpec run;
        run.threads.push_back({ 100, 100, QStringLiteral("sh"), { { 0, 1, R, 0 } } });
        run.threads.push_back({ 201, 201, QStringLiteral("worker"), { { 1, 21, R, 0 }, { 21, 41, Q } } });
        run.threads.push_back({ 202, 202, QStringLiteral("worker"), { { 1, 21, Q }, { 21, 41, R, 0 } } });
        const QString text = joined(programTrace(run));
        QVERIFY2(text.contains(QStringLiteral("2 processes were busy, but never at the same time")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 of the 2 busy processes were ready but waiting for a core")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("worker (pid 201) 50 %")), qPrintable(text));
    }

    void emptyRunSaysLittle()
    {
        RunSpec run;
        run.outcome = RunOutcome::Running;
        run.results = {};
        QVERIFY(describeProgram(programTrace(run)).isEmpty());
        run.outcome = RunOutcome::Completed;
        run.results = { { QStringLiteral("pid"), 100 }, { QStringLiteral("exit_status"), 0 } };
        QVERIFY(joined(programTrace(run))
                    .contains(QStringLiteral("No thread of the program was seen on a core.")));
        // Threads that mostly slept: no thread counts as busy, and the run says so.
        run.threads.push_back({ 100, 100, QStringLiteral("python3"), { { 0, 2, R, 0 }, { 2, 1000, B } } });
        run.threads.push_back({ 100, 101, QStringLiteral("python3"), { { 2, 4, R, 1 }, { 4, 1000, B } } });
        QVERIFY(programActivity(programTrace(run)).busyThreads.empty());
        const QString text = joined(programTrace(run));
        QVERIFY2(
            text.contains(QStringLiteral("The program hardly used the cores: its threads were on one for "
                                         "4.00 ms in all, in a run of 1.00 s.")),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TstProgramShape)
#include "tst_programshape.moc"
