#pragma once
// One scenario run as seen from the window or the CLI: the phases of the run (starting, running,
// paused, finished) and its outcome. Its parts do the work: RunnerHost (the runner process and
// the shared region), the scheduling source, IngestPipeline (records into the trace, in time
// order) and MachineLoadSampler. Never blocks: poll() takes what is there and returns.

#include "builder/trace_builder.h"
#include "runner/consumer_times.h"
#include "scenarios/parameters.h"
#include "session/program_request.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace samtidig {

class IngestPipeline;
class MachineLoadSampler;
class RunnerHost;
class SchedSource;
class StepDriver;

struct RunRequest {
    QString scenario;
    ParamValues params; // validated against the scenario's spec by start()
    enum class Source { Auto, Kernel, Estimate } source = Source::Auto;
    bool lossy = false;
    QString language; // "en" or "da", passed on to the runner
    std::uint32_t ringCapacity = 1u << 16;
    // The model keeps full detail up to about this many bytes (0: no limit), see TraceBuilder.
    std::size_t maxDetailBytes = TraceBuilder::kDefaultDetailLimit;
    // Set: record this program (and everything it starts) instead of a scenario.
    std::optional<ProgramRequest> program;
    // Step mode (session/step_driver.h): the threads follow `schedule`, then run freely, or, when
    // exploring, keep stepping the lowest-numbered thread that can move.
    struct Stepping {
        bool on = false;
        std::vector<int> schedule;
        bool explore = false;
        bool manual = false; // after the schedule, wait for stepDriver()->step()
    } stepping;
};

class RunSession
{
    Q_DECLARE_TR_FUNCTIONS(RunSession)
public:
    enum class Phase { Idle, Starting, Running, Paused, Finished };

    RunSession();
    ~RunSession(); // stops the run and reaps every process of it
    RunSession(const RunSession &) = delete;
    RunSession &operator=(const RunSession &) = delete;

    // Validates, creates the region, spawns the runner. Returns quickly; the run starts on poll().
    bool start(const RunRequest &request, QString *error);
    // Moves recorded events into the trace; advances Starting -> Running -> Finished. Non-blocking.
    void poll();
    bool pause();
    bool resume();
    // Stops the run now (SIGKILL to its process group); the outcome becomes Deadlock when one was
    // detected, else `outcome` (Stopped or TimedOut).
    void stop(RunOutcome outcome = RunOutcome::Stopped);

    Phase phase() const { return m_phase; }
    bool isActive() const
    {
        return m_phase == Phase::Starting || m_phase == Phase::Running || m_phase == Phase::Paused;
    }
    const Trace &trace() const { return *m_trace; }
    std::unique_ptr<Trace> takeTrace();
    qint64 elapsedMs() const; // wall time since the workload started (0 before)
    pid_t runnerPid() const;
    // Records that arrived after the watermark had passed them (moved up to the ingested edge).
    std::uint64_t lateRecords() const { return m_trace ? m_trace->lateRecords() : 0; }
    // The longest a writer held a record's stamp before writing it (so held the picture back), and
    // the longest the consumer went between two looks at the rings and the kernel's buffers.
    ConsumerTimes consumerTimes() const;
    // Wall time from the event that closed the first deadlock cycle to the poll() that reported it
    // (what a user waits for the detector); -1 while no deadlock was found.
    std::int64_t deadlockDetectionLatencyNs() const { return m_deadlockLatencyNs; }
    // Non-empty when the kernel source was wanted but refused (the run uses the estimate source).
    QString fallbackReason() const { return m_trace->sourceNote(); }
    // A recorded program's output so far (captureOutput), at most kMaxOutputBytes of it.
    const QByteArray &output() const { return m_output; }
    bool outputCapped() const { return m_outputCapped; }
    // Step mode: the driver while the run lasts (nullptr otherwise or after the end); the steps
    // taken and the refusal, if a step was refused, stay after the end.
    StepDriver *stepDriver() const { return m_stepper.get(); }
    const std::vector<int> &stepsTaken() const { return m_stepsTaken; }
    const std::vector<std::vector<int>> &stepsMovable() const { return m_stepsMovable; }
    QString stepRefusal() const { return m_stepRefusal; }
    bool stepStuck() const { return m_stepStuck; }
    static constexpr qsizetype kMaxOutputBytes = 1 << 20;

private:
    void begin(); // the runner is ready: scheduling source, consumer, go
    bool startSchedSource();
    void finishRun(RunOutcome outcome, const QString &detail);
    void noteDeadlockLatency(); // once, at the first poll that sees a deadlock
    void takeOutput();

    RunRequest m_request;
    Phase m_phase = Phase::Idle;
    std::unique_ptr<Trace> m_trace;
    std::unique_ptr<TraceBuilder> m_builder; // the one writer of m_trace while the run lasts
    std::unique_ptr<RunnerHost> m_host;
    std::unique_ptr<SchedSource> m_sched;
    std::unique_ptr<IngestPipeline> m_pipeline;
    std::unique_ptr<MachineLoadSampler> m_load;
    std::unique_ptr<StepDriver> m_stepper;
    std::vector<int> m_stepsTaken;
    std::vector<std::vector<int>> m_stepsMovable;
    QString m_stepRefusal;
    bool m_stepStuck = false;
    std::uint64_t m_startedAtNs = 0;
    std::uint64_t m_spawnedAtNs = 0;
    std::uint64_t m_pausedAtNs = 0;
    std::int64_t m_deadlockLatencyNs = -1;
    ConsumerTimes m_consumerTimes; // kept from the pipeline when the run ends
    QByteArray m_output;
    bool m_outputCapped = false;
};

} // namespace samtidig
