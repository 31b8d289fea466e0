#pragma once
// The binary layout of the shared-memory region one run records into. Everything here is
// position-independent and lock-free so that threads and forked processes of the runner (writers)
// and the window or CLI (the consumer) can share it through one mapping.

#include "record/event.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace samtidig {

inline constexpr std::uint64_t kRegionMagic = 0x5341'4d54'4944'4947ull; // "SAMTIDIG"
// 2: the clock mapping; 3: rings can be released; 4: a ring says while its writer holds a stamp;
// 5: step mode (StepControl); 6: a ring names its writer thread and counts its stalls; 7: the
// preload library marks the processes it runs in; 8: the stamp flag is a bit of the ring's head
// word; 9: the preload marks on the header's first page
inline constexpr std::uint32_t kRegionVersion = 9;
inline constexpr std::size_t kNameLength = 48;
inline constexpr std::size_t kResultsCapacity = 64 * 1024;
inline constexpr std::size_t kLockSourceLength = 96;

enum class RunState : std::uint32_t {
    Created = 0, // consumer made the region
    Ready = 1, // runner attached and waits for Go
    Go = 2, // consumer set up its kernel sources: start the workload
    Finished = 3, // runner wrote its results and is about to exit
    Failed = 4 // runner could not run the scenario; results hold the message
};

// A ring's head word: the next slot the writer fills, and kRingWriting from the moment the writer
// takes a record's stamp until the record is behind the head. A record stamped while the consumer
// saw the bit down is stamped after that look (the consumer's watermark). One word, so that a
// record costs the writer one store to raise the bit and one to publish and lower it, and the
// consumer reads both in one load.
inline constexpr std::uint64_t kRingWriting = std::uint64_t(1) << 63;
inline constexpr std::uint64_t ringHead(std::uint64_t word)
{
    return word & ~kRingWriting;
}

struct alignas(64) RingControl {
    std::atomic<std::uint64_t> head { 0 }; // the head word (above); written by the writer only
    char pad0[56];
    std::atomic<std::uint64_t> tail { 0 }; // next slot the consumer reads (written by the consumer only)
    char pad1[56];
    std::atomic<std::uint64_t> dropped { 0 }; // lossy mode: records that did not fit
    std::atomic<std::uint64_t> stalledNs { 0 }; // lossless mode: total time the writer waited
    std::atomic<std::uint64_t> stalls { 0 }; // lossless mode: how many times it waited
    std::atomic<std::uint32_t> ownerTask { 0 };
    std::atomic<std::uint32_t> ownerPid { 0 };
    // The writer thread's kernel tid (0: not known). While kRingWriting is up the consumer asks the
    // kernel whether that thread is on its way (runnable, stopped) or not (blocked, gone).
    std::atomic<std::uint32_t> ownerTid { 0 };
    // 1: its writer thread has ended; a new thread may take the ring over once the consumer has read
    // everything in it (a program that starts ten thousand short threads needs no ten thousand rings).
    std::atomic<std::uint32_t> released { 0 };
};

// How writers turn the time stamp counter into CLOCK_MONOTONIC nanoseconds, the way the vDSO
// does: ns = baseNs + ((tsc - baseTsc) * mult >> kClockShift). The consumer keeps it tracking
// clock_gettime (ClockMappingKeeper); writers read it under the sequence lock (recordingNs()).
enum class ClockMode : std::uint32_t {
    Gettime = 0, // every stamp is a clock_gettime(CLOCK_MONOTONIC)
    Tsc = 1 // stamps are mapped time stamp counter reads
};

inline constexpr unsigned kClockShift = 32;

struct alignas(64) ClockMapping {
    std::atomic<std::uint32_t> sequence { 0 }; // odd while the consumer rewrites the fields below
    std::atomic<std::uint32_t> mode { 0 }; // ClockMode; fixed when the region is created
    std::atomic<std::uint64_t> baseTsc { 0 };
    std::atomic<std::uint64_t> baseNs { 0 };
    std::atomic<std::uint64_t> mult { 0 }; // nanoseconds per tick, scaled by 2^kClockShift
};

struct TaskSlot {
    std::atomic<std::uint32_t> ready { 0 }; // 1 once the fields below are published
    std::uint32_t parent = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    TaskKind kind = TaskKind::Thread;
    char name[kNameLength] = {};
};

struct NameSlot {
    std::atomic<std::uint32_t> ready { 0 };
    NameKind kind = NameKind::Lock;
    char name[kNameLength] = {};
};

// Step mode (sync/step_gate.h, session/step_driver.h): every instrumented operation of a numbered
// thread is a gate. The thread publishes the operation it is about to do, says AtGate and sleeps on
// its `go` word (a shared futex) until the host adds one to it. Blocking in a primitive is published
// too (Blocked), so the host knows when every thread has settled and which ones can move.
inline constexpr std::uint32_t kMaxGatedThreads = 64;

