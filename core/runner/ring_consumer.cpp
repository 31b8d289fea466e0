#include "runner/ring_consumer.h"

#include "record/clock.h"
#include "record/shared_region.h"
#include "sched/sched_source.h"
#include "sched/short_slice.h"

#include <algorithm>
#include <chrono>

namespace samtidig {

RingConsumer::RingConsumer(SharedRegion &region, SchedSource *sched, WriterStateQuery query)
    : m_region(region)
    , m_sched(sched)
    , m_writerState(std::move(query))
    , m_clock(region.header()->clock)
{
    // Room for the largest batch a busy run stages before the rings are left alone, up front (only
    // the pages used are ever touched). Grown on demand instead, each of the buffers that circulate
    // between this thread and the session (see IngestPipeline) would be reallocated, copied and
    // faulted in afresh as a heavy run's passes get larger: on a virtual machine with slow page
    // faults, the 256-thread mutex run's longest pass took 230-390 ms, mostly that.
    m_local.events.reserve(kMaxStagedEvents);
    m_staging.events.reserve(kMaxStagedEvents);
}

RingConsumer::~RingConsumer()
{
    stop();
}

void RingConsumer::start()
{
    if (m_running.exchange(true))
        return;
    m_thread = std::thread([this] { run(); });
}

void RingConsumer::stop()
{
    if (m_running.exchange(false) && m_thread.joinable())
        m_thread.join();
    drainPass(true); // the writers are gone: everything they left, however much is staged
}

void RingConsumer::run()
{
    requestShortSlice(kSliceNs); // best effort: where refused, the thread runs as any other
    std::uint64_t lastNs = monotonicNs();
    while (m_running.load(std::memory_order_relaxed)) {
        const std::size_t n = drainOnce();
        const std::uint64_t nowNs = monotonicNs();
        const std::uint64_t sinceNs = nowNs - lastNs;
        lastNs = nowNs;
        std::uint64_t sleepNs = sleepAfterPassNs(n, sinceNs);
        if (m_sched)
            sleepNs = std::min(sleepNs, m_sched->longestDrainIntervalNs());
        std::this_thread::sleep_for(std::chrono::nanoseconds(sleepNs));
    }
}

std::uint64_t RingConsumer::sleepAfterPassNs(std::size_t records, std::uint64_t sinceNs)
{
    // records / since >= kBusyRecordsPerSecond, without a division (since 0: any record is busy).
    const bool busy = static_cast<std::uint64_t>(records) * 1'000'000'000 >= kBusyRecordsPerSecond * sinceNs
        && records > 0;
    return busy ? kBusySleepNs : kQuietSleepNs;
}

void RingConsumer::readRegistry(Batch &into)
{
    RegionHeader *h = m_region.header();
    const std::uint32_t claimedTasks = std::min(h->tasksClaimed.load(std::memory_order_acquire), h->maxTasks);
    while (m_tasksSeen < claimedTasks) {
        const TaskSlot &slot = m_region.tasks()[m_tasksSeen];
        if (!slot.ready.load(std::memory_order_acquire))
            break; // registration in progress: pick it up next pass, keeping id order
        TaskInfo info;
        info.id = m_tasksSeen + 1;
        info.parent = slot.parent;
        info.pid = slot.pid;
        info.tid = slot.tid;
        info.kind = slot.kind;
        info.name = QString::fromUtf8(slot.name, static_cast<qsizetype>(strnlen(slot.name, kNameLength)));
        into.tasks.push_back(info);
        ++m_tasksSeen;
    }
    const std::uint32_t claimedNames = std::min(h->namesClaimed.load(std::memory_order_acquire), h->maxNames);
    while (m_namesSeen < claimedNames) {
        const NameSlot &slot = m_region.names()[m_namesSeen];
        if (!slot.ready.load(std::memory_order_acquire))
            break;
        NameInfo info;
        info.id = m_namesSeen + 1;
        info.kind = slot.kind;
        info.name = QString::fromUtf8(slot.name, static_cast<qsizetype>(strnlen(slot.name, kNameLength)));
        into.names.push_back(info);
        ++m_namesSeen;
    }
}

void RingConsumer::settleHeldRings(std::uint64_t passNs)
{
    // Asked before the rings are read, never after: a writer that writes its record and ends
    // between the pass's look at its ring and the question would be found gone, and the record it
    // wrote (after the look, stamped before the pass) would come late. Asked first, a writer found
    // gone or blocked wrote before the ring is read or not at all (a blocked one that wakes later
    // is late, after its grace). Only the ring that holds the watermark back matters; past it, the
    // next oldest. Each is asked at most every kStateCheckNs, so a busy run's many short
    // preemptions cost no system call.
    m_held.clear();
    for (std::uint32_t r = 0; r < m_rings.size(); ++r)
        if (m_rings[r].clearNs + kStateCheckNs <= passNs)
            m_held.push_back(r);
    std::sort(m_held.begin(), m_held.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_rings[a].clearNs < m_rings[b].clearNs; });
    for (const std::uint32_t r : m_held) {
        RingWatch &w = m_rings[r];
        if (w.askedNs == 0 || w.askedNs + kStateCheckNs <= passNs) {
            const RingControl &c = m_region.rings()[r];
            w.state = m_writerState(static_cast<pid_t>(c.ownerPid.load(std::memory_order_relaxed)),
                                    static_cast<pid_t>(c.ownerTid.load(std::memory_order_relaxed)));
            w.askedNs = passNs;
            if (w.state != WriterState::Blocked)
                w.blockedSinceNs = 0;
            else if (w.blockedSinceNs == 0)
                w.blockedSinceNs = passNs;
        }
        const bool letGo = w.state == WriterState::Gone
            || (w.state == WriterState::Blocked && passNs - w.blockedSinceNs >= kBlockedGraceNs)
            || (w.state == WriterState::Unknown && passNs - w.clearNs >= kUnknownStateHoldNs);
        if (!letGo)
            return; // its record will come (or may still): the watermark waits for it
        // Its stamp may never be written: once the pass has read the ring, the picture moves on; a
        // record that still comes is late.
        w.letGo = true;
    }
}

