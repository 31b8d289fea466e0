#include "sync/instrumented_condition.h"

#include "record/recorder.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <stdexcept>

namespace samtidig {

InstrumentedCondition::InstrumentedCondition(std::string_view name)
    : m_name(Recorder::registerName(NameKind::Condition, name))
{ }

void InstrumentedCondition::WakeRecordingLock::lock()
{
    StepGate::running();
    Recorder::emit(EventKind::CondWake, m_name);
    m_mutex.lockUngated(); // records LockRequest and LockAcquired: the re-acquisition may wait too
}

void InstrumentedCondition::WakeRecordingLock::unlock()
{
    m_mutex.unlockUngated(); // records LockReleased: others can take the mutex while we wait
}

void InstrumentedCondition::wait(std::unique_lock<InstrumentedMutex> &lock)
{
    if (!lock.owns_lock())
        throw std::logic_error("InstrumentedCondition::wait needs a lock that owns its mutex");
    StepGate::pass(GateOp::CondWait, m_name);
    m_waits.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::CondWait, m_name);
    WakeRecordingLock relock(*lock.mutex(), m_name);
    StepGate::blockedOn(m_name); // until a notify marks it Running (step mode only)
    m_condition.wait(relock);
}

void InstrumentedCondition::notify_one()
{
    StepGate::pass(GateOp::CondNotify, m_name);
    m_notifies.fetch_add(1, std::memory_order_relaxed);
    Recorder::emit(EventKind::CondNotify, m_name, 0);
    if (StepGate::on()) {
        // The host must see every woken waiter running; which one wins is not known, so all are
        // woken and those that find nothing to do wait again (a wait may always wake spuriously).
        StepGate::wakeWaitersOf(m_name);
        m_condition.notify_all();
        return;
    }
    m_condition.notify_one();
}

void InstrumentedCondition::notify_all()
{
    m_notifies.fetch_add(1, std::memory_order_relaxed);
    StepGate::pass(GateOp::CondNotify, m_name);
    Recorder::emit(EventKind::CondNotify, m_name, 1);
    StepGate::wakeWaitersOf(m_name);
    m_condition.notify_all();
}

} // namespace samtidig
