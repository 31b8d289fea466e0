// libsamtidig-preload.so: a user's unmodified program records its locks.
//
// The recorder (samtidig-cli record, or the window) starts the program with this library in
// LD_PRELOAD and the run's shared region open at the descriptor named by SAMTIDIG_REGION_FD. Both
// stay in the environment on purpose: a child the program forks keeps the mapping, and a program
// it execs maps the region again from the inherited descriptor, so the whole tree records. A child
// that clears its environment, closes the descriptor, or is static or setuid records nothing of its
// locks (only the kernel's view of it remains).
//
// What is interposed (the C library's, found with dlsym(RTLD_NEXT); the condition functions in
// their GLIBC_2.3.2 version with dlvsym, as the program binds to them):
//   pthread_mutex_lock, _trylock, _timedlock, _clocklock, _unlock
//   pthread_cond_wait, _timedwait, _clockwait (the wait releases and re-takes its mutex inside the
//   C library, out of sight: the wrapper records both)
//   pthread_rwlock_rdlock, _tryrdlock, _timedrdlock, _clockrdlock, the same four for wrlock, and
//   _unlock (every acquisition and release recorded: readers share, so who holds it is only
//   known from each one)
//   sem_wait, sem_timedwait, sem_clockwait (a wait that had to block; semaphores have no holder)
//   pthread_cond_signal, only for the condition variables inside CPython's runtime: the GIL's
//   (the rest go straight to the C library)
// Not interposed: pthread_cond_broadcast and sem_post (nothing the analysis needs; a post may come
// from a signal handler); pthread_setname_np (the kernel's COMM record names the thread already);
// fork needs no wrapper (pthread_atfork resets the child's ring).
//
// What is recorded, into a ring per thread (task = kTaskByTid | kernel tid; a = the lock's address):
// - A lock that is free is taken by the C library's trylock and NOT recorded one by one: the
//   thread counts it in a small table of its own (lock -> count), written out as one LockFolded
//   record when the entry is needed for another lock, reaches kFoldFlush, or the thread records
//   anything else or ends. So an uncontended pair costs a trylock, a table update and the unlock's
//   look at the lock word; no clock read, no shared store.
// - A lock that is held: LockRequest (b = the holder's tid, read from the mutex, 0 if unknown)
//   before blocking, LockAcquired (b = ns waited) after. The consumer makes the holder the lock's
//   holder from the request, so a deadlock of locks taken uncontended still closes its cycle.
// - Unlock records LockReleased when the thread's acquisition was recorded, or when the lock word
//   shows waiters (someone may have seen this thread as holder). A holder whose release was not
//   recorded is released by the consumer when another thread's acquisition arrives.
// - LockSite (a = address, b = ForeignLock << 56 | caller address) the first time an address is
//   recorded in this process; the caller is where the thread first took it (the window turns it
//   into a function and a line, never this process). LockTimedOut when a timed wait gives up.
// - LockNested (a = the lock taken, b = a lock the thread held then), once per pair and process:
//   each thread keeps the locks it holds (uncontended ones too) in a small stack, so two locks
//   taken in opposite orders are warned about even if they never contended. (The library keeps
//   8 432 addresses and 4 320 pairs a process, see KeyLevel; beyond them a record is written each
//   time, never left out.)
// - CPython 3.8-3.12 (its runtime structure _PyRuntime exported): the GIL is a flag guarded by a
//   mutex and two condition variables in it. A thread that takes the GIL signals the switch
//   condition, one that drops it signals the GIL's condition, so GilTaken and GilDropped (a = the
//   runtime's address) come from those two signals: the first one signalled in the process is the
//   take's (the main thread takes the GIL before it can drop it). Threads wait for it on the GIL's
//   condition with a timed wait, recorded as CondWait on the same address.
// - A wrapper's records are written between stampNow() and leave(): the ring's stamp bit (the head
//   word's top bit) is up from before the clock read until they are published, so the consumer's
//   watermark waits for a thread preempted in between, as it does for Samtidig's own writers
//   (without it, 256 threads of lock_storm on 2 cores had a record come late).
// - Not a record: each process the library runs in marks itself in the region's header (PreloadMark:
//   its pid and when, at the library's start after an exec and in a forked child), so the recorder
//   can name the processes of the program whose locks were not recorded.
//
// The rules of the hot path: no lock of its own, no allocation, nothing printed, errno exactly as
// the real call left it, and a signal handler that interrupts a record does not write into the
// same ring (t_busy: it is not recorded). Before the real functions are resolved (dlsym may
// allocate, and an allocator may lock) a lock call made during the resolution itself is "faked":
// the process is single-threaded then. No Qt and no C++ runtime: this is loaded into any program.

#include "record/clock.h"
#include "record/event.h"
#include "record/recording_clock.h"
#include "record/region_layout.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SAMTIDIG_EXPORT extern "C" __attribute__((visibility("default")))
#define SAMTIDIG_TLS __attribute__((tls_model("initial-exec"))) thread_local

