#include "window/main_window.h"

#include "charts/chart_panel.h"
#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "timeline/timeline_view_state.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/command_line.h"
#include "window/first_frame_report.h"
#include "window/focus_scroll_area.h"
#include "window/message_banner.h"
#include "window/parameter_form.h"
#include "window/program_panel.h"
#include "window/recording_actions.h"
#include "window/run_controller.h"
#include "window/scenario_browser.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samtidig {

namespace {
constexpr int kChartIntervalMs = 250; // 4 Hz: charts summarise, they need not move with every frame
constexpr int kStatusIntervalMs = 100; // elapsed time in tenths of a second
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_noRun(std::make_unique<Trace>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/samtidig/icons/samtidig.svg")));
    m_controller = new RunController(this);
    createLayout();
    createActions();
    createStepPanel();
    createMenus();
    createToolBar();
    m_recordings = new RecordingActions(this); // File menu: recordings, image export, recent files, drops

    connect(m_browser, &ScenarioBrowser::currentScenarioChanged, this, &MainWindow::onScenarioChanged);
    connect(m_browser, &ScenarioBrowser::scenarioActivated, this, [this] { run(); });
    connect(m_form, &ParameterForm::valuesChanged, this, &MainWindow::updateActions);
    connect(m_form, &ParameterForm::valuesChanged, this, &MainWindow::rememberParameters);
    connect(m_timeline, &TimelineWidget::selectionChanged, m_info, &ScenarioInfoPanel::setSelectionDetails);
    connect(m_info, &ScenarioInfoPanel::showTimeRequested, m_timeline->viewState(),
            &TimelineViewState::zoomToRange);
    connect(m_timeline->viewState(), &TimelineViewState::followLiveChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RunController::traceChanged, this, &MainWindow::onTraceChanged);
    connect(m_controller, &RunController::traceUpdated, this, &MainWindow::onTraceUpdated);
    connect(m_controller, &RunController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &RunController::deadlockDetected, this, &MainWindow::onDeadlock);
    connect(m_controller, &RunController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &RunController::failed, this, &MainWindow::onFailed);
    m_chartTimer.setInterval(kChartIntervalMs);
    connect(&m_chartTimer, &QTimer::timeout, this, &MainWindow::refreshCharts);
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::showStatus);

    onTraceChanged();
    retranslateUi();
    if (!allScenarios().empty())
        selectScenario(allScenarios().front()->info().id);
    updateActions();
    // 1600×1000 where the screen allows it; restoreSettings() replaces this with the saved geometry.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
    resize(QSize(1600, 1000).boundedTo(available));
}

MainWindow::~MainWindow() = default; // the controller's session kills and reaps any run

QWidget *MainWindow::createSection(QLabel **title, QWidget *content)
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(8, 8, 4, 4);
    layout->setSpacing(4);
    *title = new QLabel(section);
    QFont font = (*title)->font();
    font.setBold(true);
    (*title)->setFont(font);
    layout->addWidget(*title);
    layout->addWidget(content, 1);
    return section;
}

