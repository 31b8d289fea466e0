#pragma once
// A track of non-overlapping spans sorted by start, stored column-wise (25 bytes a span) so that
// the visible range is found by binary search and a million spans cost 20 MB, not a million objects.

#include <cstdint>
#include <utility>
#include <vector>

namespace samtidig {

enum class SpanState : std::uint8_t {
    Running = 0,  // on a CPU (task lanes) / the task that ran (CPU lanes)
    Runnable,     // preempted: ready, waiting for a CPU
    Blocked,      // off CPU and not runnable, for a reason the kernel knows (I/O, futex ...)
    LockWait,     // waiting for lock `arg`; the holder is in `other`
    LockHeld,     // holding lock `arg`
    Sleeping,     // in a sleep of its own
    Awaiting,     // coroutine suspended at co_await
    CondWait,     // waiting on condition variable `arg`
    Stalled,      // its recording ring was full and it waited for the consumer
    Working,      // self-reported CPU work chunk (estimate source)
    Count_
};

class SpanList
{
public:
    std::size_t size() const { return m_start.size(); }
    bool empty() const { return m_start.empty(); }

    std::int64_t start(std::size_t i) const { return m_start[i]; }
    std::int64_t end(std::size_t i) const { return m_end[i]; }
    std::int64_t duration(std::size_t i) const { return m_end[i] - m_start[i]; }
    SpanState state(std::size_t i) const { return static_cast<SpanState>(m_state[i]); }
    std::uint32_t arg(std::size_t i) const { return m_arg[i]; }     // lock / condition name id
    std::uint32_t other(std::size_t i) const { return m_other[i]; } // task: holder, or the runner on a CPU lane

    // Appends a span; keeps order when it starts before the last one (the estimate source can
    // deliver chunks of different tasks out of order). Zero-length spans are kept (they are events).
    void append(std::int64_t start, std::int64_t end, SpanState state, std::uint32_t arg = 0,
                std::uint32_t other = 0);

    // Index range [first, last) of spans that intersect [t0, t1].
    std::pair<std::size_t, std::size_t> visible(std::int64_t t0, std::int64_t t1) const;

    void reserve(std::size_t n);
    void clear();
    std::size_t memoryBytes() const;

private:
    std::vector<std::int64_t> m_start;
    std::vector<std::int64_t> m_end;
    std::vector<std::uint32_t> m_arg;
    std::vector<std::uint32_t> m_other;
    std::vector<std::uint8_t> m_state;
    std::int64_t m_maxEnd = INT64_MIN; // end of the latest-ending span
    bool m_overlaps = false;           // set if a span was appended that overlaps an earlier one
};

} // namespace samtidig