namespace {

using namespace samtidig;

constexpr std::uint32_t kFoldSlots = 8;
constexpr std::uint64_t kFoldFlush = 1u << 16;
constexpr std::uint32_t kHeldSlots = 16;
constexpr std::uint32_t kSiteSlots = 8192;
constexpr std::uint32_t kPairSlots = 4096;
constexpr std::uint32_t kNearSiteSlots = 240; // with kNearPairSlots and Real: one page (Hot)
constexpr std::uint32_t kNearPairSlots = 224;
constexpr std::uint32_t kSiteProbes = 32;
constexpr std::uint32_t kPairProbes = 16;
constexpr std::uint32_t kOrderDepth = 8;
constexpr std::uintptr_t kPageBytes = 4096;
constexpr std::size_t kMapAheadBytes = 64 * 1024;
#ifdef MADV_POPULATE_WRITE
constexpr int kMadvPopulateWrite = MADV_POPULATE_WRITE;
#else
constexpr int kMadvPopulateWrite = 23; // Linux 5.14's value; older headers lack it
#endif

// --- The real functions ---
using MutexFn = int (*)(pthread_mutex_t *);
using MutexTimedFn = int (*)(pthread_mutex_t *, const timespec *);
using MutexClockFn = int (*)(pthread_mutex_t *, clockid_t, const timespec *);
using CondWaitFn = int (*)(pthread_cond_t *, pthread_mutex_t *);
using CondTimedFn = int (*)(pthread_cond_t *, pthread_mutex_t *, const timespec *);
using CondClockFn = int (*)(pthread_cond_t *, pthread_mutex_t *, clockid_t, const timespec *);
using SemFn = int (*)(sem_t *);
using SemTimedFn = int (*)(sem_t *, const timespec *);
using SemClockFn = int (*)(sem_t *, clockid_t, const timespec *);
using RwFn = int (*)(pthread_rwlock_t *);
using RwTimedFn = int (*)(pthread_rwlock_t *, const timespec *);
using RwClockFn = int (*)(pthread_rwlock_t *, clockid_t, const timespec *);
using CondSignalFn = int (*)(pthread_cond_t *);

struct Real {
    MutexFn lock = nullptr;
    MutexFn trylock = nullptr;
    MutexTimedFn timedlock = nullptr;
    MutexClockFn clocklock = nullptr;
    MutexFn unlock = nullptr;
    CondWaitFn condWait = nullptr;
    CondTimedFn condTimedwait = nullptr;
    CondClockFn condClockwait = nullptr;
    SemFn semWait = nullptr;
    SemFn semTrywait = nullptr;
    SemTimedFn semTimedwait = nullptr;
    SemClockFn semClockwait = nullptr;
    RwFn rdlock = nullptr;
    RwFn tryrdlock = nullptr;
    RwTimedFn timedrdlock = nullptr;
    RwClockFn clockrdlock = nullptr;
    RwFn wrlock = nullptr;
    RwFn trywrlock = nullptr;
    RwTimedFn timedwrlock = nullptr;
    RwClockFn clockwrlock = nullptr;
    RwFn rwUnlock = nullptr;
    CondSignalFn condSignal = nullptr;
};
// A set of nonzero keys that only grows (a forked child empties it whole): the addresses this
// process has named (LockSite), the lock-order pairs it has recorded (LockNested). Two levels: a
// near one inside the page that holds the real functions (Hot), written at the library's start, and
// a far one for what does not fit there. A program that names a few dozen locks touches no page of
// the far tables: a page of a table first read (the look whether a lock is named) and then written
// is two page faults, 12-18 us each on a virtual machine. Hashed over the far tables' 96 KiB alone,
// the addresses of a recorded `python3 -c pass` cost it about 7 faults (841 in all, 821 bare).
struct KeyLevel {
    std::atomic<std::uint64_t> *slots;
    std::uint32_t count;
    std::atomic<bool> *used; // set before a key is stored: a forked child empties only a used level
};

enum class Probe { Found, Absent, Full };

// Looks for `key` from its slot on, at most `probes` slots: Absent if an empty slot comes first.
inline Probe find(const KeyLevel &level, std::uint64_t hash, std::uint32_t probes, std::uint64_t key)
{
    std::uint32_t i = static_cast<std::uint32_t>(hash % level.count);
    for (std::uint32_t probe = 0; probe < probes; ++probe, i = i + 1 == level.count ? 0 : i + 1) {
        const std::uint64_t seen = level.slots[i].load(std::memory_order_relaxed);
        if (seen == key)
            return Probe::Found;
        if (seen == 0)
            return Probe::Absent;
    }
    return Probe::Full;
}

// True when `key` is in the near level, or the near level's slots for it are all taken and it is
// in the far one. (Keys are never removed, so a key not found before an empty near slot was never
// stored in the far level: its near slots had room when it was stored.)
inline bool contains(const KeyLevel &near, const KeyLevel &far, std::uint64_t hash, std::uint32_t probes,
                     std::uint64_t key)
{
    const Probe p = find(near, hash, probes, key);
    return p == Probe::Found || (p == Probe::Full && find(far, hash, probes, key) == Probe::Found);
}

enum class Insert { Added, Present, NoRoom };

Insert insert(const KeyLevel &level, std::uint64_t hash, std::uint32_t probes, std::uint64_t key)
{
    std::uint32_t i = static_cast<std::uint32_t>(hash % level.count);
    for (std::uint32_t probe = 0; probe < probes; ++probe, i = i + 1 == level.count ? 0 : i + 1) {
        std::uint64_t seen = level.slots[i].load(std::memory_order_relaxed);
        if (seen == key)
            return Insert::Present;
        if (seen != 0)
            continue;
        level.used->store(true, std::memory_order_relaxed); // said before it is stored: see KeyLevel
        if (level.slots[i].compare_exchange_strong(seen, key, std::memory_order_release,
                                                   std::memory_order_relaxed))
            return Insert::Added;
        if (seen == key)
            return Insert::Present; // another thread stored it first
    }
    return Insert::NoRoom;
}

// Added when `key` is new to the set; NoRoom when neither level had a free slot for it.
inline Insert insert(const KeyLevel &near, const KeyLevel &far, std::uint64_t hash, std::uint32_t probes,
                     std::uint64_t key)
{
    const Insert i = insert(near, hash, probes, key);
    return i == Insert::NoRoom ? insert(far, hash, probes, key) : i;
}

void empty(const KeyLevel &level)
{
    if (level.used->exchange(false, std::memory_order_relaxed))
        for (std::uint32_t i = 0; i < level.count; ++i)
            level.slots[i].store(0, std::memory_order_relaxed);
}

// The page every program touches at the library's start (resolveAll writes `real`), with the near
// levels of the key sets in it.
struct alignas(4096) Hot {
    Real real;
    std::atomic<std::uint64_t> nearSites[kNearSiteSlots];
    std::atomic<std::uint64_t> nearPairs[kNearPairSlots];
};
static_assert(sizeof(Hot) == 4096, "the near levels and the real functions share one page");
Hot g_hot;
Real &g_real = g_hot.real;
std::atomic<bool> g_resolved { false };

// --- The region ---
RegionHeader *g_header = nullptr; // null: not recording (no region, or a wrong one)
const ClockMapping *g_clock = nullptr;
RingControl *g_rings = nullptr;
Event *g_events = nullptr;
pthread_key_t g_threadKey;
std::atomic<std::uint64_t> g_sites[kSiteSlots]; // the far level of the addresses named (LockSite)
std::atomic<std::uint64_t> g_pairs[kPairSlots]; // ... and of the lock-order pairs recorded (LockNested)
// Set once a key is stored in a level: a forked child empties only a used one (emptying an
// untouched far level would fault in all its pages, 96 KiB, for nothing).
std::atomic<bool> g_nearSitesUsed { false };
std::atomic<bool> g_farSitesUsed { false };
std::atomic<bool> g_nearPairsUsed { false };
std::atomic<bool> g_farPairsUsed { false };
const KeyLevel g_nearSites { g_hot.nearSites, kNearSiteSlots, &g_nearSitesUsed };
const KeyLevel g_farSites { g_sites, kSiteSlots, &g_farSitesUsed };
const KeyLevel g_nearPairs { g_hot.nearPairs, kNearPairSlots, &g_nearPairsUsed };
const KeyLevel g_farPairs { g_pairs, kPairSlots, &g_farPairsUsed };
// CPython's runtime structure (_PyRuntime, exported by the interpreter 3.8-3.11), if this program
// is one: the condition variable inside it that threads wait on with a timeout is the GIL's.
std::uintptr_t g_pyRuntime = 0;
std::uintptr_t g_pyRuntimeEnd = 0;
std::atomic<std::uintptr_t> g_gilTakeCond { 0 }; // the switch condition: signalled by a thread taking the GIL

struct Fold {
    std::uintptr_t lock = 0;
    std::uint64_t count = 0;
    void *caller = nullptr; // where the first of them was taken
};

struct Writer {
    RingControl *control = nullptr;
    Event *events = nullptr;
    std::uint64_t mask = 0;
    std::uint64_t head = 0;
    std::uint64_t limit = 0;
    std::uint64_t mapped = 0; // ring positions below this have their pages mapped (mapAhead)
    std::uint32_t task = 0; // kTaskByTid | tid, 0 until known
    bool lossy = false;
    bool refused = false;
    bool busy = false; // a record is being written: a signal handler's lock call is not recorded
    bool resolving = false;
    bool keySet = false; // the thread-exit destructor will run for this thread
    bool stamped = false; // the ring's stamp bit is up: records under a taken time are on their way
    std::uint64_t lastNs = 0;
    Fold folds[kFoldSlots] = {};
    std::uintptr_t held[kHeldSlots] = {}; // locks whose acquisition this thread recorded
    std::uint32_t heldCount = 0; // entries in use: 0 spares the unlock its look
    std::uintptr_t order[kOrderDepth] = {}; // mutexes and rwlocks held now, oldest first
    std::uint32_t orderCount = 0; // may exceed kOrderDepth: the deeper ones are not kept
};

SAMTIDIG_TLS Writer t_writer;

template<class F>
F resolveNext(const char *name, const char *version = nullptr)
{
    void *f = version ? dlvsym(RTLD_NEXT, name, version) : nullptr;
    if (!f)
        f = dlsym(RTLD_NEXT, name);
    return reinterpret_cast<F>(f);
}

void resolveAll()
{
    Writer &w = t_writer;
    w.resolving = true;
    Real r;
    r.lock = resolveNext<MutexFn>("pthread_mutex_lock");
    r.trylock = resolveNext<MutexFn>("pthread_mutex_trylock");
    r.timedlock = resolveNext<MutexTimedFn>("pthread_mutex_timedlock");
    r.clocklock = resolveNext<MutexClockFn>("pthread_mutex_clocklock");
    r.unlock = resolveNext<MutexFn>("pthread_mutex_unlock");
    r.condWait = resolveNext<CondWaitFn>("pthread_cond_wait", "GLIBC_2.3.2");
    r.condTimedwait = resolveNext<CondTimedFn>("pthread_cond_timedwait", "GLIBC_2.3.2");
    r.condClockwait = resolveNext<CondClockFn>("pthread_cond_clockwait");
    r.semWait = resolveNext<SemFn>("sem_wait");
    r.semTrywait = resolveNext<SemFn>("sem_trywait");
    r.semTimedwait = resolveNext<SemTimedFn>("sem_timedwait");
    r.semClockwait = resolveNext<SemClockFn>("sem_clockwait");
    r.rdlock = resolveNext<RwFn>("pthread_rwlock_rdlock");
    r.tryrdlock = resolveNext<RwFn>("pthread_rwlock_tryrdlock");
    r.timedrdlock = resolveNext<RwTimedFn>("pthread_rwlock_timedrdlock");
    r.clockrdlock = resolveNext<RwClockFn>("pthread_rwlock_clockrdlock");
    r.wrlock = resolveNext<RwFn>("pthread_rwlock_wrlock");
    r.trywrlock = resolveNext<RwFn>("pthread_rwlock_trywrlock");
    r.timedwrlock = resolveNext<RwTimedFn>("pthread_rwlock_timedwrlock");
    r.clockwrlock = resolveNext<RwClockFn>("pthread_rwlock_clockwrlock");
    r.rwUnlock = resolveNext<RwFn>("pthread_rwlock_unlock");
    r.condSignal = resolveNext<CondSignalFn>("pthread_cond_signal", "GLIBC_2.3.2");
    g_real = r;
    g_resolved.store(true, std::memory_order_release);
    w.resolving = false;
}

// True when the real functions may be called; false while this thread is resolving them (the
// caller then fakes its call: only the resolving thread exists that early).
inline bool ready()
{
    if (g_resolved.load(std::memory_order_acquire)) [[likely]]
        return true;
    if (t_writer.resolving)
        return false;
    const int saved = errno;
    resolveAll();
    errno = saved;
    return true;
}

// The records' clock, as the recorder's own (recordingNs): the region's counter mapping, else
// clock_gettime; never back within a thread.
std::uint64_t nowNs(Writer &w, StampOrder order = StampOrder::Free)
{
    std::uint64_t ns = 0;
    const ClockMapping *m = g_clock;
    if (!m || m->mode.load(std::memory_order_relaxed) != static_cast<std::uint32_t>(ClockMode::Tsc)
        || !RecordingClock::readMapped(*m, order, ns))
        ns = monotonicNs();
    if (ns < w.lastNs)
        ns = w.lastNs;
    w.lastNs = ns;
    return ns;
}

void flushFolds(Writer &w, std::uint64_t timeNs);
std::uint64_t stampNow(Writer &w, StampOrder order = StampOrder::Free);
void leave(Writer &w);

bool hasFolds(const Writer &w)
{
    for (const Fold &f : w.folds)
        if (f.count != 0)
            return true;
    return false;
}

void releaseRing(void *)
{
    Writer &w = t_writer;
    if (!w.busy && !w.refused && g_header && hasFolds(w)) {
        w.busy = true;
        flushFolds(w, stampNow(w));
        leave(w);
    }
    if (w.control) // after every head store: the stamp bit is down
        w.control->released.store(1, std::memory_order_release);
    w.control = nullptr;
    w.limit = 0;
    w.refused = true; // the thread is ending: it records no more
}

bool claimRing(Writer &w)
{
    if (!g_header || w.refused)
        return false;
    RegionHeader *h = g_header;
    std::uint32_t index = UINT32_MAX;
    const std::uint32_t claimed = h->ringsClaimed.load(std::memory_order_acquire);
    for (std::uint32_t i = 0; i < claimed && i < h->maxRings; ++i) {
        RingControl &c = g_rings[i];
        if (c.released.load(std::memory_order_relaxed) != 1
            || ringHead(c.head.load(std::memory_order_acquire)) != c.tail.load(std::memory_order_acquire))
            continue;
        std::uint32_t expected = 1;
        if (c.released.compare_exchange_strong(expected, 0, std::memory_order_acq_rel)) {
            index = i;
            break;
        }
    }
    if (index == UINT32_MAX)
        index = h->ringsClaimed.fetch_add(1, std::memory_order_relaxed);
    if (index >= h->maxRings) {
        h->ringsRefused.fetch_add(1, std::memory_order_relaxed);
        w.refused = true;
        return false;
    }
    if (w.task == 0)
        w.task = kTaskByTid | static_cast<std::uint32_t>(syscall(SYS_gettid));
    w.control = g_rings + index;
    w.control->ownerTask.store(w.task, std::memory_order_relaxed);
    w.control->ownerPid.store(static_cast<std::uint32_t>(getpid()), std::memory_order_relaxed);
    // Whom the consumer asks what it is doing while the ring's stamp bit is up.
    w.control->ownerTid.store(w.task & ~kTaskByTid, std::memory_order_relaxed);
    w.events = g_events + std::uint64_t(index) * h->ringCapacity;
    w.mask = h->ringCapacity - 1;
    w.lossy = h->lossy != 0;
    w.head = ringHead(w.control->head.load(std::memory_order_relaxed));
    w.limit = w.control->tail.load(std::memory_order_acquire) + w.mask + 1;
    w.mapped = w.head; // a ring taken over was mapped by its last writer, maybe in another process
    if (!w.keySet) {
        pthread_setspecific(g_threadKey, &w); // its destructor releases the ring when the thread ends
        w.keySet = true;
    }
    return true;
}

// Maps the ring's next kMapAheadBytes of records into this process in one system call, before
// they are written: a page touched first by a store is a page fault, and on a virtual machine a
// fault costs far more than the kernel's work for it (measured on the development machine: 12-18
// us a page by faults, 1.2-1.7 us a page mapped 16 at a time). A short program such as `python3 -c
// pass` writes about 1,400 records (the GIL's turns during its imports): 11 pages. Best effort:
// a kernel without MADV_POPULATE_WRITE (before 5.14) leaves the pages to their faults.
void mapAhead(Writer &w)
{
    const std::uint64_t capacity = w.mask + 1;
    const std::uint64_t from = w.head & w.mask;
    const std::uint64_t records = std::min<std::uint64_t>(kMapAheadBytes / sizeof(Event), capacity - from);
    const auto begin = reinterpret_cast<std::uintptr_t>(w.events + from) & ~(kPageBytes - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(w.events + from + records);
    const int saved = errno; // a kernel that refuses says so in errno: the program's stays
    madvise(reinterpret_cast<void *>(begin), end - begin, kMadvPopulateWrite);
    errno = saved;
    w.mapped = w.head + records;
}

// One record; false if it could not be written (no region, no ring, a full lossy ring).
bool write(Writer &w, EventKind kind, std::uint64_t a, std::uint64_t b, std::uint64_t timeNs)
{
    if (w.head >= w.limit) [[unlikely]] {
        if (!w.control && !claimRing(w))
            return false;
        const std::uint64_t capacity = w.mask + 1;
        w.limit = w.control->tail.load(std::memory_order_acquire) + capacity;
        if (w.head >= w.limit) {
            if (w.lossy) {
                w.control->dropped.fetch_add(1, std::memory_order_relaxed);
                return false;
            }
            const std::uint64_t begin = nowNs(w);
            while (w.head >= w.limit) {
                sched_yield();
                w.limit = w.control->tail.load(std::memory_order_acquire) + capacity;
            }
            w.control->stalledNs.fetch_add(nowNs(w) - begin, std::memory_order_relaxed);
            w.control->stalls.fetch_add(1, std::memory_order_relaxed);
        }
    }
    if (w.head >= w.mapped) [[unlikely]]
        mapAhead(w);
    storeEvent(w.events[w.head & w.mask], timeNs, w.task, currentCpu(), kind, a, b);
    ++w.head;
    w.control->head.store(w.head | (w.stamped ? kRingWriting : 0), std::memory_order_release);
    return true;
}

// The time of the records a wrapper is about to write, its ring's stamp bit raised first (the top
// bit of the head word): the consumer's watermark does not pass a time whose records may still
// come (a thread preempted between this and leave()). Inside enter() .. leave() only. After the
// real call has taken a lock or ended a wait: StampOrder::AfterSync.
std::uint64_t stampNow(Writer &w, StampOrder order)
{
    if (!w.control)
        claimRing(w); // the bit needs a ring; refused, the records are not written anyway
    if (w.control) {
        w.control->head.store(w.head | kRingWriting, std::memory_order_relaxed);
        w.stamped = true;
        std::atomic_signal_fence(std::memory_order_seq_cst); // the bit's store before the clock read
    }
    return nowNs(w, order);
}

// Leaves the recording part of a wrapper: the stamp bit lowered with the records published.
void leave(Writer &w)
{
    if (w.stamped) {
        w.control->head.store(w.head, std::memory_order_release);
        w.stamped = false;
    }
    w.busy = false;
}

void site(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller, std::uint64_t timeNs);

void flushFolds(Writer &w, std::uint64_t timeNs)
{
    for (Fold &f : w.folds) {
        if (f.count != 0) {
            site(w, f.lock, ForeignLock::Mutex, f.caller, timeNs);
            write(w, EventKind::LockFolded, f.lock, f.count, timeNs);
        }
        f = Fold {};
    }
}

// Where a key's slots begin: every bit of the key moves every bit of the hash (MurmurHash3's
// finalizer). A lock-order pair's key was once hashed by its top 24 bits alone, which the locks of
// one array share: a thread that took more than 16 of them inside one lock found their slots full,
// and its next pair, an inversion among them, went unrecorded.
inline std::uint64_t mix(std::uint64_t key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ull;
    key ^= key >> 33;
    return key;
}

// True when the address was named in this process already (LockSite): one look, nothing written.
inline bool sited(std::uintptr_t lock)
{
    return contains(g_nearSites, g_farSites, mix(lock), kSiteProbes, lock);
}

// Names the address once per process (LockSite), the first time it is recorded.
void site(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller, std::uint64_t timeNs)
{
    if (kind == ForeignLock::Mutex && lock - g_pyRuntime < g_pyRuntimeEnd - g_pyRuntime)
        kind = ForeignLock::GilMutex; // the interpreter's own, the GIL's: named so, not by its caller
    // Named once; a lock for which neither level has room is named each time it is recorded.
    if (insert(g_nearSites, g_farSites, mix(lock), kSiteProbes, lock) == Insert::Present)
        return;
    const auto callerBits = reinterpret_cast<std::uintptr_t>(caller) & ((std::uint64_t { 1 } << 56) - 1);
    write(w, EventKind::LockSite, lock, (std::uint64_t(kind) << 56) | callerBits, timeNs);
}

void rememberHeld(Writer &w, std::uintptr_t lock)
{
    for (std::uintptr_t h : w.held)
        if (h == lock)
            return;
    for (std::uintptr_t &h : w.held)
        if (h == 0) {
            h = lock;
            ++w.heldCount;
            return;
        }
    // More than kHeldSlots recorded holds at once: this one's release is recorded only if the lock
    // word shows waiters; the consumer releases it at the next owner's acquisition otherwise.
}

inline bool forgetHeld(Writer &w, std::uintptr_t lock)
{
    if (w.heldCount == 0) [[likely]]
        return false;
    for (std::uintptr_t &h : w.held)
        if (h == lock) {
            h = 0;
            --w.heldCount;
            return true;
        }
    return false;
}

// Enters the recording part of a wrapper: false when nothing may be recorded now.
inline bool enter(Writer &w)
{
    if (!g_header || w.busy || w.refused)
        return false;
    w.busy = true;
    return true;
}

// The mutex's owner as the C library keeps it (the kernel tid), 0 if it does not say.
inline std::uint64_t ownerTid(pthread_mutex_t *m)
{
    const int owner = __atomic_load_n(&m->__data.__owner, __ATOMIC_RELAXED);
    return owner > 0 ? static_cast<std::uint64_t>(owner) : 0;
}

// Some thread waits or is about to: the lock word says so (2 for the plain kinds; the waiters bit
// for robust and priority-inheriting ones).
inline bool hasWaiters(pthread_mutex_t *m)
{
    const auto word = static_cast<unsigned>(__atomic_load_n(&m->__data.__lock, __ATOMIC_RELAXED));
    return word == 2 || (word & 0x80000000u) != 0;
}

// A lock taken while the thread holds others: each (held, taken) pair is recorded once per process.
[[gnu::noinline]] void nested(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller)
{
    const std::uint32_t kept = w.orderCount < kOrderDepth ? w.orderCount : kOrderDepth;
    const int saved = errno;
    for (std::uint32_t k = 0; k < kept; ++k) {
        const std::uintptr_t held = w.order[k];
        if (held == lock)
            continue; // a recursive mutex taken again
        std::uint64_t key = (std::uint64_t(held) * 0x9E3779B97F4A7C15ull) ^ std::uint64_t(lock);
        key = key ? key : 1;
        // Recorded once; a pair for which neither level has room (thousands of pairs in one
        // process) is recorded each time rather than lost: the consumer keeps each edge once.
        const bool fresh = insert(g_nearPairs, g_farPairs, mix(key), kPairProbes, key) != Insert::Present;
        if (fresh && enter(w)) {
            const std::uint64_t t = stampNow(w);
            const Fold &f = w.folds[(held >> 4) % kFoldSlots]; // where it was taken, if counted there
            site(w, held, ForeignLock::Mutex, f.lock == held ? f.caller : nullptr, t);
            site(w, lock, kind, caller, t);
            write(w, EventKind::LockNested, lock, held, t);
            leave(w);
        }
    }
    errno = saved;
}

// The thread took `lock`: it holds it until its unlock (noteReleased).
inline void noteTaken(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller)
{
    if (w.orderCount != 0) [[unlikely]]
        nested(w, lock, kind, caller);
    if (w.orderCount < kOrderDepth)
        w.order[w.orderCount] = lock;
    ++w.orderCount;
}

inline void noteReleased(Writer &w, std::uintptr_t lock)
{
    if (w.orderCount == 0)
        return;
    const std::uint32_t kept = w.orderCount < kOrderDepth ? w.orderCount : kOrderDepth;
    for (std::uint32_t k = kept; k-- > 0;)
        if (w.order[k] == lock) [[likely]] {
            for (std::uint32_t j = k + 1; j < kept; ++j)
                w.order[j - 1] = w.order[j];
            --w.orderCount;
            return;
        }
    if (w.orderCount > kOrderDepth)
        --w.orderCount; // one of those not kept (or one taken before the recording began)
}

void countUncontended(Writer &w, std::uintptr_t lock, void *caller)
{
    Fold &f = w.folds[(lock >> 4) % kFoldSlots];
    if (f.lock == lock) [[likely]] {
        if (++f.count < kFoldFlush) [[likely]]
            return;
    } else if (f.count == 0) {
        f.lock = lock;
        f.count = 1;
        f.caller = caller;
        if (!sited(lock)) [[unlikely]] { // named where it was first taken, not where it first waited
            const int saved = errno;
            if (enter(w)) {
                site(w, lock, ForeignLock::Mutex, caller, stampNow(w));
                leave(w);
            }
            errno = saved;
        }
        if (!w.keySet) [[unlikely]] { // the thread's counts are written out when it ends
            pthread_setspecific(g_threadKey, &w);
            w.keySet = true;
        }
        return;
    }
    // The slot holds another lock, or this one's count is due: write it out.
    const int saved = errno;
    if (enter(w)) {
        const std::uint64_t t = stampNow(w);
        site(w, f.lock, ForeignLock::Mutex, f.caller, t);
        write(w, EventKind::LockFolded, f.lock, f.count, t);
        leave(w);
    }
    const bool same = f.lock == lock;
    f.caller = caller;
    f.lock = lock;
    f.count = same ? 0 : 1;
    errno = saved;
}

// The contended path shared by lock, timedlock and clocklock: `take` blocks.
template<class Take>
int lockSlow(Writer &w, pthread_mutex_t *m, void *caller, Take take)
{
    const auto lock = reinterpret_cast<std::uintptr_t>(m);
    int saved = errno;
    const bool recording = enter(w);
    std::uint64_t requestedAt = 0;
    if (recording) {
        requestedAt = stampNow(w);
        flushFolds(w, requestedAt);
        site(w, lock, ForeignLock::Mutex, caller, requestedAt);
        write(w, EventKind::LockRequest, lock, ownerTid(m), requestedAt);
        leave(w);
    }
    errno = saved;
    const int rc = take();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = stampNow(w, StampOrder::AfterSync);
        const bool taken = rc == 0 || rc == EOWNERDEAD;
        write(w, taken ? EventKind::LockAcquired : EventKind::LockTimedOut, lock, t - requestedAt, t);
        if (taken)
            rememberHeld(w, lock);
        leave(w);
        if (taken)
            noteTaken(w, lock, ForeignLock::Mutex, caller);
        errno = saved;
    }
    return rc;
}

template<class Take>
int lockRecorded(pthread_mutex_t *m, void *caller, Take take)
{
    const int first = g_real.trylock(m);
    Writer &w = t_writer;
    if (first == 0) [[likely]] {
        if (g_header) {
            countUncontended(w, reinterpret_cast<std::uintptr_t>(m), caller);
            noteTaken(w, reinterpret_cast<std::uintptr_t>(m), ForeignLock::Mutex, caller);
        }
        return 0;
    }
    if (first != EBUSY)
        return first; // an error the blocking call would give too, or EOWNERDEAD: taken
    if (!g_header)
        return take();
    return lockSlow(w, m, caller, take);
}

// A condition wait: the mutex is released and re-taken inside the C library. `timed`: a timed
// wait, which for the condition inside CPython's runtime is a thread waiting for the GIL.
template<class Wait>
int condRecorded(pthread_cond_t *c, pthread_mutex_t *m, void *caller, bool timed, Wait wait)
{
    Writer &w = t_writer;
    const auto lock = reinterpret_cast<std::uintptr_t>(m);
    const auto cond = reinterpret_cast<std::uintptr_t>(c);
    const bool gil = timed && cond - g_pyRuntime < g_pyRuntimeEnd - g_pyRuntime;
    const std::uintptr_t waitedOn = gil ? g_pyRuntime : cond; // the GIL is named by its runtime
    int saved = errno;
    const bool recording = enter(w);
    if (recording) {
        const std::uint64_t t = stampNow(w);
        flushFolds(w, t);
        site(w, lock, ForeignLock::Mutex, caller, t);
        site(w, waitedOn, gil ? ForeignLock::Gil : ForeignLock::Condition, caller, t);
        forgetHeld(w, lock);
        write(w, EventKind::LockReleased, lock, 0, t);
        write(w, EventKind::CondWait, waitedOn, 0, t);
        leave(w);
    }
    errno = saved;
    const int rc = wait();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = stampNow(w, StampOrder::AfterSync);
        write(w, EventKind::CondWake, waitedOn, 0, t);
        write(w, EventKind::LockAcquired, lock, 0, t);
        rememberHeld(w, lock);
        leave(w);
        errno = saved;
    }
    return rc;
}

