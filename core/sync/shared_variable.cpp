#include "sync/shared_variable.h"

#include "record/clock.h"
#include "record/recorder.h"

namespace samtidig {

RecordedCounter::RecordedCounter(std::string_view name, std::int64_t initial)
    : m_value(initial)
    , m_id(Recorder::registerName(NameKind::Variable, name))
{ }

// Why the stamps sit where they do: a read is stamped just after its load and a write just before
// its store. Then a read that saw a write is always recorded after it (store < load, so stamp <
// store < load < stamp). The only possible misordering is the harmless opposite one, a read that
// missed a write by nanoseconds but is stamped after it; its value then differs from the latest
// write's, and the lost-update detector matches it by value to the write it really saw.
std::int64_t RecordedCounter::read()
{
    const std::int64_t value = m_value.load(std::memory_order_relaxed);
    std::atomic_signal_fence(std::memory_order_seq_cst); // keep the compiler from moving the load
    const std::uint64_t at = monotonicNs();
    Recorder::emitFor(Recorder::currentTask(), EventKind::VarRead, m_id, static_cast<std::uint64_t>(value),
                      at);
    return value;
}

void RecordedCounter::write(std::int64_t value)
{
    const std::uint64_t at = monotonicNs();
    std::atomic_signal_fence(std::memory_order_seq_cst);
    m_value.store(value, std::memory_order_relaxed);
    Recorder::emitFor(Recorder::currentTask(), EventKind::VarWrite, m_id, static_cast<std::uint64_t>(value),
                      at);
}

std::int64_t RecordedCounter::peek() const
{
    return m_value.load(std::memory_order_relaxed);
}

} // namespace samtidig
