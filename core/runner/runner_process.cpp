#include "runner/runner_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace samtidig {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Orphans of the runner's group (its forked workload processes) are re-parented to us instead of
// init, so that we, not a possibly non-reaping pid 1, reap them.
void becomeSubreaper()
{
    static const bool once = [] {
        prctl(PR_SET_CHILD_SUBREAPER, 1);
        return true;
    }();
    (void)once;
}

} // namespace

RunnerProcess::~RunnerProcess()
{
    if (m_pid > 0 && !m_groupGone)
        stop();
}

QString RunnerProcess::locateRunner()
{
    const QByteArray env = qgetenv("SAMTIDIG_RUNNER");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    QString beside = QFileInfo(self).dir().filePath(QStringLiteral("samtidig-runner"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    // Installed: bin/samtidig finds libexec/samtidig/samtidig-runner, wherever the prefix is.
    const QString installed
        = QFileInfo(self).dir().filePath(QStringLiteral(SAMTIDIG_RUNNER_FROM_BINDIR "/samtidig-runner"));
    if (QFileInfo(installed).isExecutable())
        return QFileInfo(installed).canonicalFilePath();
    const QString inApp = QFileInfo(self).dir().filePath(QStringLiteral("../app/samtidig-runner"));
    if (QFileInfo(inApp).isExecutable())
        return QFileInfo(inApp).canonicalFilePath();
    return beside;
}

bool RunnerProcess::spawn(const QString &executable, const QStringList &args, int regionFd, QString *error,
                          const RunnerStdio &stdio)
{
    becomeSubreaper();
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<std::size_t>(args.size()) + 1);
    storage.push_back(executable.toLocal8Bit());
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    argv.reserve(storage.size() + 1);
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attr);
    // dup2 clears close-on-exec on fd 3 only. Not every fd of ours is close-on-exec (a library, or
    // whatever started us, may leave one open), so close everything above 3 explicitly as well.
    if (stdio.in >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdio.in, 0);
    if (stdio.out >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdio.out, 1);
    if (stdio.err >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdio.err, 2);
    posix_spawn_file_actions_adddup2(&actions, regionFd, 3);
    posix_spawn_file_actions_addclosefrom_np(&actions, 4);
    // A session of its own, so also its own process group (Stop kills the whole group), and, where
    // the kernel groups sessions for the scheduler (autogroup), its own share of the cores: however
    // many threads the workload runs, the recorder and the window keep theirs and stay on time.
    // Its standard input, output and error stay the ones given (a terminal's too), though without a
    // controlling terminal.
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGCHLD);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        errno = rc;
        *error = QCoreApplication::translate("RunnerProcess", "Could not start the runner %1: %2")
                     .arg(executable, errnoText());
        return false;
    }
    m_pid = pid;
    m_exited = false;
    m_groupGone = false;
    m_exit = {};
    return true;
}

void RunnerProcess::reapGroup()
{
    if (m_pid <= 0)
        return;
    int status = 0;
    while (true) {
        const pid_t r = waitpid(-m_pid, &status, WNOHANG);
        if (r > 0) {
            if (r == m_pid && !m_exited) {
                m_exited = true;
                m_exit = decodeWaitStatus(status);
            }
            continue;
        }
        if (r < 0 && errno == EINTR)
            continue;
        break;
    }
}

bool RunnerProcess::poll()
{
    if (m_pid <= 0)
        return true;
    if (!m_exited) {
        int status = 0;
        const pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_exited = true;
            m_exit = decodeWaitStatus(status);
        }
    }
    reapGroup();
    // Once the group is empty its id may be reused by an unrelated process: never signal it again.
    if (m_exited && kill(-m_pid, 0) != 0 && errno == ESRCH)
        m_groupGone = true;
    return m_exited;
}

QString RunnerProcess::exitDescription() const
{
    if (!m_exited)
        return QCoreApplication::translate("RunnerProcess", "still running");
    if (m_exit.signal != 0)
        return QCoreApplication::translate("RunnerProcess", "killed by signal %1 (%2)")
            .arg(m_exit.signal)
            .arg(QString::fromLocal8Bit(strsignal(m_exit.signal)));
    return QCoreApplication::translate("RunnerProcess", "exited with status %1").arg(m_exit.code);
}

bool RunnerProcess::pause()
{
    return m_pid > 0 && !m_groupGone && kill(-m_pid, SIGSTOP) == 0;
}

bool RunnerProcess::resume()
{
    return m_pid > 0 && !m_groupGone && kill(-m_pid, SIGCONT) == 0;
}

bool RunnerProcess::terminate(int timeoutMs)
{
    if (m_pid <= 0 || m_exited)
        return true;
    kill(m_pid, SIGCONT); // a paused runner cannot act on SIGTERM
    kill(m_pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!poll()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

bool RunnerProcess::stop(int timeoutMs, QString *error)
{
    if (m_pid <= 0 || m_groupGone)
        return true;
    kill(-m_pid, SIGKILL); // the group outlives its leader only until it is killed too
    kill(-m_pid, SIGCONT);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    // Done when the runner is reaped and no process of the group is left (not even a zombie).
    while (!poll() || !m_groupGone) {
        if (std::chrono::steady_clock::now() > deadline) {
            if (error)
                *error = QCoreApplication::translate("RunnerProcess",
                                                     "Processes of run %1 were still alive after %2 ms")
                             .arg(m_pid)
                             .arg(timeoutMs);
            return false;
        }
        kill(-m_pid, SIGKILL);
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    return true;
}

} // namespace samtidig
