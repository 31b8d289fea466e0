#pragma once
// Cheap sampling of every thread of the runner's process tree through /proc: which threads exist
// (the runner and all its descendants, found through /proc/<pid>/task/<tid>/children), their state
// letter, the CPU they last ran on (stat field 39) and their exact on-CPU time so far (schedstat,
// nanoseconds). The stat and schedstat files stay open and are re-read with pread, so a sample
// costs two syscalls a thread; the directory walk for new threads runs only on rescan().

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace samtidig {

struct ProcTaskSample {
    pid_t pid = 0;
    pid_t tid = 0;
    char state = '?'; // R, S, D, Z, T ... as in proc(5)
    int cpu = -1; // processor: the CPU the thread last ran on
    std::uint64_t execNs = 0; // time spent on a CPU since it started (schedstat field 1)
    pid_t ppid = 0; // the parent process (stat field 4)
    std::array<char, 16> comm {}; // the command name (stat field 2), NUL-terminated
};

// The fields of one /proc/<pid>/task/<tid>/stat line we use; nullopt when it does not parse.
// The command name may contain spaces and ')' so fields are counted after the last ')'.
struct ProcStatFields {
    std::string_view comm; // inside the parentheses of field 2
    char state = '?';
    int ppid = 0;
    int processor = -1;
};
std::optional<ProcStatFields> parseProcStat(std::string_view line);

class ProcTaskSampler
{
public:
    ProcTaskSampler() = default;
    ~ProcTaskSampler();
    ProcTaskSampler(const ProcTaskSampler &) = delete;
    ProcTaskSampler &operator=(const ProcTaskSampler &) = delete;

    void setRoot(pid_t root) { m_root = root; }
    // Walks the process tree from the root and starts following threads not seen before.
    void rescan();
    // Samples every followed thread; threads that have exited are dropped.
    void sample(std::vector<ProcTaskSample> &out);
    std::size_t followed() const { return m_tasks.size(); }

private:
    struct Followed {
        pid_t pid = 0;
        pid_t tid = 0;
        int statFd = -1;
        int schedstatFd = -1;
    };
    void follow(pid_t pid, pid_t tid);
    static void closeFds(Followed &f);

    pid_t m_root = 0;
    std::vector<Followed> m_tasks;
};

} // namespace samtidig
