#include "trace/span_list.h"

#include <algorithm>
#include <numeric>

namespace samtidig {

void SpanList::append(std::int64_t start, std::int64_t end, SpanState state, std::uint32_t arg,
                      std::uint32_t other)
{
    if (end < start)
        std::swap(start, end);
    if (m_start.empty() || start >= m_start.back()) {
        m_start.push_back(start);
        m_end.push_back(end);
        m_arg.push_back(arg);
        m_other.push_back(other);
        m_state.push_back(static_cast<std::uint8_t>(state));
    } else {
        // Rare: out-of-order delivery. Insert at its place (late spans land near the end).
        const auto pos = static_cast<std::size_t>(
            std::upper_bound(m_start.begin(), m_start.end(), start) - m_start.begin());
        const auto at = [pos](auto &v) { return v.begin() + static_cast<std::ptrdiff_t>(pos); };
        m_start.insert(at(m_start), start);
        m_end.insert(at(m_end), end);
        m_arg.insert(at(m_arg), arg);
        m_other.insert(at(m_other), other);
        m_state.insert(at(m_state), static_cast<std::uint8_t>(state));
    }
    if (m_start.size() > 1 && start < m_maxEnd)
        m_overlaps = true;
    m_maxEnd = std::max(m_maxEnd, end);
}

std::pair<std::size_t, std::size_t> SpanList::visible(std::int64_t t0, std::int64_t t1) const
{
    // Last candidate: the first span starting after t1.
    const auto last = static_cast<std::size_t>(
        std::upper_bound(m_start.begin(), m_start.end(), t1) - m_start.begin());
    std::size_t first = 0;
    if (!m_overlaps) {
        // Non-overlapping spans sorted by start are sorted by end too.
        first = static_cast<std::size_t>(
            std::lower_bound(m_end.begin(), m_end.begin() + static_cast<std::ptrdiff_t>(last), t0)
            - m_end.begin());
    } else {
        // Overlapping tracks are short (held locks); scan back from the start bound.
        first = static_cast<std::size_t>(
            std::lower_bound(m_start.begin(), m_start.begin() + static_cast<std::ptrdiff_t>(last), t0)
            - m_start.begin());
        // A long span further back may still reach t0 (tracks with overlaps are short: scan).
        for (std::size_t i = first; i-- > 0;) {
            if (m_end[i] >= t0)
                first = i;
        }
    }
    return {first, std::max(first, last)};
}

void SpanList::reserve(std::size_t n)
{
    m_start.reserve(n);
    m_end.reserve(n);
    m_arg.reserve(n);
    m_other.reserve(n);
    m_state.reserve(n);
}

void SpanList::clear()
{
    *this = SpanList();
}

std::size_t SpanList::memoryBytes() const
{
    return m_start.capacity() * 8 + m_end.capacity() * 8 + m_arg.capacity() * 4 + m_other.capacity() * 4
           + m_state.capacity();
}

} // namespace samtidig
