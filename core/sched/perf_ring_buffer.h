#pragma once
// One perf_event_open fd and its mmap'ed ring buffer (a control page plus 2^n data pages), owned
// together: the destructor unmaps and closes. read() consumes what the kernel has published since
// the last call and hands the space back to it.

#include "sched/perf_record_parser.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

struct perf_event_attr;

namespace samtidig {

class PerfRingBuffer
{
public:
    PerfRingBuffer() = default;
    ~PerfRingBuffer();
    PerfRingBuffer(PerfRingBuffer &&other) noexcept;
    PerfRingBuffer &operator=(PerfRingBuffer &&other) noexcept;
    PerfRingBuffer(const PerfRingBuffer &) = delete;
    PerfRingBuffer &operator=(const PerfRingBuffer &) = delete;

    // perf_event_open(attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC), then maps 1 + dataPages pages
    // (dataPages a power of two). On failure returns false with errno preserved and `what` naming
    // the call that failed.
    bool open(const perf_event_attr &attr, pid_t pid, int cpu, std::size_t dataPages, std::string *what);
    bool isOpen() const { return m_fd >= 0; }

    // Parses everything published since the last read (appending to `out`), then advances
    // data_tail so the kernel may reuse the space.
    void read(std::vector<PerfSwitch> &out, PerfParseStats &stats,
              std::vector<PerfTaskRecord> *tasks = nullptr);
    // Bytes published but not yet read; for measuring how full the buffer gets.
    std::size_t pendingBytes() const;
    std::size_t dataBytes() const { return m_dataSize; }

private:
    void reset();

    int m_fd = -1;
    void *m_map = nullptr;
    std::size_t m_mapSize = 0;
    std::size_t m_dataSize = 0;
};

} // namespace samtidig
