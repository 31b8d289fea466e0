#pragma once
// Waits for a lock that have not ended: still going on in a live run (a deadlock, a long hold), or
// cut off by the end of the run. They are waits as much as the ones that ended with the lock, so
// the panels count them and the charts draw them, up to now, marked as not ended.

#include <cstdint>
#include <vector>

namespace samtidig {

class Trace;

struct UnendedLockWait {
    std::uint32_t task = 0;
    std::uint32_t lock = 0;
    std::int64_t startNs = 0;
    std::int64_t waitedNs = 0; // up to the trace's end (the live edge while the run goes on)
};

// A live run: its open lock waits. A finished one: the lock waits its lanes show running into the
// end of the run (the task never got the lock). A request answered at once is no wait.
std::vector<UnendedLockWait> unendedLockWaits(const Trace &trace);

} // namespace samtidig
