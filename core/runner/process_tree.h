#pragma once
// The processes below a process, as /proc/<pid>/task/<tid>/children lists them (a subreaper sees
// the orphans of the processes it started there too), and ending all of them.

#include <cstdint>
#include <sys/types.h>
#include <vector>

namespace samtidig {

// Every descendant of `root` (children first, then theirs), not `root` itself.
std::vector<pid_t> descendantsOf(pid_t root);

// The start time of a process (stat field 22, clock ticks since boot); 0 if it is gone.
std::uint64_t processStartTicks(pid_t pid);

// SIGKILLs every descendant of `root` until none is left (reaping those that are our own children),
// so a process that forks while it is being killed cannot escape; at most about `timeoutMs`.
// Returns how many processes were killed.
int killDescendants(pid_t root, int timeoutMs);

} // namespace samtidig
