#include "window/step_panel.h"

#include "i18n/recorded_names.h"
#include "scenarios/scenario_registry.h"
#include "session/step_driver.h"
#include "trace/trace.h"
#include "window/run_controller.h"
#include "window/run_texts.h"
#include "window/step_challenge_bar.h"
#include "window/step_log.h"
#include "window/step_thread_rows.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace samtidig {

namespace {

constexpr int kPick = -1; // m_pending: Samtidig picks once the threads have settled
constexpr int kKeyedThreads = StepThreadRows::kKeyedThreads; // keys 1–9

} // namespace

StepPanel::StepPanel(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("stepPanel"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stepMessage"));
    m_message->setWordWrap(true);

    m_rows = new StepThreadRows(this);
    connect(m_rows, &StepThreadRows::stepRequested, this, &StepPanel::stepThread);
    auto *rowsScroll = new QScrollArea(this);
    rowsScroll->setWidget(m_rows);
    rowsScroll->setWidgetResizable(true);
    rowsScroll->setFrameShape(QFrame::NoFrame);

    m_pick = new QPushButton(this);
    m_pick->setObjectName(QStringLiteral("stepPick"));
    connect(m_pick, &QPushButton::clicked, this, [this] { stepPicked(); });
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("stepPlay"));
    m_play->setCheckable(true);
    connect(m_play, &QPushButton::toggled, this, &StepPanel::setPlaying);
    m_paceLabel = new QLabel(this);
    m_pace = new QSpinBox(this);
    m_pace->setObjectName(QStringLiteral("stepPace"));
    m_pace->setRange(1, 20);
    m_pace->setValue(2);
    m_paceLabel->setBuddy(m_pace);
    connect(m_pace, &QSpinBox::valueChanged, this,
            [this](int pace) { m_playTimer.setInterval(1000 / pace); });
    m_free = new QPushButton(this);
    m_free->setObjectName(QStringLiteral("stepRunFreely"));
    connect(m_free, &QPushButton::clicked, this, &StepPanel::runFreely);
    m_playTimer.setInterval(1000 / m_pace->value());
    connect(&m_playTimer, &QTimer::timeout, this, &StepPanel::playTick);

    auto *controls = new QVBoxLayout;
    controls->addWidget(m_pick);
    auto *pace = new QHBoxLayout;
    pace->addWidget(m_play);
    pace->addWidget(m_pace);
    pace->addWidget(m_paceLabel);
    controls->addLayout(pace);
    controls->addWidget(m_free);
    m_explore = new QPushButton(this);
    m_explore->setObjectName(QStringLiteral("stepExplore"));
    connect(m_explore, &QPushButton::clicked, this, &StepPanel::exploreRequested);
    controls->addWidget(m_explore);
    controls->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_message);
    left->addWidget(rowsScroll, 1);

    m_challenges = new StepChallengeBar(m_controller, this);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(controls, 0);
    m_log = new StepLog(this);
    body->addWidget(m_log, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_challenges);
    layout->addLayout(body, 1);

    // Keys 1–9 step a thread wherever the focus is in the window, except in a field that takes digits.
    for (int i = 1; i <= kKeyedThreads; ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::Key_0 + i), this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { stepThread(i); });
    }

    connect(m_controller, &RunController::traceChanged, this, &StepPanel::onTraceChanged);
    connect(m_controller, &RunController::traceUpdated, this, &StepPanel::refresh);
    connect(m_controller, &RunController::stateChanged, this, &StepPanel::refresh);
    retranslateUi();
    refresh();
}

StepPanel::~StepPanel() = default;

int StepPanel::threadCount() const
{
    return m_rows->count();
}

QString StepPanel::threadText(int thread) const
{
    return m_rows->text(thread);
}

QPushButton *StepPanel::threadButton(int thread) const
{
    return m_rows->button(thread);
}

int StepPanel::stepCount() const
{
    return m_log->count();
}

QTableWidget *StepPanel::stepTable() const
{
    return m_log->table();
}

StepGrid *StepPanel::stepGrid() const
{
    return m_log->grid();
}

QString StepPanel::message() const
{
    return m_message->text();
}

QString StepPanel::stepNote(int step) const
{
    return m_log->note(step);
}

bool StepPanel::stepThread(int thread)
{
    StepDriver *driver = m_controller->stepDriver();
    if (!driver) {
        setMessage(tr("No run is being taken step by step: choose a scenario and press Step by Step (F7)."),
                   true);
        return false;
    }
    if (m_controller->isPaused()) {
        setMessage(tr("The run is paused; resume it (F6) to take a step."), true);
        return false;
    }
    if (!driver->ready() || !m_pending.empty()) {
        m_pending.push_back(thread); // the threads are still moving: take it once they have settled
        return true;
    }
    return takeStep(thread);
}

