#pragma once
// Explores every interleaving of a small stepped run: each schedule runs on real gated threads
// (a fresh runner per schedule: simple, and nothing of one run can leak into the next). A run
// follows its prefix and then steps the lowest-numbered thread that can move, noting at each step
// which other threads could have moved; every such alternative becomes the prefix of a later run
// (depth first), so each complete schedule runs exactly once. A run in which no thread can move
// and some are blocked is a deadlock and is stopped at once.

#include "session/run_session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace samtidig {

class ScheduleExplorer
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleExplorer)
public:
    // About a minute of runs on a small machine.
    static constexpr int kMaxSchedules = 500;

    struct Outcome {
        QJsonObject result; // the scenario's results that tell outcomes apart (no times)
        QString outcome; // "completed" or "deadlock"
        int count = 0;
        std::vector<int> schedule; // the first schedule that gave it
    };

    explicit ScheduleExplorer(RunRequest base);

    // Runs every schedule. `keepGoing` is asked while runs last: false stops (Stop, a timeout) and
    // returns false with *error. A run that fails, or more than kMaxSchedules schedules, too.
    bool run(const std::function<bool()> &keepGoing, QString *error);

    int schedules() const { return m_schedules; }
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }
    QJsonObject toJson() const; // { "schedules": N, "outcomes": [...] }
    // The trace of the first run, for the summary and images.
    std::unique_ptr<Trace> takeFirstTrace() { return std::move(m_firstTrace); }

private:
    void count(const QJsonObject &result, const QString &outcome, const std::vector<int> &schedule);

    RunRequest m_base;
    int m_schedules = 0;
    std::vector<Outcome> m_outcomes;
    std::unique_ptr<Trace> m_firstTrace;
};

} // namespace samtidig
