#include "runner/process_tree.h"

#include <charconv>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace samtidig {

namespace {

std::string readSmallFile(const std::string &path)
{
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buf[4096];
    const ssize_t n = read(fd, buf, sizeof buf);
    close(fd);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

void childrenOf(pid_t pid, std::vector<pid_t> &out)
{
    const std::string taskDir = "/proc/" + std::to_string(pid) + "/task";
    DIR *d = opendir(taskDir.c_str());
    if (!d)
        return;
    while (const dirent *e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        const std::string list = readSmallFile(taskDir + "/" + e->d_name + "/children");
        const char *p = list.data();
        const char *end = p + list.size();
        while (p < end) {
            pid_t child = 0;
            const auto r = std::from_chars(p, end, child);
            if (r.ec == std::errc() && child > 0)
                out.push_back(child);
            p = r.ptr + 1;
        }
    }
    closedir(d);
}

bool isZombie(pid_t pid)
{
    const std::string stat = readSmallFile("/proc/" + std::to_string(pid) + "/stat");
    const std::size_t close = stat.rfind(')');
    return close == std::string::npos || close + 2 >= stat.size() || stat[close + 2] == 'Z'
        || stat[close + 2] == 'X';
}

} // namespace

std::vector<pid_t> descendantsOf(pid_t root)
{
    std::vector<pid_t> out;
    childrenOf(root, out);
    for (std::size_t i = 0; i < out.size(); ++i)
        childrenOf(out[i], out);
    return out;
}

std::uint64_t processStartTicks(pid_t pid)
{
    const std::string stat = readSmallFile("/proc/" + std::to_string(pid) + "/stat");
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::string_view rest(stat);
    rest.remove_prefix(close + 2); // field 3 onwards; starttime is field 22
    for (int field = 3; field < 22; ++field) {
        const std::size_t space = rest.find(' ');
        if (space == std::string_view::npos)
            return 0;
        rest.remove_prefix(space + 1);
    }
    std::uint64_t ticks = 0;
    std::from_chars(rest.data(), rest.data() + rest.size(), ticks);
    return ticks;
}

int killDescendants(pid_t root, int timeoutMs)
{
    int killed = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (true) {
        const std::vector<pid_t> all = descendantsOf(root);
        bool alive = false;
        for (pid_t pid : all) {
            if (isZombie(pid))
                continue; // dead already; its parent reaps it
            if (kill(pid, SIGKILL) == 0) {
                ++killed;
                alive = true;
            }
        }
        // Those that are our own children (a subreaper's adopted orphans among them) are reaped
        // here; waitpid on anyone else's child fails harmlessly.
        for (pid_t pid : all)
            waitpid(pid, nullptr, WNOHANG);
        if (!alive || std::chrono::steady_clock::now() > deadline)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return killed;
}

} // namespace samtidig
