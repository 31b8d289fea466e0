#pragma once
// Turns a time-ordered stream of records into the trace model's lanes, instants and flows, and
// feeds the live analysis. Incremental: the consumer calls ingest() for every drained batch.

#include "record/event.h"
#include "trace/id_table.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace samtidig {

struct Trace;
struct TaskInfo;
struct TaskLane;
class LiveAnalysis;

class TraceBuilder
{
public:
    explicit TraceBuilder(Trace &trace);
    ~TraceBuilder();
    TraceBuilder(const TraceBuilder &) = delete;
    TraceBuilder &operator=(const TraceBuilder &) = delete;

    // Events must be sorted by time (ties keep ring order). Task and name registrations for the
    // ids they use should be in the trace already; unknown ids get placeholder tasks.
    void ingest(std::span<const Event> events);
    // Closes every open span at `endNs` (absolute CLOCK_MONOTONIC). A deadlocked wait stays
    // visible up to the end.
    void finish(std::uint64_t endNs);

    LiveAnalysis &analysis() { return *m_analysis; }

private:
    struct Open {
        bool open = false;
        std::uint8_t state = 0;
        std::int64_t start = 0;
        std::uint32_t arg = 0;
        std::uint32_t other = 0;
        int cpu = -1;
    };
    struct HeldLock {
        std::uint32_t lock = 0;
        std::int64_t start = 0;
    };
    struct TaskState {
        Open sched;
        Open sync;
        // Locks held, sorted by lock id. A task holds a few at most: a flat vector, not a map,
        // so acquiring and releasing allocate nothing.
        std::vector<HeldLock> held;
        TaskInfo *info = nullptr; // its trace.tasks entry (map nodes stay put), once known
        std::uint32_t lane = 0; // its index in trace.taskLanes, once known
        bool known = false; // trace.tasks entry, begin time and lane exist: state() has no work
    };
    struct LockState {
        std::uint32_t holder = 0;
        std::int64_t lastReleaseNs = -1;
        std::uint32_t lastReleaser = 0;
    };

    void apply(const Event &e, std::int64_t t);
    TaskState &state(std::uint32_t task, std::int64_t t)
    {
        if (task < m_tasks.size() && m_tasks[task].known) [[likely]]
            return m_tasks[task];
        return firstSeen(task, t);
    }
    TaskState &firstSeen(std::uint32_t task, std::int64_t t); // registers it: lane, begin time
    TaskLane &laneOf(const TaskState &st);
    void closeSched(std::uint32_t task, TaskState &s, std::int64_t t);
    void closeSync(TaskState &st, std::int64_t t);
    void openSync(TaskState &s, std::int64_t t, std::uint8_t state, std::uint32_t arg, std::uint32_t other);
    void refreshOpenSpans();
    void addInstant(std::int64_t t, std::uint32_t task, std::uint8_t kind, std::uint64_t a, std::uint64_t b);

    Trace &m_trace;
    std::unique_ptr<LiveAnalysis> m_analysis;
    std::vector<TaskState> m_tasks; // by task id
    IdTable<LockState> m_locks;
    std::vector<std::uint32_t> m_cpuRunning; // task running on each cpu lane (0 = none)
    std::vector<std::int64_t> m_cpuSince;
};

} // namespace samtidig
