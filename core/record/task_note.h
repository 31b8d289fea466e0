#pragma once
// What a scheduling source learns about a thread besides its slices: that it came into being (and
// who created it), and its command name (at creation, when a program names a thread, on exec).
// The trace builder turns these into tasks with names and a process tree, whether or not the
// workload ever registers the thread.

#include <array>
#include <cstdint>

namespace samtidig {

struct TaskNote {
    enum class Kind : std::uint8_t {
        Created, // pid/tid came into being, created by ppid/ptid (the kernel's FORK)
        Named, // pid/tid is called `name` (the kernel's COMM, or first seen in /proc)
        Exec, // pid ran a new program called `name`
    };
    Kind kind = Kind::Created;
    std::uint64_t timeNs = 0; // CLOCK_MONOTONIC
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    std::int32_t ppid = 0; // Created: the creator's process and thread; 0 when not known
    std::int32_t ptid = 0;
    std::array<char, 16> name {}; // NUL-terminated (the kernel's TASK_COMM_LEN)
};

} // namespace samtidig
