#include "sync/shared_variable.h"

#include "record/recorder.h"
#include "sync/step_gate.h"

#include <algorithm>

namespace samtidig {

RecordedCounter::RecordedCounter(std::string_view name, std::int64_t initial)
    : m_value(initial)
    , m_id(Recorder::registerName(NameKind::Variable, name))
{ }

// Holds the counter's recording guard for one operation and hands out its time stamp. Waiting
// sleeps in the kernel (atomic wait), so a guard holder that was preempted costs no spinning.
class RecordedCounter::RecordingGuard
{
public:
    explicit RecordingGuard(RecordedCounter &c)
        : m_counter(c)
    {
        while (m_counter.m_recording.test_and_set(std::memory_order_acquire))
            m_counter.m_recording.wait(true, std::memory_order_relaxed);
    }
    ~RecordingGuard()
    {
        m_counter.m_recording.clear(std::memory_order_release);
        m_counter.m_recording.notify_one();
    }
    RecordingGuard(const RecordingGuard &) = delete;
    RecordingGuard &operator=(const RecordingGuard &) = delete;

    // Strictly after every earlier stamp of this counter, so equal clock readings keep their order.
    std::uint64_t stamp()
    {
        m_counter.m_lastStampNs = std::max(Recorder::stamp(), m_counter.m_lastStampNs + 1);
        return m_counter.m_lastStampNs;
    }

private:
    RecordedCounter &m_counter;
};

std::int64_t RecordedCounter::read()
{
    StepGate::pass(GateOp::Read, m_id);
    RecordingGuard guard(*this);
    const std::int64_t value = m_value.load(std::memory_order_relaxed);
    Recorder::emitFor(Recorder::currentTask(), EventKind::VarRead, m_id, static_cast<std::uint64_t>(value),
                      guard.stamp());
    return value;
}

void RecordedCounter::write(std::int64_t value)
{
    StepGate::pass(GateOp::Write, m_id);
    RecordingGuard guard(*this);
    m_value.store(value, std::memory_order_relaxed);
    Recorder::emitFor(Recorder::currentTask(), EventKind::VarWrite, m_id, static_cast<std::uint64_t>(value),
                      guard.stamp());
}

std::int64_t RecordedCounter::peek() const
{
    return m_value.load(std::memory_order_relaxed);
}

} // namespace samtidig
