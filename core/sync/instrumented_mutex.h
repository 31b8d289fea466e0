#pragma once
// Mutexes that record what they do: every lock request, acquisition (with the time waited),
// release and timed-out attempt becomes an event of the calling task, so the timeline can show
// who waits for whom and the analysis can build its wait-for and lock-order graphs.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string_view>

#include "sync/step_gate.h"

namespace samtidig {

// Contention the lock itself counted, for a scenario's results section (the analysis computes the
// same from the events; these numbers exist before any trace does).
struct LockWaitTotals {
    std::uint64_t acquisitions = 0;
    std::uint64_t waits = 0; // acquisitions that found the lock held and had to wait
    std::uint64_t timeouts = 0;
    std::uint64_t totalWaitNs = 0;
    std::uint64_t maxWaitNs = 0;
};

namespace detail {
// Shared bookkeeping of both mutex kinds: the registered name and the contention counters.
class LockRecord
{
public:
    explicit LockRecord(std::string_view name);
    std::uint32_t id() const { return m_id; }
    LockWaitTotals totals() const;

    // Each records its event at `timeNs`, taken by the caller right where the operation happened.
    void requested(std::uint64_t timeNs) const;
    void acquired(std::uint64_t timeNs, std::uint64_t waitedNs, bool contended);
    void timedOut(std::uint64_t timeNs, std::uint64_t waitedNs);
    void released() const;

    StepWaiters &stepWaiters() { return m_stepWaiters; }

private:
    StepWaiters m_stepWaiters;
    std::uint32_t m_id = 0;
    std::atomic<std::uint64_t> m_acquisitions { 0 };
    std::atomic<std::uint64_t> m_waits { 0 };
    std::atomic<std::uint64_t> m_timeouts { 0 };
    std::atomic<std::uint64_t> m_totalWaitNs { 0 };
    std::atomic<std::uint64_t> m_maxWaitNs { 0 };
};
} // namespace detail

// A std::mutex whose name is registered as a lock. BasicLockable and Lockable, so std::lock_guard,
// std::unique_lock and std::scoped_lock work with it. A deadlock on it is a real one: the waiting
// thread blocks in the kernel and only killing the process ends it.
class InstrumentedMutex
{
public:
    explicit InstrumentedMutex(std::string_view name);
    InstrumentedMutex(const InstrumentedMutex &) = delete;
    InstrumentedMutex &operator=(const InstrumentedMutex &) = delete;

    void lock();
    bool try_lock(); // records only a success (as an acquisition without wait)
    void unlock();

    std::uint32_t id() const { return m_record.id(); }
    LockWaitTotals totals() const { return m_record.totals(); }

private:
    friend class InstrumentedCondition;
    // Without a gate: the condition's release and re-acquisition belong to its wait, one step.
    void lockUngated();
    void unlockUngated();

    std::mutex m_mutex;
    detail::LockRecord m_record;
};

// A std::timed_mutex with the same recording, plus try_lock_for: an attempt that gives up after a
// while is recorded as LockTimedOut, which is what lets a timeout break a deadlock.
class InstrumentedTimedMutex
{
public:
    explicit InstrumentedTimedMutex(std::string_view name);
    InstrumentedTimedMutex(const InstrumentedTimedMutex &) = delete;
    InstrumentedTimedMutex &operator=(const InstrumentedTimedMutex &) = delete;

    void lock();
    bool try_lock();
    void unlock();

    template<class Rep, class Period>
    bool try_lock_for(const std::chrono::duration<Rep, Period> &timeout)
    {
        return tryLockForNs(std::chrono::duration_cast<std::chrono::nanoseconds>(timeout));
    }

    std::uint32_t id() const { return m_record.id(); }
    LockWaitTotals totals() const { return m_record.totals(); }

private:
    bool tryLockForNs(std::chrono::nanoseconds timeout);

    std::timed_mutex m_mutex;
    detail::LockRecord m_record;
};

} // namespace samtidig
