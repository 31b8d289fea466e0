#include "sched/short_slice.h"

#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace samtidig {

namespace {

// struct sched_attr, SCHED_ATTR_SIZE_VER0 (glibc 2.36 has no wrapper and no definition).
struct SchedAttr {
    std::uint32_t size = sizeof(SchedAttr);
    std::uint32_t policy = 0;
    std::uint64_t flags = 0;
    std::int32_t nice = 0;
    std::uint32_t priority = 0;
    std::uint64_t runtime = 0;
    std::uint64_t deadline = 0;
    std::uint64_t period = 0;
};
static_assert(sizeof(SchedAttr) == 48);

constexpr std::uint64_t kResetOnFork = 0x01; // SCHED_FLAG_RESET_ON_FORK

bool getAttr(SchedAttr *attr)
{
    return syscall(SYS_sched_getattr, 0, attr, sizeof *attr, 0) == 0;
}

} // namespace

bool requestShortSlice(std::uint64_t sliceNs)
{
    SchedAttr attr;
    if (!getAttr(&attr))
        return false;
    if (attr.policy != SCHED_OTHER && attr.policy != SCHED_BATCH)
        return true;
    attr.size = sizeof attr;
    attr.flags &= kResetOnFork;
    attr.runtime = sliceNs; // the nice value stays what sched_getattr said it is
    attr.deadline = 0;
    attr.period = 0;
    return syscall(SYS_sched_setattr, 0, &attr, 0) == 0;
}

bool currentSchedAttr(ThreadSchedAttr *out)
{
    SchedAttr attr;
    if (!getAttr(&attr))
        return false;
    out->policy = attr.policy;
    out->nice = attr.nice;
    out->sliceNs = attr.runtime;
    return true;
}

} // namespace samtidig
