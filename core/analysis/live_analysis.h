#pragma once
// Live analysis fed by the trace builder, event by event in time order: the wait-for graph
// (actual deadlocks), the lock-order graph (potential deadlocks), lost updates on shared
// variables, and per-lock contention. Results go into trace.analysis.

#include "record/event.h"

#include <cstdint>

namespace samtidig {

struct Trace;

class LiveAnalysis
{
public:
    explicit LiveAnalysis(Trace &trace);
    ~LiveAnalysis();
    LiveAnalysis(const LiveAnalysis &) = delete;
    LiveAnalysis &operator=(const LiveAnalysis &) = delete;

    // t is relative to trace.originNs, like the model's times.
    void onEvent(const Event &e, std::int64_t t);
    // The run ended at t: final passes (lock-order cycles, lost updates not yet reported).
    void finish(std::int64_t t);

private:
    Trace &m_trace;
};

} // namespace samtidig
