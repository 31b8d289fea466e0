#include "sync/instrumented_rwlock.h"

#include "record/clock.h"
#include "record/recorder.h"

namespace samtidig {

InstrumentedRwLock::InstrumentedRwLock(std::string_view name)
    : m_name(Recorder::registerName(NameKind::Lock, name))
{ }

void InstrumentedRwLock::lock()
{
    StepGate::pass(GateOp::Lock, m_name);
    const std::uint64_t begin = monotonicNs();
    Recorder::emit(EventKind::LockRequest, m_name);
    // Try first so that only a real wait (readers or another writer inside) is counted.
    if (!m_mutex.try_lock()) {
        m_writerWaits.fetch_add(1, std::memory_order_relaxed);
        if (StepGate::on())
            m_stepWaiters.waitUntil(m_name, [this] { return m_mutex.try_lock(); });
        else
            m_mutex.lock();
    }
    const std::uint64_t waited = monotonicNs() - begin;
    m_writerWaitNs.fetch_add(waited, std::memory_order_relaxed);
    // The inside counters change only while the lock is really held, so any overlap is a real one.
    if (m_writersInside.fetch_add(1, std::memory_order_acq_rel) != 0
        || m_readersInside.load(std::memory_order_acquire) != 0)
        m_violations.fetch_add(1, std::memory_order_relaxed);
    m_writes.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::LockAcquired, m_name, waited);
}

void InstrumentedRwLock::unlock()
{
    StepGate::pass(GateOp::Unlock, m_name);
    m_writersInside.fetch_sub(1, std::memory_order_acq_rel);
    Recorder::emit(EventKind::LockReleased, m_name);
    m_mutex.unlock();
    if (StepGate::on())
        m_stepWaiters.wakeAll(m_name);
}

void InstrumentedRwLock::lock_shared()
{
    StepGate::pass(GateOp::LockShared, m_name);
    const std::uint64_t begin = monotonicNs();
    Recorder::emit(EventKind::LockRequest, m_name);
    if (!m_mutex.try_lock_shared()) {
        m_readerWaits.fetch_add(1, std::memory_order_relaxed);
        if (StepGate::on())
            m_stepWaiters.waitUntil(m_name, [this] { return m_mutex.try_lock_shared(); });
        else
            m_mutex.lock_shared();
    }
    const std::uint64_t waited = monotonicNs() - begin;
    const int inside = m_readersInside.fetch_add(1, std::memory_order_acq_rel) + 1;
    if (m_writersInside.load(std::memory_order_acquire) != 0)
        m_violations.fetch_add(1, std::memory_order_relaxed);
    int seen = m_maxReaders.load(std::memory_order_relaxed);
    while (inside > seen && !m_maxReaders.compare_exchange_weak(seen, inside, std::memory_order_relaxed)) { }
    m_reads.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::LockAcquired, m_name, waited);
}

void InstrumentedRwLock::unlock_shared()
{
    StepGate::pass(GateOp::UnlockShared, m_name);
    m_readersInside.fetch_sub(1, std::memory_order_acq_rel);
    Recorder::emit(EventKind::LockReleased, m_name);
    m_mutex.unlock_shared();
    if (StepGate::on())
        m_stepWaiters.wakeAll(m_name);
}

} // namespace samtidig
