#include "record/recorder.h"

#include "record/recording_clock.h"
#include "record/shared_region.h"

#include <algorithm>
#include <cstring>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace samtidig {

namespace {

SharedRegion *g_region = nullptr;

struct ThreadWriter {
    RingControl *control = nullptr;
    Event *events = nullptr;
    std::uint64_t mask = 0;
    // The writer's own head, kept here so the hot path never loads the cache line the consumer
    // reads; and the first position that may not be free (consumer tail last seen + capacity), so
    // the hot path needs one compare and no look at the shared tail.
    std::uint64_t head = 0;
    std::uint64_t limit = 0; // 0 until a ring is claimed: the first write takes the slow path
    std::uint32_t task = 0;
    // Records still to be written under stamps already taken (Recorder::stamp): while non-zero the
    // ring's head word has kRingWriting up, so the consumer holds its watermark at or before them.
    std::uint32_t stamped = 0;
    bool lossy = false; // copied from the header once: it does not change during a run
    bool refused = false;
};

thread_local ThreadWriter t_writer;

// A ring whose writer has ended and whose records the consumer has all read, taken over; or -1.
std::int64_t takeReleasedRing(RegionHeader *h)
{
    const std::uint32_t claimed = std::min(h->ringsClaimed.load(std::memory_order_acquire), h->maxRings);
    for (std::uint32_t i = 0; i < claimed; ++i) {
        RingControl &c = g_region->rings()[i];
        if (c.released.load(std::memory_order_relaxed) != 1
            || ringHead(c.head.load(std::memory_order_acquire)) != c.tail.load(std::memory_order_acquire))
            continue;
        std::uint32_t expected = 1;
        if (c.released.compare_exchange_strong(expected, 0, std::memory_order_acq_rel))
            return i;
    }
    return -1;
}

bool claimRing(ThreadWriter &w)
{
    if (!g_region || w.refused)
        return false;
    RegionHeader *h = g_region->header();
    std::int64_t taken = takeReleasedRing(h);
    const std::uint32_t index = taken >= 0 ? static_cast<std::uint32_t>(taken)
                                           : h->ringsClaimed.fetch_add(1, std::memory_order_relaxed);
    if (index >= h->maxRings) {
        h->ringsRefused.fetch_add(1, std::memory_order_relaxed);
        w.refused = true;
        return false;
    }
    w.control = g_region->rings() + index;
    w.control->ownerTask.store(w.task, std::memory_order_relaxed);
    w.control->ownerPid.store(static_cast<std::uint32_t>(getpid()), std::memory_order_relaxed);
    w.control->ownerTid.store(static_cast<std::uint32_t>(syscall(SYS_gettid)), std::memory_order_relaxed);
    w.events = g_region->ringEvents(index);
    w.mask = h->ringCapacity - 1;
    w.lossy = h->lossy != 0;
    w.head = ringHead(w.control->head.load(std::memory_order_relaxed));
    w.limit = w.control->tail.load(std::memory_order_acquire) + w.mask + 1;
    return true;
}

// Publishes the head after a record is written or dropped (release: a consumer that sees the new
// head sees the record), the stamp bit lowered once the last record under a stamp is done.
inline void publishHead(ThreadWriter &w)
{
    if (w.stamped > 0)
        --w.stamped;
    w.control->head.store(w.head | (w.stamped > 0 ? kRingWriting : 0), std::memory_order_release);
}

// The ring looked full with the tail last seen (or no ring is claimed yet). Returns true when `e`
// may now be written at w.head; false when it was dropped, refused, or already written.
[[gnu::noinline]] bool makeRoom(ThreadWriter &w, const Event &e)
{
    if (!w.control) {
        if (!claimRing(w))
            return false;
        if (w.head < w.limit)
            return true;
    }
    RingControl &c = *w.control;
    const std::uint64_t capacity = w.mask + 1;
    // Acquire: the consumer's reads of the slots below tail happen before we overwrite them.
    w.limit = c.tail.load(std::memory_order_acquire) + capacity;
    if (w.head < w.limit)
        return true;
    if (w.lossy) {
        c.dropped.fetch_add(1, std::memory_order_relaxed);
        publishHead(w);
        return false;
    }
    // Lossless: wait for the consumer, then record how long we waited. Wait for two free slots,
    // the record and the stall note: writing the note into a slot not yet freed would overwrite a
    // record the consumer has not read.
    const std::uint64_t begin = recordingNs(); // a stamp in the ring: the ring's clock
    do {
        std::this_thread::yield();
        w.limit = c.tail.load(std::memory_order_acquire) + capacity;
    } while (w.head + 2 > w.limit);
    const std::uint64_t waited = recordingNs() - begin;
    c.stalledNs.fetch_add(waited, std::memory_order_relaxed);
    c.stalls.fetch_add(1, std::memory_order_relaxed);
    w.events[w.head & w.mask] = e;
    w.events[(w.head + 1) & w.mask] = Event { begin, e.task, e.cpu, EventKind::Stall, waited, 0 };
    w.head += 2;
    publishHead(w);
    return false;
}

// The record's fields go straight into its slot (storeEvent).
inline void write(ThreadWriter &w, std::uint64_t timeNs, std::uint32_t task, EventKind kind, std::uint64_t a,
                  std::uint64_t b)
{
    const std::uint16_t cpu = currentCpu();
    if (w.head >= w.limit) [[unlikely]] {
        if (!makeRoom(w, Event { timeNs, task, cpu, kind, a, b }))
            return;
    }
    storeEvent(w.events[w.head & w.mask], timeNs, task, cpu, kind, a, b);
    ++w.head;
    publishHead(w);
}

inline std::uint64_t takeStamp(ThreadWriter &w, std::uint32_t records, StampOrder order)
{
    if (!w.control) [[unlikely]]
        claimRing(w); // the bit needs a ring; without one (refused) the records are dropped anyway
    if (w.control) {
        if (w.stamped == 0)
            w.control->head.store(w.head | kRingWriting, std::memory_order_relaxed);
        w.stamped += records;
        // The bit's store before the clock read. The store buffer may delay it by well under a
        // microsecond; the consumer's watermark keeps a margin far wider than that.
        std::atomic_signal_fence(std::memory_order_seq_cst);
    }
    return recordingNs(order);
}

inline StampOrder stampOrderOf(EventKind kind)
{
    return stampedAfterSync(kind) ? StampOrder::AfterSync : StampOrder::Free;
}

void copyName(char *dst, std::string_view name)
{
    const std::size_t n = std::min(name.size(), kNameLength - 1);
    std::memcpy(dst, name.data(), n);
    dst[n] = '\0';
}

} // namespace

