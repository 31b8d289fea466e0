#pragma once
// Reads the machine's per-CPU busy time from /proc/stat: user + nice + system + irq + softirq +
// steal of every `cpuN` line, in USER_HZ ticks. The session samples it to tell the user how much of
// each core other programs used during a run.

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace samtidig {

// Busy ticks by CPU number; CPUs /proc/stat does not list (offline) get MachineLoad::kUnknownTicks.
// Empty if the text has no `cpuN` line.
std::vector<std::uint64_t> parseProcStatBusy(std::string_view text);

// Reads /proc/stat now. False with a message (what failed and why) if it cannot be read.
bool readProcStatBusy(std::vector<std::uint64_t> *busyTicks, QString *error);

// Nanoseconds per USER_HZ tick (sysconf(_SC_CLK_TCK)); 10 ms on Linux.
std::int64_t procStatTickNs();

} // namespace samtidig
