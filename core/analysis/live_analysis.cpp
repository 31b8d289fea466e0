#include "analysis/live_analysis.h"

#include "trace/trace.h"

namespace samtidig {

// Placeholder until the analysis lands: records nothing.
LiveAnalysis::LiveAnalysis(Trace &trace)
    : m_trace(trace)
{}

LiveAnalysis::~LiveAnalysis() = default;

void LiveAnalysis::onEvent(const Event &, std::int64_t) {}

void LiveAnalysis::finish(std::int64_t) {}

} // namespace samtidig
