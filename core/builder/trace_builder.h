#pragma once
// The one writer of a Trace. The live session feeds it registrations and the time-ordered record
// stream; the file readers, the Chrome importer and the synthetic test traces restore what they
// read through the same object. It owns the task directory: a task may first appear from a kernel
// record (tid, pid, command name) and be registered, renamed or re-parented later, keeping its
// spans and its one lane.

#include "record/event.h"
#include "record/task_note.h"
#include "trace/id_table.h"
#include "trace/trace.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <unordered_map>
#include <vector>

namespace samtidig {

class LiveAnalysis;

class TraceBuilder
{
public:
    explicit TraceBuilder(Trace &trace);
    const Trace &trace() const { return m_trace; }
    ~TraceBuilder();
    TraceBuilder(const TraceBuilder &) = delete;
    TraceBuilder &operator=(const TraceBuilder &) = delete;

    // --- The run's description ---
    void describeRun(const QString &scenario, const QJsonObject &parameters, int cpuCount);
    void setSource(SchedulingSource source, const QString &note);
    void setOrigin(std::uint64_t originNs); // CLOCK_MONOTONIC of time 0
    void setOutcome(RunOutcome outcome, const QString &detail);
    void setResults(const QJsonObject &results);
    void setSteps(std::vector<int> steps); // step mode: the threads let go, one per step
    void setLossCounters(std::uint64_t dropped, std::uint64_t stalledNs, std::uint64_t stalls);
    void addLateRecords(std::uint64_t count);
    void setMachineLoadTick(std::int64_t tickNs);
    void addMachineLoadSample(CpuBusySample sample);
    void dropMachineLoad(const QString &why); // half a picture would mislead: none, and why
    void setProgramOutput(ProgramOutput output); // what a recorded program wrote (the window's pane)
    // The live edge moves with time, not only with events (a deadlocked run records nothing, yet
    // its waits grow). Relative to the origin; never moves back.
    void advanceEdgeTo(std::int64_t endNs);
    // The run was paused at / resumed at `monotonicNs` (absolute CLOCK_MONOTONIC). finish() ends a
    // pause still open. Also moves the live edge there: the pause is part of the run's time.
    void beginPause(std::uint64_t monotonicNs);
    void endPause(std::uint64_t monotonicNs);
    void restorePausedSpan(PausedSpan span) { m_trace.m_run.paused.push_back(span); } // file readers

    // --- Tasks and names ---
    // A registration from the workload (its id is the registry's and stays the task's id). A task
    // the kernel showed first under the same tid takes this id, with its lane and its spans.
    void registerTask(const TaskInfo &info);
    void registerName(const NameInfo &info);
    // What the scheduling source learnt of a thread: created (by whom), named, exec'd. Makes the
    // thread's task if it is new; names only tasks the workload did not name itself.
    void noteTask(const TaskNote &note);
    // When process `pid` last exec'd (the records' clock), 0 if no exec of it was noted.
    std::uint64_t lastExecNs(std::int32_t pid) const;
    // A thread whose records are left out (the launcher of a user's program); what it creates has
    // no parent task. The first process it forks is the program; any later one is its own, left out,
    // and so is a thread that process starts before its exec (a sanitizer runtime's, say): exec ends it.
    void hideThread(std::int32_t tid) { m_hidden.push_back(tid); }
    // Kernel-discovered tasks get ids from here on (after the workload registry's range).
    void setFirstDiscoveredTaskId(std::uint32_t id) { m_nextDiscoveredId = std::max(m_nextDiscoveredId, id); }
    // Locks a user's program records by address (preload library) get name ids from here on.
    void setFirstForeignNameId(std::uint32_t id) { m_nextForeignNameId = std::max(m_nextForeignNameId, id); }
    // Where in a user's program (pid) an address of its code is: "worker (race.c:14)", or empty when
    // nothing says. A lock is named by where it was first taken ("mutex at worker (race.c:14)").
    using SiteNamer = std::function<QString(std::int32_t pid, std::uint64_t address)>;
    void setSiteNamer(SiteNamer namer) { m_siteNamer = std::move(namer); }

