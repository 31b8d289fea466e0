// MainWindow: Step by Step (F7), Replay Schedule, and the dock that holds the step panel.
#include "window/main_window.h"

#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "trace/trace.h"
#include "window/explore_dialog.h"
#include "window/parameter_form.h"
#include "window/run_controller.h"
#include "window/scenario_browser.h"
#include "window/status_panel.h"
#include "window/step_challenge_bar.h"
#include "window/step_panel.h"

#include <QAction>
#include <QDockWidget>

namespace samtidig {

namespace {
constexpr int kStepDockHeight = 210; // the threads, the controls and a few steps; the lanes keep the rest

bool steppable(const QString &scenario)
{
    const Scenario *s = findScenario(scenario);
    return s && s->info().steppable;
}
} // namespace

void MainWindow::createStepPanel()
{
    m_stepPanel = new StepPanel(m_controller, this);
    m_stepDock = new QDockWidget(this);
    m_stepDock->setObjectName(QStringLiteral("stepDock")); // saveState() needs the name
    m_stepDock->setWidget(m_stepPanel);
    m_stepDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_stepDock);
    m_stepDock->hide();
    // In a window less than 1000 px high (a 1280x720 projector) the banner, the lanes and the step
    // panel need the charts' height, or no lane is left to watch: the charts fold while the panel is
    // shown (View -> Charts brings them back) and return when it closes.
    connect(m_stepDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_chartsFoldedForSteps && height() < kRoomForChartsInPresentation
            && m_actions.showCharts->isChecked()) {
            m_chartsFoldedForSteps = true;
            m_actions.showCharts->setChecked(false);
        } else if (!visible && m_chartsFoldedForSteps && !m_stepDock->isVisible()) {
            m_chartsFoldedForSteps = false;
            m_actions.showCharts->setChecked(true);
        }
    });
    connect(m_actions.showCharts, &QAction::toggled, this, [this](bool shown) {
        if (shown)
            m_chartsFoldedForSteps = false; // brought back by hand: the user's choice from now on
    });

    WindowActions &a = m_actions;
    a.stepByStep = new QAction(QIcon(QStringLiteral(":/samtidig/icons/step.svg")), QString(), this);
    a.stepByStep->setObjectName(QStringLiteral("actionStepByStep"));
    a.stepByStep->setShortcut(Qt::Key_F7);
    connect(a.stepByStep, &QAction::triggered, this, &MainWindow::runStepByStep);
    a.replaySchedule = new QAction(this);
    a.replaySchedule->setObjectName(QStringLiteral("actionReplaySchedule"));
    connect(a.replaySchedule, &QAction::triggered, this, &MainWindow::replaySchedule);
    connect(m_browser, &ScenarioBrowser::currentScenarioChanged, m_stepPanel, &StepPanel::setScenario);
    connect(m_stepPanel->challengeBar(), &StepChallengeBar::challengeChosen, this,
            [this](const QString &scenario, const ParamValues &params) {
                if (selectScenario(scenario)) {
                    m_form->resetToDefaults();
                    m_form->setValues(params);
                }
            });
    connect(m_stepPanel->challengeBar(), &StepChallengeBar::solutionRequested, this,
            [this](const QString &scenario, const ParamValues &params, const std::vector<int> &schedule) {
                if (!selectScenario(scenario))
                    return;
                m_form->resetToDefaults();
                m_form->setValues(params);
                m_status->setNotice(StatusPanel::Notice::None);
                showStepDock();
                m_controller->startStepping(scenario, m_form->values(), currentLanguage(), schedule);
            });
    a.explore = new QAction(this);
    a.explore->setObjectName(QStringLiteral("actionExplore"));
    a.explore->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    connect(a.explore, &QAction::triggered, this, &MainWindow::exploreInterleavings);
    connect(m_stepPanel, &StepPanel::exploreRequested, a.explore, &QAction::trigger);
    a.showStepPanel = m_stepDock->toggleViewAction();
    a.showStepPanel->setObjectName(QStringLiteral("actionShowStepPanel"));
}

