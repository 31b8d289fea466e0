#include "trace/span_list.h"

#include <algorithm>

namespace samtidig {

void SpanList::appendSlow(std::int64_t start, std::int64_t end, SpanState state, std::uint32_t arg,
                          std::uint32_t other)
{
    if (end < start)
        std::swap(start, end);
    // Unsigned: end - start of a hostile file's spans may not fit a signed difference.
    const std::uint64_t duration = static_cast<std::uint64_t>(end) - static_cast<std::uint64_t>(start);
    if (m_start.empty() || start >= m_start.back()) {
        insertAt(size(), start, static_cast<std::int64_t>(duration), state, arg, other);
    } else {
        // Rare: out-of-order delivery. Insert at its place (late spans land near the end).
        const auto pos = static_cast<std::size_t>(std::upper_bound(m_start.begin(), m_start.end(), start)
                                                  - m_start.begin());
        insertAt(pos, start, static_cast<std::int64_t>(duration), state, arg, other);
    }
    if (m_start.size() > 1 && start < m_maxEnd)
        m_overlaps = true;
    m_maxEnd = std::max(m_maxEnd, end);
    m_lastStart = m_start.back();
}

void SpanList::insertAt(std::size_t pos, std::int64_t start, std::int64_t duration, SpanState state,
                        std::uint32_t arg, std::uint32_t other)
{
    const std::size_t n = size();
    const auto st = static_cast<std::uint8_t>(state);
    // A column that was all the same so far gets its values now that one differs.
    if (n == 0)
        m_sameState = st;
    else if (m_state.empty() && st != m_sameState)
        for (std::size_t i = 0; i < n; ++i)
            m_state.push_back(m_sameState);
    if (n > 0 && m_arg.empty() && arg != 0)
        for (std::size_t i = 0; i < n; ++i)
            m_arg.push_back(0);
    if (n > 0 && m_other.empty() && other != 0)
        for (std::size_t i = 0; i < n; ++i)
            m_other.push_back(0);

    if (pos == n && static_cast<std::uint64_t>(duration) < kLong) {
        // The common case: a short span appended at the end (no long-span index moves).
        m_start.push_back(start);
        m_duration.push_back(static_cast<std::uint32_t>(duration));
        if (!m_state.empty() || st != m_sameState)
            m_state.push_back(st);
        if (!m_arg.empty() || arg != 0)
            m_arg.push_back(arg);
        if (!m_other.empty() || other != 0)
            m_other.push_back(other);
        return;
    }
    const auto put = [pos, n](auto &column, auto value) {
        if (pos == n)
            column.push_back(value);
        else
            column.insert(column.begin() + static_cast<std::ptrdiff_t>(pos), value);
    };
    const bool isLong = static_cast<std::uint64_t>(duration) >= kLong;
    if (isLong || (!m_long.empty() && pos < n)) {
        // Indices after pos move up by one; the long span itself goes in at its index.
        auto at = std::lower_bound(m_long.begin(), m_long.end(), pos,
                                   [](const LongSpan &l, std::size_t i) { return l.index < i; });
        for (auto it = at; it != m_long.end(); ++it)
            ++it->index;
        if (isLong)
            m_long.insert(at, LongSpan { pos, duration });
    }
    put(m_start, start);
    put(m_duration, isLong ? kLong : static_cast<std::uint32_t>(duration));
    if (!m_state.empty() || st != m_sameState)
        put(m_state, st);
    if (!m_arg.empty() || arg != 0)
        put(m_arg, arg);
    if (!m_other.empty() || other != 0)
        put(m_other, other);
}

std::int64_t SpanList::longDuration(std::size_t i) const
{
    const auto it = std::lower_bound(m_long.begin(), m_long.end(), i,
                                     [](const LongSpan &l, std::size_t index) { return l.index < index; });
    return it != m_long.end() && it->index == i ? it->duration : kLong;
}

std::pair<std::size_t, std::size_t> SpanList::visible(std::int64_t t0, std::int64_t t1) const
{
    // Last candidate: the first span starting after t1.
    const auto last
        = static_cast<std::size_t>(std::upper_bound(m_start.begin(), m_start.end(), t1) - m_start.begin());
    std::size_t first = 0;
    if (!m_overlaps) {
        // Non-overlapping spans sorted by start are sorted by end too: the first ending at t0 or later.
        std::size_t hi = last;
        while (first < hi) {
            const std::size_t mid = first + (hi - first) / 2;
            if (end(mid) < t0)
                first = mid + 1;
            else
                hi = mid;
        }
    } else {
        // Overlapping tracks are short (held locks); scan back from the start bound.
        first = static_cast<std::size_t>(
            std::lower_bound(m_start.begin(), m_start.begin() + static_cast<std::ptrdiff_t>(last), t0)
            - m_start.begin());
        // A long span further back may still reach t0 (tracks with overlaps are short: scan).
        for (std::size_t i = first; i-- > 0;) {
            if (end(i) >= t0)
                first = i;
        }
    }
    return { first, std::max(first, last) };
}

void SpanList::reserve(std::size_t n)
{
    m_start.reserve(n);
    m_duration.reserve(n);
}

void SpanList::clear()
{
    *this = SpanList();
}

std::size_t SpanList::memoryBytes() const
{
    return m_start.memoryBytes() + m_duration.memoryBytes() + m_arg.memoryBytes() + m_other.memoryBytes()
        + m_state.memoryBytes() + m_long.capacity() * sizeof(LongSpan);
}

std::size_t SpanList::usedBytes() const
{
    return m_start.size() * sizeof(std::int64_t) + m_duration.size() * sizeof(std::uint32_t)
        + m_arg.size() * sizeof(std::uint32_t) + m_other.size() * sizeof(std::uint32_t) + m_state.size()
        + m_long.size() * sizeof(LongSpan);
}

bool SpanList::replaceOther(std::int64_t since, std::uint32_t from, std::uint32_t to)
{
    if (m_other.empty() || from == to)
        return false;
    // Spans before `since` can still overlap it only if the list has overlaps; start earlier then.
    const std::size_t first = m_overlaps ? 0 : visible(since, INT64_MAX).first;
    bool changed = false;
    for (std::size_t i = first; i < m_other.size(); ++i)
        if (m_other[i] == from) {
            m_other[i] = to;
            changed = true;
        }
    return changed;
}

} // namespace samtidig