template<class Wait>
int semRecorded(sem_t *s, void *caller, Wait wait)
{
    Writer &w = t_writer;
    if (!g_header)
        return wait();
    int saved = errno;
    if (g_real.semTrywait(s) == 0) {
        errno = saved;
        return 0;
    }
    errno = saved;
    const auto lock = reinterpret_cast<std::uintptr_t>(s);
    const bool recording = enter(w);
    std::uint64_t requestedAt = 0;
    if (recording) {
        requestedAt = stampNow(w);
        flushFolds(w, requestedAt);
        site(w, lock, ForeignLock::Semaphore, caller, requestedAt);
        write(w, EventKind::LockRequest, lock, 0, requestedAt);
        leave(w);
    }
    const int rc = wait();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = stampNow(w, StampOrder::AfterSync);
        write(w, rc == 0 ? EventKind::LockAcquired : EventKind::LockTimedOut, lock, t - requestedAt, t);
        leave(w);
        errno = saved;
    }
    return rc;
}

// A rwlock is recorded at every acquisition and release: readers share it, so who holds it is
// only known from each of them. `take` blocks; `tryTake` does not.
template<class Try, class Take>
int rwRecorded(pthread_rwlock_t *l, void *caller, bool blocks, Try tryTake, Take take)
{
    Writer &w = t_writer;
    if (!g_header)
        return blocks ? take() : tryTake();
    const auto lock = reinterpret_cast<std::uintptr_t>(l);
    int saved = errno;
    const int first = tryTake();
    std::uint64_t requestedAt = 0;
    bool requested = false;
    int rc = first;
    if (first == EBUSY && blocks) {
        errno = saved;
        requested = enter(w);
        if (requested) {
            requestedAt = stampNow(w);
            flushFolds(w, requestedAt);
            site(w, lock, ForeignLock::RwLock, caller, requestedAt);
            // A writer holds it: the C library keeps its tid (readers are not named there).
            const int writer = __atomic_load_n(&l->__data.__cur_writer, __ATOMIC_RELAXED);
            write(w, EventKind::LockRequest, lock, writer > 0 ? std::uint64_t(writer) : 0, requestedAt);
            leave(w);
        }
        errno = saved;
        rc = take();
    }
    saved = errno;
    if (enter(w)) {
        const std::uint64_t t = stampNow(w, StampOrder::AfterSync);
        if (rc == 0) {
            site(w, lock, ForeignLock::RwLock, caller, t);
            write(w, EventKind::LockAcquired, lock, requested ? t - requestedAt : 0, t);
        } else if (requested) {
            write(w, EventKind::LockTimedOut, lock, t - requestedAt, t);
        }
        leave(w);
    }
    if (rc == 0)
        noteTaken(w, lock, ForeignLock::RwLock, caller);
    errno = saved;
    return rc;
}

