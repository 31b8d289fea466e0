#pragma once
// Runs every interleaving of a small stepped scenario (session/schedule_explorer.h) on a thread of
// its own, so the window keeps drawing: progress and the end come as signals on the GUI thread,
// stop() ends it between two steps, and the destructor stops and joins (no runner outlives it).

#include "session/run_session.h"
#include "session/schedule_explorer.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace samtidig {

class ExploreJob : public QObject
{
    Q_OBJECT
public:
    explicit ExploreJob(QObject *parent = nullptr);
    ~ExploreJob() override;

    // False, with the reason, when the parameters have more interleavings than can be explored.
    bool start(const RunRequest &request, QString *error);
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    const std::vector<ScheduleExplorer::Outcome> &outcomes() const { return m_outcomes; }
    int schedules() const { return m_schedulesDone; }

Q_SIGNALS:
    void progress(int schedules);
    void finished(bool ok, const QString &error); // error: translated, why it ended early

private:
    void poll();

    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_done { false };
    std::atomic<int> m_progress { 0 };
    bool m_ok = false;
    QString m_error; // written by the job's thread before m_done, read after
    std::unique_ptr<ScheduleExplorer> m_explorer;
    std::vector<ScheduleExplorer::Outcome> m_outcomes;
    int m_schedulesDone = 0;
    QTimer m_timer;
};

} // namespace samtidig
