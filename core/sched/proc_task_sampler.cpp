#include "sched/proc_task_sampler.h"

#include <algorithm>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace samtidig {

namespace {

// Reads a small /proc file from offset 0 into `buf`; returns the bytes read or -1.
ssize_t preadAll(int fd, char *buf, std::size_t size)
{
    return fd < 0 ? -1 : pread(fd, buf, size - 1, 0);
}

std::vector<pid_t> readPidList(const std::string &path)
{
    std::vector<pid_t> pids;
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return pids; // the thread is gone, or the kernel lacks CONFIG_PROC_CHILDREN
    char buf[4096];
    const ssize_t n = read(fd, buf, sizeof buf);
    close(fd);
    const char *p = buf;
    const char *end = buf + std::max<ssize_t>(n, 0);
    while (p < end) {
        pid_t v = 0;
        const auto r = std::from_chars(p, end, v);
        if (r.ec == std::errc())
            pids.push_back(v);
        p = r.ptr + 1;
    }
    return pids;
}

} // namespace

std::optional<ProcStatFields> parseProcStat(std::string_view line)
{
    const std::size_t close = line.rfind(')');
    if (close == std::string_view::npos || close + 2 >= line.size())
        return std::nullopt;
    const std::size_t open = line.find('(');
    std::string_view rest = line.substr(close + 2); // field 3 onwards
    ProcStatFields f;
    if (open != std::string_view::npos && open < close)
        f.comm = line.substr(open + 1, close - open - 1);
    f.state = rest.front();
    if (rest.size() > 2)
        std::from_chars(rest.data() + 2, rest.data() + rest.size(), f.ppid); // field 4
    // processor is field 39, i.e. the 37th field after the ')'.
    int field = 3;
    std::size_t pos = 0;
    while (field < 39) {
        pos = rest.find(' ', pos);
        if (pos == std::string_view::npos)
            return std::nullopt;
        ++pos;
        ++field;
    }
    int cpu = -1;
    if (std::from_chars(rest.data() + pos, rest.data() + rest.size(), cpu).ec != std::errc())
        return std::nullopt;
    f.processor = cpu;
    return f;
}

ProcTaskSampler::~ProcTaskSampler()
{
    for (Followed &f : m_tasks)
        closeFds(f);
}

void ProcTaskSampler::closeFds(Followed &f)
{
    if (f.statFd >= 0)
        close(f.statFd);
    if (f.schedstatFd >= 0)
        close(f.schedstatFd);
    f.statFd = f.schedstatFd = -1;
}

void ProcTaskSampler::follow(pid_t pid, pid_t tid)
{
    const bool known
        = std::any_of(m_tasks.begin(), m_tasks.end(), [tid](const Followed &f) { return f.tid == tid; });
    if (known)
        return;
    const std::string dir = "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid);
    Followed f { pid, tid, open((dir + "/stat").c_str(), O_RDONLY | O_CLOEXEC),
                 open((dir + "/schedstat").c_str(), O_RDONLY | O_CLOEXEC) };
    if (f.statFd < 0 || f.schedstatFd < 0) {
        closeFds(f); // exited between the listing and the open
        return;
    }
    m_tasks.push_back(f);
}

void ProcTaskSampler::rescan()
{
    if (m_root <= 0)
        return;
    std::vector<pid_t> pending { m_root };
    std::vector<pid_t> seen;
    while (!pending.empty()) {
        const pid_t pid = pending.back();
        pending.pop_back();
        if (std::find(seen.begin(), seen.end(), pid) != seen.end())
            continue;
        seen.push_back(pid);
        const std::string taskDir = "/proc/" + std::to_string(pid) + "/task";
        DIR *d = opendir(taskDir.c_str());
        if (!d)
            continue; // the process exited: nothing of it to follow
        while (const dirent *e = readdir(d)) {
            pid_t tid = 0;
            const std::string_view name(e->d_name);
            if (std::from_chars(name.data(), name.data() + name.size(), tid).ec != std::errc() || tid <= 0)
                continue;
            follow(pid, tid);
            for (pid_t child : readPidList(taskDir + "/" + std::string(name) + "/children"))
                pending.push_back(child);
        }
        closedir(d);
    }
}

void ProcTaskSampler::sample(std::vector<ProcTaskSample> &out)
{
    char buf[1024];
    for (std::size_t i = 0; i < m_tasks.size();) {
        Followed &f = m_tasks[i];
        ProcTaskSample s;
        s.pid = f.pid;
        s.tid = f.tid;
        ssize_t n = preadAll(f.schedstatFd, buf, sizeof buf);
        bool ok = n > 0 && std::from_chars(buf, buf + n, s.execNs).ec == std::errc();
        if (ok) {
            n = preadAll(f.statFd, buf, sizeof buf);
            const auto fields
                = n > 0 ? parseProcStat(std::string_view(buf, static_cast<std::size_t>(n))) : std::nullopt;
            ok = fields.has_value();
            if (ok) {
                s.state = fields->state;
                s.cpu = fields->processor;
                s.ppid = fields->ppid;
                std::copy_n(fields->comm.data(), std::min(fields->comm.size(), s.comm.size() - 1),
                            s.comm.data());
            }
        }
        if (!ok || s.state == 'Z' || s.state == 'X') {
            // Exited (pread fails with ESRCH) or a zombie: it will not run again.
            closeFds(f);
            m_tasks[i] = m_tasks.back();
            m_tasks.pop_back();
            continue;
        }
        out.push_back(s);
        ++i;
    }
}

} // namespace samtidig
