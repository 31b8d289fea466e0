#pragma once
// A reader-writer lock (std::shared_mutex) recorded with the lock events under one lock name:
// readers (lock_shared) may hold it together, a writer (lock) holds it alone. Both kinds record
// LockRequest, LockAcquired (b = ns waited) and LockReleased, so the chart shows several readers'
// held spans overlapping and the writer's standing alone. It also counts what the rwlock scenario
// has to prove: the most readers inside at once, and that no reader was ever inside with a writer.
// SharedLockable, so std::shared_lock and std::unique_lock work with it.

#include <atomic>
#include <cstdint>
#include <shared_mutex>
#include <string_view>

#include "sync/step_gate.h"

namespace samtidig {

class InstrumentedRwLock
{
public:
    explicit InstrumentedRwLock(std::string_view name);
    InstrumentedRwLock(const InstrumentedRwLock &) = delete;
    InstrumentedRwLock &operator=(const InstrumentedRwLock &) = delete;

    void lock(); // exclusive: a writer
    void unlock();
    void lock_shared(); // shared: a reader
    void unlock_shared();

    std::uint32_t nameId() const { return m_name; }
    int maxReaders() const { return m_maxReaders.load(std::memory_order_relaxed); }
    std::uint64_t reads() const { return m_reads.load(std::memory_order_relaxed); }
    std::uint64_t writes() const { return m_writes.load(std::memory_order_relaxed); }
    std::uint64_t readerWaits() const { return m_readerWaits.load(std::memory_order_relaxed); }
    std::uint64_t writerWaits() const { return m_writerWaits.load(std::memory_order_relaxed); }
    std::uint64_t writerWaitNs() const { return m_writerWaitNs.load(std::memory_order_relaxed); }
    // Times a reader and a writer were seen inside together, or two writers: 0 unless broken.
    std::uint64_t exclusionViolations() const { return m_violations.load(std::memory_order_relaxed); }

private:
    std::shared_mutex m_mutex;
    StepWaiters m_stepWaiters;
    std::uint32_t m_name = 0;
    std::atomic<int> m_readersInside { 0 };
    std::atomic<int> m_writersInside { 0 };
    std::atomic<int> m_maxReaders { 0 };
    std::atomic<std::uint64_t> m_reads { 0 };
    std::atomic<std::uint64_t> m_writes { 0 };
    std::atomic<std::uint64_t> m_readerWaits { 0 };
    std::atomic<std::uint64_t> m_writerWaits { 0 };
    std::atomic<std::uint64_t> m_writerWaitNs { 0 };
    std::atomic<std::uint64_t> m_violations { 0 };
};

} // namespace samtidig
