#pragma once
// The consumer side of the shared region: a thread that, every 0.5 to 5 ms, copies new task
// and name registrations, every ring's new records and the scheduling source's slices into a
// staging batch. The owner takes the batch whenever it likes (e.g. at 60 Hz on the GUI thread),
// so a slow GUI never stalls the writers and the writers never wait on the GUI.

#include "record/clock_mapping_keeper.h"
#include "record/event.h"
#include "record/task_note.h"
#include "runner/consumer_times.h"
#include "runner/writer_state.h"
#include "trace/trace.h"

#include <atomic>
#include <cstdint>
#include <functional>
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
    // The consumer thread's time slice (requestShortSlice): a pass takes well under this.
    static constexpr std::uint64_t kSliceNs = 250'000;

    struct Batch {
        std::vector<TaskInfo> tasks;
        std::vector<NameInfo> names;
        std::vector<Event> events; // per-ring order; not sorted across rings
        std::vector<TaskNote> notes; // threads coming into being and their names (sched source)
        std::uint64_t dropped = 0; // total so far (rings, kernel, refused rings)
        std::uint64_t stalledNs = 0; // lossless mode: total time writers waited for room, so far
        std::uint64_t stalls = 0; // ... and how many times they waited
        ConsumerTimes times;
        // Every record stamped before this time (the consumer's clock) is in this batch or an
        // earlier one: no ring held a record stamped earlier but not yet written when it was
        // drained. 0 until the first drain pass. The session ingests up to it (IngestPipeline).
        std::uint64_t completeBeforeNs = 0;
    };

    // How a held ring's writer is asked what it is doing (writerState: its /proc stat).
    using WriterStateQuery = std::function<WriterState(pid_t pid, pid_t tid)>;

    RingConsumer(SharedRegion &region, SchedSource *sched, WriterStateQuery query = writerState);
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

    // How often the thread drains. Each of its wakes takes a core from the recorded program for a
    // moment (on a machine its threads keep busy, it preempts one of them, and each switch of a
    // recorded thread costs the kernel's switch records too), so a trickle of records, such as a
    // CPU-bound program's context switches or a program that rarely waits for a lock, is drained
    // every kQuietSleepNs: about 200 wakes a second, and at most that much later in the window
    // (sooner where the scheduling source samples on the passes: longestDrainIntervalNs()).
    // A stream of kBusyRecordsPerSecond or more is drained every kBusySleepNs, so no ring or kernel
    // buffer fills and the window stays close behind (the live latency goal is at 1 M records/s).
    static constexpr std::uint64_t kBusySleepNs = 500'000;
    static constexpr std::uint64_t kQuietSleepNs = 5'000'000;
    static constexpr std::uint64_t kBusyRecordsPerSecond = 50'000;
    // The sleep after a pass that copied `records` records, `sinceNs` after the previous one ended.
    static std::uint64_t sleepAfterPassNs(std::size_t records, std::uint64_t sinceNs);
    // A ring whose writer has held a stamp this long has its writer thread's state asked (at most
    // this often): shorter holds are a preemption's, and cost no system call.
    static constexpr std::uint64_t kStateCheckNs = 20'000'000;
    // A writer seen blocked in every look for this long lets the watermark pass. Not at once: a
    // writer can sleep inside a write (a page fault waiting for memory; under TSan, the sanitizer's
    // own locks, whose holder may wait long for a core among 256 threads) and still write its
    // record. Our writers never block with a stamp held otherwise, so the wait costs nothing.
    static constexpr std::uint64_t kBlockedGraceNs = 2'000'000'000;
    // Only when the kernel will not say what the writer does: how long its stamp may hold the watermark.
    static constexpr std::uint64_t kUnknownStateHoldNs = 1'000'000'000;
    // While this many records are staged and not taken (the session's builder is behind), a pass
    // leaves the rings alone: they fill, and their writers wait (lossless) or drop (lossy), so a
    // workload faster than the whole path is slowed or counted, never a growing heap. 32 MiB.
    static constexpr std::size_t kMaxStagedEvents = std::size_t(1) << 20;
    // Within a pass, the scheduling source collects what the kernel holds every this many records
    // copied from the rings (SchedSource::collect).
    static constexpr std::size_t kCollectEvery = 65536;

private:
    // Per ring: what was last learnt of its writer while it held a stamp.
    struct RingWatch {
        std::uint64_t clearNs = 0; // start of the latest pass that found no stamp outstanding
        std::uint64_t askedNs = 0; // when the writer's state was last asked (0: not since clearNs)
        std::uint64_t blockedSinceNs = 0; // first of the looks, all since, that found it blocked
        WriterState state = WriterState::Unknown; // the last answer
        bool letGo = false; // this pass: the writer was found not to write its stamp before the ring was read
    };
    void run();
    std::size_t drainPass(bool evenIfFull);
    void readRegistry(Batch &into);
    // Marks the rings whose writers will not write their held stamps (blocked, gone), oldest
    // first, until one whose writer will: the pass reads them after asking (RingWatch::letGo) and
    // then stops holding the watermark back for them.
    void settleHeldRings(std::uint64_t passNs);

    SharedRegion &m_region;
    SchedSource *m_sched = nullptr;
    WriterStateQuery m_writerState;
    ClockMappingKeeper m_clock;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    std::mutex m_mutex; // guards m_staging only; held for appends and swaps, never for I/O
    Batch m_staging;
    std::atomic<std::size_t> m_staged { 0 }; // m_staging.events.size(), for a look without the lock
    Batch m_local; // the consumer thread's scratch batch, reused every pass
    // Per ring, from the start of the latest pass that found no stamp outstanding in it: whatever
    // it still holds or will hold was stamped after that. A ring claimed since the last pass starts
    // from that pass's start (it was claimed, and stamped, after its look at the claim count).
    std::vector<RingWatch> m_rings;
    std::vector<std::uint32_t> m_held; // settleHeldRings' scratch: rings held long enough to ask
    ConsumerTimes m_times;
    std::uint64_t m_lastPassNs = 0;
    std::uint32_t m_tasksSeen = 0;
    std::uint32_t m_namesSeen = 0;
    std::vector<Event> m_scratch;
    std::vector<TaskNote> m_notes;
};

} // namespace samtidig
