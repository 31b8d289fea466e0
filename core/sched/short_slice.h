#pragma once
// A thread that must run soon after it wakes, however many threads are runnable: the consumer
// that empties the kernel's switch-record buffers. Under EEVDF (Linux 6.6 and later) a waking
// thread of normal priority waits its turn behind the others: with 256 busy workload threads on
// 2 cores that can be a second, long enough for the kernel's buffers to overflow. Since Linux 6.12
// a thread may ask for a shorter time slice (sched_attr::sched_runtime for SCHED_OTHER, clamped to
// 0.1–100 ms, no privilege needed, its share of the CPU unchanged): its deadline comes sooner, so
// it is picked, and may preempt, soon after it wakes. Older kernels take the call and ignore it
// (CFS already favours a thread that mostly sleeps).

#include <cstdint>

namespace samtidig {

// Asks for `sliceNs` slices for the calling thread, keeping its policy and nice value. False (errno
// set) if the kernel refused; a thread with a real-time or deadline policy is left as it is (true).
// Threads and processes it creates afterwards inherit the slice: ask in a thread that creates none.
bool requestShortSlice(std::uint64_t sliceNs);

// The calling thread's slice as the kernel reports it (sched_getattr's sched_runtime for a normal
// thread since Linux 6.12; 0 where it reports none), and its nice value.
struct ThreadSchedAttr {
    std::uint32_t policy = 0;
    std::int32_t nice = 0;
    std::uint64_t sliceNs = 0;
};
bool currentSchedAttr(ThreadSchedAttr *out);

} // namespace samtidig