// A signal on a condition variable inside CPython's runtime: the GIL taken or dropped.
void gilSignal(std::uintptr_t cond)
{
    std::uintptr_t take = g_gilTakeCond.load(std::memory_order_relaxed);
    if (take == 0 && g_gilTakeCond.compare_exchange_strong(take, cond, std::memory_order_relaxed))
        take = cond;
    Writer &w = t_writer;
    const int saved = errno;
    if (enter(w)) {
        const std::uint64_t t = stampNow(w, cond == take ? StampOrder::AfterSync : StampOrder::Free);
        site(w, g_pyRuntime, ForeignLock::Gil, nullptr, t);
        write(w, cond == take ? EventKind::GilTaken : EventKind::GilDropped, g_pyRuntime, 0, t);
        leave(w);
    }
    errno = saved;
}

// This process records its locks from now on (see PreloadMark): a forked child, or a program the
// library started in. One shared store; nothing else of the region is touched.
void markProcess(RegionHeader *header)
{
    const std::uint32_t slot = header->preloadMarksClaimed.fetch_add(1, std::memory_order_relaxed);
    if (slot >= kMaxPreloadMarks)
        return; // the session knows some are missing and says nothing of the unmarked
    PreloadMark &mark = header->preloadMarks[slot];
    mark.sinceNs.store(monotonicNs(), std::memory_order_relaxed);
    mark.pid.store(static_cast<std::int32_t>(getpid()), std::memory_order_release);
}

