#pragma once
// A counting semaphore that lets at most K tasks hold a permit at a time, recorded with the lock
// events under a NameKind::Semaphore name: LockRequest, LockAcquired (b = ns waited), LockReleased.
// It also counts what the semaphore scenario has to prove: how many held a permit at once (never
// more than K) and how many acquisitions had to wait.

#include <atomic>
#include <cstdint>
#include <semaphore>
#include <string_view>

#include "sync/step_gate.h"

namespace samtidig {

class InstrumentedSemaphore
{
public:
    // Largest K the semaphore accepts; scenarios limit their parameter to this.
    static constexpr int kMaxPermits = 1024;

    InstrumentedSemaphore(std::string_view name, int permits);
    InstrumentedSemaphore(const InstrumentedSemaphore &) = delete;
    InstrumentedSemaphore &operator=(const InstrumentedSemaphore &) = delete;

    void acquire();
    void release();

    std::uint32_t nameId() const { return m_name; }
    int permits() const { return m_permits; }
    int maxHolders() const { return m_maxHolders.load(std::memory_order_relaxed); }
    std::uint64_t acquisitions() const { return m_acquisitions.load(std::memory_order_relaxed); }
    std::uint64_t waits() const { return m_waits.load(std::memory_order_relaxed); }
    std::uint64_t totalWaitNs() const { return m_totalWaitNs.load(std::memory_order_relaxed); }

private:
    std::counting_semaphore<kMaxPermits> m_semaphore;
    StepWaiters m_stepWaiters;
    std::uint32_t m_name = 0;
    int m_permits = 0;
    std::atomic<int> m_holders { 0 };
    std::atomic<int> m_maxHolders { 0 };
    std::atomic<std::uint64_t> m_acquisitions { 0 };
    std::atomic<std::uint64_t> m_waits { 0 };
    std::atomic<std::uint64_t> m_totalWaitNs { 0 };
};

// RAII: holds one permit for a scope.
class SemaphorePermit
{
public:
    explicit SemaphorePermit(InstrumentedSemaphore &semaphore)
        : m_semaphore(semaphore)
    {
        m_semaphore.acquire();
    }
    ~SemaphorePermit() { m_semaphore.release(); }
    SemaphorePermit(const SemaphorePermit &) = delete;
    SemaphorePermit &operator=(const SemaphorePermit &) = delete;

private:
    InstrumentedSemaphore &m_semaphore;
};

} // namespace samtidig
