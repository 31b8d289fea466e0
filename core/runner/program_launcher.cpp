#include "runner/program_launcher.h"

#include "record/clock.h"
#include "record/lock_source.h"
#include "record/shared_region.h"
#include "runner/exit_status.h"
#include "runner/process_tree.h"
#include "runner/program_file.h"
#include "runner/runner_entry.h"
#include "runner/runner_results.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace samtidig {

namespace {

// The sentences the user sees when the program cannot start, in the language of the window.
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)
};

void publish(SharedRegion &region, const QJsonObject &object, RunState state)
{
    publishRunnerResults(*region.header(), object);
    region.setState(state);
}

// Everything the child needs, prepared before fork: after it only async-signal-safe calls are made.
struct Prepared {
    std::vector<std::string> argvStorage;
    std::vector<std::string> envStorage;
    std::vector<char *> argv;
    std::vector<char *> envp;
    std::string cwd;
    bool preload = false;
    QString lockSource; // "preload", or why the program's locks are not recorded
};

// The program keeps the region at this descriptor (named in SAMTIDIG_REGION_FD), for the preload
// library in it and in every program it starts: a number few programs use, and below the usual
// limit of 1024 open files.
constexpr int kProgramRegionFd = 1000;

// libsamtidig-preload.so beside the runner (build tree and installed alike), or SAMTIDIG_PRELOAD.
std::string locatePreload()
{
    if (const char *env = std::getenv("SAMTIDIG_PRELOAD"); env && *env)
        return access(env, R_OK) == 0 ? std::string(env) : std::string();
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return {};
    std::string path(self, static_cast<std::size_t>(n));
    path = path.substr(0, path.rfind('/') + 1) + "libsamtidig-preload.so";
    return access(path.c_str(), R_OK) == 0 ? path : std::string();
}

std::string fileToRun(const Prepared &p);

Prepared prepare(const LaunchSpec &spec)
{
    Prepared p;
    p.argvStorage.push_back(spec.program.toStdString());
    for (const QString &a : spec.arguments)
        p.argvStorage.push_back(a.toStdString());
    // The runner's environment, with the spec's names replaced or added, and the preload library
    // put first in LD_PRELOAD with the region's descriptor beside it.
    QStringList environment = spec.environment;
    const std::string preload = spec.recordLocks ? locatePreload() : std::string();
    if (!spec.recordLocks) {
        p.lockSource = QLatin1String(lock_source::kNotAskedFor);
    } else if (preload.empty()) {
        p.lockSource = QLatin1String(lock_source::kLibraryMissing);
    } else {
        QString chain = QString::fromStdString(preload);
        for (const QString &e : spec.environment)
            if (e.startsWith(QLatin1String("LD_PRELOAD=")))
                chain += QLatin1Char(':') + e.mid(11);
        if (const char *old = std::getenv("LD_PRELOAD"); old && *old
            && !std::any_of(spec.environment.begin(), spec.environment.end(),
                            [](const QString &e) { return e.startsWith(QLatin1String("LD_PRELOAD=")); }))
            chain += QLatin1Char(':') + QString::fromLocal8Bit(old);
        environment.removeIf([](const QString &e) { return e.startsWith(QLatin1String("LD_PRELOAD=")); });
        environment << QStringLiteral("LD_PRELOAD=") + chain
                    << QStringLiteral("SAMTIDIG_REGION_FD=%1").arg(kProgramRegionFd);
        p.lockSource = QLatin1String(lock_source::kPreload);
        p.preload = true;
    }
    std::vector<std::string> names;
    for (const QString &e : environment)
        names.push_back(e.section(QLatin1Char('='), 0, 0).toStdString() + "=");
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        bool replaced = false;
        for (const std::string &n : names)
            replaced = replaced || entry.rfind(n, 0) == 0;
        if (!replaced)
            p.envStorage.push_back(entry);
    }
    for (const QString &e : environment)
        p.envStorage.push_back(e.toStdString());
    for (std::string &s : p.argvStorage)
        p.argv.push_back(s.data());
    p.argv.push_back(nullptr);
    for (std::string &s : p.envStorage)
        p.envp.push_back(s.data());
    p.envp.push_back(nullptr);
    p.cwd = spec.workingDirectory.toStdString();
    // The preload is in the environment either way (what the program starts may load it); the
    // summary says when the program itself cannot.
    if (p.preload)
        p.lockSource = QString::fromStdString(lockSourceText(programLocks(fileToRun(p))));
    return p;
}

// Calls attempt(candidate) for each file execvp would try for p.argv[0], in order, until one
// returns true. Async-signal-safe (the child calls it between fork and exec): no allocation.
template<typename Attempt>
void forEachCandidate(const Prepared &p, Attempt &&attempt)
{
    const char *file = p.argv[0];
    if (std::strchr(file, '/')) {
        attempt(file);
        return;
    }
    const char *path = nullptr;
    for (char *const *e = p.envp.data(); *e; ++e)
        if (std::strncmp(*e, "PATH=", 5) == 0)
            path = *e + 5;
    if (!path)
        path = "/usr/local/bin:/usr/bin:/bin";
    char candidate[4096];
    for (const char *dir = path; *dir;) {
        const char *end = std::strchr(dir, ':');
        const std::size_t len = end ? static_cast<std::size_t>(end - dir) : std::strlen(dir);
        if (len + 1 + std::strlen(file) + 1 < sizeof candidate) {
            std::copy_n(dir, len, candidate); // (terminated by the strcpy below)
            candidate[len] = '/';
            std::strcpy(candidate + len + 1, file);
            if (attempt(static_cast<const char *>(candidate)))
                return;
        }
        if (!end)
            break;
        dir = end + 1;
    }
}

