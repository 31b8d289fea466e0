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
//   sem_wait, sem_timedwait, sem_clockwait (a wait that had to block; semaphores have no holder)
// Not interposed: pthread_cond_signal/broadcast and sem_post (nothing the analysis needs; a
// post may come from a signal handler); pthread_setname_np (the kernel's COMM record names the
// thread already); rwlocks (to do); fork needs no wrapper (pthread_atfork resets the child's ring).
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
//   recorded in this process; LockTimedOut when a timed wait gives up.
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
};
Real g_real;
std::atomic<bool> g_resolved { false };

// --- The region ---
RegionHeader *g_header = nullptr; // null: not recording (no region, or a wrong one)
const ClockMapping *g_clock = nullptr;
RingControl *g_rings = nullptr;
Event *g_events = nullptr;
pthread_key_t g_threadKey;
std::atomic<std::uintptr_t> g_sites[kSiteSlots]; // addresses this process has named (LockSite)
// CPython's runtime structure (_PyRuntime, exported by the interpreter 3.8-3.11), if this program
// is one: the condition variable inside it that threads wait on with a timeout is the GIL's.
std::uintptr_t g_pyRuntime = 0;
std::uintptr_t g_pyRuntimeEnd = 0;

struct Fold {
    std::uintptr_t lock = 0;
    std::uint64_t count = 0;
};

struct Writer {
    RingControl *control = nullptr;
    Event *events = nullptr;
    std::uint64_t mask = 0;
    std::uint64_t head = 0;
    std::uint64_t limit = 0;
    std::uint32_t task = 0; // kTaskByTid | tid, 0 until known
    bool lossy = false;
    bool refused = false;
    bool busy = false; // a record is being written: a signal handler's lock call is not recorded
    bool resolving = false;
    bool keySet = false; // the thread-exit destructor will run for this thread
    std::uint64_t lastNs = 0;
    Fold folds[kFoldSlots] = {};
    std::uintptr_t held[kHeldSlots] = {}; // locks whose acquisition this thread recorded
    std::uint32_t heldCount = 0; // entries in use: 0 spares the unlock its look
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

std::uint64_t nowNs(Writer &w)
{
    std::uint64_t ns = 0;
#if defined(__x86_64__)
    const ClockMapping *m = g_clock;
    if (m && m->mode.load(std::memory_order_relaxed) == static_cast<std::uint32_t>(ClockMode::Tsc)) {
        for (int attempt = 0; attempt < 64; ++attempt) {
            const std::uint32_t seq = m->sequence.load(std::memory_order_acquire);
            const std::uint64_t tsc = __rdtsc();
            const std::uint64_t baseTsc = m->baseTsc.load(std::memory_order_acquire);
            const std::uint64_t baseNs = m->baseNs.load(std::memory_order_acquire);
            const std::uint64_t mult = m->mult.load(std::memory_order_acquire);
            if ((seq & 1) == 0 && m->sequence.load(std::memory_order_relaxed) == seq) {
                ns = RecordingClock::mapTsc(tsc, baseTsc, baseNs, mult);
                break;
            }
        }
    }
#endif
    if (ns == 0)
        ns = monotonicNs();
    if (ns < w.lastNs)
        ns = w.lastNs;
    w.lastNs = ns;
    return ns;
}

void flushFolds(Writer &w, std::uint64_t timeNs);

void releaseRing(void *)
{
    Writer &w = t_writer;
    if (!w.busy && !w.refused && g_header) {
        w.busy = true;
        flushFolds(w, nowNs(w));
        w.busy = false;
    }
    if (w.control)
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
            || c.head.load(std::memory_order_acquire) != c.tail.load(std::memory_order_acquire))
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
    w.events = g_events + std::uint64_t(index) * h->ringCapacity;
    w.mask = h->ringCapacity - 1;
    w.lossy = h->lossy != 0;
    w.head = w.control->head.load(std::memory_order_relaxed);
    w.limit = w.control->tail.load(std::memory_order_acquire) + w.mask + 1;
    if (!w.keySet) {
        pthread_setspecific(g_threadKey, &w); // its destructor releases the ring when the thread ends
        w.keySet = true;
    }
    return true;
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
    w.events[w.head & w.mask] = Event { timeNs, w.task, currentCpu(), kind, a, b };
    ++w.head;
    w.control->head.store(w.head, std::memory_order_release);
    return true;
}

void site(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller, std::uint64_t timeNs);

void flushFolds(Writer &w, std::uint64_t timeNs)
{
    for (Fold &f : w.folds) {
        if (f.count != 0) {
            site(w, f.lock, ForeignLock::Mutex, nullptr, timeNs);
            write(w, EventKind::LockFolded, f.lock, f.count, timeNs);
        }
        f = Fold {};
    }
}

