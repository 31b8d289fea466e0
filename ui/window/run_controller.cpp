#include "window/run_controller.h"

#include "window/run_texts.h"

namespace samtidig {

namespace {
constexpr int kPollIntervalMs = 16; // ~60 Hz: the live edge moves as smoothly as the screen
}

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kPollIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RunController::tick);
}

RunController::~RunController() = default; // ~RunSession kills and reaps the runner

RunRequest RunController::scenarioRequest(const QString &scenario, const ParamValues &params,
                                          const QString &language)
{
    RunRequest request;
    request.scenario = scenario;
    request.params = params;
    request.language = language;
    return request;
}

bool RunController::start(const QString &scenario, const ParamValues &params, const QString &language)
{
    return startScenario(scenarioRequest(scenario, params, language), false);
}

bool RunController::startStepping(const QString &scenario, const ParamValues &params, const QString &language,
                                  const std::vector<int> &schedule)
{
    RunRequest request = scenarioRequest(scenario, params, language);
    request.stepping.on = true;
    request.stepping.manual = true;
    request.stepping.schedule = schedule;
    return startScenario(request, true);
}

bool RunController::startScenario(const RunRequest &request, bool stepped)
{
    m_lastScenario = request.scenario;
    m_lastParams = request.params;
    m_lastStepped = stepped;
    m_lastProgram.reset();
    return startRequest(request);
}

bool RunController::startProgram(const ProgramRequest &program, const QString &language)
{
    RunRequest request;
    request.language = language;
    request.program = program;
    request.program->captureOutput = true;
    m_lastScenario = QString::fromLatin1(kProgramScenarioId);
    m_lastParams = ParamValues();
    m_lastStepped = false;
    m_lastProgram = program;
    return startRequest(request);
}

bool RunController::startRequest(const RunRequest &request)
{
    if (m_session->isActive())
        stop();
    QString error;
    if (!m_session->start(request, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_opened.reset();
    m_reportedDeadlocks = 0;
    m_lastPhase = m_session->phase();
    m_timer.start();
    Q_EMIT traceChanged(trace());
    Q_EMIT stateChanged();
    return true;
}

void RunController::pause()
{
    if (m_session->pause())
        Q_EMIT stateChanged();
}

void RunController::resume()
{
    if (m_session->resume())
        Q_EMIT stateChanged();
}

void RunController::stop()
{
    if (!m_session->isActive())
        return;
    m_session->stop(RunOutcome::Stopped);
    afterFinish();
}

void RunController::showTrace(std::unique_ptr<Trace> opened)
{
    if (!opened)
        return;
    stop();
    m_opened = std::move(opened);
    m_lastScenario = m_opened->scenario();
    m_lastParams = ParamValues::fromJson(m_opened->parameters());
    m_lastStepped = !m_opened->steps().empty(); // a stepped recording is run again step by step
    m_lastProgram.reset();
    if (m_lastScenario == QLatin1String(kProgramScenarioId)) // Run Again records its command again
        m_lastProgram = ProgramRequest::fromJson(m_opened->parameters());
    Q_EMIT traceChanged(trace());
    Q_EMIT stateChanged();
}

qint64 RunController::elapsedMs() const
{
    return m_opened ? m_opened->endNs() / 1'000'000 : m_session->elapsedMs();
}

const Trace *RunController::trace() const
{
    return m_opened ? m_opened.get() : &m_session->trace();
}

void RunController::tick()
{
    m_session->poll();
    const Trace &t = m_session->trace();
    if (m_session->phase() != m_lastPhase && m_session->phase() != RunSession::Phase::Finished) {
        m_lastPhase = m_session->phase();
        Q_EMIT stateChanged();
    }
    Q_EMIT traceUpdated();
    if (t.analysis().deadlocks.size() > m_reportedDeadlocks) {
        m_reportedDeadlocks = t.analysis().deadlocks.size();
        Q_EMIT deadlockDetected(RunTexts::deadlockMessage(t, t.analysis().deadlocks.back()));
    }
    if (m_session->phase() == RunSession::Phase::Finished)
        afterFinish();
}

void RunController::afterFinish()
{
    m_timer.stop();
    m_lastPhase = RunSession::Phase::Finished;
    const Trace &t = m_session->trace();
    Q_EMIT traceUpdated();
    Q_EMIT stateChanged();
    if (t.outcome() == RunOutcome::Failed)
        Q_EMIT failed(RunTexts::outcomeSentence(t));
    else
        Q_EMIT finished(RunTexts::outcomeSentence(t));
}

} // namespace samtidig
