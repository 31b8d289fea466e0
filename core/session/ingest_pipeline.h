#pragma once
// Moves what a run records into its trace, in time order: the consumer thread drains the shared
// rings and the scheduling source; records are held back until everything stamped before them has
// arrived (the consumer's watermark: no ring holds an older stamp not yet written), then the
// builder turns them into lanes and the live analysis.

#include "runner/ring_consumer.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace samtidig {

class SchedSource;
class SharedRegion;
class TraceBuilder;

// Sorts records by time, stably. A batch is a few runs that are each in time order already (one
// per ring and drain pass, and the scheduling source's): they are found and merged pairwise,
// O(n log runs) instead of a full sort's O(n log n). `scratch` and `runStarts` are the caller's
// buffers, kept between calls so that a busy run does not fault in fresh pages every poll.
void sortRunsByTime(std::vector<Event> &events, std::vector<Event> &scratch,
                    std::vector<std::size_t> &runStarts);

class IngestPipeline
{
public:
    // Held back behind the consumer's watermark by this much more: the writers' clock mapping and
    // a ring's flag may lag the consumer's clock by far less (tens of ns, under a microsecond).
    static constexpr std::uint64_t kMarginNs = 1'000'000;
    // A writer holding a stamp holds the watermark back for as long as it is on its way to write
    // the record (preempted, or stopped by a pause), however long that is; one that is blocked or
    // gone lets it pass (RingConsumer::settleHeldRings). A record that still comes after the
    // watermark passed its time is moved up to the ingested time and counted (Trace::lateRecords).
    // Estimate source: a preempted thread reports the end of its slice only when it runs again,
    // often more than 15 ms later on a busy machine; arriving after the next slice on that core was
    // ingested, the end would be lost (measured: +100 % on-CPU time for 4 threads sharing a core on
    // a loaded machine). Its records are held back longer: by this window, and never past the
    // rings' watermark.
    static constexpr std::uint64_t kEstimateWindowNs = 150'000'000;
    // At most this many records go to the builder per ingest() (not drainAll): about 8 ms of the
    // builder's work on an idle machine, so a window polling at 60 Hz keeps its frames short and
    // still takes in up to 15 million records a second. Beyond that the staged records wait, the
    // consumer stops draining, and the writers meet full rings (RingConsumer::kMaxStagedEvents).
    static constexpr std::size_t kIngestBudget = 250'000;
    // ... and for no longer than this (checked between chunks of kIngestChunk records), however
    // many that is on a busy machine.
    static constexpr std::uint64_t kIngestTimeNs = 8'000'000;
    static constexpr std::size_t kIngestChunk = 16'384;

    IngestPipeline(TraceBuilder &builder, SharedRegion &region, SchedSource *sched, bool estimateSource);
    ~IngestPipeline();
    IngestPipeline(const IngestPipeline &) = delete;
    IngestPipeline &operator=(const IngestPipeline &) = delete;

    // Starts the consumer thread; records stamped before `originNs` are placed at it.
    void start(std::uint64_t originNs);
    // Takes what the consumer staged and ingests every record older than the window (`all`:
    // every record). `live` moves the trace's edge up to the window even without records.
    void ingest(std::uint64_t nowNs, bool all, bool live);
    // Stops the consumer and ingests everything that is left.
    void drainAll(std::uint64_t nowNs);

    // How far behind the clock the last ingest had to stop (what the trace's edge lags the run).
    std::uint64_t holdBackNs() const { return m_holdBackNs; }
    // The last ingest() stopped at its budget (records or time) with more ready: the session is behind.
    bool isBehind() const { return m_behind; }
    // The consumer's timing so far: the longest stamp a writer held, the longest gap between passes.
    const ConsumerTimes &consumerTimes() const { return m_consumerTimes; }

private:
    TraceBuilder &m_builder;
    RingConsumer m_consumer;
    bool m_estimateSource;
    std::uint64_t m_completeBeforeNs = 0; // the consumer's watermark, as of the last batch taken
    std::uint64_t m_holdBackNs = 0;
    ConsumerTimes m_consumerTimes;
    std::uint64_t m_originNs = 0;
    std::vector<Event> m_pending; // sorted by time; from m_pendingFrom on waiting for the watermark
    std::size_t m_pendingFrom = 0; // records before it were ingested (dropped from the front lazily)
    // Reused by ingest() so its buffers are not re-faulted every poll.
    std::unique_ptr<RingConsumer::Batch> m_batch;
    std::uint64_t m_ingestedUpToNs = 0; // stamp of the newest record handed to the builder
    bool m_behind = false; // the last ingest() stopped at kIngestBudget with more ready
    std::vector<Event> m_sortScratch; // sortRunsByTime's buffers, kept between polls
    std::vector<std::size_t> m_runStarts;
};

} // namespace samtidig