void Recorder::attach(SharedRegion *region)
{
    g_region = region;
    RecordingClock::use(region ? &region->header()->clock : nullptr);
    t_writer = ThreadWriter {};
}

bool Recorder::isAttached()
{
    return g_region != nullptr;
}

SchedulingSource Recorder::source()
{
    return g_region ? static_cast<SchedulingSource>(g_region->header()->source) : SchedulingSource::Estimate;
}

std::uint32_t Recorder::registerTask(TaskKind kind, std::string_view name, std::uint32_t parent)
{
    if (!g_region)
        return 0;
    RegionHeader *h = g_region->header();
    const std::uint32_t index = h->tasksClaimed.fetch_add(1, std::memory_order_relaxed);
    if (index >= h->maxTasks) {
        h->tasksRefused.fetch_add(1, std::memory_order_relaxed);
        return 0;
    }
    TaskSlot &slot = g_region->tasks()[index];
    slot.kind = kind;
    slot.parent = parent;
    slot.pid = getpid();
    slot.tid = static_cast<std::int32_t>(syscall(SYS_gettid));
    copyName(slot.name, name);
    slot.ready.store(1, std::memory_order_release);
    return index + 1;
}

std::uint32_t Recorder::registerName(NameKind kind, std::string_view name)
{
    if (!g_region)
        return 0;
    RegionHeader *h = g_region->header();
    const std::uint32_t index = h->namesClaimed.fetch_add(1, std::memory_order_relaxed);
    if (index >= h->maxNames)
        return 0;
    NameSlot &slot = g_region->names()[index];
    slot.kind = kind;
    copyName(slot.name, name);
    slot.ready.store(1, std::memory_order_release);
    return index + 1;
}

void Recorder::setCurrentTask(std::uint32_t task)
{
    t_writer.task = task;
    if (t_writer.control && t_writer.control->ownerTask.load(std::memory_order_relaxed) == 0)
        t_writer.control->ownerTask.store(task, std::memory_order_relaxed);
}

std::uint32_t Recorder::currentTask()
{
    return t_writer.task;
}

std::uint64_t Recorder::stamp(std::uint32_t records)
{
    return takeStamp(t_writer, records, StampOrder::Free);
}

std::uint64_t Recorder::stampAfterSync(std::uint32_t records)
{
    return takeStamp(t_writer, records, StampOrder::AfterSync);
}

void Recorder::emit(EventKind kind, std::uint64_t a, std::uint64_t b)
{
    ThreadWriter &w = t_writer;
    const std::uint64_t t = takeStamp(w, 1, stampOrderOf(kind));
    write(w, t, w.task, kind, a, b);
}

void Recorder::emitFor(std::uint32_t task, EventKind kind, std::uint64_t a, std::uint64_t b,
                       std::uint64_t timeNs)
{
    ThreadWriter &w = t_writer;
    if (timeNs == 0)
        timeNs = takeStamp(w, 1, stampOrderOf(kind));
    write(w, timeNs, task, kind, a, b);
}

void Recorder::resetAfterFork()
{
    t_writer = ThreadWriter {};
}

void Recorder::releaseRing()
{
    ThreadWriter &w = t_writer;
    if (w.control) {
        w.control->head.store(w.head, std::memory_order_release); // stamps never written: none follow
        w.control->released.store(1, std::memory_order_release); // after every head store
    }
    w = ThreadWriter {};
    w.refused = true; // a thread that is ending records no more
}

ScopedTask::ScopedTask(TaskKind kind, std::string_view name, std::uint32_t parent)
    : m_id(Recorder::registerTask(kind, name, parent))
{
    Recorder::setCurrentTask(m_id);
    Recorder::emit(EventKind::TaskBegin, parent);
}

ScopedTask::~ScopedTask()
{
    Recorder::setCurrentTask(m_id);
    Recorder::emit(EventKind::TaskEnd);
}

} // namespace samtidig
