#pragma once
// Decodes the records the kernel writes into one perf ring buffer (the data pages of a
// perf_event_open mapping): PERF_RECORD_SWITCH, PERF_RECORD_EXIT, PERF_RECORD_FORK and
// PERF_RECORD_COMM with a sample_id trailer of TID | TIME | CPU, and PERF_RECORD_LOST. A pure function over
// bytes, so wrap-around, loss and unknown records are tested on hand-built buffers
// (tests/core/tst_kernelsched.cpp) without a kernel.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace samtidig {

// One context switch of one thread, as the kernel saw it.
struct PerfSwitch {
    std::uint64_t timeNs = 0; // CLOCK_MONOTONIC (the event was opened with use_clockid)
    std::int32_t pid = 0; // thread group id
    std::int32_t tid = 0;
    std::uint32_t cpu = 0;
    bool out = false; // switched out (else switched in)
    bool preempted = false; // switched out while still runnable
    // The thread exited (PERF_RECORD_EXIT, reported as a switch-out). An exiting thread's last
    // switch-out is never recorded: its inherited event is gone by then.
    bool exited = false;
};

// A thread or process came into being (FORK) or got a new command name (COMM: prctl(PR_SET_NAME),
// pthread_setname_np, or exec).
struct PerfTaskRecord {
    enum class Kind : std::uint8_t { Fork, Comm };
    Kind kind = Kind::Fork;
    bool exec = false; // COMM because of an exec
    std::uint64_t timeNs = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    std::int32_t ppid = 0; // FORK: the process and thread that created it
    std::int32_t ptid = 0;
    char comm[16] = {}; // COMM: NUL-terminated
};

struct PerfParseStats {
    std::uint64_t lost = 0; // records the kernel dropped (sum of PERF_RECORD_LOST counts)
    std::uint64_t switches = 0; // PERF_RECORD_SWITCH and PERF_RECORD_EXIT records decoded
    std::uint64_t tasks = 0; // PERF_RECORD_FORK and PERF_RECORD_COMM records decoded
    std::uint64_t skipped = 0; // records of other types, skipped by their size
    std::uint64_t malformed = 0; // headers that cannot be right (size too small or past head)
};

// The sample_id trailer every non-sample record carries with sample_id_all and
// sample_type = PERF_SAMPLE_TID | PERF_SAMPLE_TIME | PERF_SAMPLE_CPU: {u32 pid, tid; u64 time;
// u32 cpu, res}.
inline constexpr std::size_t kPerfSampleIdSize = 24;

// Parses the records between `tail` and `head` (free-running byte positions as in
// perf_event_mmap_page::data_tail/data_head) of the ring `data`, whose size is a power of two.
// Appends switches to `out` and forks and name changes to `tasks` (when given) in buffer order and
// returns the position up to which records were consumed, which the caller stores into data_tail.
// A malformed header consumes everything up to `head`: the kernel never writes one, so the rest of
// this pass cannot be trusted either.
std::uint64_t parsePerfRecords(std::span<const std::byte> data, std::uint64_t tail, std::uint64_t head,
                               std::vector<PerfSwitch> &out, PerfParseStats &stats,
                               std::vector<PerfTaskRecord> *tasks = nullptr);

} // namespace samtidig