void afterForkInChild()
{
    // Only the forking thread goes on in the child: its ring is the parent's, so it claims its own.
    Writer &w = t_writer;
    w.control = nullptr;
    w.events = nullptr;
    w.head = 0;
    w.limit = 0;
    w.task = 0;
    w.refused = false;
    w.busy = false;
    w.stamped = false;
    for (Fold &f : w.folds)
        f = Fold {};
    for (std::uintptr_t &h : w.held)
        h = 0;
    w.heldCount = 0;
    w.orderCount = 0;
    // The child's locks are its own (named with its pid): named and ordered afresh.
    for (const KeyLevel *level : { &g_nearSites, &g_farSites, &g_nearPairs, &g_farPairs })
        empty(*level);
    if (g_header)
        markProcess(g_header);
}

// exit(): the thread that calls it writes out its counts and gives its ring back (a program that
// forks thousands of short children would otherwise use up the rings). _exit() skips this.
void flushAtExit()
{
    releaseRing(nullptr);
}

__attribute__((constructor)) void attachRegion()
{
    const int saved = errno;
    if (!g_resolved.load(std::memory_order_acquire))
        resolveAll();
    const char *fdText = getenv("SAMTIDIG_REGION_FD");
    if (!fdText || !*fdText) {
        errno = saved;
        return;
    }
    char *end = nullptr;
    const long fd = strtol(fdText, &end, 10);
    // The magic alone, not a RegionHeader: its step-mode slots would put 70 KiB on the stack, every
    // page of it a fault in the program.
    std::uint64_t magic = 0;
    std::uint64_t total = 0;
    if (*end != '\0' || fd < 0 || pread(static_cast<int>(fd), &magic, sizeof magic, 0) != sizeof magic
        || magic != kRegionMagic
        || pread(static_cast<int>(fd), &total, sizeof total, offsetof(RegionHeader, totalSize))
            != sizeof total) {
        errno = saved;
        return;
    }
    void *base
        = mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, static_cast<int>(fd), 0);
    if (base == MAP_FAILED) {
        errno = saved;
        return;
    }
    auto *header = static_cast<RegionHeader *>(base);
    if (header->version != kRegionVersion) {
        munmap(base, total);
        errno = saved;
        return;
    }
    g_clock = &header->clock;
    g_rings = reinterpret_cast<RingControl *>(static_cast<char *>(base) + header->ringsOffset);
    g_events = reinterpret_cast<Event *>(static_cast<char *>(base) + header->eventsOffset);
    if (pthread_key_create(&g_threadKey, releaseRing) != 0) {
        munmap(base, total);
        errno = saved;
        return;
    }
    pthread_atfork(nullptr, nullptr, afterForkInChild);
    if (void *runtime = dlsym(RTLD_DEFAULT, "_PyRuntime")) {
        Dl_info info;
        void *entry = nullptr;
        const auto *symbol = static_cast<const ElfW(Sym) *>(nullptr);
        if (dladdr1(runtime, &info, &entry, RTLD_DL_SYMENT) != 0)
            symbol = static_cast<const ElfW(Sym) *>(entry);
        if (symbol) {
            g_pyRuntime = reinterpret_cast<std::uintptr_t>(runtime);
            g_pyRuntimeEnd = g_pyRuntime + symbol->st_size;
        }
    }
    atexit(flushAtExit);
    g_header = header;
    markProcess(header);
    errno = saved;
}

} // namespace