void MainWindow::createLayout()
{
    m_browser = new ScenarioBrowser(this);
    m_form = new ParameterForm(this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(createSection(&m_scenariosTitle, m_browser));
    m_leftSplitter->addWidget(createSection(&m_parametersTitle, createParametersArea(formScroll)));
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setChildrenCollapsible(false);

    m_timeline = new TimelineWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_charts = ChartPanel::create(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_centerSplitter = new QSplitter(Qt::Vertical, this);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(m_timeline);
    m_centerSplitter->addWidget(m_charts);
    m_centerSplitter->setStretchFactor(0, 3);
    m_centerSplitter->setStretchFactor(1, 1);
    m_centerSplitter->setCollapsible(0, false);
    createProgramOutputPane();
    m_runLabel = new MessageBanner(this);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addWidget(m_runLabel);
    centerLayout->addWidget(m_centerSplitter, 1);

    m_info = new ScenarioInfoPanel(this);
    auto *infoScroll = new FocusScrollArea(this); // Tab stops here to scroll the text by keys
    infoScroll->setWidget(m_info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_infoScroll = infoScroll;

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(center);
    m_mainSplitter->addWidget(m_infoScroll);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setCollapsible(1, false);
    m_mainSplitter->setSizes({ 310, 980, 310 });
    m_centerSplitter->setSizes({ 640, 260 });
    setCentralWidget(m_mainSplitter);

    m_status = new StatusPanel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
}

QString MainWindow::currentScenario() const
{
    return m_browser->currentScenario();
}

bool MainWindow::selectScenario(const QString &id)
{
    return m_browser->selectScenario(id);
}

void MainWindow::openTrace(std::unique_ptr<Trace> trace)
{
    const QString scenario = trace ? trace->scenario() : QString();
    const ParamValues params = trace ? ParamValues::fromJson(trace->parameters()) : ParamValues();
    const QJsonObject json = trace ? trace->parameters() : QJsonObject();
    m_controller->showTrace(std::move(trace));
    if (selectScenario(scenario))
        m_form->setValues(params);
    if (scenario == QLatin1String(kProgramScenarioId))
        m_program->setRequest(ProgramRequest::fromJson(json)); // which command ran, to run it again
}

bool MainWindow::applyLaunchOptions(const LaunchOptions &options, QString *error)
{
    if (!options.scenario.isEmpty()) {
        if (!selectScenario(options.scenario)) {
            *error = tr("Unknown scenario '%1'.").arg(options.scenario);
            return false;
        }
        m_form->resetToDefaults();
        m_form->setValues(options.params);
    }
    if (options.run)
        QTimer::singleShot(0, this, &MainWindow::run); // after show(): the first frame is the idle window
    if (options.reportStartupTime)
        new FirstFrameReport(this);
    return true;
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    return m_recordings->openFile(path, error);
}

void MainWindow::onScenarioChanged(const QString &id)
{
    if (selectProgramEntry(id))
        return;
    const Scenario *scenario = findScenario(id);
    if (!scenario)
        return;
    const ScenarioInfo info = scenario->info();
    m_formScenario.clear(); // building the form changes its values: they are not the user's
    m_form->setSpecs(info.params);
    m_form->setValues(rememberedParameters(id));
    m_formScenario = id;
    m_form->setRunTimeEstimate(info.estimatedSeconds, info.mayHang);
    m_info->setScenario(id);
    showSelectedRun();
    updateActions();
    QTimer::singleShot(0, this, &MainWindow::makeRoomForParameters); // once the form has its new size
}

void MainWindow::run()
{
    const QString id = currentScenario();
    if (id.isEmpty())
        return;
    if (id == QLatin1String(kProgramScenarioId)) {
        runProgram();
        return;
    }
    m_status->setNotice(StatusPanel::Notice::None);
    if (m_controller->start(id, m_form->values(), currentLanguage()))
        saveSettings();
}

void MainWindow::runAgain()
{
    if (m_controller->lastScenario().isEmpty())
        return;
    if (m_controller->lastProgram()) {
        runProgramAgain();
        return;
    }
    const ParamValues params = m_controller->lastParams();
    const QString scenario = m_controller->lastScenario();
    if (selectScenario(scenario))
        m_form->setValues(params);
    m_status->setNotice(StatusPanel::Notice::None);
    if (runAgainSteps()) { // a user who stepped expects to step again, from the first step
        showStepDock();
        m_controller->startStepping(scenario, params, currentLanguage());
        return;
    }
    m_controller->start(scenario, params, currentLanguage());
}

void MainWindow::togglePause()
{
    if (m_controller->isPaused())
        m_controller->resume();
    else
        m_controller->pause();
}

void MainWindow::stop()
{
    m_controller->stop();
}

void MainWindow::onTraceChanged()
{
    m_shown = nullptr; // a new run reuses the session's trace: show it afresh
    showSelectedRun();
}

void MainWindow::onTraceUpdated()
{
    m_timeline->traceUpdated();
    updateProgramOutput();
}

void MainWindow::refreshCharts()
{
    m_charts->refresh();
    m_info->refresh();
}

void MainWindow::onStateChanged()
{
    const bool active = m_controller->isActive();
    if (active && !m_chartTimer.isActive()) {
        m_chartTimer.start();
        m_statusTimer.start();
    } else if (!active) {
        m_chartTimer.stop();
        m_statusTimer.stop();
        if (m_shown->outcome() != RunOutcome::Failed)
            m_status->setNotice(StatusPanel::Notice::None); // the state label now names the outcome
        refreshCharts(); // the final picture, with the scenario's results
        if (m_timeline->viewState()->followLive())
            m_timeline->zoomToFit(); // the live edge is gone: show the whole run
    }
    showStatus();
    updateRunLabel(); // "Running: …" becomes "Last run: …"
    updateActions();
}

void MainWindow::onDeadlock()
{
    m_status->setNotice(StatusPanel::Notice::DeadlockDetected); // its tool tip names the cycle
    m_info->refresh();
}

void MainWindow::onFinished()
{
    m_info->refresh(); // the state label names the outcome, its tool tip says how the run ended
}

void MainWindow::onFailed(const QString &message)
{
    m_info->setError(message);
    m_status->setNotice(StatusPanel::Notice::RunFailed);
    updateActions();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!isSupportedLanguage(code))
        return;
    installLanguage(code);
    // installLanguage() makes Qt post LanguageChange when a translator was (un)installed; post one
    // ourselves as well, so widgets retranslate even when a .qm file is missing.
    QCoreApplication::postEvent(qApp, new QEvent(QEvent::LanguageChange));
    saveSettings();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A widget keeps the locale it was made with: hand the new language's one to every window,
        // so spin boxes, the time axis and the panels write numbers as the language does ("2.000 µs").
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window->locale() != QLocale())
                window->setLocale(QLocale());
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    ++m_retranslateCount;
    setWindowTitle(tr("Samtidig: threads, processes and locks, live"));
    m_scenariosTitle->setText(tr("Scenarios"));
    updateParametersTitle();
    retranslateActions();
    // The parameter labels and help come from the scenario's spec, built in the current language.
    if (const Scenario *scenario = findScenario(currentScenario()))
        m_form->updateTexts(scenario->info().params);
    updateRunLabel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stop(); // nothing of the run outlives the window
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace samtidig
