#pragma once
// Drives one RunSession from the GUI thread without ever blocking it: a ~60 Hz timer polls the
// session (which only takes what the rings hold) and turns phase changes into signals carrying
// translated messages. Also holds a trace opened from a file, so the window shows either.

#include "session/run_session.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace samtidig {

class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts `scenario`; returns false (and emits failed()) when the request is refused.
    bool start(const QString &scenario, const ParamValues &params, const QString &language);
    // Starts `scenario` step by step: its numbered threads stop before every instrumented operation;
    // `schedule` is taken first, then each step waits for stepDriver()->step().
    bool startStepping(const QString &scenario, const ParamValues &params, const QString &language,
                       const std::vector<int> &schedule = {});
    // What the window asks for from its form: `scenario` with `params`, in the UI `language`. The one
    // builder of a scenario's request for the window (runs, stepping, exploring).
    static RunRequest scenarioRequest(const QString &scenario, const ParamValues &params,
                                      const QString &language);
    // Records a user's own program (its output captured for programOutput()); false and failed()
    // when it cannot be started (not found, not executable: the message names it and why).
    bool startProgram(const ProgramRequest &program, const QString &language);
    void pause();
    void resume();
    // Kills the runner's process group and reaps it (RunSession::stop); returns to idle at once.
    void stop();

    // Shows a finished trace (e.g. a recording read from a file) instead of the session's.
    void showTrace(std::unique_ptr<Trace> trace);

    RunSession::Phase phase() const { return m_session->phase(); }
    bool isActive() const { return m_session->isActive(); }
    bool isPaused() const { return m_session->phase() == RunSession::Phase::Paused; }
    qint64 elapsedMs() const;
    // The trace on screen: the opened recording, or the session's (live or last finished) one.
    // The pointer changes on traceChanged(); it is never null.
    const Trace *trace() const;
    const QString &lastScenario() const { return m_lastScenario; }
    const ParamValues &lastParams() const { return m_lastParams; }
    // The last run was taken step by step (or the opened recording was): Run Again steps it again.
    bool lastStepped() const { return m_lastStepped; }
    // The program of the last run, when it recorded one (lastScenario() is then kProgramScenarioId).
    const std::optional<ProgramRequest> &lastProgram() const { return m_lastProgram; }
    // What the recorded program wrote (the first RunSession::kMaxOutputBytes): live from the session,
    // or as the opened recording kept it.
    QByteArray programOutput() const
    {
        return m_opened ? m_opened->programOutput().bytes : m_session->output();
    }
    bool programOutputCapped() const
    {
        return m_opened ? m_opened->programOutput().capped : m_session->outputCapped();
    }

    void setPollInterval(int ms) { m_timer.setInterval(ms); }
    // While a stepped run lasts, its driver; nullptr otherwise.
    StepDriver *stepDriver() const { return m_opened ? nullptr : m_session->stepDriver(); }

Q_SIGNALS:
    void traceChanged(const samtidig::Trace *trace); // a new run started or a trace was opened
    void traceUpdated(); // new events moved into the trace
    void stateChanged(); // phase changed (running, paused, finished)
    void deadlockDetected(const QString &message); // translated sentence naming the cycle
    void finished(const QString &message); // translated: how the run ended
    void failed(const QString &message); // translated: why it could not run

private:
    bool startScenario(const RunRequest &request, bool stepped);
    bool startRequest(const RunRequest &request);
    void tick();
    void afterFinish();

    std::unique_ptr<RunSession> m_session = std::make_unique<RunSession>();
    std::unique_ptr<Trace> m_opened;
    QTimer m_timer;
    std::size_t m_reportedDeadlocks = 0;
    RunSession::Phase m_lastPhase = RunSession::Phase::Idle;
    QString m_lastScenario;
    ParamValues m_lastParams;
    bool m_lastStepped = false;
    std::optional<ProgramRequest> m_lastProgram;
};

} // namespace samtidig
