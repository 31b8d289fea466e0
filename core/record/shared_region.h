#pragma once
// One run's shared-memory region: created by the consumer (memfd, so no name can leak and no other
// user can open it), inherited by the runner as a file descriptor, mapped by both. RAII: the
// destructor unmaps and closes.

#include "record/region_layout.h"

#include <string>

namespace samtidig {

class SharedRegion
{
public:
    SharedRegion() = default;
    ~SharedRegion();
    SharedRegion(const SharedRegion &) = delete;
    SharedRegion &operator=(const SharedRegion &) = delete;
    SharedRegion(SharedRegion &&other) noexcept;
    SharedRegion &operator=(SharedRegion &&other) noexcept;

    // Creates and initialises a fresh region. On failure returns false and sets *error.
    bool create(const RegionConfig &config, std::string *error);
    // Maps an inherited region fd (runner side) and checks magic and version. Takes ownership of fd.
    bool attach(int fd, std::string *error);

    bool isValid() const { return m_header != nullptr; }
    int fd() const { return m_fd; }
    RegionHeader *header() const { return m_header; }
    TaskSlot *tasks() const;
    NameSlot *names() const;
    RingControl *rings() const;
    Event *ringEvents(std::uint32_t ring) const;

    RunState state() const;
    void setState(RunState state);
    // The workload's side: says Ready, waits (20 s at most) for the consumer's Go, and stamps when the
    // workload started. False when Go never came.
    bool readyThenAwaitGo();

private:
    void reset();
    bool map(std::uint64_t total, std::string *error); // maps m_fd's first `total` bytes; resets on failure

    int m_fd = -1;
    void *m_base = nullptr;
    std::size_t m_size = 0;
    RegionHeader *m_header = nullptr;
};

} // namespace samtidig