    // The model keeps full detail up to about this many bytes; after that only the tasks, the
    // counters and the analysis go on, and the trace says where detail stopped. 0: no limit.
    void setDetailLimit(std::size_t bytes) { m_detailLimit = bytes; }
    static constexpr std::size_t kDefaultDetailLimit = std::size_t { 4 } << 30;

    // --- The record stream (live runs) ---
    // Events must be sorted by time (ties keep ring order). Scheduling records of a thread known
    // only by its kernel ids carry task 0 and kernelIds(pid, tid) in `b`.
    void ingest(std::span<const Event> events);
    // Closes every open span at `endNs` (absolute CLOCK_MONOTONIC). A deadlocked wait stays
    // visible up to the end.
    void finish(std::uint64_t endNs);
    LiveAnalysis &analysis() { return *m_analysis; }

    // --- Restoring a finished trace (file readers, importers, synthetic traces) ---
    TaskLane &restoreTaskLane(std::uint32_t task);
    CpuLane &restoreCpuLane(int cpu); // and the lanes of the CPUs before it
    std::vector<CpuLane> &restoreCpuLanes() // every lane stamped, as restoreCpuLane() stamps one
    {
        change();
        for (CpuLane &lane : m_trace.m_cpuLanes)
            lane.revision = m_trace.m_revision;
        return m_trace.m_cpuLanes;
    }
    InstantList &restoreInstants()
    {
        change();
        return m_trace.m_instants;
    }
    ChunkedVector<Flow> &restoreFlows()
    {
        change();
        return m_trace.m_flows;
    }
    std::vector<Phase> &restorePhases()
    {
        change();
        return m_trace.m_phases;
    }
    std::vector<OpenSpan> &restoreOpenSpans()
    {
        change();
        return m_trace.m_openSpans;
    }
    AnalysisResults &restoreAnalysis()
    {
        change();
        return m_trace.m_analysis;
    }
    MachineLoad &restoreMachineLoad()
    {
        change();
        return m_trace.m_run.machineLoad;
    }
    void restoreDescription(RunDescription description);
    RunDescription &restoreRun()
    {
        change();
        return m_trace.m_run;
    } // field by field
    void restoreLatestEvent(std::int64_t latestEventNs);
    TaskInfo &restoreTask(std::uint32_t id); // created if new
    NameInfo &restoreName(std::uint32_t id); // created if new

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
        TaskInfo *info = nullptr; // its trace task entry (map nodes stay put), once known
        std::uint32_t lane = 0; // its index in the trace's task lanes, once known
        bool known = false; // task entry, begin time and lane exist: state() has no work
    };
    struct LockState {
        std::uint32_t holder = 0;
        std::int64_t lastReleaseNs = -1;
        std::uint32_t lastReleaser = 0;
    };

