#include "session/run_session.h"

#include "builder/trace_builder.h"
#include "record/clock.h"
#include "record/shared_region.h"
#include "runner/code_sites.h"
#include "scenarios/scenario_registry.h"
#include "sched/sched_source.h"
#include "session/ingest_pipeline.h"
#include "session/lock_coverage.h"
#include "session/machine_load_sampler.h"
#include "session/runner_host.h"
#include "session/step_driver.h"

#include <cstring>

namespace samtidig {

namespace {
// A runner that has not attached within this time is reported as failed.
constexpr std::uint64_t kStartTimeoutNs = 10'000'000'000ull;
} // namespace

RunSession::RunSession()
    : m_trace(std::make_unique<Trace>())
{ }

RunSession::~RunSession()
{
    m_pipeline.reset(); // its consumer thread reads the region the host owns
    m_host.reset();
}

bool RunSession::start(const RunRequest &request, QString *error)
{
    if (isActive()) {
        *error = tr("A run is already in progress; stop it first.");
        return false;
    }
    auto trace = std::make_unique<Trace>();
    auto builder = std::make_unique<TraceBuilder>(*trace);
    builder->setDetailLimit(request.maxDetailBytes);
    std::optional<ProgramRequest> program = request.program;
    if (program) {
        QString resolved;
        if (!ProgramCheck::check(*program, &resolved, error))
            return false;
        builder->describeRun(QString::fromLatin1(kProgramScenarioId), program->toJson(), onlineCpuCount());
        program->program = resolved;
    } else {
        const Scenario *scenario = findScenario(request.scenario);
        if (!scenario) {
            *error = tr("Unknown scenario '%1'.").arg(request.scenario);
            return false;
        }
        const ScenarioInfo info = scenario->info();
        if (!Parameters::validate(info.params, request.params, error)
            || !checkRunTime(info, request.params, onlineCpuCount(), error))
            return false;
        if (request.stepping.on && !info.steppable) {
            QStringList ids;
            for (const Scenario *s : allScenarios())
                if (s->info().steppable)
                    ids << s->info().id;
            *error = tr("The scenario '%1' cannot be taken step by step; these can: %2.")
                         .arg(request.scenario, ids.join(QStringLiteral(", ")));
            return false;
        }
        builder->describeRun(request.scenario, request.params.toJson(info.params), onlineCpuCount());
    }

    // Decide the source before the runner starts: the workload reads it from the region header.
    RunnerHost::Spec spec;
    spec.scenario = request.scenario;
    spec.parameters = trace->parameters();
    spec.language = request.language;
    spec.ringCapacity = request.ringCapacity;
    spec.lossy = request.lossy;
    spec.stepMode = request.stepping.on && !program;
    spec.program = program;
    std::unique_ptr<SchedSource> sched;
    if (request.source != RunRequest::Source::Estimate) {
        sched = makeKernelSchedSource(trace->cpuCount());
        spec.source = SchedulingSource::Kernel;
        builder->setSource(SchedulingSource::Kernel, QString());
    } else {
        spec.source = SchedulingSource::Estimate;
        builder->setSource(SchedulingSource::Estimate, tr("estimate chosen by the user"));
    }
    auto host = std::make_unique<RunnerHost>();
    if (!host->start(spec, error))
        return false;
    // Tasks the kernel shows that the workload never registered get ids after the registry's. A
    // program registers nothing, and its launcher is not part of the picture.
    // Its locks (recorded by the preload library, by address) get name ids after the registry's.
    builder->setFirstForeignNameId(host->region().header()->maxNames + 1);
    if (program) {
        builder->hideThread(host->pid());
        // Its locks are named by where they were first taken, looked up here while it runs.
        builder->setSiteNamer(
            [sites = std::make_shared<CodeSites>()](std::int32_t pid, std::uint64_t address) {
                return sites->describe(pid, address);
            });
    } else
        builder->setFirstDiscoveredTaskId(host->region().header()->maxTasks + 1);

    m_request = request;
    m_pipeline.reset();
    m_load.reset();
    m_trace = std::move(trace);
    m_builder = std::move(builder);
    m_host = std::move(host);
    m_sched = std::move(sched);
    m_spawnedAtNs = monotonicNs();
    m_startedAtNs = 0;
    m_deadlockLatencyNs = -1;
    m_consumerTimes = {};
    m_output.clear();
    m_outputCapped = false;
    m_stepper.reset();
    m_stepsTaken.clear();
    m_stepsMovable.clear();
    m_stepRefusal.clear();
    m_stepStuck = false;
    m_phase = Phase::Starting;
    return true;
}

bool RunSession::startSchedSource()
{
    if (!m_sched) {
        // The user asked for the estimate source.
        m_sched = makeEstimateSchedSource();
        QString ignored;
        m_sched->start(m_host->pid(), &ignored);
        return true;
    }
    QString why;
    if (m_sched->start(m_host->pid(), &why))
        return true;
    if (m_request.source == RunRequest::Source::Kernel) {
        finishRun(RunOutcome::Failed,
                  tr("The kernel's context-switch records are not available: %1").arg(why));
        return false;
    }
    // Fall back, and say so: the workload reports its own slices from now on.
    m_builder->setSource(SchedulingSource::Estimate, why);
    m_host->useEstimateSource();
    m_sched = makeEstimateSchedSource();
    QString ignored;
    m_sched->start(m_host->pid(), &ignored);
    return true;
}

void RunSession::begin()
{
    if (!startSchedSource())
        return;
    const std::uint64_t origin = monotonicNs();
    m_builder->setOrigin(origin);
    m_pipeline = std::make_unique<IngestPipeline>(*m_builder, m_host->region(), m_sched.get(),
                                                  m_trace->source() == SchedulingSource::Estimate);
    m_pipeline->start(origin);
    m_startedAtNs = origin;
    // A program's lock source is known before it starts (the runner wrote it before Ready): the
    // findings say what the lock records cannot see while it runs, not only once it has ended. The
    // results at the end replace this (they say the same, and more).
    const RegionHeader &header = *m_host->region().header();
    const QString lockSource = QString::fromUtf8(
        header.lockSource, static_cast<qsizetype>(strnlen(header.lockSource, kLockSourceLength)));
    if (!lockSource.isEmpty())
        m_builder->setResults({ { QStringLiteral("lock_source"), lockSource } });
    if (m_trace->source() == SchedulingSource::Kernel) {
        m_load = std::make_unique<MachineLoadSampler>(*m_builder);
        m_load->start(origin);
    }
    if (m_request.stepping.on)
        m_stepper
            = std::make_unique<StepDriver>(m_host->region(), m_request.stepping.schedule,
                                           m_request.stepping.explore      ? StepDriver::After::LowestFirst
                                               : m_request.stepping.manual ? StepDriver::After::Manual
                                                                           : StepDriver::After::RunFreely);
    m_host->go();
    m_phase = Phase::Running;
}

void RunSession::poll()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Finished)
        return;
    if (m_phase == Phase::Starting) {
        const RunState state = m_host->state();
        if (state == RunState::Ready) {
            begin();
        } else if (m_host->poll() || state == RunState::Failed) {
            const QJsonObject results = m_host->results();
            QString detail
                = tr("The runner stopped before the run began (%1).").arg(m_host->exitDescription());
            if (results.contains(QStringLiteral("error")))
                detail = results.value(QStringLiteral("error")).toString();
            finishRun(RunOutcome::Failed, detail);
        } else if (monotonicNs() - m_spawnedAtNs > kStartTimeoutNs) {
            finishRun(RunOutcome::Failed, tr("The runner did not start within 10 seconds."));
        }
        return;
    }
    const bool runnerDone = m_host->poll();
    takeOutput();
    const std::uint64_t now = monotonicNs();
    m_pipeline->ingest(now, false, m_phase == Phase::Running);
    if (m_phase == Phase::Paused && m_builder && now > m_trace->originNs())
        m_builder->advanceEdgeTo(
            static_cast<std::int64_t>(now - m_trace->originNs())); // the pause grows, live
    if (m_load)
        m_load->sample(now, false);
    noteDeadlockLatency();
    if (m_stepper && !runnerDone && m_phase == Phase::Running) {
        const StepDriver::Status status = m_stepper->poll();
        if (status == StepDriver::Status::Refused) {
            m_stepRefusal = m_stepper->refusal();
            finishRun(RunOutcome::Failed, m_stepRefusal);
            return;
        }
        m_stepStuck = status == StepDriver::Status::Stuck;
    }
    if (runnerDone) {
        const QJsonObject results = m_host->results();
        if (m_host->completedCleanly())
            finishRun(RunOutcome::Completed, QString());
        else if (m_host->state() == RunState::Failed && results.contains(QStringLiteral("error")))
            finishRun(RunOutcome::Failed, results.value(QStringLiteral("error")).toString());
        else
            finishRun(RunOutcome::Crashed, tr("The runner %1.").arg(m_host->exitDescription()));
    }
}

