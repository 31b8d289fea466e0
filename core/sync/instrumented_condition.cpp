#include "sync/instrumented_condition.h"

#include "record/recorder.h"
#include "sync/instrumented_mutex.h"

#include <stdexcept>

namespace samtidig {

InstrumentedCondition::InstrumentedCondition(std::string_view name)
    : m_name(Recorder::registerName(NameKind::Condition, name))
{ }

void InstrumentedCondition::WakeRecordingLock::lock()
{
    Recorder::emit(EventKind::CondWake, m_name);
    m_mutex.lock(); // records LockRequest and LockAcquired: the re-acquisition may wait too
}

void InstrumentedCondition::WakeRecordingLock::unlock()
{
    m_mutex.unlock(); // records LockReleased: others can take the mutex while we wait
}

void InstrumentedCondition::wait(std::unique_lock<InstrumentedMutex> &lock)
{
    if (!lock.owns_lock())
        throw std::logic_error("InstrumentedCondition::wait needs a lock that owns its mutex");
    m_waits.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::CondWait, m_name);
    WakeRecordingLock relock(*lock.mutex(), m_name);
    m_condition.wait(relock);
}

void InstrumentedCondition::notify_one()
{
    m_notifies.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::CondNotify, m_name, 0);
    m_condition.notify_one();
}

void InstrumentedCondition::notify_all()
{
    m_notifies.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::CondNotify, m_name, 1);
    m_condition.notify_all();
}

} // namespace samtidig
