#pragma once

#include <cstdint>

namespace samtidig {

// What the consumer's own timing did to the picture, so far (measured for reports, not limits).
struct ConsumerTimes {
    // The longest a writer has held a stamp not yet written (so held the watermark back); a stamp
    // held since before the consumer's first look at its ring is not measured.
    std::uint64_t longestStampHoldNs = 0;
    // The longest from one drain pass to the next (its sleep included): while the consumer waits for
    // a core, the kernel's switch-record buffers fill, and overflow past what they hold.
    std::uint64_t longestPassGapNs = 0;
    // The longest one pass took (it may lose its core midway, as any thread).
    std::uint64_t longestPassNs = 0;
    // The kernel's switch-record buffer (one CPU's) and the most it held when emptied, in bytes:
    // past its size the kernel drops records (counted as dropped). 0 without the kernel source.
    std::uint64_t kernelBufferBytes = 0;
    std::uint64_t kernelBufferPeakBytes = 0;
    // Of the dropped records, those the kernel could not deliver (its buffers full).
    std::uint64_t kernelRecordsLost = 0;
    // The largest difference the clock keeper measured between the writers' stamp clock (the time
    // stamp counter through the region's mapping) and clock_gettime; 0 where stamps are clock_gettime.
    std::uint64_t clockMaxErrorNs = 0;
};

} // namespace samtidig
