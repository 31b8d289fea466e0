#include "window/explore_job.h"

#include "scenarios/scenario_registry.h"

namespace samtidig {

namespace {
constexpr int kPollIntervalMs = 50;
}

ExploreJob::ExploreJob(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kPollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExploreJob::poll);
}

ExploreJob::~ExploreJob()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join(); // the explorer's session kills and reaps its runner
}

bool ExploreJob::start(const RunRequest &request, QString *error)
{
    if (m_thread.joinable()) {
        *error = tr("An exploration is already running.");
        return false;
    }
    const Scenario *scenario = findScenario(request.scenario);
    if (!scenario || !scenario->info().steppable) {
        *error
            = tr("The scenario '%1' cannot be taken step by step, so its interleavings cannot be explored.")
                  .arg(request.scenario);
        return false;
    }
    const auto &interleavings = scenario->info().interleavings;
    if (interleavings && interleavings(request.params) > ScheduleExplorer::kMaxSchedules) {
        *error
            = tr("These parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or "
                 "steps.")
                  .arg(interleavings(request.params), 0, 'f', 0)
                  .arg(ScheduleExplorer::kMaxSchedules);
        return false;
    }
    m_explorer = std::make_unique<ScheduleExplorer>(request);
    m_outcomes.clear();
    m_schedulesDone = 0;
    m_stop = false;
    m_done = false;
    m_progress = 0;
    m_thread = std::thread([this] {
        ScheduleExplorer &explorer = *m_explorer;
        QString why;
        m_ok = explorer.run(
            [this, &explorer] {
                m_progress = explorer.schedules();
                return !m_stop.load();
            },
            &why);
        m_error = why;
        m_done = true;
    });
    m_timer.start();
    return true;
}

void ExploreJob::stop()
{
    m_stop = true;
}

void ExploreJob::poll()
{
    Q_EMIT progress(m_progress.load());
    if (!m_done.load())
        return;
    m_timer.stop();
    m_thread.join();
    m_outcomes = m_explorer->outcomes();
    m_schedulesDone = m_explorer->schedules();
    m_explorer.reset();
    Q_EMIT progress(m_schedulesDone);
    Q_EMIT finished(m_ok, m_error);
}

} // namespace samtidig