bool StepPanel::takeStep(int thread)
{
    StepDriver *driver = m_controller->stepDriver();
    QString why;
    if (!driver->step(thread, &why)) {
        m_pending.clear(); // what was asked after a refused step no longer follows from it
        setMessage(why, true);
        return false;
    }
    takeNewSteps();
    updateRows(); // no button stays enabled until the threads have settled again
    return true;
}

bool StepPanel::stepPicked()
{
    StepDriver *driver = m_controller->stepDriver();
    if (!driver || m_controller->isPaused() || !driver->ready() || !m_pending.empty())
        return stepThread(kPick);
    return pickStep();
}

bool StepPanel::pickStep()
{
    StepDriver *driver = m_controller->stepDriver();
    std::vector<int> movable;
    for (const StepDriver::ThreadView &v : driver->threads())
        if (v.state == GateState::AtGate)
            movable.push_back(v.number);
    if (movable.empty()) {
        setMessage(tr("No thread can move."), true);
        return false;
    }
    const auto pick = QRandomGenerator::global()->bounded(static_cast<quint32>(movable.size()));
    return takeStep(movable[pick]);
}

void StepPanel::setPlaying(bool on)
{
    if (on && !m_controller->stepDriver())
        on = false;
    if (on && !m_playTimer.isActive())
        m_playTimer.start(); // not restarted: a refresh must not push the next tick away
    else if (!on)
        m_playTimer.stop();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(on);
    m_play->setText(on ? tr("Stop Playing") : tr("Play"));
}

void StepPanel::playTick()
{
    StepDriver *driver = m_controller->stepDriver();
    if (!driver) {
        setPlaying(false);
        return;
    }
    if (m_controller->isPaused() || !driver->ready() || !m_pending.empty())
        return; // the next tick tries again
    const auto views = driver->threads();
    if (std::none_of(views.begin(), views.end(),
                     [](const auto &v) { return v.state == GateState::AtGate; })) {
        setPlaying(false);
        return;
    }
    stepPicked();
}

void StepPanel::runFreely()
{
    if (StepDriver *driver = m_controller->stepDriver()) {
        setPlaying(false);
        m_pending.clear();
        driver->runFreely();
        m_freed = true;
        refresh();
    }
}

void StepPanel::onTraceChanged()
{
    setPlaying(false);
    m_log->clear();
    m_pending.clear();
    m_freed = false;
    setRowCount(0);
    refresh();
}

void StepPanel::refresh()
{
    StepDriver *driver = m_controller->stepDriver();
    if (driver && !m_pending.empty() && driver->ready() && !m_controller->isPaused()) {
        const int next = m_pending.front();
        m_pending.pop_front();
        if (next == kPick)
            pickStep();
        else
            takeStep(next);
    }
    takeNewSteps();
    m_log->noteEffects(*m_controller->trace());
    updateRows();
    m_challenges->refresh();
}

void StepPanel::setScenario(const QString &scenario)
{
    m_scenario = scenario;
    m_challenges->setScenario(scenario);
    const Scenario *s = findScenario(scenario);
    m_explore->setEnabled(s && s->info().steppable);
    if (!m_controller->stepDriver())
        updateRows(); // the line above the threads says whether this one can be stepped
}

void StepPanel::explainNotSteppable()
{
    const QString why = notSteppableText(m_scenario);
    if (!why.isEmpty())
        setMessage(why, true);
}

QString StepPanel::notSteppableText(const QString &scenario)
{
    const Scenario *s = findScenario(scenario);
    if (!s || s->info().steppable)
        return {};
    const ScenarioInfo info = s->info();
    if (!info.notSteppableReason.isEmpty())
        //: %1 the scenario's name, %2 why (a sentence or two starting in lower case)
        return tr("“%1” cannot be taken step by step: %2").arg(info.name, info.notSteppableReason);
    QStringList ids;
    for (const Scenario *other : allScenarios())
        if (other->info().steppable)
            ids << other->info().id;
    //: %1 the scenario's name, %2 the ids of those that can: "race, mutex, deadlock, …"
    return tr("“%1” cannot be taken step by step: only a scenario whose threads use Samtidig's own locks, "
              "shared variables, conditions and semaphores can stop them before each operation (%2).")
        .arg(info.name, ids.join(QStringLiteral(", ")));
}

