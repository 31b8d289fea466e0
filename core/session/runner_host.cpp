#include "session/runner_host.h"

#include "record/shared_region.h"
#include "runner/process_tree.h"
#include "runner/runner_process.h"
#include "runner/runner_results.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace samtidig {

RunnerHost::RunnerHost() = default;

RunnerHost::~RunnerHost()
{
    if (m_runner)
        stop();
    m_runner.reset(); // kills and reaps the group before the region goes
    m_region.reset();
    if (m_output >= 0)
        close(m_output);
}

bool RunnerHost::start(const Spec &spec, QString *error)
{
    RegionConfig config;
    config.ringCapacity = spec.ringCapacity;
    config.lossy = spec.lossy;
    config.source = spec.source; // the workload reads it from the header before it starts
    auto region = std::make_unique<SharedRegion>();
    std::string regionError;
    if (!region->create(config, &regionError)) {
        *error = tr("Could not create the shared memory for the run: %1")
                     .arg(QString::fromStdString(regionError));
        return false;
    }
    region->header()->step.enabled.store(spec.stepMode ? 1 : 0); // before the runner reads it
    QStringList args
        = { QStringLiteral("--fd"),     QStringLiteral("3"),
            QStringLiteral("--parent"), QString::number(getpid()),
            QStringLiteral("--lang"),   spec.language.isEmpty() ? QStringLiteral("en") : spec.language };
    RunnerStdio stdio;
    int pipeFds[2] = { -1, -1 };
    int devNull = -1;
    if (spec.program) {
        const ProgramRequest &p = *spec.program;
        if (!p.workingDirectory.isEmpty())
            args << QStringLiteral("--cwd") << p.workingDirectory;
        for (const QString &e : p.environment)
            args << QStringLiteral("--env") << e;
        if (!p.recordLocks)
            args << QStringLiteral("--locks") << QStringLiteral("off");
        args << QStringLiteral("--") << p.program << p.arguments;
        if (p.captureOutput) {
            if (pipe2(pipeFds, O_CLOEXEC) != 0 || (devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)) < 0) {
                *error = tr("Could not make a pipe for the program's output: %1")
                             .arg(QString::fromLocal8Bit(strerror(errno)));
                for (int fd : pipeFds)
                    if (fd >= 0)
                        close(fd);
                return false;
            }
            stdio = RunnerStdio { devNull, pipeFds[1], pipeFds[1] };
        }
    } else {
        args << QStringLiteral("--scenario") << spec.scenario << QStringLiteral("--params")
             << QString::fromUtf8(QJsonDocument(spec.parameters).toJson(QJsonDocument::Compact));
    }
    auto runner = std::make_unique<RunnerProcess>();
    const bool spawned = runner->spawn(RunnerProcess::locateRunner(), args, region->fd(), error, stdio);
    if (pipeFds[1] >= 0)
        close(pipeFds[1]); // the runner has its own copy; EOF when the program's tree is gone
    if (devNull >= 0)
        close(devNull);
    if (!spawned) {
        if (pipeFds[0] >= 0)
            close(pipeFds[0]);
        return false;
    }
    if (pipeFds[0] >= 0) {
        fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
        m_output = pipeFds[0];
    }
    m_program = spec.program.has_value();
    m_startTicks = processStartTicks(runner->pid());
    m_region = std::move(region);
    m_runner = std::move(runner);
    return true;
}

pid_t RunnerHost::pid() const
{
    return m_runner ? m_runner->pid() : -1;
}

RunState RunnerHost::state() const
{
    return m_region->state();
}

void RunnerHost::useEstimateSource()
{
    m_region->header()->source = static_cast<std::uint32_t>(SchedulingSource::Estimate);
}

void RunnerHost::go()
{
    m_region->setState(RunState::Go);
}

bool RunnerHost::poll()
{
    return m_runner->poll();
}

bool RunnerHost::exited() const
{
    return m_runner->exited();
}

bool RunnerHost::completedCleanly() const
{
    return state() == RunState::Finished && m_runner->exitSignal() == 0 && m_runner->exitCode() == 0;
}

QString RunnerHost::exitDescription() const
{
    return m_runner->exitDescription();
}

namespace {
// A program's processes that left the runner's process group (setsid, a daemon) are reached as
// the runner's descendants.
void signalDescendants(pid_t runner, int sig)
{
    for (pid_t pid : descendantsOf(runner))
        kill(pid, sig);
}
} // namespace

bool RunnerHost::pause()
{
    const bool ok = m_runner->pause();
    if (ok && m_program)
        signalDescendants(m_runner->pid(), SIGSTOP);
    return ok;
}

bool RunnerHost::resume()
{
    if (m_program)
        signalDescendants(m_runner->pid(), SIGCONT);
    return m_runner->resume();
}

QString RunnerHost::stop()
{
    QString error;
    // A program's launcher ends the program's whole tree (also what left the group) and reports
    // its exit status; give it a moment to, then the group goes as for a scenario.
    if (m_program && !m_runner->exited())
        m_runner->terminate(1000);
    m_runner->stop(2000, &error); // also reaps what is left of the group after a clean exit
    if (m_program) {
        // Orphans of a runner that was killed before it could end them come to us (we are a
        // subreaper): end those that started after our runner did.
        for (pid_t pid : descendantsOf(getpid())) {
            const std::uint64_t started = processStartTicks(pid);
            if (started == 0 || started < m_startTicks)
                continue;
            killDescendants(pid, 500);
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    return error;
}

QByteArray RunnerHost::takeOutput()
{
    QByteArray out;
    if (m_output < 0)
        return out;
    char buf[65536];
    while (true) {
        const ssize_t n = read(m_output, buf, sizeof buf);
        if (n > 0) {
            out.append(buf, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: nothing more now; 0: the writers are gone
    }
    return out;
}

QJsonObject RunnerHost::results() const
{
    return readRunnerResults(*m_region->header());
}

} // namespace samtidig