void MainWindow::runStepByStep()
{
    const QString id = currentScenario();
    if (!steppable(id)) {
        if (findScenario(id)) { // the panel says why it cannot be stepped
            showStepDock();
            m_stepPanel->explainNotSteppable();
        }
        return;
    }
    m_status->setNotice(StatusPanel::Notice::None);
    showStepDock();
    if (m_controller->startStepping(id, m_form->values(), currentLanguage()))
        saveSettings();
}

void MainWindow::replaySchedule()
{
    const Trace *trace = m_controller->trace();
    if (m_controller->isActive() || trace->steps().empty() || !steppable(trace->scenario()))
        return;
    const QString scenario = trace->scenario();
    const ParamValues params = ParamValues::fromJson(trace->parameters());
    const std::vector<int> steps = trace->steps(); // the trace is replaced by the new run
    if (selectScenario(scenario))
        m_form->setValues(params);
    m_status->setNotice(StatusPanel::Notice::None);
    showStepDock();
    m_controller->startStepping(scenario, params, currentLanguage(), steps);
}

void MainWindow::exploreInterleavings()
{
    const QString id = currentScenario();
    if (!steppable(id))
        return;
    if (!m_explore) {
        m_explore = new ExploreDialog(this);
        connect(m_explore, &ExploreDialog::replayRequested, this,
                [this](const QString &scenario, const ParamValues &params, const std::vector<int> &schedule) {
                    if (selectScenario(scenario))
                        m_form->setValues(params);
                    m_status->setNotice(StatusPanel::Notice::None);
                    showStepDock();
                    m_controller->startStepping(scenario, params, currentLanguage(), schedule);
                });
    }
    if (m_explore->isExploring())
        m_explore->stop();
    m_explore->show();
    m_explore->raise();
    m_explore->explore(id, m_form->values(), currentLanguage());
}

bool MainWindow::runAgainSteps() const
{
    return m_controller->lastStepped() && !m_controller->lastProgram()
        && steppable(m_controller->lastScenario());
}

void MainWindow::showStepDock()
{
    if (m_stepDock->isVisible())
        return;
    m_stepDock->show();
    resizeDocks({ m_stepDock }, { kStepDockHeight }, Qt::Vertical);
}

QString MainWindow::stepKeysHelp()
{
    return tr("<h3>Step by step</h3><ul><li><b>F7</b>: take the selected scenario step by step; "
              "<b>Shift+F7</b>: explore every interleaving.</li><li>In a stepped run, <b>1</b>–<b>9</b> let "
              "that thread take its next step.</li></ul>");
}

void MainWindow::retranslateStepActions()
{
    WindowActions &a = m_actions;
    m_stepDock->setWindowTitle(tr("Step by Step"));
    a.stepByStep->setText(tr("S&tep by Step"));
    QStringList ids;
    for (const Scenario *s : allScenarios())
        if (s->info().steppable)
            ids << s->info().id;
    const QString why = StepPanel::notSteppableText(currentScenario());
    a.stepByStep->setToolTip(why.isEmpty()
                                 ? tr("Run the selected scenario one operation at a time: you choose "
                                      "which thread goes next (F7). For %1.")
                                       .arg(ids.join(QStringLiteral(", ")))
                                 : why);
    a.replaySchedule->setText(tr("Re&play Schedule"));
    a.replaySchedule->setToolTip(tr(
        "Run the shown run's scenario again, taking the same steps in the same order, then go on by hand"));
    a.showStepPanel->setText(tr("&Step by Step Panel"));
    a.explore->setText(tr("E&xplore Every Interleaving"));
    a.explore->setToolTip(tr("Run every order of the selected scenario's steps, each on real threads, and "
                             "count the outcomes (small parameter values only)"));
}

void MainWindow::updateStepActions()
{
    const Trace *trace = m_controller->trace();
    // Enabled for every scenario: on one that cannot be stepped, it opens the panel that says why.
    m_actions.stepByStep->setEnabled(findScenario(currentScenario()) != nullptr);
    m_actions.explore->setEnabled(steppable(currentScenario()));
    m_actions.replaySchedule->setEnabled(!m_controller->isActive() && !trace->steps().empty()
                                         && steppable(trace->scenario()));
}

} // namespace samtidig
