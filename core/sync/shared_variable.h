#pragma once
// A shared variable whose every read and write is recorded with its value, so that the analysis
// can tell exactly which write overwrote which (lost updates in a race condition).

#include <atomic>
#include <cstdint>
#include <string_view>

namespace samtidig {

// A shared int64 counter. Reads and writes are separate relaxed atomic operations: two threads
// doing read() then write(v + 1) race exactly like a plain `counter++` split into load and store,
// yet the program has defined behaviour and is clean under ThreadSanitizer.
//
// The recorded order is the memory order. Each load or store is taken together with its time
// stamp and its event under a tiny guard (m_recording), so a thread preempted between stamping and
// storing cannot make a later store look earlier, and a write's event is in its ring before any
// later read of the counter is stamped. The guard covers only one memory operation at a time; the
// window between a read and the write that follows it stays unprotected, so the race is real.
class RecordedCounter
{
public:
    explicit RecordedCounter(std::string_view name, std::int64_t initial = 0);
    RecordedCounter(const RecordedCounter &) = delete;
    RecordedCounter &operator=(const RecordedCounter &) = delete;

    std::int64_t read(); // load, recorded as VarRead(id, value)
    void write(std::int64_t value); // store, recorded as VarWrite(id, value)
    std::int64_t peek() const; // unrecorded load, for a scenario's results

    std::uint32_t id() const { return m_id; }

private:
    class RecordingGuard;

    std::atomic<std::int64_t> m_value;
    std::atomic_flag m_recording; // held while one operation is done, stamped and recorded
    std::uint64_t m_lastStampNs = 0; // under m_recording: stamps strictly increase
    std::uint32_t m_id = 0;
};

} // namespace samtidig