// --- The interposed functions ---

SAMTIDIG_EXPORT int pthread_mutex_lock(pthread_mutex_t *m)
{
    if (!ready()) [[unlikely]]
        return 0;
    return lockRecorded(m, __builtin_return_address(0), [m] { return g_real.lock(m); });
}

SAMTIDIG_EXPORT int pthread_mutex_timedlock(pthread_mutex_t *m, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return lockRecorded(m, __builtin_return_address(0), [m, until] { return g_real.timedlock(m, until); });
}

SAMTIDIG_EXPORT int pthread_mutex_clocklock(pthread_mutex_t *m, clockid_t clock, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return lockRecorded(m, __builtin_return_address(0),
                        [m, clock, until] { return g_real.clocklock(m, clock, until); });
}

SAMTIDIG_EXPORT int pthread_mutex_trylock(pthread_mutex_t *m)
{
    if (!ready()) [[unlikely]]
        return 0;
    const int rc = g_real.trylock(m);
    if (rc == 0 && g_header) {
        countUncontended(t_writer, reinterpret_cast<std::uintptr_t>(m), __builtin_return_address(0));
        noteTaken(t_writer, reinterpret_cast<std::uintptr_t>(m), ForeignLock::Mutex,
                  __builtin_return_address(0));
    }
    return rc;
}

