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
struct RingControl;

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
        // Every record stamped before this time (the consumer's clock) is in this batch or an
        // earlier one: no ring held a record stamped earlier but not yet written when it was
        // drained. 0 until the first drain pass. The session ingests up to it (IngestPipeline).
        std::uint64_t completeBeforeNs = 0;
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
    static constexpr std::uint64_t kDeadWriterCheckNs = 50'000'000;
    void run();
    void readRegistry(Batch &into);
    static bool writerIsGone(const RingControl &c, std::uint64_t heldNs);

    SharedRegion &m_region;
    SchedSource *m_sched = nullptr;
    ClockMappingKeeper m_clock;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    std::mutex m_mutex; // guards m_staging only; held for appends and swaps, never for I/O
    Batch m_staging;
    Batch m_local; // the consumer thread's scratch batch, reused every pass
    // Per ring, the start of the latest pass that found no stamp outstanding in it: whatever it
    // still holds or will hold was stamped after that. A ring claimed since the last pass starts
    // from that pass's start (it was claimed, and stamped, after its look at the claim count).
    std::vector<std::uint64_t> m_ringClear;
    std::uint64_t m_lastPassNs = 0;
    std::uint32_t m_tasksSeen = 0;
    std::uint32_t m_namesSeen = 0;
    std::vector<Event> m_scratch;
    std::vector<TaskNote> m_notes;
};

} // namespace samtidig
