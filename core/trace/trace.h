#pragma once
// The trace model: what one run recorded, as lanes of spans plus instants, flows and analysis
// results. No painting here; the UI reads it, the exporters write it, the builder appends to it.
// Times are nanoseconds relative to originNs (the runner's start), so they fit the UI's doubles.

#include "record/event.h"
#include "trace/chunked_vector.h"
#include "trace/instant_list.h"
#include "trace/machine_load.h"
#include "trace/span_list.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace samtidig {

struct TaskInfo {
    std::uint32_t id = 0;
    std::uint32_t parent = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    TaskKind kind = TaskKind::Thread;
    QString name;
    std::int64_t beginNs = -1; // -1: not seen yet
    std::int64_t endNs = -1; // -1: still running
    std::int64_t exitStatus = 0;
};

struct NameInfo {
    std::uint32_t id = 0;
    NameKind kind = NameKind::Lock;
    QString name;
};

// A hand-over: `fromTask` released lock `lock` at fromNs and `toTask`, which waited, got it at toNs.
struct Flow {
    std::int64_t fromNs = 0;
    std::uint32_t fromTask = 0;
    std::int64_t toNs = 0;
    std::uint32_t toTask = 0;
    std::uint32_t lock = 0;
};

struct Phase {
    std::int64_t startNs = 0;
    std::int64_t endNs = -1; // -1 until the next phase or the end of the run
    QString title;
};

struct TaskLane {
    std::uint32_t task = 0;
    std::uint64_t revision = 0; // the trace's revision when this lane last changed
    SpanList sched; // Running / Runnable / Blocked (kernel source) or Working (estimate source)
    SpanList sync; // LockWait / Sleeping / Awaiting / CondWait / Stalled / StepWait
    SpanList held; // LockHeld (may overlap when several locks are held)
};

// A span that has begun and not ended yet (live runs): drawn from startNs to trace.endNs.
struct OpenSpan {
    std::uint32_t task = 0;
    int track = 0; // 0 sched, 1 sync, 2 held (task lanes); 3 cpu lane `arg`, running task `task`
    SpanState state = SpanState::Running;
    std::int64_t startNs = 0;
    std::uint32_t arg = 0;
    std::uint32_t other = 0;
};

struct CpuLane {
    int cpu = 0;
    std::uint64_t revision = 0; // the trace's revision when this lane last changed
    SpanList spans; // state Running, other = task id
};

// One deadlock cycle: tasks[i] waits for locks[i], which tasks[(i+1) % n] holds.
struct DeadlockCycle {
    std::int64_t detectedNs = 0;
    std::vector<std::uint32_t> tasks;
    std::vector<std::uint32_t> locks;
};

// A potential deadlock: locks taken in a cyclic order (l[i] held while l[i+1] requested).
struct LockOrderCycle {
    std::vector<std::uint32_t> locks;
    std::vector<std::uint32_t> tasks; // the task that made each edge
};

// A write that was overwritten by another task's write based on a stale read.
struct LostUpdate {
    std::uint32_t variable = 0;
    std::uint32_t lostTask = 0; // whose write was lost
    std::int64_t lostWriteNs = 0;
    std::uint64_t lostValue = 0;
    std::uint32_t overwritingTask = 0; // who overwrote it without having read it
    std::int64_t overwriteNs = 0;
    std::uint64_t overwriteValue = 0;
    std::int64_t staleReadNs = 0; // the overwriter's read that came before lostWrite
};

struct LockStats {
    std::uint32_t lock = 0;
    std::uint64_t acquisitions = 0;
    std::uint64_t contended = 0;
    std::uint64_t timeouts = 0;
    std::int64_t totalWaitNs = 0;
    std::int64_t maxWaitNs = 0;
    std::map<std::uint32_t, std::int64_t> waitByTask;
};

struct AnalysisResults {
    std::vector<DeadlockCycle> deadlocks;
    std::vector<LockOrderCycle> lockOrderWarnings;
    std::vector<LostUpdate> lostUpdates;
    std::map<std::uint32_t, LockStats> locks;
};

