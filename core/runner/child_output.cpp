#include "runner/child_output.h"

#include "io/unique_fd.h"
#include "runner/exit_status.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace samtidig {

namespace {

// Waits for the child to be gone, however long a SIGKILLed one takes.
int reap(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return status;
}

} // namespace

ChildOutput runForOutput(const QStringList &argv, int timeoutMs)
{
    ChildOutput result;
    if (argv.isEmpty())
        return result;
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0)
        return result;
    UniqueFd readEnd(ends[0]);
    UniqueFd writeEnd(ends[1]);

    std::vector<QByteArray> storage;
    storage.reserve(static_cast<std::size_t>(argv.size()));
    for (const QString &a : argv)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> args;
    args.reserve(storage.size() + 1);
    for (QByteArray &b : storage)
        args.push_back(b.data());
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    writeEnd.reset(); // ours: the read end sees end-of-file when the child's copy closes
    if (rc != 0)
        return result; // NotFound
    // Read until end-of-file or the deadline; the child is reaped on every path below.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    bool timedOut = false;
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd p { readEnd.get(), POLLIN, 0 };
        const int ready = poll(&p, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        const ssize_t n = read(readEnd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // end of file: the child closed its output (exited)
        result.output.append(buffer, static_cast<qsizetype>(n));
    }
    if (timedOut) {
        kill(pid, SIGKILL);
        reap(pid);
        result.outcome = ChildOutcome::TimedOut;
        result.output.clear();
        return result;
    }
    const int status = reap(pid);
    result.outcome = ChildOutcome::Finished;
    const ExitStatus exit = decodeWaitStatus(status);
    result.exitStatus = exit.exited ? exit.code : -1;
    return result;
}

} // namespace samtidig
