#include "record/shared_region.h"

#include "record/clock.h"
#include "record/clock_mapping_keeper.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <new>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace samtidig {

namespace {

std::uint64_t alignUp(std::uint64_t v, std::uint64_t a)
{
    return (v + a - 1) / a * a;
}

std::string sysError(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

} // namespace

SharedRegion::~SharedRegion()
{
    reset();
}

SharedRegion::SharedRegion(SharedRegion &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_base(std::exchange(other.m_base, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_header(std::exchange(other.m_header, nullptr))
{ }

SharedRegion &SharedRegion::operator=(SharedRegion &&other) noexcept
{
    if (this != &other) {
        reset();
        m_fd = std::exchange(other.m_fd, -1);
        m_base = std::exchange(other.m_base, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_header = std::exchange(other.m_header, nullptr);
    }
    return *this;
}

void SharedRegion::reset()
{
    if (m_base)
        munmap(m_base, m_size);
    if (m_fd >= 0)
        close(m_fd);
    m_fd = -1;
    m_base = nullptr;
    m_size = 0;
    m_header = nullptr;
}

bool SharedRegion::map(std::uint64_t total, std::string *error)
{
    void *base = mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, m_fd, 0);
    if (base == MAP_FAILED) {
        *error = sysError("shared region: mmap failed");
        reset();
        return false;
    }
    m_base = base;
    m_size = total;
    return true;
}

bool SharedRegion::create(const RegionConfig &config, std::string *error)
{
    reset();
    const auto cap = config.ringCapacity;
    if (cap < 64 || (cap & (cap - 1)) != 0 || config.maxRings == 0 || config.maxTasks == 0
        || config.maxNames == 0) {
        *error = "shared region: ring capacity must be a power of two >= 64 and all table sizes > 0";
        return false;
    }
    const std::uint64_t tasksOffset = alignUp(sizeof(RegionHeader), 4096);
    const std::uint64_t namesOffset = alignUp(tasksOffset + sizeof(TaskSlot) * config.maxTasks, 64);
    const std::uint64_t ringsOffset = alignUp(namesOffset + sizeof(NameSlot) * config.maxNames, 4096);
    const std::uint64_t eventsOffset = alignUp(ringsOffset + sizeof(RingControl) * config.maxRings, 4096);
    const std::uint64_t total = eventsOffset + std::uint64_t(sizeof(Event)) * cap * config.maxRings;

    // MFD_CLOEXEC: the runner gets the region only through an explicit dup2 at spawn time.
    const int fd = memfd_create("samtidig-run", MFD_CLOEXEC);
    if (fd < 0) {
        *error = sysError("shared region: memfd_create failed");
        return false;
    }
    m_fd = fd;
    if (ftruncate(fd, static_cast<off_t>(total)) != 0) {
        *error = sysError("shared region: ftruncate failed");
        reset();
        return false;
    }
    if (!map(total, error))
        return false;
    // The pages are fresh zeros from memfd; construct the objects whose zero state is not enough.
    m_header = new (m_base) RegionHeader();
    m_header->version = kRegionVersion;
    m_header->maxRings = config.maxRings;
    m_header->ringCapacity = cap;
    m_header->maxTasks = config.maxTasks;
    m_header->maxNames = config.maxNames;
    m_header->lossy = config.lossy ? 1 : 0;
    m_header->source = static_cast<std::uint32_t>(config.source);
    m_header->tasksOffset = tasksOffset;
    m_header->namesOffset = namesOffset;
    m_header->ringsOffset = ringsOffset;
    m_header->eventsOffset = eventsOffset;
    m_header->totalSize = total;
    ClockMappingKeeper::initialize(m_header->clock);
    // No fence needed: the runner that reads this is spawned afterwards, and process creation
    // orders every store before it (GCC's TSan cannot model a fence and rejects one, -Wtsan).
    m_header->magic = kRegionMagic;
    return true;
}

bool SharedRegion::attach(int fd, std::string *error)
{
    reset();
    m_fd = fd;
    RegionHeader probe;
    if (pread(fd, &probe.magic, sizeof(probe.magic), 0) != sizeof(probe.magic)
        || probe.magic != kRegionMagic) {
        *error = "shared region: fd " + std::to_string(fd) + " is not a Samtidig region";
        reset();
        return false;
    }
    std::uint64_t total = 0;
    if (pread(fd, &total, sizeof(total), offsetof(RegionHeader, totalSize)) != sizeof(total)) {
        *error = sysError("shared region: cannot read header");
        reset();
        return false;
    }
    if (!map(total, error))
        return false;
    m_header = static_cast<RegionHeader *>(m_base);
    if (m_header->version != kRegionVersion) {
        *error = "shared region: version " + std::to_string(m_header->version) + " does not match "
            + std::to_string(kRegionVersion);
        reset();
        return false;
    }
    return true;
}

TaskSlot *SharedRegion::tasks() const
{
    return reinterpret_cast<TaskSlot *>(static_cast<char *>(m_base) + m_header->tasksOffset);
}

NameSlot *SharedRegion::names() const
{
    return reinterpret_cast<NameSlot *>(static_cast<char *>(m_base) + m_header->namesOffset);
}

RingControl *SharedRegion::rings() const
{
    return reinterpret_cast<RingControl *>(static_cast<char *>(m_base) + m_header->ringsOffset);
}

Event *SharedRegion::ringEvents(std::uint32_t ring) const
{
    return reinterpret_cast<Event *>(static_cast<char *>(m_base) + m_header->eventsOffset)
        + std::uint64_t(ring) * m_header->ringCapacity;
}

RunState SharedRegion::state() const
{
    return static_cast<RunState>(m_header->state.load(std::memory_order_acquire));
}

void SharedRegion::setState(RunState state)
{
    m_header->state.store(static_cast<std::uint32_t>(state), std::memory_order_release);
}

bool SharedRegion::readyThenAwaitGo()
{
    setState(RunState::Ready);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (state() != RunState::Go) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    m_header->runnerStartNs.store(monotonicNs(), std::memory_order_release);
    return true;
}

} // namespace samtidig