enum class RunOutcome : std::uint8_t { Running = 0, Completed, Deadlock, TimedOut, Crashed, Stopped, Failed };
const char *runOutcomeName(RunOutcome outcome); // "running", "completed", "deadlock", "timed_out", ...

// A time the run was paused (Run → Pause): every process and thread stood still. Relative to
// the origin; endNs -1 while it is still paused (drawn up to the live edge).
struct PausedSpan {
    std::int64_t startNs = 0;
    std::int64_t endNs = -1;
};

// What a recorded program wrote to its standard output and error, as the window's output pane
// kept it: the first bytes only, and whether it wrote more.
struct ProgramOutput {
    QByteArray bytes;
    bool capped = false;
};

// What a trace says about its run as a whole: what ran, how it was recorded, how it ended.
struct RunDescription {
    QString scenario; // scenario id
    QJsonObject parameters; // name -> value
    SchedulingSource source = SchedulingSource::Estimate;
    QString sourceNote; // why the source was chosen (e.g. "perf_event_open: EACCES")
    int cpuCount = 0;
    std::uint64_t originNs = 0; // CLOCK_MONOTONIC of time 0
    std::int64_t endNs = 0; // the live edge: latest time known (advances with time while live)
    RunOutcome outcome = RunOutcome::Running;
    QString outcomeDetail; // e.g. "killed by signal 11 (Segmentation fault)"
    QJsonObject results; // the scenario's own results section
    std::uint64_t events = 0;
    std::uint64_t dropped = 0;
    std::uint64_t stalledNs = 0;
    std::uint64_t stalls = 0;
    std::uint64_t lateRecords = 0;
    MachineLoad machineLoad;
    // Detail stopped being kept here (the model reached its memory limit); -1: the whole run is
    // in full detail. Counters and the analysis cover the whole run either way.
    std::int64_t detailCappedAtNs = -1;
    std::vector<PausedSpan> paused; // in time order
    ProgramOutput programOutput; // empty unless a recorded program's output was captured
    // Step mode: the threads let go, one per step, in order (thread numbers from 1); empty when
    // the run was not taken step by step.
    std::vector<int> steps;
};

// One run's trace. Only TraceBuilder changes it (the live session, the file readers and the
// importers all build through one); everything else reads it through these accessors and compares
// revision() to know whether anything changed since it last looked.
class Trace
{
public:
    // Run description
    const RunDescription &description() const { return m_run; }
    const QString &scenario() const { return m_run.scenario; }
    const QJsonObject &parameters() const { return m_run.parameters; }
    SchedulingSource source() const { return m_run.source; }
    const QString &sourceNote() const { return m_run.sourceNote; }
    int cpuCount() const { return m_run.cpuCount; }
    std::uint64_t originNs() const { return m_run.originNs; }
    std::int64_t endNs() const { return m_run.endNs; }
    const std::vector<PausedSpan> &pausedSpans() const { return m_run.paused; }
    std::int64_t pausedNs() const; // how long the run stood paused, up to the live edge
    std::int64_t latestEventNs() const { return m_latestEventNs; } // newest event in the model
    RunOutcome outcome() const { return m_run.outcome; }
    const QString &outcomeDetail() const { return m_run.outcomeDetail; }
    const QJsonObject &results() const { return m_run.results; }
    const ProgramOutput &programOutput() const { return m_run.programOutput; }
    const std::vector<int> &steps() const { return m_run.steps; }
    // Some thread of the run stopped at a step gate (live), or the run's steps were saved.
    bool hasStepGates() const { return m_stepGates || !m_run.steps.empty(); }

