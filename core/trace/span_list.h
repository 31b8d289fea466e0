#pragma once
// A track of non-overlapping spans sorted by start, stored column-wise so that the visible range is
// found by binary search and a million spans cost about 15 MB, not a million objects. Columns are
// compact: the end is a 32-bit duration (longer spans keep their end in a short side list), and
// arg, other and state take no room while they have been the same for every span of the track
// (held locks never have `other`, CPU lanes always run, scheduling spans have no arg).
#include "trace/chunked_vector.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace samtidig {

enum class SpanState : std::uint8_t {
    Running = 0, // on a CPU (task lanes) / the task that ran (CPU lanes)
    Runnable, // preempted: ready, waiting for a CPU
    Blocked, // off CPU and not runnable, for a reason the kernel knows (I/O, futex ...)
    LockWait, // waiting for lock `arg`; the holder is in `other`
    LockHeld, // holding lock `arg`
    Sleeping, // in a sleep of its own
    Awaiting, // coroutine suspended at co_await
    CondWait, // waiting on condition variable `arg`
    Stalled, // its recording ring was full and it waited for the consumer
    Working, // self-reported CPU work chunk (estimate source)
    StepWait, // step mode: stopped before operation `other` (a GateOp) on `arg`, waiting for its step
    Count_
};

class SpanList
{
public:
    std::size_t size() const { return m_start.size(); }
    bool empty() const { return m_start.empty(); }

    std::int64_t start(std::size_t i) const { return m_start[i]; }
    std::int64_t end(std::size_t i) const // wraps like the unsigned difference it was stored as
    {
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(m_start[i])
                                         + static_cast<std::uint64_t>(duration(i)));
    }
    std::int64_t duration(std::size_t i) const
    {
        const std::uint32_t d = m_duration[i];
        return d != kLong ? d : longDuration(i);
    }
    SpanState state(std::size_t i) const
    {
        return static_cast<SpanState>(m_state.empty() ? m_sameState : m_state[i]);
    }
    std::uint32_t arg(std::size_t i) const
    {
        return m_arg.empty() ? 0 : m_arg[i];
    } // lock / condition name id
    // task: holder, or the runner on a CPU lane
    std::uint32_t other(std::size_t i) const { return m_other.empty() ? 0 : m_other[i]; }

    // Appends a span; keeps order when it starts before the last one (the estimate source can
    // deliver chunks of different tasks out of order). Zero-length spans are kept (they are events).
    void append(std::int64_t start, std::int64_t end, SpanState state, std::uint32_t arg = 0,
                std::uint32_t other = 0)
    {
        // The common case inline: in order, shorter than 4.3 s, every column as before.
        const auto st = static_cast<std::uint8_t>(state);
        const auto duration = static_cast<std::uint64_t>(end) - static_cast<std::uint64_t>(start);
        if (start <= end && !m_start.empty() && start >= m_lastStart && duration < kLong
            && (!m_state.empty() || st == m_sameState) && (!m_arg.empty() || arg == 0)
            && (!m_other.empty() || other == 0)) [[likely]] {
            m_start.push_back(start);
            m_duration.push_back(static_cast<std::uint32_t>(duration));
            if (!m_state.empty())
                m_state.push_back(st);
            if (!m_arg.empty())
                m_arg.push_back(arg);
            if (!m_other.empty())
                m_other.push_back(other);
            m_lastStart = start;
            m_overlaps = m_overlaps || start < m_maxEnd;
            m_maxEnd = std::max(m_maxEnd, end);
            return;
        }
        appendSlow(start, end, state, arg, other);
    }

    // Index range [first, last) of spans that intersect [t0, t1].
    std::pair<std::size_t, std::size_t> visible(std::int64_t t0, std::int64_t t1) const;

    // Spans that start at `since` or later and name task `from` in `other` name `to` instead
    // (a task that got its registered id). Returns whether any did.
    bool replaceOther(std::int64_t since, std::uint32_t from, std::uint32_t to);

    void reserve(std::size_t n);
    void clear();
    std::size_t memoryBytes() const; // allocated, headroom included
    std::size_t usedBytes() const; // what the spans themselves take

private:
    static constexpr std::uint32_t kLong = UINT32_MAX; // the duration is in m_long
    struct LongSpan {
        std::size_t index = 0;
        std::int64_t duration = 0;
    };
    std::int64_t longDuration(std::size_t i) const;
    void appendSlow(std::int64_t start, std::int64_t end, SpanState state, std::uint32_t arg,
                    std::uint32_t other);
    void insertAt(std::size_t pos, std::int64_t start, std::int64_t duration, SpanState state,
                  std::uint32_t arg, std::uint32_t other);

    ChunkedVector<std::int64_t> m_start;
    ChunkedVector<std::uint32_t> m_duration;
    ChunkedVector<std::uint32_t> m_arg; // empty while every arg was 0
    ChunkedVector<std::uint32_t> m_other; // empty while every other was 0
    ChunkedVector<std::uint8_t> m_state; // empty while every state was m_sameState
    std::vector<LongSpan> m_long; // durations of kLong ns and more, by index
    std::uint8_t m_sameState = 0;
    std::int64_t m_lastStart = INT64_MIN; // start of the last span (the latest start)
    std::int64_t m_maxEnd = INT64_MIN; // end of the latest-ending span
    bool m_overlaps = false; // set if a span was appended that overlaps an earlier one
};

} // namespace samtidig
