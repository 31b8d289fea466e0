#pragma once
// Live analysis fed by the trace builder, event by event in time order: the wait-for graph
// (actual deadlocks), the lock-order graph (potential deadlocks), lost updates on shared
// variables, and per-lock contention, each in trace.analysis() as soon as it is known (when: the
// README's Architecture, "Decisions"). analysis.deadlocks holds each wait-for cycle once, until a
// task in it gives up with a timeout; activeDeadlocks() is the graph's state right now.

#include "analysis/lock_contention.h"
#include "analysis/lock_order_graph.h"
#include "analysis/lost_update_detector.h"
#include "analysis/wait_for_graph.h"
#include "record/event.h"
#include "trace/id_table.h"

#include <cstdint>
#include <vector>

namespace samtidig {

class Trace;
struct AnalysisResults;
class InstantList;

class LiveAnalysis
{
public:
    // Reads the trace's names; writes its results and lost-update marks where the builder says.
    LiveAnalysis(const Trace &trace, AnalysisResults &results, InstantList &instants);
    ~LiveAnalysis();
    LiveAnalysis(const LiveAnalysis &) = delete;
    LiveAnalysis &operator=(const LiveAnalysis &) = delete;

    // t is relative to trace.originNs(), like the model's times.
    void onEvent(const Event &e, std::int64_t t);
    // A user's program: a waiter found `task` holding `lock`, whose own (uncontended) acquisition
    // was not recorded. It holds it from now on; its own waits, if any, go on.
    void onHolderSeen(std::uint32_t task, std::uint32_t lock);
    // A user's program: `task` took `lock` while it held `held` (uncontended or not; the preload
    // library says so once per pair). The lock-order graph gets the edge.
    void onNested(std::uint32_t task, std::uint32_t held, std::uint32_t lock);
    // A Python program's GIL, in the wait-for graph only: a thread that holds a mutex and waits for
    // the GIL while the GIL's holder waits for that mutex is a deadlock (a classic of C
    // extensions). Not in the lock-order graph, and not counted as a lock: every thread takes the
    // GIL with locks held and locks with the GIL held, which would warn about every program.
    // A wait goes on from the first wait on the GIL's condition (timed, 5 ms at a time) until the
    // thread takes the GIL; its wake-ups in between are not the end of it.
    void onGilWait(std::uint32_t task, std::uint32_t gil, std::int64_t t);
    void onGilTaken(std::uint32_t task, std::uint32_t gil, std::int64_t t);
    void onGilDropped(std::uint32_t task, std::uint32_t gil);
    // One of CPython's own mutexes that guard the GIL: kept out of the wait-for graph. A thread
    // woken from its wait for the GIL holds it a moment, while the GIL's holder may wait for it to
    // drop the GIL: a cycle of a moment, never a deadlock. Its contention is still counted.
    void setInterpreterLock(std::uint32_t lock);
    // The run ended at t: final passes (lost updates not yet reported).
    void finish(std::int64_t t);
    // The batch of records given to onEvent since the last call is complete: lost updates settled
    // meanwhile go into trace.instants() in one merge. One by one, each would shift every later
    // instant (a racy run with tens of thousands of lost updates took seconds a batch).
    void endOfBatch();

    // Wait-for cycles present now (detectedNs = -1): non-empty while the run hangs in a deadlock.
    std::vector<DeadlockCycle> activeDeadlocks() const;
    // Writes the lost-update detector keeps in memory; stays small on long runs.
    std::size_t retainedWrites() const;

private:
    bool isSemaphore(std::uint32_t lock) const;
    bool isInterpreterLock(std::uint32_t lock) const;
    bool lookUpLockKind(std::uint32_t lock) const; // isSemaphore's first look at a lock
    void onRequest(const Event &e, std::int64_t t, std::uint32_t lock);
    void onAcquired(const Event &e, std::int64_t t, std::uint32_t lock);
    void onReleased(std::uint32_t task, std::uint32_t lock);
    void onTaskEnd(std::uint32_t task);
    void addLockOrderEdges(std::uint32_t task, std::uint32_t lock);
    void addDeadlocks(const std::vector<DeadlockCycle> &cycles);
    void withdrawDeadlocks(const std::vector<DeadlockCycle> &broken);
    void publishLostUpdates();

    const Trace &m_trace;
    AnalysisResults &m_results;
    InstantList &m_instants;
    WaitForGraph m_waitFor;
    LockOrderGraph m_lockOrder;
    LostUpdateDetector m_lostUpdates;
    LockContention m_contention;
    IdTable<std::vector<std::uint32_t>> m_held; // task -> locks held, in order taken
    // lock -> 1 semaphore, 2 other kind, 3 the interpreter's own (setInterpreterLock); 0 not
    // registered yet (asked again: names come late).
    mutable IdTable<std::uint8_t> m_lockKind;
    std::vector<Instant> m_unpublished; // lost-update instants settled in this batch, in time order
    // endOfBatch's scratch, kept between batches: fresh vectors of a busy run's tail would be fresh
    // pages (page faults) every batch.
    std::vector<Instant> m_tail;
    std::vector<Instant> m_merged;
};

} // namespace samtidig
