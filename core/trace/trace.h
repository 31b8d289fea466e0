#pragma once
// The trace model: what one run recorded, as lanes of spans plus instants, flows and analysis
// results. No painting here; the UI reads it, the exporters write it, the builder appends to it.
// Times are nanoseconds relative to originNs (the runner's start), so they fit the UI's doubles.

#include "record/event.h"
#include "trace/chunked_vector.h"
#include "trace/machine_load.h"
#include "trace/instant_list.h"
#include "trace/span_list.h"

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
    std::int64_t endNs = -1;   // -1: still running
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
    SpanList sched; // Running / Runnable / Blocked (kernel source) or Working (estimate source)
    SpanList sync;  // LockWait / Sleeping / Awaiting / CondWait / Stalled
    SpanList held;  // LockHeld (may overlap when several locks are held)
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
    std::uint32_t lostTask = 0;       // whose write was lost
    std::int64_t lostWriteNs = 0;
    std::uint64_t lostValue = 0;
    std::uint32_t overwritingTask = 0; // who overwrote it without having read it
    std::int64_t overwriteNs = 0;
    std::uint64_t overwriteValue = 0;
    std::int64_t staleReadNs = 0;      // the overwriter's read that came before lostWrite
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

struct Trace {
    // Run description
    QString scenario;                  // scenario id
    QJsonObject parameters;            // name -> value
    SchedulingSource source = SchedulingSource::Estimate;
    QString sourceNote;                // why the source was chosen (e.g. "perf_event_open: EACCES")
    int cpuCount = 0;
    std::uint64_t originNs = 0;        // CLOCK_MONOTONIC of time 0
    std::int64_t endNs = 0;            // the live edge: latest time known (advances with time while live)
    std::int64_t latestEventNs = 0;    // time of the newest event in the model (live latency)
    RunOutcome outcome = RunOutcome::Running;
    QString outcomeDetail;             // e.g. "killed by signal 11 (Segmentation fault)"
    QJsonObject results;               // the scenario's own results section

    // Counters
    std::uint64_t events = 0;
    std::uint64_t dropped = 0;
    std::uint64_t stalledNs = 0;
    // Records that reached the model later than the live reorder window allowed (a starved
    // consumer); they were stamped at the time already ingested instead of their own. Said in the
    // summary: their times are off by up to their lateness.
    std::uint64_t lateRecords = 0;
    // The whole machine's per-CPU busy time during the run (/proc/stat), for what others used.
    MachineLoad machineLoad;

    // Data
    std::map<std::uint32_t, TaskInfo> tasks;
    std::map<std::uint32_t, NameInfo> names;
    std::vector<TaskLane> taskLanes;   // in order of first appearance; see taskLaneDisplayOrder()
    std::vector<int> taskLaneIndex;    // task id -> index into taskLanes, -1 if none
    std::vector<CpuLane> cpuLanes;     // one per logical CPU
    InstantList instants;              // sorted by time
    ChunkedVector<Flow> flows;
    std::vector<Phase> phases;
    std::vector<OpenSpan> openSpans;   // refreshed by the builder after every batch; empty when finished
    AnalysisResults analysis;

    const TaskInfo *task(std::uint32_t id) const;
    QString taskName(std::uint32_t id) const; // "name" or taskPlaceholderName(id)
    QString nameOf(std::uint32_t id) const;   // registered name or "#id"
    TaskLane *laneForTask(std::uint32_t id);
    const TaskLane *laneForTask(std::uint32_t id) const;
    std::size_t spanCount() const;
    std::size_t memoryBytes() const;
    TaskLane &ensureTaskLane(std::uint32_t id);
    CpuLane &ensureCpuLane(int cpu);
};

// "task <id>" in the current language: the name of a task that never registered one. Resolved when
// shown, never stored, so a saved live recording is not fixed to the language it was recorded in.
QString taskPlaceholderName(std::uint32_t id);

// Task lanes in display order, grouped process -> threads -> coroutines, with their nesting depth.
struct LaneRow {
    std::size_t laneIndex = 0;
    int depth = 0;
};
std::vector<LaneRow> taskLaneDisplayOrder(const Trace &trace);

} // namespace samtidig
