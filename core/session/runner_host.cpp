#include "session/runner_host.h"

#include "record/shared_region.h"
#include "runner/runner_process.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <unistd.h>

namespace samtidig {

RunnerHost::RunnerHost() = default;

RunnerHost::~RunnerHost()
{
    m_runner.reset(); // kills and reaps the group before the region goes
    m_region.reset();
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
    const QStringList args
        = { QStringLiteral("--fd"),
            QStringLiteral("3"),
            QStringLiteral("--parent"),
            QString::number(getpid()),
            QStringLiteral("--scenario"),
            spec.scenario,
            QStringLiteral("--params"),
            QString::fromUtf8(QJsonDocument(spec.parameters).toJson(QJsonDocument::Compact)),
            QStringLiteral("--lang"),
            spec.language.isEmpty() ? QStringLiteral("en") : spec.language };
    auto runner = std::make_unique<RunnerProcess>();
    if (!runner->spawn(RunnerProcess::locateRunner(), args, region->fd(), error))
        return false;
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

bool RunnerHost::pause()
{
    return m_runner->pause();
}

bool RunnerHost::resume()
{
    return m_runner->resume();
}

QString RunnerHost::stop()
{
    QString error;
    m_runner->stop(2000, &error); // also reaps what is left of the group after a clean exit
    return error;
}

QJsonObject RunnerHost::results(QString *problem) const
{
    const RegionHeader *h = m_region->header();
    const std::uint32_t size = h->resultsSize.load(std::memory_order_acquire);
    if (size == 0)
        return {};
    if (size > kResultsCapacity) {
        *problem = tr("The runner's results are damaged: it claims %1 bytes, the block holds %2.")
                       .arg(size)
                       .arg(kResultsCapacity);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray(h->results, static_cast<qsizetype>(size)), &parseError);
    if (!doc.isObject()) {
        *problem = tr("The runner's results are damaged: %1.").arg(parseError.errorString());
        return {};
    }
    return doc.object();
}

} // namespace samtidig
