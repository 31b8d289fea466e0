#include "runner/writer_state.h"

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace samtidig {

WriterState writerStateFromStat(std::string_view stat)
{
    const std::size_t close = stat.rfind(')');
    if (close == std::string_view::npos || close + 2 >= stat.size() || stat[close + 1] != ' ')
        return stat.empty() ? WriterState::Gone : WriterState::Unknown;
    switch (stat[close + 2]) {
    case 'R': // running or runnable: preempted, the scheduler will run it again
    case 'D': // uninterruptible: a page fault or short I/O, it goes on by itself
    case 'T': // stopped (a paused run): it writes once continued, or dies
    case 't': // stopped by a tracer
        return WriterState::OnItsWay;
    case 'S': // interruptible sleep
    case 'I': // idle kernel wait
    case 'P': // parked
    case 'W': // waking (old kernels)
    case 'K': // wakekill (old kernels)
        return WriterState::Blocked;
    case 'Z':
    case 'X':
    case 'x': return WriterState::Gone;
    default: return WriterState::Unknown;
    }
}

WriterState writerState(pid_t pid, pid_t tid)
{
    if (pid <= 0)
        return WriterState::Unknown;
    const std::string path = tid > 0
        ? "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/stat"
        : "/proc/" + std::to_string(pid) + "/stat";
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT || errno == ESRCH ? WriterState::Gone : WriterState::Unknown;
    char buf[512]; // the state is within the first ~40 bytes; the name is at most 64
    const ssize_t n = ::read(fd, buf, sizeof buf);
    const int readErrno = errno;
    ::close(fd);
    if (n < 0)
        return readErrno == ESRCH ? WriterState::Gone : WriterState::Unknown;
    return writerStateFromStat(std::string_view(buf, static_cast<std::size_t>(n)));
}

} // namespace samtidig
