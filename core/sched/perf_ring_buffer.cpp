#include "sched/perf_ring_buffer.h"

#include <linux/perf_event.h>

#include <cerrno>
#include <span>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace samtidig {

PerfRingBuffer::~PerfRingBuffer()
{
    reset();
}

PerfRingBuffer::PerfRingBuffer(PerfRingBuffer &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_map(std::exchange(other.m_map, nullptr))
    , m_mapSize(std::exchange(other.m_mapSize, 0))
    , m_dataSize(std::exchange(other.m_dataSize, 0))
{ }

PerfRingBuffer &PerfRingBuffer::operator=(PerfRingBuffer &&other) noexcept
{
    if (this != &other) {
        reset();
        m_fd = std::exchange(other.m_fd, -1);
        m_map = std::exchange(other.m_map, nullptr);
        m_mapSize = std::exchange(other.m_mapSize, 0);
        m_dataSize = std::exchange(other.m_dataSize, 0);
    }
    return *this;
}

void PerfRingBuffer::reset()
{
    if (m_map)
        munmap(m_map, m_mapSize);
    if (m_fd >= 0)
        close(m_fd);
    m_map = nullptr;
    m_fd = -1;
    m_mapSize = m_dataSize = 0;
}

bool PerfRingBuffer::open(const perf_event_attr &attr, pid_t pid, int cpu, std::size_t dataPages,
                          std::string *what)
{
    reset();
    const long fd = syscall(SYS_perf_event_open, &attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC);
    if (fd < 0) {
        *what = "perf_event_open(pid " + std::to_string(pid) + ", cpu " + std::to_string(cpu) + ")";
        return false;
    }
    m_fd = static_cast<int>(fd);
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    m_dataSize = dataPages * page;
    m_mapSize = m_dataSize + page;
    // Writable, so the kernel honours data_tail and drops (PERF_RECORD_LOST) instead of overwriting.
    void *map = mmap(nullptr, m_mapSize, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (map == MAP_FAILED) {
        const int saved = errno;
        *what = "mmap of " + std::to_string(dataPages) + " + 1 pages of the perf buffer for cpu "
            + std::to_string(cpu);
        m_map = nullptr;
        reset();
        errno = saved;
        return false;
    }
    m_map = map;
    return true;
}

std::size_t PerfRingBuffer::pendingBytes() const
{
    if (!m_map)
        return 0;
    auto *meta = static_cast<perf_event_mmap_page *>(m_map);
    const std::uint64_t head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
    return static_cast<std::size_t>(head - meta->data_tail);
}

void PerfRingBuffer::read(std::vector<PerfSwitch> &out, PerfParseStats &stats,
                          std::vector<PerfTaskRecord> *tasks)
{
    if (!m_map)
        return;
    auto *meta = static_cast<perf_event_mmap_page *>(m_map);
    // Acquire pairs with the kernel's store of data_head: records before head are complete.
    const std::uint64_t head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
    const std::uint64_t tail = meta->data_tail; // only we write it
    if (head == tail)
        return;
    const std::span<const std::byte> data(static_cast<const std::byte *>(m_map) + m_mapSize - m_dataSize,
                                          m_dataSize);
    const std::uint64_t done = parsePerfRecords(data, tail, head, out, stats, tasks);
    // Release: our reads of the records happen before the kernel may overwrite them.
    __atomic_store_n(&meta->data_tail, done, __ATOMIC_RELEASE);
}

} // namespace samtidig
