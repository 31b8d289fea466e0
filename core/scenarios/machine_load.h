#pragma once
// How busy the machine is now, so a run-time estimate (made for an idle machine) can say why a run
// will take longer than it.

namespace samtidig {

// The 1-minute load average (/proc/loadavg) per online CPU; 0 when it cannot be read.
double loadPerCore();

// Above this load per core the CPU work of a run stretches noticeably: the window says so.
inline constexpr double kBusyLoadPerCore = 1.0;

} // namespace samtidig
