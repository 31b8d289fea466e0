// Correctness of both scheduling sources on real runs: four CPU-bound threads pinned to core 0
// must produce slices on core 0's lane that do not overlap, and each thread's recorded on-CPU time
// must match its own CLOCK_THREAD_CPUTIME_ID; unpinned threads must show up on both cores.
#include "scenarios/scenario.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"

#include <QJsonObject>
#include <QTest>

#include "cpu_busy_sampler.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <thread>

using namespace samtidig;

namespace {

RunRequest spinRequest(int threads, int pinCpu, int workMs, RunRequest::Source source)
{
    RunRequest r;
    r.scenario = QStringLiteral("spin");
    r.source = source;
    QString error;
    const bool ok = Parameters::resolve(findScenario(r.scenario)->info().params,
                                        { { QStringLiteral("threads"), QString::number(threads) },
                                          { QStringLiteral("pin_cpu"), QString::number(pinCpu) },
                                          { QStringLiteral("work_ms"), QString::number(workMs) } },
                                        &r.params, &error);
    if (!ok)
        qFatal("bad parameters in test: %s", qPrintable(error));
    return r;
}

void runToEnd(RunSession &session, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (session.isActive()) {
        session.poll();
        if (std::chrono::steady_clock::now() > deadline)
            session.stop(RunOutcome::TimedOut);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// Sum of pairwise overlap of a lane's spans divided by the time the lane is busy (their union).
double overlapFraction(const SpanList &spans)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> v;
    for (std::size_t i = 0; i < spans.size(); ++i)
        v.emplace_back(spans.start(i), spans.end(i));
    std::sort(v.begin(), v.end());
    std::int64_t overlap = 0;
    std::int64_t busy = 0;
    std::int64_t coveredTo = INT64_MIN;
    for (std::size_t i = 0; i < v.size(); ++i) {
        for (std::size_t j = i + 1; j < v.size() && v[j].first < v[i].second; ++j)
            overlap += std::min(v[i].second, v[j].second) - v[j].first;
        const std::int64_t from = std::max(v[i].first, coveredTo);
        if (v[i].second > from)
            busy += v[i].second - from;
        coveredTo = std::max(coveredTo, v[i].second);
    }
    return busy > 0 ? static_cast<double>(overlap) / static_cast<double>(busy) : 0.0;
}

std::int64_t runningNs(const SpanList &spans, std::uint32_t onlyOther = 0)
{
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans.state(i) == SpanState::Running && (onlyOther == 0 || spans.other(i) == onlyOther))
            sum += spans.duration(i);
    return sum;
}

bool hasState(const SpanList &spans, SpanState state)
{
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans.state(i) == state)
            return true;
    return false;
}

// Which task ran how long on which core: printed so that a failure shows what the run looked like.
void dumpCores(const Trace &t)
{
    for (const CpuLane &lane : t.cpuLanes()) {
        std::map<std::uint32_t, std::int64_t> byTask;
        for (std::size_t i = 0; i < lane.spans.size(); ++i)
            byTask[lane.spans.other(i)] += lane.spans.duration(i);
        for (const auto &[task, ns] : byTask)
            qInfo("  core %d: %s (task %u) %.3f ms", lane.cpu, qPrintable(t.taskName(task)), task,
                  static_cast<double>(ns) / 1e6);
    }
}

QString sourceName(RunRequest::Source s)
{
    return s == RunRequest::Source::Kernel ? "kernel" : "estimate";
}

