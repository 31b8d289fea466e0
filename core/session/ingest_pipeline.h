#pragma once
// Moves what a run records into its trace, in time order: the consumer thread drains the shared
// rings and the scheduling source; records are held back for the reorder window until everything
// stamped before them has arrived, then the builder turns them into lanes and the live analysis.

#include "runner/ring_consumer.h"
#include "session/reorder_window.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace samtidig {

class SchedSource;
class SharedRegion;
class TraceBuilder;

class IngestPipeline
{
public:
    // Records from different rings arrive slightly out of order; each is held back as long as
    // records were seen to arrive late lately (ReorderWindow), at least the consumer's idle drain
    // interval (2 ms) plus margin, at most 15 ms.
    static constexpr std::uint64_t kMinWindowNs = 6'000'000;
    static constexpr std::uint64_t kMaxWindowNs = 15'000'000;
    // Estimate source: a preempted thread reports the end of its slice only when it runs again,
    // often more than 15 ms later on a busy machine; arriving after the next slice on that core was
    // ingested, the end would be lost (measured: +100 % on-CPU time for 4 threads sharing a core on
    // a loaded machine). Its records are held back longer.
    static constexpr std::uint64_t kEstimateWindowNs = 150'000'000;

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

    std::uint64_t windowNs() const;

private:
    TraceBuilder &m_builder;
    RingConsumer m_consumer;
    bool m_estimateSource;
    ReorderWindow m_reorder { kMinWindowNs, kMaxWindowNs };
    std::uint64_t m_originNs = 0;
    std::vector<Event> m_pending; // sorted by time, waiting for the reorder window to pass
    // Reused by ingest() so its buffers are not re-faulted every poll.
    std::unique_ptr<RingConsumer::Batch> m_batch;
    std::uint64_t m_ingestedUpToNs = 0; // stamp of the newest record handed to the builder
};

} // namespace samtidig