SAMTIDIG_EXPORT int pthread_mutex_unlock(pthread_mutex_t *m)
{
    if (!ready()) [[unlikely]]
        return 0;
    if (g_header) {
        Writer &w = t_writer;
        const auto lock = reinterpret_cast<std::uintptr_t>(m);
        noteReleased(w, lock);
        const bool recorded = forgetHeld(w, lock);
        // Recorded while still held: the next owner's acquisition comes after it in the trace.
        if ((recorded || hasWaiters(m)) && enter(w)) {
            const int saved = errno;
            const std::uint64_t t = stampNow(w);
            site(w, lock, ForeignLock::Mutex, __builtin_return_address(0), t);
            write(w, EventKind::LockReleased, lock, 0, t);
            leave(w);
            errno = saved;
        }
    }
    return g_real.unlock(m);
}

SAMTIDIG_EXPORT int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
    if (!ready()) [[unlikely]]
        return 0;
    return condRecorded(c, m, __builtin_return_address(0), false, [c, m] { return g_real.condWait(c, m); });
}

SAMTIDIG_EXPORT int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return ETIMEDOUT;
    return condRecorded(c, m, __builtin_return_address(0), true,
                        [c, m, until] { return g_real.condTimedwait(c, m, until); });
}

SAMTIDIG_EXPORT int pthread_cond_clockwait(pthread_cond_t *c, pthread_mutex_t *m, clockid_t clock,
                                           const timespec *until)
{
    if (!ready()) [[unlikely]]
        return ETIMEDOUT;
    return condRecorded(c, m, __builtin_return_address(0), true,
                        [c, m, clock, until] { return g_real.condClockwait(c, m, clock, until); });
}