// execvp with an explicit environment: PATH is searched as the shell would.
void execSearching(const Prepared &p)
{
    int firstError = ENOENT;
    forEachCandidate(p, [&p, &firstError](const char *candidate) {
        execve(candidate, p.argv.data(), p.envp.data());
        if (errno != ENOENT && errno != ENOTDIR)
            firstError = errno;
        return false;
    });
    errno = firstError;
}

// The file execSearching will run (relative names from the working folder), empty if none.
std::string fileToRun(const Prepared &p)
{
    std::string found;
    forEachCandidate(p, [&p, &found](const char *candidate) {
        std::string file = candidate;
        if (!file.empty() && file.front() != '/' && !p.cwd.empty())
            file = p.cwd + '/' + file;
        if (access(file.c_str(), X_OK) != 0)
            return false;
        found = std::move(file);
        return true;
    });
    return found;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

int launchProgram(SharedRegion &region, const LaunchSpec &spec)
{
    // Orphans of the program's processes (a daemon's double fork, a parent that exits first) are
    // re-parented to us, so the recording can go on until the last of them ends, and Stop ends them.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    // Signals we wait for instead of being killed by: SIGTERM (Stop; the window's death), SIGHUP.
    // SIGINT from a terminal that our process group has is the program's, not ours.
    sigset_t waited;
    sigemptyset(&waited);
    sigaddset(&waited, SIGCHLD);
    sigaddset(&waited, SIGTERM);
    sigaddset(&waited, SIGHUP);
    sigprocmask(SIG_BLOCK, &waited, nullptr);
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    const Prepared prepared = prepare(spec);
    // Known before the program starts: said at once, not only with the results at its end.
    const QByteArray lockSource = prepared.lockSource.toUtf8().left(kLockSourceLength - 1);
    std::memcpy(region.header()->lockSource, lockSource.constData(),
                static_cast<std::size_t>(lockSource.size()));

    if (!region.readyThenAwaitGo())
        return RunnerNoGo;

    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) {
        publish(region, { { QStringLiteral("error"), QStringLiteral("pipe: %1").arg(errnoText(errno)) } },
                RunState::Failed);
        return RunnerBadArguments;
    }
    const pid_t child = fork();
    if (child == 0) {
        // The program: our signal settings back to what a program expects; the region moves to
        // where the preload library looks for it (without close-on-exec: its own programs record too).
        close(report[0]);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        signal(SIGINT, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        if (prepared.preload)
            dup2(3, kProgramRegionFd); // if it fails, the library finds no region and records nothing
        close(3);
        int err = 0;
        if (!prepared.cwd.empty() && chdir(prepared.cwd.c_str()) != 0) {
            err = errno;
            const char step = 'd';
            (void)!write(report[1], &step, 1);
        } else {
            execSearching(prepared);
            err = errno;
            const char step = 'x';
            (void)!write(report[1], &step, 1);
        }
        (void)!write(report[1], &err, sizeof err);
        _exit(127);
    }
    close(report[1]);
    if (child < 0) {
        publish(region, { { QStringLiteral("error"), QStringLiteral("fork: %1").arg(errnoText(errno)) } },
                RunState::Failed);
        return RunnerBadArguments;
    }
    // End of file: the exec succeeded (the pipe closed on exec). Else what failed, and why.
    char step = 0;
    int err = 0;
    const bool failed = read(report[0], &step, 1) == 1 && read(report[0], &err, sizeof err) == sizeof err;
    close(report[0]);
    if (failed) {
        waitpid(child, nullptr, 0);
        const QString what = step == 'd'
            ? Launcher::tr("Could not change to the working folder %1: %2")
                  .arg(spec.workingDirectory, errnoText(err))
            : Launcher::tr("Could not start %1: %2").arg(spec.program, errnoText(err));
        publish(region,
                { { QStringLiteral("error"), what },
                  { QStringLiteral("errno"), err },
                  { QStringLiteral("failed_step"), QString(QLatin1Char(step)) } },
                RunState::Failed);
        return RunnerBadArguments;
    }

    QJsonObject results;
    results.insert(QStringLiteral("pid"), static_cast<qint64>(child));
    results.insert(QStringLiteral("lock_source"), prepared.lockSource);
    int processesEnded = 0;
    bool stopped = false;
    while (true) {
        int status = 0;
        const pid_t r = waitpid(-1, &status, WNOHANG);
        if (r > 0) {
            ++processesEnded;
            if (r == child) {
                const ExitStatus exit = decodeWaitStatus(status);
                if (exit.exited)
                    results.insert(QStringLiteral("exit_status"), exit.code);
                else if (exit.signalled()) {
                    results.insert(QStringLiteral("signal"), exit.signal);
                    results.insert(QStringLiteral("signal_name"),
                                   QString::fromLatin1(sigabbrev_np(exit.signal)));
                }
                results.insert(QStringLiteral("ended_ns"), static_cast<qint64>(monotonicNs()));
            }
            continue;
        }
        if (r < 0 && errno == ECHILD)
            break; // the last process of the tree has ended
        siginfo_t info;
        const timespec wait { 0, 100'000'000 };
        const int sig = sigtimedwait(&waited, &info, &wait);
        if (sig == SIGTERM || sig == SIGHUP) {
            stopped = true;
            killDescendants(getpid(), 2000);
        }
    }
    results.insert(QStringLiteral("processes_ended"), processesEnded);
    if (stopped)
        results.insert(QStringLiteral("stopped"), true);
    publish(region, results, RunState::Finished);
    return RunnerOk;
}

} // namespace samtidig
