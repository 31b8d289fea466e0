#include "sync/instrumented_semaphore.h"

#include "record/clock.h"
#include "record/recorder.h"

#include <algorithm>

namespace samtidig {

namespace {
int clampPermits(int permits)
{
    return std::clamp(permits, 1, InstrumentedSemaphore::kMaxPermits);
}
} // namespace

InstrumentedSemaphore::InstrumentedSemaphore(std::string_view name, int permits)
    : m_semaphore(clampPermits(permits))
    , m_name(Recorder::registerName(NameKind::Semaphore, name))
    , m_permits(clampPermits(permits))
{ }

void InstrumentedSemaphore::acquire()
{
    StepGate::pass(GateOp::SemAcquire, m_name);
    const std::uint64_t begin = monotonicNs();
    Recorder::emit(EventKind::LockRequest, m_name);
    // Try first so that a wait is only counted when all K permits were really taken.
    if (!m_semaphore.try_acquire()) {
        m_waits.fetch_add(1, std::memory_order_relaxed);
        if (StepGate::on())
            m_stepWaiters.waitUntil(m_name, [this] { return m_semaphore.try_acquire(); });
        else
            m_semaphore.acquire();
    }
    const std::uint64_t waited = monotonicNs() - begin;
    m_totalWaitNs.fetch_add(waited, std::memory_order_relaxed);
    m_acquisitions.fetch_add(1, std::memory_order_relaxed);
    // Counted after acquiring and (in release) before giving the permit back, so the count can
    // only exceed K if the semaphore itself let too many in.
    const int now = m_holders.fetch_add(1, std::memory_order_acq_rel) + 1;
    int seen = m_maxHolders.load(std::memory_order_relaxed);
    while (now > seen && !m_maxHolders.compare_exchange_weak(seen, now, std::memory_order_relaxed)) { }
    Recorder::emit(EventKind::LockAcquired, m_name, waited);
}

void InstrumentedSemaphore::release()
{
    StepGate::pass(GateOp::SemRelease, m_name);
    m_holders.fetch_sub(1, std::memory_order_acq_rel);
    Recorder::emit(EventKind::LockReleased, m_name);
    m_semaphore.release();
    if (StepGate::on())
        m_stepWaiters.wakeAll(m_name);
}

} // namespace samtidig
