#pragma once
// The runner child process, owned RAII-style: spawned in its own process group with the shared
// region as fd 3; the destructor stops it (SIGKILL to the whole group) and reaps every process of
// the group, so no zombie and no orphan outlives the object.

#include "runner/exit_status.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace samtidig {

// Where the runner's standard input, output and error go: -1 keeps ours.
struct RunnerStdio {
    int in = -1;
    int out = -1;
    int err = -1;
};

class RunnerProcess
{
public:
    RunnerProcess() = default;
    ~RunnerProcess();
    RunnerProcess(const RunnerProcess &) = delete;
    RunnerProcess &operator=(const RunnerProcess &) = delete;

    // The fd given as `regionFd` appears as fd 3 in the child; args follow the executable.
    bool spawn(const QString &executable, const QStringList &args, int regionFd, QString *error,
               const RunnerStdio &stdio = {});

    bool isRunning() const { return m_pid > 0 && !m_exited; }
    pid_t pid() const { return m_pid; }

    // Non-blocking: true once the runner itself has exited (also reaps group members that the
    // runner left behind and that were re-parented to us).
    bool poll();
    bool exited() const { return m_exited; }
    int exitCode() const { return m_exit.code; } // valid if exited normally
    int exitSignal() const { return m_exit.signal; } // 0 unless killed by a signal
    QString exitDescription() const; // "exited with status 3", "killed by signal 11 (Segmentation fault)"

    bool pause(); // SIGSTOP to the group
    bool resume(); // SIGCONT to the group
    // SIGKILL to the whole group, then reap the runner and every group member; returns within
    // about `timeoutMs` even if something refuses to go (reported in *error).
    bool stop(int timeoutMs = 1000, QString *error = nullptr);
    // Asks the runner to end what it started (SIGTERM) and waits up to `timeoutMs` for it to exit;
    // true if it did. stop() still has to reap the group.
    bool terminate(int timeoutMs);

    // The runner executable: $SAMTIDIG_RUNNER, else next to this program (the build tree), else where
    // the install puts it relative to this program (../libexec/samtidig), else the build tree's app/.
    static QString locateRunner();

private:
    void reapGroup();

    pid_t m_pid = -1;
    bool m_exited = false;
    bool m_groupGone = false;
    ExitStatus m_exit;
};

} // namespace samtidig
