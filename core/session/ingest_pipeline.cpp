#include "session/ingest_pipeline.h"

#include "builder/trace_builder.h"
#include "record/clock.h"

#include <algorithm>
#include <span>

namespace samtidig {

IngestPipeline::IngestPipeline(TraceBuilder &builder, SharedRegion &region, SchedSource *sched,
                               bool estimateSource)
    : m_builder(builder)
    , m_consumer(region, sched)
    , m_estimateSource(estimateSource)
    , m_batch(std::make_unique<RingConsumer::Batch>())
{
    // It circulates with the consumer's buffers (swapped, not copied): as much room as theirs.
    m_batch->events.reserve(RingConsumer::kMaxStagedEvents);
    m_sortScratch.reserve(RingConsumer::kMaxStagedEvents);
}

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::start(std::uint64_t originNs)
{
    m_originNs = originNs;
    m_consumer.start();
}

void IngestPipeline::drainAll(std::uint64_t nowNs)
{
    m_consumer.stop();
    ingest(nowNs, true, false);
}

void sortRunsByTime(std::vector<Event> &events, std::vector<Event> &scratch,
                    std::vector<std::size_t> &runStarts)
{
    const auto byTime = [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; };
    runStarts.clear();
    runStarts.push_back(0);
    for (std::size_t i = 1; i < events.size(); ++i)
        if (events[i].timeNs < events[i - 1].timeNs)
            runStarts.push_back(i);
    if (runStarts.size() == 1)
        return; // one run: sorted already
    runStarts.push_back(events.size());
    // Bottom-up: each round merges neighbouring runs into the other buffer (std::merge takes the
    // earlier run's record first on equal stamps: stable), halving the number of runs.
    scratch.resize(events.size());
    std::vector<Event> *from = &events;
    std::vector<Event> *to = &scratch;
    while (runStarts.size() > 2) {
        std::size_t kept = 0;
        for (std::size_t r = 0; r + 1 < runStarts.size(); r += 2) {
            const std::size_t a = runStarts[r];
            const std::size_t b = runStarts[r + 1];
            const std::size_t c = r + 2 < runStarts.size() ? runStarts[r + 2] : b;
            const auto at = [](std::vector<Event> *v, std::size_t i) {
                return v->begin() + static_cast<std::ptrdiff_t>(i);
            };
            std::merge(at(from, a), at(from, b), at(from, b), at(from, c), at(to, a), byTime);
            runStarts[kept++] = a;
        }
        runStarts[kept++] = events.size();
        runStarts.resize(kept);
        std::swap(from, to);
    }
    if (from != &events)
        events.swap(scratch); // the scratch keeps the other buffer for the next poll
}

void IngestPipeline::ingest(std::uint64_t nowNs, bool all, bool live)
{
    // A member, cleared after use: its buffers circulate with the consumer's (swapped, not freed).
    RingConsumer::Batch &batch = *m_batch;
    batch.tasks.clear();
    batch.names.clear();
    batch.events.clear();
    batch.notes.clear();
    // Behind by a whole budget already: what is staged stays with the consumer, which stops
    // draining the rings once it holds RingConsumer::kMaxStagedEvents (backpressure, not memory).
    if (all || !m_behind)
        m_consumer.take(batch);
    m_completeBeforeNs = std::max(m_completeBeforeNs, batch.completeBeforeNs);
    // Registrations apply at once: records that name them wait in the window anyway.
    for (const TaskInfo &t : batch.tasks)
        m_builder.registerTask(t);
    for (const NameInfo &n : batch.names)
        m_builder.registerName(n);
    for (const TaskNote &note : batch.notes)
        m_builder.noteTask(note);
    m_builder.setLossCounters(batch.dropped, batch.stalledNs, batch.stalls);
    m_consumerTimes = batch.times;

    auto &ev = batch.events;
    const auto byTime = [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; };
    // Ingested records leave the front of m_pending in halves: erasing them every poll would move
    // everything still held back (up to a second of a heavy run's records) a few hundred times a second.
    if (m_pendingFrom > 0 && m_pendingFrom * 2 >= m_pending.size()) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(m_pendingFrom));
        m_pendingFrom = 0;
    }
    const auto from = m_pending.begin() + static_cast<std::ptrdiff_t>(m_pendingFrom);
    if (!ev.empty()) {
        sortRunsByTime(ev, m_sortScratch, m_runStarts);
        // Only the held records at or after the batch's oldest take part in the merge.
        const auto overlap = static_cast<std::size_t>(
            std::upper_bound(from, m_pending.end(), ev.front(), byTime) - m_pending.begin());
        const std::size_t mid = m_pending.size();
        m_pending.insert(m_pending.end(), ev.begin(), ev.end());
        std::inplace_merge(m_pending.begin() + static_cast<std::ptrdiff_t>(overlap),
                           m_pending.begin() + static_cast<std::ptrdiff_t>(mid), m_pending.end(), byTime);
    }
    const auto held = m_pending.begin() + static_cast<std::ptrdiff_t>(m_pendingFrom);
    std::size_t n = m_pending.size() - m_pendingFrom;
    m_behind = false;
    std::uint64_t watermark = 0;
    if (!all) {
        // The rings' watermark holds for every source: a record stamped before a writer lost its
        // core (or waited for room in a full ring) comes when the writer runs again, however long
        // that takes. The estimate source's self-reported slices are held back a window more.
        watermark = m_completeBeforeNs > kMarginNs ? m_completeBeforeNs - kMarginNs : 0;
        if (m_estimateSource)
            watermark = std::min(watermark, nowNs - kEstimateWindowNs);
        n = static_cast<std::size_t>(
            std::upper_bound(held, m_pending.end(), watermark,
                             [](std::uint64_t t, const Event &e) { return t < e.timeNs; })
            - held);
        // A bounded step per call, so a window's frame stays short however fast records come.
        if (n > kIngestBudget) {
            n = kIngestBudget;
            m_behind = true;
        }
    }
    if (n > 0) {
        // Records before the origin (the runner registering itself) are placed at it; a record
        // that arrived after the watermark had passed it (its writer was let go while it held the
        // stamp) is moved up to what was already ingested, so the builder still sees time move
        // forward (counted).
        const std::uint64_t floorNs = std::max(m_originNs, m_ingestedUpToNs);
        const std::span<Event> ready(m_pending.data() + m_pendingFrom, n);
        std::uint64_t late = 0;
        for (std::size_t i = 0; i < n && ready[i].timeNs < floorNs; ++i) {
            if (ready[i].timeNs >= m_originNs)
                ++late;
            ready[i].timeNs = floorNs;
        }
        m_builder.addLateRecords(late);
        // In chunks, and (live) no longer than kIngestTimeNs: on a busy machine the budget's
        // records may take far longer than on an idle one.
        const std::uint64_t deadline = monotonicNs() + kIngestTimeNs;
        std::size_t done = 0;
        while (done < n) {
            const std::size_t k = std::min(kIngestChunk, n - done);
            m_builder.ingest(std::span<const Event>(ready.subspan(done, k)));
            done += k;
            if (!all && done < n && monotonicNs() >= deadline) {
                m_behind = true;
                break;
            }
        }
        m_ingestedUpToNs = ready[done - 1].timeNs;
        m_pendingFrom += done;
    }
    if (all)
        return;
    // Cut short, the edge moves only as far as what was ingested (the builder has put it there).
    if (m_behind)
        watermark = m_ingestedUpToNs;
    m_holdBackNs = nowNs > watermark ? nowNs - watermark : 0;
    // Everything up to the watermark is known (paused: time stands, and `live` is false).
    if (live && watermark > m_originNs)
        m_builder.advanceEdgeTo(static_cast<std::int64_t>(watermark - m_originNs));
}

} // namespace samtidig