// Runs spin with `source`; skips the test where the kernel refuses its switch records.
bool runSpin(RunSession &session, int threads, int pin, int workMs, RunRequest::Source source)
{
    QString error;
    if (!session.start(spinRequest(threads, pin, workMs, source), &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return false;
    }
    runToEnd(session, 30000);
    return true;
}

// Checks one run of four threads pinned to core 0; returns what was wrong, or nothing.
QString accuracyFailure(const Trace &t, const QString &source)
{
    const SpanList &core0 = t.cpuLanes()[0].spans;
    const double overlap = overlapFraction(core0);
    qInfo("%s: core 0 has %zu spans, overlap %.4f %% of busy time", qPrintable(source), core0.size(),
          overlap * 100.0);
    if (overlap > 0.01)
        return QStringLiteral("core 0 slices overlap for %1 % of its busy time").arg(overlap * 100.0);
    QString failure;
    const QJsonObject cpuNs = t.results().value(QStringLiteral("thread_cpu_ns")).toObject();
    for (auto it = cpuNs.begin(); it != cpuNs.end(); ++it) {
        const auto task = static_cast<std::uint32_t>(it.key().toUInt());
        const auto measured = static_cast<double>(it.value().toInteger());
        const TaskLane *lane = t.laneForTask(task);
        if (!lane)
            return QStringLiteral("no lane for task %1").arg(task);
        // Outside cpuWork a worker only registers, pins itself and exits: microseconds, well
        // inside the tolerance, so whole-lane totals are compared.
        const auto laneNs = static_cast<double>(runningNs(lane->sched));
        const auto coreNs = static_cast<double>(runningNs(core0, task));
        const double laneErr = (laneNs - measured) / measured;
        const double coreErr = (coreNs - measured) / measured;
        qInfo("%s: task %u measured %.3f ms, task lane %.3f ms (%+.3f %%), core 0 lane %.3f ms (%+.3f %%)",
              qPrintable(source), task, measured / 1e6, laneNs / 1e6, laneErr * 100.0, coreNs / 1e6,
              coreErr * 100.0);
        if (failure.isEmpty() && (std::abs(laneErr) > 0.05 || std::abs(coreErr) > 0.05))
            failure = QStringLiteral(
                          "task %1: recorded on-CPU time is off by %2 % (task lane) / %3 % (core lane)")
                          .arg(task)
                          .arg(laneErr * 100.0, 0, 'f', 2)
                          .arg(coreErr * 100.0, 0, 'f', 2);
    }
    return failure;
}

} // namespace

class TstSchedAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { unsetenv("SAMTIDIG_FORCE_NO_PERF"); }

    void pinnedThreadsShareOneCore_data()
    {
        QTest::addColumn<RunRequest::Source>("source");
        QTest::newRow("kernel") << RunRequest::Source::Kernel;
        QTest::newRow("estimate") << RunRequest::Source::Estimate;
    }
    void pinnedThreadsShareOneCore()
    {
        QFETCH(RunRequest::Source, source);
        // Switch records measure how long a thread was current on a CPU; CLOCK_THREAD_CPUTIME_ID
        // leaves out time the (virtual) CPU was taken away underneath it. On this VM under heavy
        // load from other builds the two were seen to differ by 30-40 % for whole runs, so a run
        // may be repeated; the numbers of every run are printed.
        QString failure;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            RunSession session;
            QVERIFY(runSpin(session, 4, 0, 125, source));
            const Trace &t = session.trace();
            if (source == RunRequest::Source::Kernel && t.outcome() == RunOutcome::Failed)
                QSKIP(qPrintable(QStringLiteral("kernel source refused: ") + t.outcomeDetail()));
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            QCOMPARE(t.source(),
                     source == RunRequest::Source::Kernel ? SchedulingSource::Kernel
                                                          : SchedulingSource::Estimate);
            QVERIFY(!t.cpuLanes().empty());
            const QJsonObject cpuNs = t.results().value(QStringLiteral("thread_cpu_ns")).toObject();
            QCOMPARE(cpuNs.size(), 4);
            failure = accuracyFailure(t, sourceName(source));
            if (failure.isEmpty())
                return;
            qInfo("attempt %d: %s", attempt, qPrintable(failure));
        }
        QFAIL(qPrintable(failure));
    }

    void unpinnedThreadsUseBothCores_data() { pinnedThreadsShareOneCore_data(); }
    void unpinnedThreadsUseBothCores()
    {
        QFETCH(RunRequest::Source, source);
        if (onlineCpuCount() < 2)
            QSKIP("needs two cores");
        // Where the slices go is the kernel's choice: on a machine loaded by other processes it may
        // keep both threads on one core for a whole run, so a few runs are allowed to show it.
        int busyMachine = 0;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            RunSession session;
            const CpuBusySampler sampler;
            QVERIFY(runSpin(session, 2, -1, 150, source));
            const std::vector<double> busy = sampler.busyFractions();
            const Trace &t = session.trace();
            if (source == RunRequest::Source::Kernel && t.outcome() == RunOutcome::Failed)
                QSKIP(qPrintable(QStringLiteral("kernel source refused: ") + t.outcomeDetail()));
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            dumpCores(t);
            const QJsonObject cpuNs = t.results().value(QStringLiteral("thread_cpu_ns")).toObject();
            int coresUsed = 0;
            for (int cpu = 0; cpu < 2; ++cpu) {
                std::int64_t workers = 0;
                for (auto it = cpuNs.begin(); it != cpuNs.end(); ++it)
                    workers
                        += runningNs(t.cpuLanes()[static_cast<std::size_t>(cpu)].spans, it.key().toUInt());
                coresUsed += workers > 0 ? 1 : 0;
            }
            if (coresUsed == 2)
                return;
            // Both cores busy while our workers used one: other processes held the other core.
            const double wall = double(std::max<std::int64_t>(1, t.endNs()));
            double foreign = 0;
            for (int cpu = 0; cpu < 2 && cpu < int(busy.size()); ++cpu) {
                std::int64_t ours = 0;
                for (auto it = cpuNs.begin(); it != cpuNs.end(); ++it)
                    ours += runningNs(t.cpuLanes()[static_cast<std::size_t>(cpu)].spans, it.key().toUInt());
                foreign = std::max(foreign, busy[std::size_t(cpu)] - double(ours) / wall);
            }
            if (foreign > 0.3)
                ++busyMachine;
            qInfo("attempt %d: the workers ran on one core only (other processes kept a core %.0f %% busy)",
                  attempt, foreign * 100);
        }
        if (busyMachine == 4)
            QSKIP("other processes kept the second core busy in every attempt; nothing to judge");
        QFAIL("in four runs, two unpinned CPU-bound threads never ran on both cores");
    }

    void kernelSourceShowsPreemption()
    {
        RunSession session;
        QVERIFY(runSpin(session, 4, 0, 60, RunRequest::Source::Kernel));
        const Trace &t = session.trace();
        if (t.outcome() == RunOutcome::Failed)
            QSKIP(qPrintable(QStringLiteral("kernel source refused: ") + t.outcomeDetail()));
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        const QJsonObject cpuNs = t.results().value(QStringLiteral("thread_cpu_ns")).toObject();
        int preempted = 0;
        for (auto it = cpuNs.begin(); it != cpuNs.end(); ++it)
            if (const TaskLane *lane = t.laneForTask(it.key().toUInt());
                lane && hasState(lane->sched, SpanState::Runnable))
                ++preempted;
        QCOMPARE(preempted, 4); // four threads on one core: each waits for it at some point
        QCOMPARE(t.dropped(), 0u);
    }

    void forcedFallbackSaysWhy()
    {
        setenv("SAMTIDIG_FORCE_NO_PERF", "1", 1);
        RunSession session;
        QVERIFY(runSpin(session, 2, 0, 30, RunRequest::Source::Auto));
        const Trace &t = session.trace();
        QCOMPARE(t.outcome(), RunOutcome::Completed);
        QCOMPARE(t.source(), SchedulingSource::Estimate);
        QVERIFY2(session.fallbackReason().contains(QStringLiteral("SAMTIDIG_FORCE_NO_PERF")),
                 qPrintable(session.fallbackReason()));
        std::size_t spans = 0;
        for (const CpuLane &lane : t.cpuLanes())
            spans += lane.spans.size();
        QVERIFY(spans > 0); // the estimate source took over
    }

    void forcedFailureWhenKernelRequired()
    {
        setenv("SAMTIDIG_FORCE_NO_PERF", "1", 1);
        RunSession session;
        QVERIFY(runSpin(session, 1, -1, 10, RunRequest::Source::Kernel));
        QCOMPARE(session.trace().outcome(), RunOutcome::Failed);
        QVERIFY2(session.trace().outcomeDetail().contains(QStringLiteral("SAMTIDIG_FORCE_NO_PERF")),
                 qPrintable(session.trace().outcomeDetail()));
    }
};

QTEST_GUILESS_MAIN(TstSchedAccuracy)
#include "tst_schedaccuracy.moc"
