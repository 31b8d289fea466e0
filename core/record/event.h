#pragma once
// The one fixed-size binary record every writer (thread, forked process, kernel switch reader)
// produces. 32 bytes, trivially copyable, so rings can move it with plain stores.

#include <cstdint>
#include <string_view>

namespace samtidig {

enum class EventKind : std::uint16_t {
    None = 0,
    TaskBegin, // a = parent task id
    TaskEnd, // a = exit status (processes) or 0
    SliceBegin, // on-CPU slice begins on `cpu` (kernel switch-in, or self-reported work chunk)
    SliceEnd, // on-CPU slice ends; a = one of kSliceEnd* below
    LockRequest, // a = lock name id (semaphores use the lock events with a Semaphore name)
    LockAcquired, // a = lock name id, b = ns waited
    LockReleased, // a = lock name id
    LockTimedOut, // a = lock name id, b = ns waited before giving up
    VarRead, // a = variable name id, b = value read
    VarWrite, // a = variable name id, b = value written
    SleepBegin, // a = requested ns
    SleepEnd,
    CoSuspend, // coroutine suspends at co_await; a = requested ns (0 if not a sleep)
    CoResume, // coroutine resumed by its event loop
    Fork, // a = child task id, b = child pid
    Exit, // a = exit status
    Marker, // a = marker name id, b = free argument
    Stall, // a lossless ring was full: the writer waited; a = ns stalled
    CondWait, // a = condition variable name id
    CondWake, // a = condition variable name id
    CondNotify, // a = condition variable name id, b = 1 for notify_all
    PhaseBegin, // a two-phase scenario starts phase a (0-based); b = marker name id of its title
    WorkBegin, // the task starts CPU-bound work (a = planned ns or 0)
    WorkEnd,
    // Records of a user's own program, written by the preload library (task = kTaskByTid | tid; the
    // lock events' `a` is the lock's address, which the consumer turns into a name id; its
    // LockRequest's `b` is the holder's tid as the mutex names it, 0 if unknown; see core/preload/):
    LockSite, // a lock seen for the first time: a = address, b = ForeignLock kind << 56 | caller address
    LockFolded, // uncontended acquire/release pairs not recorded one by one: a = lock, b = how many
    LockNested, // a lock taken while holding another (once per pair): a = lock taken, b = lock held
    GilTaken, // a Python thread took CPython's GIL: a = the interpreter runtime's address
    GilDropped, // ... and dropped it: a = the same address
    // Step mode (sync/step_gate.h): a numbered thread stops before an operation and waits for its
    // step (a = GateOp, b = the operation's name id), and is let go.
    GateWait,
    GatePass,
    Count_
};

inline constexpr int kEventKindCount = static_cast<int>(EventKind::Count_);

// Why an on-CPU slice ended (SliceEnd's `a`).
inline constexpr std::uint64_t kSliceEndBlocked = 0; // the thread blocked (sleep, lock, I/O)
inline constexpr std::uint64_t kSliceEndPreempted = 1; // preempted while still runnable
inline constexpr std::uint64_t kSliceEndExited = 2; // the thread exited

struct Event {
    std::uint64_t timeNs = 0; // CLOCK_MONOTONIC
    std::uint32_t task = 0; // task id from the registry
    std::uint16_t cpu = 0; // logical CPU the writer ran on when it recorded
    EventKind kind = EventKind::None;
    std::uint64_t a = 0;
    std::uint64_t b = 0;
};
static_assert(sizeof(Event) == 32, "records must stay 32 bytes");

// Writes a record into its ring slot field by field, as both writers do (the recorder and the
// preload library): an Event built on the stack and copied in would be read back in 16-byte halves
// right after its narrower stores, which the processor cannot forward (a stall of a dozen cycles,
// most of a record's cost).
inline void storeEvent(Event &slot, std::uint64_t timeNs, std::uint32_t task, std::uint16_t cpu,
                       EventKind kind, std::uint64_t a, std::uint64_t b)
{
    slot.timeNs = timeNs;
    slot.task = task;
    slot.cpu = cpu;
    slot.kind = kind;
    slot.a = a;
    slot.b = b;
}

// Records that say a synchronisation has happened (a lock won, a wait woken, the GIL taken): their
// stamp is read only after it did (StampOrder::AfterSync in record/recording_clock.h), so that the
// release that let a thread in is never stamped after that thread's acquisition.
constexpr bool stampedAfterSync(EventKind kind)
{
    return kind == EventKind::LockAcquired || kind == EventKind::CondWake || kind == EventKind::GilTaken;
}

enum class TaskKind : std::uint8_t { Process = 0, Thread = 1, Coroutine = 2 };

// A record whose task is a kernel thread id rather than a registered task: what the preload library
// writes for a user's program, which registers nothing. The trace builder knows the thread's task.
inline constexpr std::uint32_t kTaskByTid = 0x8000'0000u;

// What kind of lock a user's program used (LockSite's b >> 56).
// GilMutex: a mutex inside CPython's runtime structure (the ones that guard the GIL's flag).
enum class ForeignLock : std::uint8_t {
    Mutex = 0,
    RwLock,
    Semaphore,
    LockLikeSemaphore,
    Condition,
    Gil,
    GilMutex
};

// What a registered name denotes.
enum class NameKind : std::uint8_t { Lock = 0, Variable = 1, Marker = 2, Condition = 3, Semaphore = 4 };

// Where on-CPU slices come from: the kernel's own switch records or the workload's estimates; or,
// for a trace another tool recorded, nobody this program knows (imported from a Chrome trace).
// A run uses Kernel or Estimate only.
enum class SchedulingSource : std::uint8_t { Kernel = 0, Estimate = 1, Imported = 2 };

// Scheduling records (SliceBegin/SliceEnd) name the thread by its kernel ids, pid and tid, in `b`
// with task 0: the trace builder knows which task that thread is (or makes one for it).
constexpr std::uint64_t kernelIds(std::int32_t pid, std::int32_t tid)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(pid)) << 32)
        | static_cast<std::uint32_t>(tid);
}
constexpr std::int32_t kernelPid(std::uint64_t ids)
{
    return static_cast<std::int32_t>(ids >> 32);
}
constexpr std::int32_t kernelTid(std::uint64_t ids)
{
    return static_cast<std::int32_t>(ids & 0xffff'ffffu);
}

std::string_view eventKindName(EventKind kind); // stable lowercase id, e.g. "lock_request"
std::string_view taskKindName(TaskKind kind); // "process", "thread", "coroutine"
std::string_view nameKindName(NameKind kind); // "lock", "variable", ...
std::string_view schedulingSourceName(SchedulingSource source); // "kernel", "estimate", "imported"
// The source named `name` (as schedulingSourceName() writes it); false if none is.
bool schedulingSourceFromName(std::string_view name, SchedulingSource *source);

} // namespace samtidig