enum class GateState : std::uint32_t {
    Absent = 0, // no thread has this number (yet)
    Running = 1, // between gates: the host waits for it to settle
    AtGate = 2, // stopped before `op` on `object`, waiting for its step
    Blocked = 3, // waits inside a primitive (a held lock) for `blockedOn`; another thread must move
    Finished = 4
};

enum class GateOp : std::uint32_t {
    None = 0,
    Read,
    Write,
    Lock,
    TryLock,
    TimedLock,
    Unlock,
    LockShared,
    UnlockShared,
    CondWait,
    CondNotify,
    SemAcquire,
    SemRelease
};

struct alignas(64) GateSlot {
    std::atomic<std::uint32_t> state { 0 }; // GateState
    std::atomic<std::uint32_t> go { 0 }; // futex word: the host adds one to let the thread pass
    std::atomic<std::uint32_t> op { 0 }; // GateOp of the next operation
    std::atomic<std::uint32_t> object { 0 }; // its name id
    std::atomic<std::uint32_t> blockedOn { 0 }; // name id while Blocked
    std::atomic<std::uint32_t> task { 0 }; // the thread's task id
    std::atomic<std::uint32_t> passed { 0 }; // gates passed
};

struct StepControl {
    std::atomic<std::uint32_t> enabled { 0 }; // set by the host before the runner starts; fixed
    std::atomic<std::uint32_t> freeRun { 0 }; // 1: gates open for good (the rest runs freely)
    std::atomic<std::uint32_t> expected { 0 }; // gated threads the scenario will start (numbered 1..)
    // Bumped by the workload before each state change, so the host can take a consistent look
    // at all slots (read it before and after; equal: nothing changed in between).
    std::atomic<std::uint32_t> changes { 0 };
    GateSlot slots[kMaxGatedThreads]; // slot i belongs to thread number i + 1
};

// A process of a recorded program in which the preload library runs: it marks itself when it
// starts in a program (after an exec) and when a process forks. A process whose last exec came after
// its latest mark, or that has none, records no locks (static, setuid, environment cleared).
struct PreloadMark {
    std::atomic<std::int32_t> pid { 0 }; // written last: 0 until the mark is complete
    std::uint32_t reserved = 0;
    std::atomic<std::uint64_t> sinceNs { 0 }; // CLOCK_MONOTONIC, as the records' clock
};
inline constexpr std::uint32_t kMaxPreloadMarks = 4096;

struct RegionHeader {
    std::uint64_t magic = 0;
    std::uint32_t version = 0;
    std::uint32_t maxRings = 0;
    std::uint32_t ringCapacity = 0; // events per ring, a power of two
    std::uint32_t maxTasks = 0;
    std::uint32_t maxNames = 0;
    std::uint32_t lossy = 0; // 0: a full ring stalls its writer; 1: it drops and counts
    std::uint32_t source = 0; // SchedulingSource the run uses
    std::uint32_t reserved = 0;
    std::uint64_t tasksOffset = 0;
    std::uint64_t namesOffset = 0;
    std::uint64_t ringsOffset = 0;
    std::uint64_t eventsOffset = 0;
    std::uint64_t totalSize = 0;
    std::atomic<std::uint32_t> ringsClaimed { 0 };
    std::atomic<std::uint32_t> tasksClaimed { 0 }; // task ids are 1-based: id = index + 1
    std::atomic<std::uint32_t> namesClaimed { 0 }; // name ids are 1-based too
    std::atomic<std::uint32_t> state { 0 }; // RunState
    std::atomic<std::uint64_t> ringsRefused { 0 }; // writers that found no free ring
    std::atomic<std::uint64_t> tasksRefused { 0 };
    std::atomic<std::uint64_t> runnerStartNs { 0 };
    ClockMapping clock; // own cache line: rewritten ~100 times a second, read by every stamp
    // Here, on the header's first page, which the preload library reads at its start anyway: a
    // short program's marks cost it no page fault of their own.
    std::atomic<std::uint32_t> preloadMarksClaimed { 0 }; // may pass kMaxPreloadMarks: then some are missing
    PreloadMark preloadMarks[kMaxPreloadMarks];
    StepControl step;
    std::atomic<std::uint32_t> resultsSize { 0 }; // bytes of JSON in results, published after writing
    char results[kResultsCapacity] = {};
    // A recorded program's lock source (the results' lock_source: "preload", or why not), written by
    // the runner before it says Ready, so the window can say it while the program runs (a program
    // that hangs has no results yet). Empty for a scenario. NUL-terminated.
    char lockSource[kLockSourceLength] = {};
};

static_assert(std::atomic<std::uint64_t>::is_always_lock_free);
static_assert(std::atomic<std::uint32_t>::is_always_lock_free);

struct RegionConfig {
    std::uint32_t maxRings = 512;
    std::uint32_t ringCapacity = 1u << 16; // 2 MiB of records per ring; pages are touched lazily
    std::uint32_t maxTasks = 4096;
    std::uint32_t maxNames = 1024;
    bool lossy = false;
    SchedulingSource source = SchedulingSource::Kernel;
};

} // namespace samtidig