// Names the address once per process (LockSite), the first time it is recorded.
void site(Writer &w, std::uintptr_t lock, ForeignLock kind, void *caller, std::uint64_t timeNs)
{
    std::uint32_t i = static_cast<std::uint32_t>((lock >> 4) * 0x9E3779B1u) % kSiteSlots;
    for (std::uint32_t probe = 0; probe < 32; ++probe, i = (i + 1) % kSiteSlots) {
        std::uintptr_t seen = g_sites[i].load(std::memory_order_relaxed);
        if (seen == lock)
            return;
        if (seen == 0 && g_sites[i].compare_exchange_strong(seen, lock, std::memory_order_relaxed))
            break;
        if (seen == lock)
            return;
    }
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

void countUncontended(Writer &w, std::uintptr_t lock)
{
    Fold &f = w.folds[(lock >> 4) % kFoldSlots];
    if (f.lock == lock) [[likely]] {
        if (++f.count < kFoldFlush) [[likely]]
            return;
    } else if (f.count == 0) {
        f.lock = lock;
        f.count = 1;
        if (!w.keySet) [[unlikely]] { // the thread's counts are written out when it ends
            pthread_setspecific(g_threadKey, &w);
            w.keySet = true;
        }
        return;
    }
    // The slot holds another lock, or this one's count is due: write it out.
    const int saved = errno;
    if (enter(w)) {
        const std::uint64_t t = nowNs(w);
        site(w, f.lock, ForeignLock::Mutex, nullptr, t);
        write(w, EventKind::LockFolded, f.lock, f.count, t);
        w.busy = false;
    }
    const bool same = f.lock == lock;
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
        requestedAt = nowNs(w);
        flushFolds(w, requestedAt);
        site(w, lock, ForeignLock::Mutex, caller, requestedAt);
        write(w, EventKind::LockRequest, lock, ownerTid(m), requestedAt);
        w.busy = false;
    }
    errno = saved;
    const int rc = take();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = nowNs(w);
        if (rc == 0 || rc == EOWNERDEAD) {
            write(w, EventKind::LockAcquired, lock, t - requestedAt, t);
            rememberHeld(w, lock);
        } else {
            write(w, EventKind::LockTimedOut, lock, t - requestedAt, t);
        }
        w.busy = false;
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
        if (g_header)
            countUncontended(w, reinterpret_cast<std::uintptr_t>(m));
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
    const bool gil = timed && cond >= g_pyRuntime && cond < g_pyRuntimeEnd;
    int saved = errno;
    const bool recording = enter(w);
    if (recording) {
        const std::uint64_t t = nowNs(w);
        flushFolds(w, t);
        site(w, lock, ForeignLock::Mutex, caller, t);
        site(w, cond, gil ? ForeignLock::Gil : ForeignLock::Condition, caller, t);
        forgetHeld(w, lock);
        write(w, EventKind::LockReleased, lock, 0, t);
        write(w, EventKind::CondWait, cond, 0, t);
        w.busy = false;
    }
    errno = saved;
    const int rc = wait();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = nowNs(w);
        write(w, EventKind::CondWake, cond, 0, t);
        write(w, EventKind::LockAcquired, lock, 0, t);
        rememberHeld(w, lock);
        w.busy = false;
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
        requestedAt = nowNs(w);
        flushFolds(w, requestedAt);
        site(w, lock, ForeignLock::Semaphore, caller, requestedAt);
        write(w, EventKind::LockRequest, lock, 0, requestedAt);
        w.busy = false;
    }
    const int rc = wait();
    if (recording && enter(w)) {
        saved = errno;
        const std::uint64_t t = nowNs(w);
        write(w, rc == 0 ? EventKind::LockAcquired : EventKind::LockTimedOut, lock, t - requestedAt, t);
        w.busy = false;
        errno = saved;
    }
    return rc;
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
    for (Fold &f : w.folds)
        f = Fold {};
    for (std::uintptr_t &h : w.held)
        h = 0;
    w.heldCount = 0;
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
    RegionHeader probe;
    std::uint64_t total = 0;
    if (*end != '\0' || fd < 0
        || pread(static_cast<int>(fd), &probe.magic, sizeof probe.magic, 0) != sizeof probe.magic
        || probe.magic != kRegionMagic
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
    if (rc == 0 && g_header)
        countUncontended(t_writer, reinterpret_cast<std::uintptr_t>(m));
    return rc;
}

SAMTIDIG_EXPORT int pthread_mutex_unlock(pthread_mutex_t *m)
{
    if (!ready()) [[unlikely]]
        return 0;
    if (g_header) {
        Writer &w = t_writer;
        const auto lock = reinterpret_cast<std::uintptr_t>(m);
        const bool recorded = forgetHeld(w, lock);
        // Recorded while still held: the next owner's acquisition comes after it in the trace.
        if ((recorded || hasWaiters(m)) && enter(w)) {
            const int saved = errno;
            const std::uint64_t t = nowNs(w);
            site(w, lock, ForeignLock::Mutex, __builtin_return_address(0), t);
            write(w, EventKind::LockReleased, lock, 0, t);
            w.busy = false;
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
