#include "support/run_helpers.h"

#include "scenarios/scenario_registry.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QtGlobal>

#include <dirent.h>
#include <unistd.h>

namespace samtidig::test {

RunRequest request(const QString &scenario, const std::vector<std::pair<QString, QString>> &sets,
                   RunRequest::Source source)
{
    RunRequest r;
    r.scenario = scenario;
    r.source = source;
    const Scenario *found = findScenario(scenario);
    if (!found)
        qFatal("unknown scenario in test: %s", qPrintable(scenario));
    QString error;
    if (!Parameters::resolve(found->info().params, sets, &r.params, &error))
        qFatal("bad parameters in test: %s", qPrintable(error));
    return r;
}

void runToEnd(RunSession &session, int timeoutMs)
{
    if (!pollUntil(session, timeoutMs, [&] { return !session.isActive(); }))
        session.stop(RunOutcome::TimedOut);
}

bool runToEnd(RunSession &session, const RunRequest &request, int timeoutMs)
{
    QString error;
    if (!session.start(request, &error)) {
        qWarning("start failed: %s", qPrintable(error));
        return false;
    }
    runToEnd(session, timeoutMs);
    return session.trace().outcome() == RunOutcome::Completed;
}

qint64 resultOf(const Trace &trace, const char *key)
{
    return trace.results().value(QLatin1String(key)).toInteger(-1);
}

const ParamSpec *paramSpec(const ScenarioInfo &info, const QString &name)
{
    for (const ParamSpec &spec : info.params)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

int childProcessCount()
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