    void change() { m_trace.m_revision = Trace::nextRevision(); }
    void apply(const Event &e, std::int64_t t);
    TaskState &state(std::uint32_t task, std::int64_t t)
    {
        if (task < m_tasks.size() && m_tasks[task].known) [[likely]]
            return m_tasks[task];
        return firstSeen(task, t);
    }
    TaskState &firstSeen(std::uint32_t task, std::int64_t t); // registers it: lane, begin time
    std::uint32_t taskForKernelIds(std::uint64_t ids, std::int64_t t);
    std::uint32_t discover(std::int32_t pid, std::int32_t tid, std::uint32_t parent, std::int64_t t);
    bool hidden(std::int32_t tid) const
    {
        return !m_hidden.empty() && std::find(m_hidden.begin(), m_hidden.end(), tid) != m_hidden.end();
    }
    void takeOver(std::uint32_t from, std::uint32_t to); // a discovered task becomes a registered one
    TaskLane &laneOf(const TaskState &st);
    void closeSched(std::uint32_t task, TaskState &s, std::int64_t t);
    void closeSync(TaskState &st, std::int64_t t);
    void closeHeld(TaskState &st, std::int64_t t); // the locks it holds are shown held until t
    void applyKernelSlice(const Event &e, std::int64_t t); // a switch record, for the thread it names
    // The task ended at t: all its spans end there. A lock it still holds is abandoned (a Python
    // program's main thread exits holding the GIL): it is drawn held until the end, not beyond.
    void endTask(std::uint32_t task, TaskState &st, std::int64_t t);
    void openSync(TaskState &s, std::int64_t t, std::uint8_t state, std::uint32_t arg, std::uint32_t other);
    void refreshOpenSpans();
    void closeEverySpan(std::int64_t t); // every task's running, waiting and holding spans end at t
    void capDetail(std::int64_t t); // closes what is open at t; from then on no more detail
    void applyCapped(const Event &e, std::int64_t t); // what still counts after the cap
    void addInstant(std::int64_t t, std::uint32_t task, std::uint8_t kind, std::uint64_t a, std::uint64_t b);
    // A record of a user's program (task = kTaskByTid | tid, a = the lock's address): resolved to a
    // task and a name id, and applied like the scenarios' records.
    void ingestForeign(const Event &e, std::int64_t t);
    void applyResolved(const Event &e, std::int64_t t);
    // The name of a program's lock; `kind` is what the record says or, for records that do not
    // say (a mutex's or a condition's), a guess that the lock's LockSite corrects.
    std::uint32_t foreignName(std::int32_t pid, std::uint64_t address, ForeignLock kind,
                              bool guessed = false);
    void nameForeign(NameInfo &info, std::uint64_t address, ForeignLock kind) const;
    void nameBySite(std::uint32_t name, std::int32_t pid, std::uint64_t caller);

    Trace &m_trace;
    std::unique_ptr<LiveAnalysis> m_analysis;
    std::vector<TaskState> m_tasks; // by task id
    IdTable<LockState> m_locks;
    std::vector<std::uint32_t> m_cpuRunning; // task running on each cpu lane (0 = none)
    std::vector<std::int64_t> m_cpuSince;
    std::unordered_map<std::int32_t, std::uint32_t> m_taskByTid; // threads and processes, not coroutines
    std::vector<bool> m_discovered; // by task id: known only from kernel records so far
    std::vector<std::int32_t> m_hidden; // tids whose records are left out
    bool m_hiddenForkedOnce = false; // a hidden launcher forked the program it launches
    std::int32_t m_launchedPid = 0; // that process: until its first exec it runs the launcher's code
    bool m_launchedExeced = false;
    std::int64_t m_launchedExecNs = 0; // when it did: its slices before are the launcher's
    Event m_preExecSlice; // its last slice begun before the exec (kind None: none open)
    std::uint32_t m_nextDiscoveredId = 1;
    std::size_t m_detailLimit = kDefaultDetailLimit;
    bool m_capped = false;
    // A user's program's locks: (pid, address) -> name id, and what kind each is.
    std::map<std::pair<std::int32_t, std::uint64_t>, std::uint32_t> m_foreignNames;
    IdTable<ForeignLock> m_foreignKind;
    std::set<std::uint32_t> m_foreignKindGuessed; // named before their LockSite: kind guessed
    std::map<std::uint64_t, std::int32_t> m_foreignAddressPid; // the first process to use an address
    std::uint32_t m_nextForeignNameId = 1;
    SiteNamer m_siteNamer;
    std::map<QString, int> m_siteNameUses; // a site's name -> locks named by it so far
    // A process forked by another of the program's (pid -> its parent's pid) that has not exec'd:
    // it runs its parent's code at the same addresses, so the parent's maps name its locks when it
    // ended before its own were read.
    std::unordered_map<std::int32_t, std::int32_t> m_forkedFrom;
    std::unordered_map<std::int32_t, std::uint64_t> m_lastExecNs; // pid -> its last exec's note
};

} // namespace samtidig
