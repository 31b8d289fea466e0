#include "session/ingest_pipeline.h"

#include "trace/trace_builder.h"

#include <algorithm>

namespace samtidig {

IngestPipeline::IngestPipeline(TraceBuilder &builder, SharedRegion &region, SchedSource *sched,
                               bool estimateSource)
    : m_builder(builder)
    , m_consumer(region, sched)
    , m_estimateSource(estimateSource)
    , m_batch(std::make_unique<RingConsumer::Batch>())
{ }

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::start(std::uint64_t originNs)
{
    m_originNs = originNs;
    m_consumer.start();
}

std::uint64_t IngestPipeline::windowNs() const
{
    return m_estimateSource ? kEstimateWindowNs : m_reorder.windowNs();
}

void IngestPipeline::drainAll(std::uint64_t nowNs)
{
    m_consumer.stop();
    ingest(nowNs, true, false);
}

void IngestPipeline::ingest(std::uint64_t nowNs, bool all, bool live)
{
    // A member, cleared after use: its buffers circulate with the consumer's (swapped, not freed).
    RingConsumer::Batch &batch = *m_batch;
    batch.tasks.clear();
    batch.names.clear();
    batch.events.clear();
    batch.notes.clear();
    batch.maxLatenessNs = 0;
    m_consumer.take(batch);
    m_reorder.observe(batch.maxLatenessNs, nowNs);
    // Registrations apply at once: records that name them wait in the window anyway.
    for (const TaskInfo &t : batch.tasks)
        m_builder.registerTask(t);
    for (const NameInfo &n : batch.names)
        m_builder.registerName(n);
    for (const TaskNote &note : batch.notes)
        m_builder.noteTask(note);
    m_builder.setLossCounters(batch.dropped, batch.stalledNs);

    auto &ev = batch.events;
    const auto byTime = [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; };
    if (!ev.empty()) {
        std::stable_sort(ev.begin(), ev.end(), byTime);
        const std::size_t mid = m_pending.size();
        m_pending.insert(m_pending.end(), ev.begin(), ev.end());
        std::inplace_merge(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(mid),
                           m_pending.end(), byTime);
    }
    std::size_t n = m_pending.size();
    if (!all) {
        const std::uint64_t watermark = nowNs - windowNs();
        n = static_cast<std::size_t>(
            std::upper_bound(m_pending.begin(), m_pending.end(), watermark,
                             [](std::uint64_t t, const Event &e) { return t < e.timeNs; })
            - m_pending.begin());
        // Everything up to the watermark is known (paused: time stands, and `live` is false).
        if (live && watermark > m_originNs)
            m_builder.advanceEdgeTo(static_cast<std::int64_t>(watermark - m_originNs));
    }
    if (n == 0)
        return;
    // Records before the origin (the runner registering itself) are placed at it; a record that
    // arrived later than the window allowed is moved up to what was already ingested, so the
    // builder still sees time move forward (counted; the window widens with it).
    const std::uint64_t floorNs = std::max(m_originNs, m_ingestedUpToNs);
    std::uint64_t late = 0;
    for (std::size_t i = 0; i < n && m_pending[i].timeNs < floorNs; ++i) {
        if (m_pending[i].timeNs >= m_originNs)
            ++late;
        m_pending[i].timeNs = floorNs;
    }
    m_builder.addLateRecords(late);
    m_ingestedUpToNs = m_pending[n - 1].timeNs;
    m_builder.ingest(std::span<const Event>(m_pending.data(), n));
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(n));
}

} // namespace samtidig
