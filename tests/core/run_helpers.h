#pragma once
// What the scenario and fault tests share: a validated run request, running a session to its end
// the way the window polls it, and counting this process's children. Header-only; each test is
// its own executable.

#include "scenarios/scenario_registry.h"
#include "session/run_session.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <dirent.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace samtidig::test {

// A request with the scenario's defaults overridden by `sets`; a bad assignment ends the test.
inline RunRequest request(const QString &scenario, const std::vector<std::pair<QString, QString>> &sets,
                          RunRequest::Source source = RunRequest::Source::Auto)
{
    RunRequest r;
    r.scenario = scenario;
    r.source = source;
    QString error;
    if (!Parameters::resolve(findScenario(scenario)->info().params, sets, &r.params, &error))
        qFatal("bad parameters in test: %s", qPrintable(error));
    return r;
}

// Polls like the window does (every few ms) until `done` holds or the time is up.
template<typename Done>
bool pollUntil(RunSession &session, int timeoutMs, Done done)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        session.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// Runs to the end. The deadline only guards against a hung test (the run is then stopped as
// timed out); it is not what is tested.
inline void runToEnd(RunSession &session, int timeoutMs = 60000)
{
    if (!pollUntil(session, timeoutMs, [&] { return !session.isActive(); }))
        session.stop(RunOutcome::TimedOut);
}

// Starts `request` and runs it to the end; true if it completed.
inline bool runToEnd(RunSession &session, const RunRequest &request, int timeoutMs)
{
    QString error;
    if (!session.start(request, &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return false;
    }
    runToEnd(session, timeoutMs);
    return session.trace().outcome() == RunOutcome::Completed;
}

// Processes whose parent is this test: runners or their children left behind.
inline int childProcessCount()
{
    int n = 0;
    const QByteArray self = QByteArray::number(getpid());
    DIR *d = opendir("/proc");
    if (!d)
        return -1;
    while (dirent *e = readdir(d)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(e->d_name)));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> f = stat.readAll().split(')').value(1).trimmed().split(' ');
        if (f.size() > 1 && f[1] == self)
            ++n;
    }
    closedir(d);
    return n;
}

} // namespace samtidig::test
