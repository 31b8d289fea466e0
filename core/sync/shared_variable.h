#pragma once
// A shared variable whose every read and write is recorded with its value, so that the analysis
// can tell exactly which write overwrote which (lost updates in a race condition).

#include <atomic>
#include <cstdint>
#include <string_view>

namespace samtidig {

// A shared int64 counter. Reads and writes are separate relaxed atomic operations: two threads
// doing read() then write(v + 1) race exactly like a plain `counter++` split into load and store,
// yet the program has defined behaviour and is clean under ThreadSanitizer. Each operation is
// stamped on the side of it that keeps the recorded order true (see the .cpp).
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
    std::atomic<std::int64_t> m_value;
    std::uint32_t m_id = 0;
};

} // namespace samtidig
