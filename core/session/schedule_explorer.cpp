#include "session/schedule_explorer.h"

#include "session/step_driver.h"

#include <QJsonArray>

#include <chrono>
#include <thread>

namespace samtidig {

namespace {

// Times and wait totals differ from run to run; the outcome is in the rest.
QJsonObject outcomeResult(const QJsonObject &results)
{
    QJsonObject r;
    for (auto it = results.begin(); it != results.end(); ++it)
        if (!it.key().endsWith(QLatin1String("_ns")) && !it.key().endsWith(QLatin1String("_ms")))
            r.insert(it.key(), it.value());
    return r;
}

} // namespace

ScheduleExplorer::ScheduleExplorer(RunRequest base)
    : m_base(std::move(base))
{
    m_base.stepping.on = true;
    m_base.stepping.explore = true;
}

bool ScheduleExplorer::run(const std::function<bool()> &keepGoing, QString *error)
{
    std::vector<std::vector<int>> prefixes { m_base.stepping.schedule };
    while (!prefixes.empty()) {
        if (m_schedules >= kMaxSchedules) {
            *error = tr("These parameters have more than %1 interleavings, too many to explore; try "
                        "fewer threads or steps.")
                         .arg(kMaxSchedules);
            return false;
        }
        const std::vector<int> prefix = std::move(prefixes.back());
        prefixes.pop_back();
        RunRequest request = m_base;
        request.stepping.schedule = prefix;
        RunSession session;
        if (!session.start(request, error))
            return false;
        while (session.isActive()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            session.poll();
            if (!keepGoing()) {
                session.stop(RunOutcome::Stopped);
                *error = tr("The exploration was stopped after %1 schedules.").arg(m_schedules);
                return false;
            }
            if (session.stepStuck())
                session.stop(RunOutcome::Stopped);
        }
        const std::vector<int> &taken = session.stepsTaken();
        const bool deadlock = session.stepStuck();
        if (!deadlock && session.trace().outcome() != RunOutcome::Completed) {
            *error = tr("The schedule %1 did not complete: %2")
                         .arg(StepDriver::scheduleText(taken),
                              session.stepRefusal().isEmpty() ? session.trace().outcomeDetail()
                                                              : session.stepRefusal());
            return false;
        }
        ++m_schedules;
        count(deadlock ? QJsonObject() : outcomeResult(session.trace().results()),
              deadlock ? QStringLiteral("deadlock") : QStringLiteral("completed"), taken);
        // Every thread that could have moved instead, past the prefix, starts a later run.
        const auto &movable = session.stepsMovable();
        for (std::size_t d = prefix.size(); d < taken.size() && d < movable.size(); ++d) {
            for (auto it = movable[d].rbegin(); it != movable[d].rend(); ++it) {
                if (*it == taken[d])
                    continue;
                std::vector<int> next(taken.begin(), taken.begin() + static_cast<std::ptrdiff_t>(d));
                next.push_back(*it);
                prefixes.push_back(std::move(next));
            }
        }
        if (!m_firstTrace)
            m_firstTrace = session.takeTrace();
    }
    return true;
}

void ScheduleExplorer::count(const QJsonObject &result, const QString &outcome,
                             const std::vector<int> &schedule)
{
    for (Outcome &o : m_outcomes) {
        if (o.result == result && o.outcome == outcome) {
            ++o.count;
            return;
        }
    }
    m_outcomes.push_back(Outcome { result, outcome, 1, schedule });
}

QJsonObject ScheduleExplorer::toJson() const
{
    QJsonArray outcomes;
    for (const Outcome &o : m_outcomes)
        outcomes.append(QJsonObject { { QStringLiteral("result"), o.result },
                                      { QStringLiteral("outcome"), o.outcome },
                                      { QStringLiteral("count"), o.count },
                                      { QStringLiteral("schedule"), StepDriver::scheduleText(o.schedule) } });
    return { { QStringLiteral("schedules"), m_schedules }, { QStringLiteral("outcomes"), outcomes } };
}

} // namespace samtidig
