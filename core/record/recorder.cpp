#include "record/recorder.h"

#include "record/clock.h"
#include "record/shared_region.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <unistd.h>
#include <sys/syscall.h>

namespace samtidig {

namespace {

SharedRegion *g_region = nullptr;

struct ThreadWriter {
    RingControl *control = nullptr;
    Event *events = nullptr;
    std::uint64_t mask = 0;
    std::uint64_t cachedTail = 0; // consumer position last seen: avoids reading the shared tail per event
    std::uint32_t task = 0;
    bool refused = false;
};

thread_local ThreadWriter t_writer;

bool claimRing(ThreadWriter &w)
{
    if (!g_region || w.refused)
        return false;
    RegionHeader *h = g_region->header();
    const std::uint32_t index = h->ringsClaimed.fetch_add(1, std::memory_order_relaxed);
    if (index >= h->maxRings) {
        h->ringsRefused.fetch_add(1, std::memory_order_relaxed);
        w.refused = true;
        return false;
    }
    w.control = g_region->rings() + index;
    w.control->ownerTask.store(w.task, std::memory_order_relaxed);
    w.control->ownerPid.store(static_cast<std::uint32_t>(getpid()), std::memory_order_relaxed);
    w.events = g_region->ringEvents(index);
    w.mask = h->ringCapacity - 1;
    w.cachedTail = w.control->tail.load(std::memory_order_acquire);
    return true;
}

inline void write(ThreadWriter &w, const Event &e)
{
    if (!w.control && !claimRing(w))
        return;
    RingControl &c = *w.control;
    const std::uint64_t head = c.head.load(std::memory_order_relaxed);
    const std::uint64_t capacity = w.mask + 1;
    if (head - w.cachedTail >= capacity) {
        w.cachedTail = c.tail.load(std::memory_order_acquire);
        if (head - w.cachedTail >= capacity) {
            if (g_region->header()->lossy) {
                c.dropped.fetch_add(1, std::memory_order_relaxed);
                return;
            }
            // Lossless: wait for the consumer, then record how long we waited.
            const std::uint64_t begin = monotonicNs();
            do {
                std::this_thread::yield();
                w.cachedTail = c.tail.load(std::memory_order_acquire);
            } while (head - w.cachedTail >= capacity);
            const std::uint64_t waited = monotonicNs() - begin;
            c.stalledNs.fetch_add(waited, std::memory_order_relaxed);
            w.events[head & w.mask] = e;
            w.events[(head + 1) & w.mask] = Event{begin, e.task, e.cpu, EventKind::Stall, waited, 0};
            if (head + 1 - w.cachedTail >= capacity) { // no room for the stall record: keep the event
                c.head.store(head + 1, std::memory_order_release);
                return;
            }
            c.head.store(head + 2, std::memory_order_release);
            return;
        }
    }
    w.events[head & w.mask] = e;
    c.head.store(head + 1, std::memory_order_release);
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
    t_writer = ThreadWriter{};
}

bool Recorder::isAttached() { return g_region != nullptr; }

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

std::uint32_t Recorder::currentTask() { return t_writer.task; }

void Recorder::emit(EventKind kind, std::uint64_t a, std::uint64_t b)
{
    ThreadWriter &w = t_writer;
    write(w, Event{monotonicNs(), w.task, currentCpu(), kind, a, b});
}

void Recorder::emitFor(std::uint32_t task, EventKind kind, std::uint64_t a, std::uint64_t b,
                       std::uint64_t timeNs)
{
    write(t_writer, Event{timeNs ? timeNs : monotonicNs(), task, currentCpu(), kind, a, b});
}

void Recorder::resetAfterFork()
{
    t_writer = ThreadWriter{};
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