    // Counters
    std::uint64_t events() const { return m_run.events; }
    std::uint64_t dropped() const { return m_run.dropped; }
    // Lossless mode: how long, and how many times, writers waited for room in a full ring.
    std::uint64_t stalledNs() const { return m_run.stalledNs; }
    std::uint64_t stalls() const { return m_run.stalls; }
    // Records that reached the model later than the live reorder window allowed (a starved
    // consumer); they were stamped at the time already ingested instead of their own.
    std::uint64_t lateRecords() const { return m_run.lateRecords; }
    // The whole machine's per-CPU busy time during the run (/proc/stat), for what others used.
    const MachineLoad &machineLoad() const { return m_run.machineLoad; }
    std::int64_t detailCappedAtNs() const { return m_run.detailCappedAtNs; }

    // Data
    const std::map<std::uint32_t, TaskInfo> &tasks() const { return m_tasks; }
    const std::map<std::uint32_t, NameInfo> &names() const { return m_names; }
    // In order of first appearance; see taskLaneDisplayOrder().
    const std::vector<TaskLane> &taskLanes() const { return m_taskLanes; }
    const std::vector<CpuLane> &cpuLanes() const { return m_cpuLanes; } // one per logical CPU
    const InstantList &instants() const { return m_instants; } // sorted by time
    const ChunkedVector<Flow> &flows() const { return m_flows; }
    const std::vector<Phase> &phases() const { return m_phases; }
    // Spans begun and not ended yet (live runs); empty when the run has finished.
    const std::vector<OpenSpan> &openSpans() const { return m_openSpans; }
    const AnalysisResults &analysis() const { return m_analysis; }

    // Moves on with every change the builder makes. Unique across all traces of the process, so an
    // equal revision means the same trace, unchanged (even if another trace now has its address).
    std::uint64_t revision() const { return m_revision; }

    const TaskInfo *task(std::uint32_t id) const;
    // "name" (a scenario's own name in the current language, displayedName()) or taskPlaceholderName(id)
    QString taskName(std::uint32_t id) const;
    QString nameOf(std::uint32_t id) const; // registered name or "#id"
    const TaskLane *laneForTask(std::uint32_t id) const;
    // One more than the largest task id that has a lane (for tables indexed by task id).
    std::size_t laneTaskIdLimit() const { return m_taskLaneIndex.size(); }
    std::size_t spanCount() const;
    std::size_t memoryBytes() const;

private:
    friend class TraceBuilder;

    TaskLane *mutableLane(std::uint32_t id);
    TaskLane &ensureTaskLane(std::uint32_t id);
    CpuLane &ensureCpuLane(int cpu);

    RunDescription m_run;
    std::int64_t m_latestEventNs = 0;

    std::map<std::uint32_t, TaskInfo> m_tasks;
    std::map<std::uint32_t, NameInfo> m_names;
    std::vector<TaskLane> m_taskLanes;
    std::vector<int> m_taskLaneIndex; // task id -> index into m_taskLanes, -1 if none
    std::vector<CpuLane> m_cpuLanes;
    InstantList m_instants;
    ChunkedVector<Flow> m_flows;
    std::vector<Phase> m_phases;
    std::vector<OpenSpan> m_openSpans;
    AnalysisResults m_analysis;
    bool m_stepGates = false;
    std::uint64_t m_revision = nextRevision();

    static std::uint64_t nextRevision();
};

// "task <id>" in the current language: the name of a task that never registered one. Resolved when
// shown, never stored, so a saved live recording is not fixed to the language it was recorded in.
QString taskPlaceholderName(std::uint32_t id);

// Task lanes in display order, grouped process -> threads -> coroutines -> child processes, with
// their nesting depth; threads and processes in the order they were created, whatever ran first.
struct LaneRow {
    std::size_t laneIndex = 0;
    int depth = 0;
};
std::vector<LaneRow> taskLaneDisplayOrder(const Trace &trace);

// Step mode: when each step was taken, in step order (index 0 is step 1): the moment its thread
// passed its gate, which ends a StepWait span. A finished run keeps its first steps().size() (the
// gates Run Freely opened and the waits Stop ended come after them); while live, every pass so far.
// Empty when no thread stopped at a gate.
std::vector<std::int64_t> stepPassTimes(const Trace &trace);

} // namespace samtidig
