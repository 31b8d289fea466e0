#include "sync/instrumented_mutex.h"

#include "record/recorder.h"

namespace samtidig {

namespace detail {

LockRecord::LockRecord(std::string_view name)
    : m_id(Recorder::registerName(NameKind::Lock, name))
{ }

LockWaitTotals LockRecord::totals() const
{
    LockWaitTotals t;
    t.acquisitions = m_acquisitions.load(std::memory_order_relaxed);
    t.waits = m_waits.load(std::memory_order_relaxed);
    t.timeouts = m_timeouts.load(std::memory_order_relaxed);
    t.totalWaitNs = m_totalWaitNs.load(std::memory_order_relaxed);
    t.maxWaitNs = m_maxWaitNs.load(std::memory_order_relaxed);
    return t;
}

void LockRecord::requested(std::uint64_t timeNs) const
{
    Recorder::emitFor(Recorder::currentTask(), EventKind::LockRequest, m_id, 0, timeNs);
}

void LockRecord::acquired(std::uint64_t timeNs, std::uint64_t waitedNs, bool contended)
{
    Recorder::emitFor(Recorder::currentTask(), EventKind::LockAcquired, m_id, waitedNs, timeNs);
    m_acquisitions.fetch_add(1, std::memory_order_relaxed);
    if (!contended)
        return;
    m_waits.fetch_add(1, std::memory_order_relaxed);
    m_totalWaitNs.fetch_add(waitedNs, std::memory_order_relaxed);
    std::uint64_t max = m_maxWaitNs.load(std::memory_order_relaxed);
    while (waitedNs > max && !m_maxWaitNs.compare_exchange_weak(max, waitedNs, std::memory_order_relaxed)) { }
}

void LockRecord::timedOut(std::uint64_t timeNs, std::uint64_t waitedNs)
{
    Recorder::emitFor(Recorder::currentTask(), EventKind::LockTimedOut, m_id, waitedNs, timeNs);
    m_timeouts.fetch_add(1, std::memory_order_relaxed);
    m_totalWaitNs.fetch_add(waitedNs, std::memory_order_relaxed);
}

void LockRecord::released() const
{
    Recorder::emit(EventKind::LockReleased, m_id);
}

} // namespace detail

namespace {

// Recorded while still held: the next owner's LockAcquired is stamped after the real unlock, so in
// the trace a release always comes before the acquisition it made possible.
template<class Mutex>
void unlockRecordedUngated(Mutex &mutex, detail::LockRecord &record)
{
    record.released();
    mutex.unlock();
    if (StepGate::on())
        record.stepWaiters().wakeAll(record.id());
}

// The common shape of a blocking lock. A free lock is taken by the first try_lock and recorded as
// a request and an acquisition at the same instant, with no wait: stamping the request before the
// attempt would count the clock read itself (over a microsecond on some virtual machines) as
// waiting. A held lock has its request recorded before blocking, where the live deadlock detector
// needs to see it, and its acquisition right after the wait ends. In step mode the wait is a
// retry loop the host can see (StepWaiters).
template<class Mutex>
void lockRecordedUngated(Mutex &mutex, detail::LockRecord &record)
{
    if (mutex.try_lock()) {
        const std::uint64_t at = Recorder::stampAfterSync(2); // the request and the acquisition
        record.requested(at);
        record.acquired(at, 0, false);
        return;
    }
    const std::uint64_t requestedAt = Recorder::stamp();
    record.requested(requestedAt);
    if (StepGate::on())
        record.stepWaiters().waitUntil(record.id(), [&] { return mutex.try_lock(); });
    else
        mutex.lock();
    const std::uint64_t acquiredAt = Recorder::stampAfterSync();
    record.acquired(acquiredAt, acquiredAt - requestedAt, true);
}

template<class Mutex>
void lockRecorded(Mutex &mutex, detail::LockRecord &record)
{
    StepGate::pass(GateOp::Lock, record.id());
    lockRecordedUngated(mutex, record);
}

template<class Mutex>
void unlockRecorded(Mutex &mutex, detail::LockRecord &record)
{
    StepGate::pass(GateOp::Unlock, record.id());
    unlockRecordedUngated(mutex, record);
}

template<class Mutex>
bool tryLockRecorded(Mutex &mutex, detail::LockRecord &record)
{
    StepGate::pass(GateOp::TryLock, record.id());
    if (!mutex.try_lock())
        return false;
    record.acquired(Recorder::stampAfterSync(), 0, false);
    return true;
}

} // namespace

InstrumentedMutex::InstrumentedMutex(std::string_view name)
    : m_record(name)
{ }

void InstrumentedMutex::lock()
{
    lockRecorded(m_mutex, m_record);
}

bool InstrumentedMutex::try_lock()
{
    return tryLockRecorded(m_mutex, m_record);
}

void InstrumentedMutex::unlock()
{
    unlockRecorded(m_mutex, m_record);
}

void InstrumentedMutex::lockUngated()
{
    lockRecordedUngated(m_mutex, m_record);
}

void InstrumentedMutex::unlockUngated()
{
    unlockRecordedUngated(m_mutex, m_record);
}

InstrumentedTimedMutex::InstrumentedTimedMutex(std::string_view name)
    : m_record(name)
{ }

void InstrumentedTimedMutex::lock()
{
    lockRecorded(m_mutex, m_record);
}

bool InstrumentedTimedMutex::try_lock()
{
    return tryLockRecorded(m_mutex, m_record);
}

void InstrumentedTimedMutex::unlock()
{
    unlockRecorded(m_mutex, m_record);
}

// In step mode a timed wait stays Running to the host: it ends by itself, in time.
bool InstrumentedTimedMutex::tryLockForNs(std::chrono::nanoseconds timeout)
{
    StepGate::pass(GateOp::TimedLock, m_record.id());
    if (m_mutex.try_lock()) {
        const std::uint64_t at = Recorder::stampAfterSync(2); // the request and the acquisition
        m_record.requested(at);
        m_record.acquired(at, 0, false);
        return true;
    }
    const std::uint64_t requestedAt = Recorder::stamp();
    m_record.requested(requestedAt);
    const bool got = m_mutex.try_lock_for(timeout);
    const std::uint64_t doneAt = Recorder::stampAfterSync();
    if (got)
        m_record.acquired(doneAt, doneAt - requestedAt, true);
    else
        m_record.timedOut(doneAt, doneAt - requestedAt);
    return got;
}

} // namespace samtidig
