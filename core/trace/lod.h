#pragma once
// Level-of-detail folding for one SpanList: spans wide enough to see pass through, runs of spans
// narrower than a pixel or two become one counted block per pixel column (as Tracy's
// PreprocessCpuCtxSwitches and KernelShark's per-pixel bins do). The cost is about
// columns x log(spans), never the number of spans in view.

#include "trace/span_list.h"

#include <cstdint>
#include <vector>

namespace samtidig {

struct LodItem {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    SpanState state = SpanState::Running; // the span's, or the dominant one of a folded block
    std::uint32_t arg = 0;
    std::uint32_t other = 0; // the span's, or the dominant one (the running task on CPU lanes)
    std::uint32_t count = 1; // 1: a real span; > 1: so many spans folded into this block
    std::size_t firstIndex = 0; // index of the (first) span in the SpanList
    float coverage = 1.0f; // estimated busy fraction of a folded block (1 for real spans)
    bool mixed = false; // a folded block whose spans do not all share state and `other`

    bool folded() const { return count > 1 || coverage < 1.0f; }
};

struct LodRequest {
    std::int64_t t0 = 0; // visible range, ns
    std::int64_t t1 = 0;
    double widthPx = 0; // pixels across [t0, t1]
    double minSpanPx = 1.5; // spans narrower than this are folded
};

// Appends the draw items for `spans` in the request's range to `out` (cleared first), in time order.
void foldSpans(const SpanList &spans, const LodRequest &request, std::vector<LodItem> &out);
std::vector<LodItem> foldSpans(const SpanList &spans, const LodRequest &request);

// Same, restricted to the index range [first, last) (which must be within spans.visible()).
void foldSpanRange(const SpanList &spans, std::size_t first, std::size_t last, const LodRequest &request,
                   std::vector<LodItem> &out);

} // namespace samtidig
