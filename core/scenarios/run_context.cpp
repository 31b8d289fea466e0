#include "record/recorder.h"
#include "runner/exit_status.h"
#include "scenarios/scenario.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace samtidig {

int onlineCpuCount(int cap)
{
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    return static_cast<int>(n < 1 ? 1 : (n > cap ? cap : n));
}

RunContext::RunContext(std::uint32_t mainTask, int cpuCount)
    : m_mainTask(mainTask)
    , m_cpuCount(cpuCount < 1 ? 1 : cpuCount)
{ }

void RunContext::beginPhase(int index, const QString &title)
{
    const std::uint32_t name = Recorder::registerName(NameKind::Marker, title.toStdString());
    Recorder::emit(EventKind::PhaseBegin, static_cast<std::uint64_t>(index), name);
}

pid_t RunContext::forkTask(const QString &name, const std::function<int(std::uint32_t)> &body, QString *error)
{
    const std::string taskName = name.toStdString();
    const pid_t parentPid = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        *error = QCoreApplication::translate("RunContext", "Could not start the process %1 (fork): %2")
                     .arg(name, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    if (pid == 0) {
        // A child must never outlive the runner: a killed runner takes its workload with it.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parentPid)
            _exit(127);
        Recorder::resetAfterFork();
        int status = 0;
        {
            ScopedTask task(TaskKind::Process, taskName, m_mainTask);
            status = body(task.id());
            Recorder::emit(EventKind::Exit, static_cast<std::uint64_t>(status));
        }
        _exit(status & 0xff);
    }
    return pid;
}

int RunContext::waitTask(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return decodeWaitStatus(status).codeOrNegativeSignal();
}

} // namespace samtidig
