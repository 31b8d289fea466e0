#pragma once
// CPU-bound work that scenarios burn, with the estimate scheduling source built in: when the run
// cannot use the kernel's switch records, the work loop reports its own on-CPU slices, split
// wherever thread CPU time stops advancing with wall time (the thread was preempted).

#include <cstdint>

namespace samtidig {

// Burns about `cpuNs` of this thread's CPU time (not wall time: a preempted thread keeps going
// until it has had its share). Returns a value derived from the work so it can't be optimised away.
std::uint64_t cpuWork(std::uint64_t cpuNs);

// Sleeps for `ns` and records SleepBegin/SleepEnd.
void recordedSleep(std::uint64_t ns);

} // namespace samtidig
