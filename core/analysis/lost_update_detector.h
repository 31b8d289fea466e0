#pragma once
// Finds lost updates on shared variables from their read and write events, exactly: for a counter
// incremented N times, N - (final - initial) equals the number of lost updates it reports. A write
// is lost when it lies off the chain of writes that leads to the final value; it is reported once
// no unfinished read can change that chain, in bounded memory (how: the README's Architecture,
// "Decisions").

#include "trace/id_table.h"
#include "trace/trace.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace samtidig {

class LostUpdateDetector
{
public:
    void read(std::uint32_t task, std::uint32_t variable, std::uint64_t value, std::int64_t t);
    void write(std::uint32_t task, std::uint32_t variable, std::uint64_t value, std::int64_t t);
    void taskEnded(std::uint32_t task); // its pending reads will never be written back
    void finish(); // the run is over: settle everything

    // Lost updates settled since the last call, ordered by the lost write's time.
    std::vector<LostUpdate> takeFound();
    bool hasFound() const { return !m_found.empty(); }
    // Writes kept in memory over all variables (for tests of the memory bound).
    std::size_t retainedWrites() const;

private:
    struct Write {
        std::int64_t t = -1;
        std::uint32_t task = 0;
        bool hasValue = false; // false only for an initial value never read
        std::uint64_t value = 0;
        std::uint64_t parent = 0; // sequence number of the write this one was based on
        std::int64_t readNs = -1; // the read that gave the parent's value
    };
    struct PendingRead {
        std::uint64_t parent = 0;
        std::int64_t t = 0;
    };
    struct Variable {
        std::uint32_t id = 0;
        std::uint64_t baseSeq = 0; // sequence number of writes.front(), the settled ancestor
        std::deque<Write> writes; // writes.front() is settled; the rest are not yet
        // task -> its read not yet written back, sorted by task (a few tasks: a flat vector)
        std::vector<std::pair<std::uint32_t, PendingRead>> pending;
        std::size_t settleAt = 0; // window size that triggers the next settle
        std::uint64_t latest() const { return baseSeq + writes.size() - 1; }
        const Write &at(std::uint64_t seq) const { return writes[seq - baseSeq]; }
        // A write whose read was matched by value to an older write may point below the base;
        // only skewed recordings do that, and the base stands in for what was settled.
        std::uint64_t parentOf(std::uint64_t seq) const { return std::max(at(seq).parent, baseSeq); }
    };

    Variable &variable(std::uint32_t id);
    // Moves the settled ancestor forward, reporting the writes its new chain links jumped over.
    void settle(Variable &v);
    void maybeSettle(Variable &v);

    IdTable<std::unique_ptr<Variable>> m_variables;
    std::vector<LostUpdate> m_found;
    std::vector<std::uint64_t> m_candidates; // settle()'s scratch, kept to not allocate per event
};

} // namespace samtidig