std::size_t RingConsumer::drainOnce()
{
    return drainPass(false);
}

std::size_t RingConsumer::drainPass(bool evenIfFull)
{
    m_clock.steerIfDue(); // the writers' time stamp counter mapping, every 10 ms
    // Before any look at a ring: a record stamped later may be missed by this pass, not earlier.
    const std::uint64_t passNs = monotonicNs();
    std::uint64_t completeBefore = passNs;
    // Reused between passes: a fresh multi-megabyte vector per millisecond would be fresh pages
    // (page faults) every time; cleared vectors keep their capacity.
    Batch &local = m_local;
    local.tasks.clear();
    local.names.clear();
    local.events.clear();
    local.notes.clear();
    readRegistry(local);
    RegionHeader *h = m_region.header();
    const std::uint32_t rings = std::min(h->ringsClaimed.load(std::memory_order_acquire), h->maxRings);
    const std::uint64_t mask = h->ringCapacity - 1;
    if (m_rings.size() < rings)
        m_rings.resize(rings, RingWatch { m_lastPassNs, 0, 0, WriterState::Unknown, false });
    std::uint64_t dropped = h->ringsRefused.load(std::memory_order_relaxed);
    std::uint64_t stalled = 0;
    std::uint64_t stalls = 0;
    std::size_t copied = 0;
    // The session's builder is behind: the rings keep what they hold (and the watermark stands)
    // until it has taken what is staged.
    const bool full = !evenIfFull && m_staged.load(std::memory_order_relaxed) >= kMaxStagedEvents;
    // The kernel's buffers are bounded and cannot wait: they get room before the rings are copied,
    // and again after every kCollectEvery records copied (a pass may lose its core midway).
    if (m_sched)
        m_sched->collect();
    if (!full)
        settleHeldRings(passNs);
    std::size_t collectedAt = 0;
    for (std::uint32_t r = 0; r < rings; ++r) {
        if (m_sched && copied - collectedAt >= kCollectEvery) {
            m_sched->collect();
            collectedAt = copied;
        }
        RingControl &c = m_region.rings()[r];
        dropped += c.dropped.load(std::memory_order_relaxed);
        stalled += c.stalledNs.load(std::memory_order_relaxed);
        stalls += c.stalls.load(std::memory_order_relaxed);
        if (full)
            continue;
        // The head and the stamp bit in one load (acquire: every record below the head is written).
        const std::uint64_t word = c.head.load(std::memory_order_acquire);
        if ((word & kRingWriting) == 0 || m_rings[r].letGo) {
            m_rings[r] = RingWatch { passNs, 0, 0, WriterState::Unknown, false };
        } else if (m_rings[r].clearNs > 0) { // 0: held since before the first pass, for unknown long
            m_times.longestStampHoldNs = std::max(m_times.longestStampHoldNs, passNs - m_rings[r].clearNs);
        }
        const std::uint64_t head = ringHead(word);
        const std::uint64_t tail = c.tail.load(std::memory_order_relaxed);
        const Event *events = m_region.ringEvents(r);
        if (head > tail) {
            // Copied in at most two pieces (before and after the wrap), appended as they are: a
            // resize first would zero the space only to overwrite it.
            const std::uint64_t first = tail & mask;
            const std::uint64_t n1 = std::min<std::uint64_t>(head - tail, mask + 1 - first);
            local.events.insert(local.events.end(), events + first, events + first + n1);
            local.events.insert(local.events.end(), events, events + (head - tail - n1));
            c.tail.store(head, std::memory_order_release);
            copied += head - tail;
        }
    }
    if (full) {
        completeBefore = 0; // nothing new is known complete
    } else {
        for (const RingWatch &w : m_rings)
            completeBefore = std::min(completeBefore, w.clearNs);
    }
    if (m_sched) {
        m_scratch.clear();
        m_sched->observe(local.events);
        m_sched->drain(m_scratch, local.notes); // the builder knows which task each thread is
        local.events.insert(local.events.end(), m_scratch.begin(), m_scratch.end());
        copied += m_scratch.size();
        dropped += m_sched->lost();
        if (!full) // records the source still holds back: the watermark waits for them too
            completeBefore = std::min(completeBefore, m_sched->heldSinceNs());
        m_times.kernelRecordsLost = m_sched->lost();
        m_times.kernelBufferBytes = m_sched->bufferBytes();
        m_times.kernelBufferPeakBytes = m_sched->peakFillBytes();
    }
    if (m_lastPassNs != 0)
        m_times.longestPassGapNs = std::max(m_times.longestPassGapNs, passNs - m_lastPassNs);
    m_lastPassNs = passNs;
    m_times.longestPassNs = std::max(m_times.longestPassNs, monotonicNs() - passNs);
    m_times.clockMaxErrorNs = m_clock.maxAbsErrorNs();
    std::lock_guard lock(m_mutex);
    m_staging.completeBeforeNs = std::max(m_staging.completeBeforeNs, completeBefore);
    m_staging.tasks.insert(m_staging.tasks.end(), local.tasks.begin(), local.tasks.end());
    m_staging.names.insert(m_staging.names.end(), local.names.begin(), local.names.end());
    m_staging.notes.insert(m_staging.notes.end(), local.notes.begin(), local.notes.end());
    if (m_staging.events.empty())
        m_staging.events.swap(local.events);
    else
        m_staging.events.insert(m_staging.events.end(), local.events.begin(), local.events.end());
    m_staging.dropped = dropped;
    m_staging.stalledNs = stalled;
    m_staging.stalls = stalls;
    m_staging.times = m_times;
    m_staged.store(m_staging.events.size(), std::memory_order_relaxed);
    return copied;
}

void RingConsumer::take(Batch &out)
{
    std::lock_guard lock(m_mutex);
    out.tasks.insert(out.tasks.end(), m_staging.tasks.begin(), m_staging.tasks.end());
    out.names.insert(out.names.end(), m_staging.names.begin(), m_staging.names.end());
    out.notes.insert(out.notes.end(), m_staging.notes.begin(), m_staging.notes.end());
    if (out.events.empty())
        out.events.swap(m_staging.events);
    else
        out.events.insert(out.events.end(), m_staging.events.begin(), m_staging.events.end());
    out.dropped = m_staging.dropped;
    out.stalledNs = m_staging.stalledNs;
    out.stalls = m_staging.stalls;
    out.times = m_staging.times;
    out.completeBeforeNs = std::max(out.completeBeforeNs, m_staging.completeBeforeNs);
    m_staging.tasks.clear();
    m_staging.names.clear();
    m_staging.notes.clear();
    m_staging.events.clear();
    m_staged.store(0, std::memory_order_relaxed);
}

} // namespace samtidig
