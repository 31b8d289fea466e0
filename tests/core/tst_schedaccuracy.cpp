// Correctness of both scheduling sources on real runs. Kernel source: four CPU-bound threads
// pinned to core 0 produce slices on core 0's lane that do not overlap, and each thread's recorded
// on-CPU time matches its own CLOCK_THREAD_CPUTIME_ID. Estimate source: its slices are cut where
// that same clock stops advancing, so it is judged against something independent, the kernel's
// own switch records of the same threads in the same run, per thread and per core.
#include "scenarios/scenario.h"
#include "scenarios/scenario_registry.h"
#include "sched/kernel_sched_source.h"
#include "session/run_session.h"

#include <QJsonObject>
#include <QTest>

#include "support/cpu_busy_sampler.h"
#include "support/kernel_source_required.h"
#include "support/run_helpers.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <thread>

using namespace samtidig;

namespace {

RunRequest spinRequest(int threads, int pinCpu, int workMs, RunRequest::Source source)
{
    return test::request(QStringLiteral("spin"),
                         { { QStringLiteral("threads"), QString::number(threads) },
                           { QStringLiteral("pin_cpu"), QString::number(pinCpu) },
                           { QStringLiteral("work_ms"), QString::number(workMs) } },
                         source);
}

using test::runToEnd;

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

// Runs spin with `source` to its end.
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

// Checks one kernel-source run of four threads pinned to core 0; returns what was wrong, or nothing.
QString kernelAccuracyFailure(const Trace &t)
{
    const SpanList &core0 = t.cpuLanes()[0].spans;
    const double overlap = overlapFraction(core0);
    qInfo("kernel: core 0 has %zu spans, overlap %.4f %% of busy time", core0.size(), overlap * 100.0);
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
        qInfo(
            "kernel: task %u measured %.3f ms, task lane %.3f ms (%+.3f %%), core 0 lane %.3f ms (%+.3f %%)",
            task, measured / 1e6, laneNs / 1e6, laneErr * 100.0, coreNs / 1e6, coreErr * 100.0);
        if (failure.isEmpty() && (std::abs(laneErr) > 0.05 || std::abs(coreErr) > 0.05))
            failure = QStringLiteral(
                          "task %1: recorded on-CPU time is off by %2 % (task lane) / %3 % (core lane)")
                          .arg(task)
                          .arg(laneErr * 100.0, 0, 'f', 2)
                          .arg(coreErr * 100.0, 0, 'f', 2);
    }
    return failure;
}

// On-CPU intervals per (thread id, CPU), in trace time, from the kernel's switch records.
using KernelSlices
    = std::map<std::pair<std::int32_t, int>, std::vector<std::pair<std::int64_t, std::int64_t>>>;

// The kernel's switch records of every thread the runner creates, read next to a run that uses the
// estimate source: an independent witness of where and when the same threads ran.
class KernelWitness
{
public:
    bool start(pid_t runner, QString *why)
    {
        m_source = std::make_unique<KernelSchedSource>(onlineCpuCount());
        return m_source->start(runner, why);
    }
    void drain()
    {
        // Switch records name the thread by its kernel ids (event.h), not by a task of ours.
        std::vector<TaskNote> notes;
        m_source->drain(m_events, notes);
    }
    std::uint64_t lost() const { return m_source->lost(); }
    // Pairs each CPU's switch-in with the next switch-out of the same thread there.
    KernelSlices slices(std::uint64_t originNs) const
    {
        KernelSlices out;
        std::map<int, std::pair<std::int32_t, std::uint64_t>> current; // cpu -> (tid, since)
        for (const Event &e : m_events) {
            const int cpu = e.cpu;
            const std::int32_t tid = kernelTid(e.b);
            if (e.kind == EventKind::SliceBegin) {
                current[cpu] = { tid, e.timeNs };
            } else if (e.kind == EventKind::SliceEnd) {
                const auto it = current.find(cpu);
                if (it == current.end() || it->second.first != tid)
                    continue;
                const auto from = static_cast<std::int64_t>(it->second.second - originNs);
                const auto to = static_cast<std::int64_t>(e.timeNs - originNs);
                out[{ tid, cpu }].emplace_back(from, to);
                current.erase(it);
            }
        }
        return out;
    }

private:
    std::unique_ptr<KernelSchedSource> m_source;
    std::vector<Event> m_events;
};

