#pragma once
// The consumer side of the shared region: a thread that, about every millisecond, copies new task
// and name registrations, every ring's new records and the scheduling source's slices into a
// staging batch. The owner takes the batch whenever it likes (e.g. at 60 Hz on the GUI thread),
// so a slow GUI never stalls the writers and the writers never wait on the GUI.

#include "record/clock_mapping_keeper.h"
#include "record/event.h"
#include "trace/trace.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <span>
#include <thread>
#include <unordered_map>
#include <vector>

namespace samtidig {

class SharedRegion;
class SchedSource;

class RingConsumer
{
public:
    struct Batch {
        std::vector<TaskInfo> tasks;
        std::vector<NameInfo> names;
        std::vector<Event> events; // per-ring order; not sorted across rings
        std::uint64_t dropped = 0; // total so far (rings, kernel, refused rings)
        std::uint64_t stalledNs = 0;
        // The most any record of the batch lagged behind its stamp when it was staged (how out of
        // order the session may see records; it sizes the session's reorder window).
        std::uint64_t maxLatenessNs = 0;
    };

    RingConsumer(SharedRegion &region, SchedSource *sched);
    ~RingConsumer();
    RingConsumer(const RingConsumer &) = delete;
    RingConsumer &operator=(const RingConsumer &) = delete;

    void start();
    // Stops the thread and drains whatever is left (the writers are gone or stopped by then).
    void stop();
    // Moves everything staged so far into `out` (appending).
    void take(Batch &out);
    // One synchronous drain pass (used by stop() and by benchmarks without the thread). Also
    // steers the region's clock mapping every ClockMappingKeeper::kSteerIntervalNs.
    std::size_t drainOnce();
    const ClockMappingKeeper &clockKeeper() const { return m_clock; }

private:
    // A thread the kernel switched before its registration was read (see labelUnregistered()).
    struct SyntheticTask {
        std::int32_t tid = 0;
        bool claimed = false; // a registration took it over
    };

    void run();
    void readRegistry(Batch &into);
    void readTaskSlot(std::uint32_t index, Batch &into);
    std::uint32_t aliased(std::uint64_t task) const
    {
        return task < m_aliasOf.size() && m_aliasOf[task] != 0 ? m_aliasOf[task]
                                                               : static_cast<std::uint32_t>(task);
    }
    void applyAliases(std::span<Event> events) const;
    void labelUnregistered(Batch &into);

    SharedRegion &m_region;
    SchedSource *m_sched = nullptr;
    ClockMappingKeeper m_clock;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::mutex m_mutex; // guards m_staging only; held for appends and swaps, never for I/O
    Batch m_staging;
    Batch m_local; // the consumer thread's scratch batch, reused every pass
    std::uint32_t m_tasksClaimedSeen = 0;
    // Task slots claimed but not ready when last looked at, in id order: read as soon as they are,
    // so a writer preempted mid-registration does not hold back the registrations after it.
    std::vector<std::uint32_t> m_unreadTasks;
    std::uint32_t m_namesSeen = 0;
    std::unordered_map<std::int32_t, std::uint32_t> m_taskByTid;
    std::uint32_t m_firstSyntheticTask = 0; // tasks the kernel saw but nobody registered (yet)
    std::uint32_t m_nextSyntheticTask = 0;
    std::vector<SyntheticTask> m_synthetic; // by id - m_firstSyntheticTask
    // Registry id -> the synthetic id the task's records go out under, 0 for none; empty (and
    // never looked at) while no task registered after its first switch records went out.
    std::vector<std::uint32_t> m_aliasOf;
    std::vector<Event> m_scratch;
};

} // namespace samtidig
