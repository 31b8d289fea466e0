#pragma once
// The consumer side of the shared region: a thread that, about every millisecond, copies new task
// and name registrations, every ring's new records and the scheduling source's slices into a
// staging batch. The owner takes the batch whenever it likes (e.g. at 60 Hz on the GUI thread),
// so a slow GUI never stalls the writers and the writers never wait on the GUI.

#include "record/clock_mapping_keeper.h"
#include "record/event.h"
#include "record/task_note.h"
#include "trace/trace.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
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
        std::vector<TaskNote> notes; // threads coming into being and their names (sched source)
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
    void run();
    void readRegistry(Batch &into);

    SharedRegion &m_region;
    SchedSource *m_sched = nullptr;
    ClockMappingKeeper m_clock;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    std::mutex m_mutex; // guards m_staging only; held for appends and swaps, never for I/O
    Batch m_staging;
    Batch m_local; // the consumer thread's scratch batch, reused every pass
    std::uint32_t m_tasksSeen = 0;
    std::uint32_t m_namesSeen = 0;
    std::vector<Event> m_scratch;
    std::vector<TaskNote> m_notes;
};

} // namespace samtidig