std::int64_t totalNs(const std::vector<std::pair<std::int64_t, std::int64_t>> &v)
{
    std::int64_t sum = 0;
    for (const auto &[a, b] : v)
        sum += b - a;
    return sum;
}

// Time during which both interval lists (each free of self-overlap) cover the same instant.
std::int64_t commonNs(std::vector<std::pair<std::int64_t, std::int64_t>> a,
                      std::vector<std::pair<std::int64_t, std::int64_t>> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::int64_t sum = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        sum += std::max<std::int64_t>(0,
                                      std::min(a[i].second, b[j].second) - std::max(a[i].first, b[j].first));
        (a[i].second < b[j].second ? i : j)++;
    }
    return sum;
}

// How far the estimate source's slices may be from the kernel's for one thread: its total on-CPU
// time (task lane), its time on each core (core lanes), and how much of the kernel's time the
// estimate places at the same instant on the same core. Measured on this 2-core VM: totals within
// 0.5 %, placement above 98 %; the bounds leave room for a loaded machine (the kernel counts time
// the virtual CPU was taken away, thread CPU time does not).
constexpr double kEstimateTotalTolerance = 0.05;
constexpr double kEstimateMinCommon = 0.90;

// Compares one estimate-source run with the kernel's records of it; returns what was wrong, or nothing.
QString estimateVsKernelFailure(const Trace &t, const KernelSlices &kernel)
{
    const SpanList &lane0 = t.cpuLanes()[0].spans;
    const double overlap = overlapFraction(lane0);
    if (overlap > 0.01)
        return QStringLiteral("core 0 slices overlap for %1 % of its busy time").arg(overlap * 100.0);
    QString failure;
    const auto fail = [&failure](const QString &why) {
        if (failure.isEmpty())
            failure = why;
    };
    const QJsonObject cpuNs = t.results().value(QStringLiteral("thread_cpu_ns")).toObject();
    for (auto it = cpuNs.begin(); it != cpuNs.end(); ++it) {
        const auto task = static_cast<std::uint32_t>(it.key().toUInt());
        const TaskInfo *info = t.task(task);
        const TaskLane *lane = t.laneForTask(task);
        if (!info || !lane)
            return QStringLiteral("no lane for task %1").arg(task);
        std::int64_t kernelTotal = 0;
        for (const auto &[key, slices] : kernel)
            if (key.first == info->tid)
                kernelTotal += totalNs(slices);
        if (kernelTotal <= 0)
            return QStringLiteral("the kernel recorded no slice of task %1 (tid %2)")
                .arg(task)
                .arg(info->tid);
        const auto laneNs = static_cast<double>(runningNs(lane->sched));
        const double laneErr = (laneNs - double(kernelTotal)) / double(kernelTotal);
        qInfo("task %u (tid %d): kernel %.3f ms, estimate task lane %.3f ms (%+.3f %%)", task, info->tid,
              double(kernelTotal) / 1e6, laneNs / 1e6, laneErr * 100.0);
        if (std::abs(laneErr) > kEstimateTotalTolerance)
            fail(QStringLiteral("task %1: the estimate's on-CPU time is off by %2 % from the kernel's")
                     .arg(task)
                     .arg(laneErr * 100.0, 0, 'f', 2));
        for (const CpuLane &core : t.cpuLanes()) {
            std::vector<std::pair<std::int64_t, std::int64_t>> estimated;
            for (std::size_t i = 0; i < core.spans.size(); ++i)
                if (core.spans.other(i) == task)
                    estimated.emplace_back(core.spans.start(i), core.spans.end(i));
            const auto found = kernel.find({ info->tid, core.cpu });
            const std::vector<std::pair<std::int64_t, std::int64_t>> none;
            const auto &kernelHere = found == kernel.end() ? none : found->second;
            const std::int64_t k = totalNs(kernelHere);
            const std::int64_t e = totalNs(estimated);
            const std::int64_t both = commonNs(estimated, kernelHere);
            qInfo("  core %d: kernel %.3f ms, estimate %.3f ms, at the same instants %.3f ms", core.cpu,
                  double(k) / 1e6, double(e) / 1e6, double(both) / 1e6);
            // Per core, relative to the thread's whole time: a core it barely touched has no say.
            if (std::abs(double(e - k)) > kEstimateTotalTolerance * double(kernelTotal))
                fail(QStringLiteral("task %1 on core %2: estimate %3 ms, kernel %4 ms")
                         .arg(task)
                         .arg(core.cpu)
                         .arg(double(e) / 1e6)
                         .arg(double(k) / 1e6));
            if (double(k) > kEstimateTotalTolerance * double(kernelTotal)
                && double(both) < kEstimateMinCommon * double(k))
                fail(QStringLiteral(
                         "task %1 on core %2: only %3 % of the kernel's slices are placed at the same "
                         "instants by the estimate")
                         .arg(task)
                         .arg(core.cpu)
                         .arg(100.0 * double(both) / double(k), 0, 'f', 1));
        }
    }
    return failure;
}

} // namespace

class TstSchedAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { unsetenv("SAMTIDIG_FORCE_NO_PERF"); }

    void kernelSlicesMatchThreadCpuTime()
    {
        // Switch records measure how long a thread was current on a CPU; CLOCK_THREAD_CPUTIME_ID
        // leaves out time the (virtual) CPU was taken away underneath it. On this VM under heavy
        // load from other builds the two were seen to differ by 30-40 % for whole runs, so a run
        // may be repeated; the numbers of every run are printed.
        QString failure;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            RunSession session;
            QVERIFY(runSpin(session, 4, 0, 125, RunRequest::Source::Kernel));
            const Trace &t = session.trace();
            if (t.outcome() == RunOutcome::Failed)
                SAMTIDIG_KERNEL_SOURCE_MISSING(t.outcomeDetail().toUtf8());
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            QCOMPARE(t.source(), SchedulingSource::Kernel);
            QVERIFY(!t.cpuLanes().empty());
            QCOMPARE(t.results().value(QStringLiteral("thread_cpu_ns")).toObject().size(), 4);
            failure = kernelAccuracyFailure(t);
            if (failure.isEmpty())
                return;
            qInfo("attempt %d: %s", attempt, qPrintable(failure));
        }
        QFAIL(qPrintable(failure));
    }

    // The estimate source against the kernel's own records of the same threads in the same run:
    // four threads taking turns on core 0, and two unpinned threads that the kernel may move.
    void estimateSlicesMatchKernelSlices_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("pin");
        QTest::newRow("4 threads pinned to core 0") << 4 << 0;
        QTest::newRow("2 threads, any core") << 2 << -1;
    }
    void estimateSlicesMatchKernelSlices()
    {
        QFETCH(int, threads);
        QFETCH(int, pin);
        QString failure;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            RunSession session;
            QString error;
            QVERIFY2(session.start(spinRequest(threads, pin, 125, RunRequest::Source::Estimate), &error),
                     qPrintable(error));
            // Before the first poll the runner waits for Go: the witness follows every thread the
            // workload will create, as the kernel source itself would.
            KernelWitness witness;
            QString why;
            if (!witness.start(session.runnerPid(), &why)) {
                session.stop();
                SAMTIDIG_KERNEL_SOURCE_MISSING(why.toUtf8());
            }
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (session.isActive()) {
                session.poll();
                witness.drain();
                if (std::chrono::steady_clock::now() > deadline)
                    session.stop(RunOutcome::TimedOut);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            witness.drain();
            const Trace &t = session.trace();
            QCOMPARE(t.outcome(), RunOutcome::Completed);
            QCOMPARE(t.source(), SchedulingSource::Estimate);
            QCOMPARE(t.results().value(QStringLiteral("thread_cpu_ns")).toObject().size(), threads);
            QCOMPARE(witness.lost(), 0u);
            failure = estimateVsKernelFailure(t, witness.slices(t.originNs()));
            if (failure.isEmpty())
                return;
            qInfo("attempt %d: %s", attempt, qPrintable(failure));
        }
        QFAIL(qPrintable(failure));
    }

    void unpinnedThreadsUseBothCores_data()
    {
        QTest::addColumn<RunRequest::Source>("source");
        QTest::newRow("kernel") << RunRequest::Source::Kernel;
        QTest::newRow("estimate") << RunRequest::Source::Estimate;
    }
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
                SAMTIDIG_KERNEL_SOURCE_MISSING(t.outcomeDetail().toUtf8());
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
            SAMTIDIG_KERNEL_SOURCE_MISSING(t.outcomeDetail().toUtf8());
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
