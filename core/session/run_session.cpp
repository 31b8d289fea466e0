#include "session/run_session.h"

#include "record/clock.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "runner/runner_process.h"
#include "sched/proc_stat.h"
#include "sched/sched_source.h"
#include "scenarios/scenario_registry.h"
#include "trace/trace_builder.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <unistd.h>

namespace samtidig {

namespace {
// Records from different rings arrive slightly out of order; hold each back long enough that
// everything the analysis sees is in true time order: as long as records were seen to arrive late
// lately (ReorderWindow), at least the kernel source's registration grace (4 ms) plus the
// consumer's idle drain interval (2 ms), at most 15 ms.
constexpr std::uint64_t kMinReorderWindowNs = 6'000'000;
constexpr std::uint64_t kReorderWindowNs = 15'000'000;
// Estimate source: a preempted thread reports the end of its slice only when it runs again, often
// more than 15 ms later on a busy machine; arriving after the next slice on that core was ingested,
// the end is ignored and the slice drawn until that next slice began (measured: +100 % on-CPU time
// for 4 threads sharing a core on a loaded machine). Hold the records back longer instead.
constexpr std::uint64_t kEstimateReorderWindowNs = 150'000'000;
// How often the machine's per-CPU busy time is read: often enough that a phase of a few hundred
// milliseconds gets samples near its ends; /proc/stat counts in 10 ms ticks anyway.
constexpr std::uint64_t kLoadSampleIntervalNs = 75'000'000;
// A runner that has not attached within this time is reported as failed.
constexpr std::uint64_t kStartTimeoutNs = 10'000'000'000ull;
} // namespace

RunSession::RunSession()
    : m_trace(std::make_unique<Trace>())
    , m_batch(std::make_unique<RingConsumer::Batch>())
{}

RunSession::~RunSession()
{
    if (m_runner)
        m_runner->stop();
    if (m_consumer)
        m_consumer->stop();
}

bool RunSession::start(const RunRequest &request, QString *error)
{
    if (isActive()) {
        *error = tr("A run is already in progress; stop it first.");
        return false;
    }
    const Scenario *scenario = findScenario(request.scenario);
    if (!scenario) {
        *error = tr("Unknown scenario '%1'.").arg(request.scenario);
        return false;
    }
    const ScenarioInfo info = scenario->info();
    if (!Parameters::validate(info.params, request.params, error)
        || !checkRunTime(info, request.params, onlineCpuCount(), error))
        return false;

    m_request = request;
    m_trace = std::make_unique<Trace>();
    m_pending.clear();
    m_reorder = ReorderWindow(kMinReorderWindowNs, kReorderWindowNs);
    m_ingestedUpToNs = 0;
    m_trace->scenario = request.scenario;
    m_trace->parameters = request.params.toJson(info.params);
    m_trace->cpuCount = onlineCpuCount();
    for (int cpu = 0; cpu < m_trace->cpuCount; ++cpu)
        m_trace->ensureCpuLane(cpu);

    RegionConfig config;
    config.ringCapacity = request.ringCapacity;
    config.lossy = request.lossy;
    // Decide the source before the runner starts: the workload reads it from the region header.
    m_sched.reset();
    QString why;
    if (request.source != RunRequest::Source::Estimate) {
        m_sched = makeKernelSchedSource(m_trace->cpuCount);
        config.source = SchedulingSource::Kernel;
    } else {
        config.source = SchedulingSource::Estimate;
        m_trace->sourceNote = tr("estimate chosen by the user");
    }
    m_region = std::make_unique<SharedRegion>();
    std::string regionError;
    if (!m_region->create(config, &regionError)) {
        *error = tr("Could not create the shared memory for the run: %1").arg(QString::fromStdString(regionError));
        m_region.reset();
        return false;
    }
    m_trace->source = config.source;

    const QJsonObject paramsJson = m_trace->parameters;
    const QStringList args = {QStringLiteral("--fd"), QStringLiteral("3"),
                              QStringLiteral("--parent"), QString::number(getpid()),
                              QStringLiteral("--scenario"), request.scenario,
                              QStringLiteral("--params"),
                              QString::fromUtf8(QJsonDocument(paramsJson).toJson(QJsonDocument::Compact)),
                              QStringLiteral("--lang"), request.language.isEmpty() ? QStringLiteral("en") : request.language};
    m_runner = std::make_unique<RunnerProcess>();
    if (!m_runner->spawn(RunnerProcess::locateRunner(), args, m_region->fd(), error)) {
        m_runner.reset();
        m_region.reset();
        return false;
    }
    m_spawnedAtNs = monotonicNs();
    m_startedAtNs = 0;
    m_pausedTotalNs = 0;
    m_deadlockLatencyNs = -1;
    m_loadSampledAtNs = 0;
    m_phase = Phase::Starting;
    return true;
}

bool RunSession::startSchedSource()
{
    if (!m_sched) {
        // The user asked for the estimate source.
        m_sched = makeEstimateSchedSource();
        QString ignored;
        m_sched->start(m_runner->pid(), &ignored);
        return true;
    }
    QString why;
    if (m_sched->start(m_runner->pid(), &why))
        return true;
    if (m_request.source == RunRequest::Source::Kernel) {
        finishRun(RunOutcome::Failed, tr("The kernel's context-switch records are not available: %1").arg(why));
        return false;
    }
    // Fall back, and say so: the workload reports its own slices from now on.
    m_trace->source = SchedulingSource::Estimate;
    m_trace->sourceNote = why;
    m_region->header()->source = static_cast<std::uint32_t>(SchedulingSource::Estimate);
    m_sched = makeEstimateSchedSource();
    QString ignored;
    m_sched->start(m_runner->pid(), &ignored);
    return true;
}

void RunSession::poll()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Finished)
        return;
    if (m_phase == Phase::Starting) {
        const RunState state = m_region->state();
        if (state == RunState::Ready) {
            if (!startSchedSource())
                return;
            m_trace->originNs = monotonicNs();
            m_builder = std::make_unique<TraceBuilder>(*m_trace);
            m_consumer = std::make_unique<RingConsumer>(*m_region, m_sched.get());
            m_consumer->start();
            m_startedAtNs = monotonicNs();
            // Without exact per-core slices our own time cannot be told from others'.
            if (m_trace->source == SchedulingSource::Kernel) {
                m_trace->machineLoad.tickNs = procStatTickNs();
                sampleMachineLoad(m_trace->originNs, true);
            }
            m_region->setState(RunState::Go);
            m_phase = Phase::Running;
        } else if (m_runner->poll() || state == RunState::Failed) {
            QString detail = tr("The runner stopped before the run began (%1).").arg(m_runner->exitDescription());
            const std::uint32_t size = m_region->header()->resultsSize.load(std::memory_order_acquire);
            if (size > 0) {
                const QJsonObject o = QJsonDocument::fromJson(
                                          QByteArray(m_region->header()->results, static_cast<qsizetype>(size)))
                                          .object();
                if (o.contains(QStringLiteral("error")))
                    detail = o.value(QStringLiteral("error")).toString();
            }
            finishRun(RunOutcome::Failed, detail);
            return;
        } else if (monotonicNs() - m_spawnedAtNs > kStartTimeoutNs) {
            finishRun(RunOutcome::Failed, tr("The runner did not start within 10 seconds."));
            return;
        }
        return;
    }
    const bool runnerDone = m_runner->poll();
    ingest(false);
    sampleMachineLoad(monotonicNs(), false);
    noteDeadlockLatency();
    if (runnerDone) {
        const RunState state = m_region->state();
        if (state == RunState::Finished && m_runner->exitSignal() == 0 && m_runner->exitCode() == 0)
            finishRun(RunOutcome::Completed, QString());
        else
            finishRun(RunOutcome::Crashed, tr("The runner %1.").arg(m_runner->exitDescription()));
    }
}