void StepPanel::takeNewSteps()
{
    const StepDriver *driver = m_controller->stepDriver();
    if (!driver)
        return;
    const auto origin = static_cast<std::int64_t>(m_controller->trace()->originNs());
    const auto &taken = driver->takenSteps();
    for (auto i = static_cast<std::size_t>(m_log->count()); i < taken.size(); ++i) {
        m_log->add(taken[i].thread, taken[i].op, taken[i].object,
                   static_cast<std::int64_t>(taken[i].atNs) - origin);
        Q_EMIT stepTaken(static_cast<int>(i) + 1, taken[i].thread);
    }
}

void StepPanel::updateRows()
{
    const StepDriver *driver = m_controller->stepDriver();
    const bool paused = m_controller->isPaused();
    const bool ready = driver && !paused && driver->ready();
    m_free->setEnabled(driver && !m_freed);
    if (!driver) {
        m_pick->setEnabled(false);
        m_play->setEnabled(false);
        setPlaying(false);
        m_rows->disableAll();
        if (m_controller->isActive())
            setMessage(tr("The run is starting…"));
        else if (stepCount() > 0) {
            const Trace &trace = *m_controller->trace();
            if (trace.outcome() == RunOutcome::Completed) // the last look may have caught one still running
                m_rows->showAllFinished();
            QString text
                = tr("After %n step(s): %1", nullptr, stepCount()).arg(RunTexts::outcomeSentence(trace));
            const QJsonObject results = trace.results();
            if (results.contains(QStringLiteral("actual")) && results.contains(QStringLiteral("expected")))
                text += QLatin1Char(' ')
                    + tr("The counter ended at %1; %2 was expected.")
                          .arg(results.value(QStringLiteral("actual")).toInteger())
                          .arg(results.value(QStringLiteral("expected")).toInteger());
            setMessage(text, trace.outcome() != RunOutcome::Completed);
        } else if (const QString why = notSteppableText(m_scenario); !why.isEmpty()) {
            setMessage(why, true);
        } else {
            setMessage(
                tr("Choose a scenario that can be taken step by step (race, mutex, deadlock, …) and press "
                   "Step by Step (F7)."));
        }
        return;
    }
    const auto views = driver->threads();
    setRowCount(static_cast<int>(views.size()));
    m_rows->showThreads(views, *m_controller->trace(), ready && !m_freed);
    bool anyAtGate = false, anyBlocked = false;
    for (const StepDriver::ThreadView &v : views) {
        anyAtGate = anyAtGate || v.state == GateState::AtGate;
        anyBlocked = anyBlocked || v.state == GateState::Blocked;
    }
    // While the threads move, a step asked for waits for them; once settled, only if one can move.
    const bool canMove = !m_freed && (!ready || anyAtGate);
    m_pick->setEnabled(canMove && !paused);
    m_play->setEnabled(canMove);
    if (m_freed)
        setMessage(tr("Running freely: the gates are open and the threads go at full speed."));
    else if (paused)
        setMessage(tr("The run is paused; resume it (F6) to take more steps."));
    else if (ready && !anyAtGate && anyBlocked)
        setMessage(tr("No thread can move: each one waits for a lock that another holds. This is a deadlock; "
                      "Stop (Shift+F5) ends the run."),
                   true);
    else if (ready && anyAtGate)
        setMessage(tr("Step %1: choose the thread that goes next (keys 1–9), or let Samtidig pick.")
                       .arg(stepCount() + 1));
}

void StepPanel::setRowCount(int count)
{
    if (count == threadCount())
        return;
    m_log->setThreadCount(count);
    m_rows->setCount(count);
}

void StepPanel::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b01010;") : QString());
}

void StepPanel::retranslateUi()
{
    m_title->setText(tr("Step by step: you are the scheduler"));
    m_pick->setText(tr("Step"));
    m_pick->setToolTip(tr("Samtidig picks one of the threads that can move, as a scheduler would"));
    setPlaying(m_playTimer.isActive());
    m_play->setToolTip(tr("Take a step at this pace, Samtidig picking, until no thread can move"));
    m_paceLabel->setText(tr("steps a second"));
    m_free->setText(tr("Run Freely"));
    m_free->setToolTip(tr("Open the gates: the rest of the run goes at full speed, no more steps"));
    m_explore->setText(tr("Explore All Orders…"));
    m_explore->setToolTip(tr("Run every order of the steps, each on real threads, and count the outcomes"));
}

void StepPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace samtidig