void RunSession::takeOutput()
{
    if (!m_host)
        return;
    const QByteArray more = m_host->takeOutput();
    const qsizetype room = kMaxOutputBytes - m_output.size();
    m_output.append(more.left(std::max<qsizetype>(room, 0)));
    m_outputCapped = m_outputCapped || more.size() > room;
}

void RunSession::noteDeadlockLatency()
{
    if (m_deadlockLatencyNs >= 0 || m_trace->analysis().deadlocks.empty())
        return;
    const std::uint64_t closedAt
        = m_trace->originNs() + static_cast<std::uint64_t>(m_trace->analysis().deadlocks.front().detectedNs);
    const std::uint64_t now = monotonicNs();
    m_deadlockLatencyNs = now > closedAt ? static_cast<std::int64_t>(now - closedAt) : 0;
}

bool RunSession::pause()
{
    if (m_phase != Phase::Running || !m_host->pause())
        return false;
    m_pausedAtNs = monotonicNs();
    if (m_builder)
        m_builder->beginPause(m_pausedAtNs);
    m_phase = Phase::Paused;
    return true;
}

bool RunSession::resume()
{
    if (m_phase != Phase::Paused || !m_host->resume())
        return false;
    const std::uint64_t now = monotonicNs();
    if (m_builder)
        m_builder->endPause(now);
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
    const QString stopError = m_host ? m_host->stop() : QString();
    takeOutput();
    if (m_pipeline) {
        if (m_load)
            m_load->sample(now, true); // the end of the run, as the builder's
        m_pipeline->drainAll(now);
        m_consumerTimes = m_pipeline->consumerTimes();
        m_builder->finish(now);
    }
    noteDeadlockLatency();
    if (m_host) {
        QJsonObject results = m_host->results();
        // A recorded program stopped (Stop, the timeout): when, so that what ended after it is known
        // to have been ended by it.
        if (m_request.program && (outcome == RunOutcome::Stopped || outcome == RunOutcome::TimedOut)
            && m_trace->originNs() > 0 && now > m_trace->originNs())
            results.insert(QStringLiteral("stopped_at_ns"), static_cast<qint64>(now - m_trace->originNs()));
        if (m_request.program && m_request.program->recordLocks && m_builder)
            if (const QJsonArray blind
                = processesWithoutLockRecords(*m_trace, *m_builder, *m_host->region().header());
                !blind.isEmpty())
                results.insert(QStringLiteral("processes_without_lock_records"), blind);
        m_builder->setResults(results);
    }
    if (m_request.program && m_request.program->captureOutput) // kept in the recording as the pane shows it
        m_builder->setProgramOutput({ m_output, m_outputCapped });
    if (!m_trace->analysis().deadlocks.empty() && outcome != RunOutcome::Crashed
        && outcome != RunOutcome::Failed)
        outcome = RunOutcome::Deadlock;
    QStringList details;
    for (const QString &part : { detail, stopError })
        if (!part.isEmpty())
            details << part;
    m_builder->setOutcome(outcome, details.join(QLatin1Char(' ')));
    if (m_stepper) {
        m_stepsTaken = m_stepper->taken();
        m_stepsMovable = m_stepper->movable();
        m_builder->setSteps(m_stepsTaken); // saved with the recording, to be replayed
        m_stepper.reset(); // it looks into the host's region
    }
    m_pipeline.reset();
    m_load.reset();
    m_sched.reset();
    m_host.reset(); // unmaps and closes: nothing of the run is left behind
    m_builder.reset(); // it refers to this run's trace, which start() or takeTrace() replaces
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
        return m_trace->endNs() / 1'000'000;
    // The run's own clock, as the timeline's: paused time counts (and is drawn as paused), so the
    // clock neither stands still during a pause nor jumps when the run ends.
    return static_cast<qint64>((monotonicNs() - m_startedAtNs) / 1'000'000);
}

ConsumerTimes RunSession::consumerTimes() const
{
    return m_pipeline ? m_pipeline->consumerTimes() : m_consumerTimes;
}

pid_t RunSession::runnerPid() const
{
    return m_host ? m_host->pid() : -1;
}

} // namespace samtidig
