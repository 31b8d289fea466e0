#pragma once
// A realistic, deterministic trace made from generated records run through the TraceBuilder: a
// process with threads and a coroutine contending for two locks, reading and writing a shared
// variable, sleeping, marking phases. Used by the io tests, benchmarks and fuzz seed corpora, so
// that file formats are exercised with what real runs produce rather than hand-picked spans.

#include <cstddef>
#include <cstdint>

namespace samtidig {

class Trace;

struct SyntheticTraceSpec {
    int threads = 4; // worker threads (plus one process task and one coroutine)
    int cpus = 4;
    std::size_t events = 1000; // records to generate (about)
    std::uint32_t seed = 1;
};

// Fills `trace` (expected empty) and finishes it; also fills every analysis result kind by hand.
void makeSyntheticTrace(const SyntheticTraceSpec &spec, Trace &trace);

// The default spec's trace with about `events` records.
Trace syntheticTrace(std::size_t events = SyntheticTraceSpec {}.events);

} // namespace samtidig
