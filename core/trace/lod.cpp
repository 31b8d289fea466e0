#include "trace/lod.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace samtidig {

namespace {

// Enough samples to name the dominant state of a block without touching every span in it; each
// sample is a few cache misses, so this is the main cost of a zoomed-out frame.
constexpr std::size_t kMaxSamples = 8;

struct Vote {
    SpanState state = SpanState::Running;
    std::uint32_t other = 0;
    std::uint32_t arg = 0;
    std::int64_t weight = 0;
};

LodItem realItem(const SpanList &spans, std::size_t i)
{
    LodItem item;
    item.startNs = spans.start(i);
    item.endNs = spans.end(i);
    item.state = spans.state(i);
    item.arg = spans.arg(i);
    item.other = spans.other(i);
    item.firstIndex = i;
    return item;
}

// One block for spans [first, last): dominant (state, other) by duration over a bounded sample.
LodItem foldedItem(const SpanList &spans, std::size_t first, std::size_t last)
{
    const std::size_t n = last - first;
    const std::size_t samples = std::min(n, kMaxSamples);
    std::array<Vote, kMaxSamples> votes {};
    std::size_t voteCount = 0;
    std::int64_t sampledNs = 0;
    std::int64_t maxEnd = spans.end(last - 1);
    for (std::size_t k = 0; k < samples; ++k) {
        const std::size_t i = first + k * n / samples;
        const std::int64_t d = spans.duration(i);
        sampledNs += d;
        maxEnd = std::max(maxEnd, spans.end(i));
        const SpanState st = spans.state(i);
        const std::uint32_t other = spans.other(i);
        auto it = std::find_if(votes.begin(), votes.begin() + static_cast<std::ptrdiff_t>(voteCount),
                               [&](const Vote &v) { return v.state == st && v.other == other; });
        if (it == votes.begin() + static_cast<std::ptrdiff_t>(voteCount)) {
            *it = Vote { st, other, spans.arg(i), 0 };
            ++voteCount;
        }
        it->weight += d + 1; // +1: zero-length spans (events) still vote
    }
    const auto best = std::max_element(votes.begin(), votes.begin() + static_cast<std::ptrdiff_t>(voteCount),
                                       [](const Vote &a, const Vote &b) { return a.weight < b.weight; });
    LodItem item;
    item.startNs = spans.start(first);
    item.endNs = std::max(maxEnd, item.startNs);
    item.state = best->state;
    item.other = best->other;
    item.arg = best->arg;
    item.count = static_cast<std::uint32_t>(std::min<std::size_t>(n, UINT32_MAX));
    item.firstIndex = first;
    item.mixed = voteCount > 1;
    const double busy
        = static_cast<double>(sampledNs) / static_cast<double>(samples) * static_cast<double>(n);
    const auto extent = static_cast<double>(std::max<std::int64_t>(1, item.endNs - item.startNs));
    item.coverage = static_cast<float>(std::clamp(busy / extent, 0.05, 1.0));
    return item;
}

} // namespace

void foldSpanRange(const SpanList &spans, std::size_t first, std::size_t last, const LodRequest &request,
                   std::vector<LodItem> &out)
{
    out.clear();
    if (request.widthPx <= 0 || request.t1 <= request.t0 || first >= last)
        return;
    const double nsPerPx = static_cast<double>(request.t1 - request.t0) / request.widthPx;
    const double minNs = std::max(1.0, request.minSpanPx) * nsPerPx;
    std::size_t i = first;
    while (i < last) {
        if (static_cast<double>(spans.duration(i)) >= minNs) {
            out.push_back(realItem(spans, i));
            ++i;
            continue;
        }
        // A narrow span: find where its pixel column ends and jump there by binary search.
        const std::int64_t from = std::max(spans.start(i), request.t0);
        double col = std::floor(static_cast<double>(from - request.t0) / nsPerPx);
        const auto columnEnd
            = [&] { return request.t0 + static_cast<std::int64_t>(std::ceil((col + 1.0) * nsPerPx)); };
        auto colEnd = columnEnd();
        while (colEnd <= from) { // rounding put `from` in the column before its own
            col += 1.0;
            colEnd = columnEnd();
        }
        // j: the first span starting at or after colEnd. Galloping from i first: the next column
        // is near, so this touches few cache lines even when the list has millions of spans.
        std::size_t j = i + 1;
        if (j < last && spans.start(j) < colEnd) {
            std::size_t step = 1;
            while (j + step < last && spans.start(j + step) < colEnd)
                step *= 2;
            std::size_t lo = j + step / 2 + (step > 1 ? 1 : 0);
            std::size_t hi = std::min(j + step, last);
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (spans.start(mid) < colEnd)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            j = lo;
        }
        // Every span in (i, j-1) lies inside this column; only the last one may be wide.
        std::size_t end = j;
        if (j - 1 > i && static_cast<double>(spans.duration(j - 1)) >= minNs)
            end = j - 1;
        if (end - i == 1)
            out.push_back(realItem(spans, i));
        else
            out.push_back(foldedItem(spans, i, end));
        i = end;
    }
}

void foldSpans(const SpanList &spans, const LodRequest &request, std::vector<LodItem> &out)
{
    const auto [first, last] = spans.visible(request.t0, request.t1);
    foldSpanRange(spans, first, last, request, out);
}

std::vector<LodItem> foldSpans(const SpanList &spans, const LodRequest &request)
{
    std::vector<LodItem> out;
    foldSpans(spans, request, out);
    return out;
}

} // namespace samtidig
