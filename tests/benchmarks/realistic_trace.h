#pragma once
// A trace like a long, busy kernel-source run, for the frame-time benchmarks: one process with
// threads and coroutines on every CPU lane, every span state such a run shows (running, runnable,
// blocked; lock wait, sleeping, awaiting, condition wait, stalled; lock held), lock hand-overs,
// reads and writes of shared variables with lost updates, markers, timeouts, and at the end two
// threads in a deadlock. Built through the TraceBuilder, so the live analysis finds the lost
// updates and the deadlock itself, in batches: memory holds the model and one batch of records,
// so 100 M spans fit in a few GB.

#include <cstdint>
#include <memory>

namespace samtidig {

class Trace;

struct RealisticTraceSpec {
    int taskLanes = 64; // the process, its threads and 8 coroutines
    int cpus = 8;
    std::uint64_t spans = 1'000'000; // at least this many (CPU and task lanes together)
};

std::unique_ptr<Trace> makeRealisticTrace(const RealisticTraceSpec &spec);

} // namespace samtidig