SAMTIDIG_EXPORT int sem_wait(sem_t *s)
{
    if (!ready()) [[unlikely]]
        return 0;
    return semRecorded(s, __builtin_return_address(0), [s] { return g_real.semWait(s); });
}

SAMTIDIG_EXPORT int sem_timedwait(sem_t *s, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return semRecorded(s, __builtin_return_address(0), [s, until] { return g_real.semTimedwait(s, until); });
}

SAMTIDIG_EXPORT int sem_clockwait(sem_t *s, clockid_t clock, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return semRecorded(s, __builtin_return_address(0),
                       [s, clock, until] { return g_real.semClockwait(s, clock, until); });
}

SAMTIDIG_EXPORT int pthread_cond_signal(pthread_cond_t *c)
{
    if (!ready()) [[unlikely]]
        return 0;
    const auto cond = reinterpret_cast<std::uintptr_t>(c);
    if (cond - g_pyRuntime < g_pyRuntimeEnd - g_pyRuntime && g_header) [[unlikely]]
        gilSignal(cond);
    return g_real.condSignal(c);
}

SAMTIDIG_EXPORT int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.tryrdlock(l); },
        [l] { return g_real.rdlock(l); });
}

SAMTIDIG_EXPORT int pthread_rwlock_tryrdlock(pthread_rwlock_t *l)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), false, [l] { return g_real.tryrdlock(l); }, [] { return EBUSY; });
}

SAMTIDIG_EXPORT int pthread_rwlock_timedrdlock(pthread_rwlock_t *l, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.tryrdlock(l); },
        [l, until] { return g_real.timedrdlock(l, until); });
}

SAMTIDIG_EXPORT int pthread_rwlock_clockrdlock(pthread_rwlock_t *l, clockid_t clock, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.tryrdlock(l); },
        [l, clock, until] { return g_real.clockrdlock(l, clock, until); });
}

SAMTIDIG_EXPORT int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.trywrlock(l); },
        [l] { return g_real.wrlock(l); });
}

SAMTIDIG_EXPORT int pthread_rwlock_trywrlock(pthread_rwlock_t *l)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), false, [l] { return g_real.trywrlock(l); }, [] { return EBUSY; });
}

SAMTIDIG_EXPORT int pthread_rwlock_timedwrlock(pthread_rwlock_t *l, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.trywrlock(l); },
        [l, until] { return g_real.timedwrlock(l, until); });
}

SAMTIDIG_EXPORT int pthread_rwlock_clockwrlock(pthread_rwlock_t *l, clockid_t clock, const timespec *until)
{
    if (!ready()) [[unlikely]]
        return 0;
    return rwRecorded(
        l, __builtin_return_address(0), true, [l] { return g_real.trywrlock(l); },
        [l, clock, until] { return g_real.clockwrlock(l, clock, until); });
}

SAMTIDIG_EXPORT int pthread_rwlock_unlock(pthread_rwlock_t *l)
{
    if (!ready()) [[unlikely]]
        return 0;
    if (g_header) {
        Writer &w = t_writer;
        const auto lock = reinterpret_cast<std::uintptr_t>(l);
        noteReleased(w, lock);
        if (enter(w)) { // recorded while still held: the next owner's acquisition comes after it
            const int saved = errno;
            write(w, EventKind::LockReleased, lock, 0, stampNow(w));
            leave(w);
            errno = saved;
        }
    }
    return g_real.rwUnlock(l);
}