void RunSession::ingest(bool all)
{
    if (!m_consumer || !m_builder)
        return;
    // A member, cleared after use: its buffers circulate with the consumer's (swapped, not freed).
    RingConsumer::Batch &batch = *m_batch;
    batch.tasks.clear();
    batch.names.clear();
    batch.events.clear();
    batch.maxLatenessNs = 0;
    m_consumer->take(batch);
    const std::uint64_t now = monotonicNs();
    m_reorder.observe(batch.maxLatenessNs, now);
    for (TaskInfo &t : batch.tasks) {
        TaskInfo &slot = m_trace->tasks[t.id];
        const std::int64_t begin = slot.beginNs;
        const std::int64_t end = slot.endNs;
        slot = t;
        slot.beginNs = begin; // the builder may have seen events first
        slot.endNs = end;
    }
    for (NameInfo &n : batch.names)
        m_trace->names[n.id] = n;
    m_trace->dropped = batch.dropped;
    m_trace->stalledNs = batch.stalledNs;

    auto &ev = batch.events;
    if (!ev.empty()) {
        std::stable_sort(ev.begin(), ev.end(), [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
        const std::size_t mid = m_pending.size();
        m_pending.insert(m_pending.end(), ev.begin(), ev.end());
        std::inplace_merge(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(mid), m_pending.end(),
                           [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
    }
    std::size_t n = m_pending.size();
    if (!all) {
        const std::uint64_t window
            = m_trace->source == SchedulingSource::Estimate ? kEstimateReorderWindowNs : m_reorder.windowNs();
        const std::uint64_t watermark = now - window;
        n = static_cast<std::size_t>(
            std::upper_bound(m_pending.begin(), m_pending.end(), watermark,
                             [](std::uint64_t t, const Event &e) { return t < e.timeNs; })
            - m_pending.begin());
        // The live edge moves with time, not only with events: a deadlocked run records nothing,
        // yet its lock waits grow. Everything up to the watermark is known (paused: time stands).
        if (m_phase == Phase::Running && watermark > m_trace->originNs)
            m_trace->endNs = std::max(m_trace->endNs, static_cast<std::int64_t>(watermark - m_trace->originNs));
    }
    if (n == 0)
        return;
    // Events before the origin (the runner registering itself) are clamped to it; a record that
    // arrived later than the window allowed is moved up to what was already ingested, so the
    // builder still sees time move forward (counted; the window widens with it).
    const std::uint64_t floorNs = std::max<std::uint64_t>(m_trace->originNs, m_ingestedUpToNs);
    for (std::size_t i = 0; i < n && m_pending[i].timeNs < floorNs; ++i) {
        if (m_pending[i].timeNs >= m_trace->originNs)
            ++m_trace->lateRecords;
        m_pending[i].timeNs = floorNs;
    }
    m_ingestedUpToNs = m_pending[n - 1].timeNs;
    m_builder->ingest(std::span<const Event>(m_pending.data(), n));
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(n));
}

void RunSession::sampleMachineLoad(std::uint64_t now, bool force)
{
    if (m_loadSampledAtNs == 0 && !force)
        return; // not sampling (estimate source, or /proc/stat failed)
    if (!force && now - m_loadSampledAtNs < kLoadSampleIntervalNs)
        return;
    MachineLoad &load = m_trace->machineLoad;
    CpuBusySample sample;
    QString error;
    if (!readProcStatBusy(&sample.busyTicks, &error)) {
        // Half a picture would mislead: no figure at all, and the reason kept.
        load.samples.clear();
        load.tickNs = 0;
        load.note = error;
        m_loadSampledAtNs = 0;
        return;
    }
    sample.timeNs = now > m_trace->originNs ? static_cast<std::int64_t>(now - m_trace->originNs) : 0;
    load.samples.push_back(std::move(sample));
    m_loadSampledAtNs = now;
}

void RunSession::noteDeadlockLatency()
{
    if (m_deadlockLatencyNs >= 0 || m_trace->analysis.deadlocks.empty())
        return;
    const std::uint64_t closedAt
        = m_trace->originNs + static_cast<std::uint64_t>(m_trace->analysis.deadlocks.front().detectedNs);
    const std::uint64_t now = monotonicNs();
    m_deadlockLatencyNs = now > closedAt ? static_cast<std::int64_t>(now - closedAt) : 0;
}

bool RunSession::pause()
{
    if (m_phase != Phase::Running || !m_runner->pause())
        return false;
    m_pausedAtNs = monotonicNs();
    m_phase = Phase::Paused;
    return true;
}

bool RunSession::resume()
{
    if (m_phase != Phase::Paused || !m_runner->resume())
        return false;
    m_pausedTotalNs += monotonicNs() - m_pausedAtNs;
    m_phase = Phase::Running;
    return true;
}

void RunSession::stop(RunOutcome outcome)
{
    if (!isActive())
        return;
    finishRun(outcome, QString());
}

void RunSession::finishRun(RunOutcome outcome, const QString &detail)
{
    const std::uint64_t now = monotonicNs();
    QString stopError;
    if (m_runner && !m_runner->exited())
        m_runner->stop(2000, &stopError);
    else if (m_runner)
        m_runner->stop(2000, &stopError); // reaps any process of the group that is left
    if (m_consumer)
        m_consumer->stop();
    if (m_builder)
        sampleMachineLoad(now, m_loadSampledAtNs != 0); // the end of the run, as the builder's
    ingest(true);
    if (m_builder)
        m_builder->finish(now);
    noteDeadlockLatency();
    if (m_region) {
        const std::uint32_t size = m_region->header()->resultsSize.load(std::memory_order_acquire);
        if (size > 0 && size < kResultsCapacity)
            m_trace->results
                = QJsonDocument::fromJson(QByteArray(m_region->header()->results, static_cast<qsizetype>(size))).object();
    }
    if (!m_trace->analysis.deadlocks.empty() && outcome != RunOutcome::Crashed && outcome != RunOutcome::Failed)
        outcome = RunOutcome::Deadlock;
    m_trace->outcome = outcome;
    m_trace->outcomeDetail = stopError.isEmpty() ? detail : detail + QLatin1Char(' ') + stopError;
    m_consumer.reset();
    m_builder.reset(); // it refers to this run's trace, which start() or takeTrace() replaces
    m_sched.reset();
    m_runner.reset();
    m_region.reset(); // unmaps and closes: nothing of the run is left behind
    m_phase = Phase::Finished;
}

std::unique_ptr<Trace> RunSession::takeTrace()
{
    auto t = std::move(m_trace);
    m_trace = std::make_unique<Trace>();
    return t;
}

qint64 RunSession::elapsedMs() const
{
    if (m_startedAtNs == 0)
        return 0;
    if (m_phase == Phase::Finished)
        return m_trace->endNs / 1'000'000;
    const std::uint64_t now = m_phase == Phase::Paused ? m_pausedAtNs : monotonicNs();
    return static_cast<qint64>((now - m_startedAtNs - m_pausedTotalNs) / 1'000'000);
}

pid_t RunSession::runnerPid() const { return m_runner ? m_runner->pid() : -1; }

} // namespace samtidig
