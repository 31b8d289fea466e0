#pragma once
// A condition variable used with InstrumentedMutex that records the whole wait: CondWait when the
// task starts waiting, LockReleased as the wait gives the mutex up, CondWake when it is woken, and
// LockRequest / LockAcquired as it takes the mutex back before wait() returns. A waiting task is
// thus drawn as "waiting for the condition" and then, if others hold the mutex, "waiting for the
// lock": two different waits that textbooks often blur. notify_one / notify_all record CondNotify.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string_view>

namespace samtidig {

class InstrumentedMutex;

class InstrumentedCondition
{
public:
    explicit InstrumentedCondition(std::string_view name);
    InstrumentedCondition(const InstrumentedCondition &) = delete;
    InstrumentedCondition &operator=(const InstrumentedCondition &) = delete;

    // `lock` must own its mutex; it owns it again when wait returns (also on a spurious wake-up).
    void wait(std::unique_lock<InstrumentedMutex> &lock);
    template<class Predicate>
    void wait(std::unique_lock<InstrumentedMutex> &lock, Predicate ready)
    {
        while (!ready())
            wait(lock);
    }

    void notify_one();
    void notify_all();

    std::uint32_t nameId() const { return m_name; }
    std::uint64_t waits() const { return m_waits.load(std::memory_order_relaxed); }
    std::uint64_t notifies() const { return m_notifies.load(std::memory_order_relaxed); }

private:
    // condition_variable_any calls unlock() and lock() on whatever lockable it is given; this one
    // stamps CondWake between waking up and re-acquiring the instrumented mutex.
    class WakeRecordingLock
    {
    public:
        WakeRecordingLock(InstrumentedMutex &mutex, std::uint32_t name)
            : m_mutex(mutex)
            , m_name(name)
        { }
        void lock();
        void unlock();

    private:
        InstrumentedMutex &m_mutex;
        std::uint32_t m_name;
    };

    std::condition_variable_any m_condition;
    std::uint32_t m_name = 0;
    std::atomic<std::uint64_t> m_waits { 0 };
    std::atomic<std::uint64_t> m_notifies { 0 };
};

} // namespace samtidig
