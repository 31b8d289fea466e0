// MainWindow: actions, menus and tool bar, their texts, and which of them are enabled.
#include "window/main_window.h"

#include "i18n/language.h"
#include "sched/sched_probe.h"
#include "session/run_session.h"
#include "timeline/timeline_view_state.h"
#include "timeline/timeline_widget.h"
#include "trace/scheduling_source_text.h"
#include "version/version.h"
#include "window/parameter_form.h"
#include "window/run_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>

namespace samtidig {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/samtidig/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

void MainWindow::createActions()
{
    WindowActions &a = m_actions;
    a.run = new QAction(icon("run"), QString(), this);
    a.run->setObjectName(QStringLiteral("actionRun"));
    a.run->setShortcut(Qt::Key_F5);
    connect(a.run, &QAction::triggered, this, &MainWindow::run);

    a.pauseResume = new QAction(icon("pause"), QString(), this);
    a.pauseResume->setObjectName(QStringLiteral("actionPauseResume"));
    a.pauseResume->setShortcut(Qt::Key_F6);
    connect(a.pauseResume, &QAction::triggered, this, &MainWindow::togglePause);

    a.stop = new QAction(icon("stop"), QString(), this);
    a.stop->setObjectName(QStringLiteral("actionStop"));
    a.stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(a.stop, &QAction::triggered, this, &MainWindow::stop);

    a.runAgain = new QAction(icon("run-again"), QString(), this);
    a.runAgain->setObjectName(QStringLiteral("actionRunAgain"));
    a.runAgain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(a.runAgain, &QAction::triggered, this, &MainWindow::runAgain);

    a.zoomIn = new QAction(this);
    a.zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(a.zoomIn, &QAction::triggered, m_timeline, &TimelineWidget::zoomIn);
    a.zoomOut = new QAction(this);
    a.zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(a.zoomOut, &QAction::triggered, m_timeline, &TimelineWidget::zoomOut);

    a.zoomToFit = new QAction(icon("zoom-fit"), QString(), this);
    a.zoomToFit->setObjectName(QStringLiteral("actionZoomToFit"));
    a.zoomToFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(a.zoomToFit, &QAction::triggered, m_timeline, &TimelineWidget::zoomToFit);

    a.returnToLive = new QAction(icon("live"), QString(), this);
    a.returnToLive->setObjectName(QStringLiteral("actionReturnToLive"));
    a.returnToLive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(a.returnToLive, &QAction::triggered, m_timeline, &TimelineWidget::returnToLive);

    m_panesGroup = new QActionGroup(this);
    a.panesBoth = new QAction(m_panesGroup);
    a.panesBoth->setObjectName(QStringLiteral("actionPanesBoth"));
    a.panesBoth->setData(static_cast<int>(TimelinePanes::Both));
    a.panesCores = new QAction(m_panesGroup);
    a.panesCores->setObjectName(QStringLiteral("actionPanesCores"));
    a.panesCores->setData(static_cast<int>(TimelinePanes::Cores));
    a.panesTasks = new QAction(m_panesGroup);
    a.panesTasks->setObjectName(QStringLiteral("actionPanesTasks"));
    a.panesTasks->setData(static_cast<int>(TimelinePanes::Tasks));
    for (QAction *pane : { a.panesBoth, a.panesCores, a.panesTasks })
        pane->setCheckable(true);
    a.panesBoth->setChecked(true);
    connect(m_panesGroup, &QActionGroup::triggered, this, [this](QAction *pane) {
        m_timeline->setPanes(static_cast<TimelinePanes>(pane->data().toInt()));
    });

    a.showCharts = new QAction(this);
    a.showCharts->setObjectName(QStringLiteral("actionShowCharts"));
    a.showCharts->setCheckable(true);
    a.showCharts->setChecked(true);
    connect(a.showCharts, &QAction::toggled, m_centerSplitter->widget(1), &QWidget::setVisible);

    a.showExplanation = new QAction(this);
    a.showExplanation->setObjectName(QStringLiteral("actionShowExplanation"));
    a.showExplanation->setCheckable(true);
    a.showExplanation->setChecked(true);

    a.resetParameters = new QAction(this);
    a.resetParameters->setObjectName(QStringLiteral("actionResetParameters"));
    connect(a.resetParameters, &QAction::triggered, m_form, &ParameterForm::resetToDefaults);

    a.quit = new QAction(this);
    a.quit->setObjectName(QStringLiteral("actionQuit"));
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    // The language names are written in their own language, so each is found whatever is shown.
    m_languageGroup = new QActionGroup(this);
    a.danish = new QAction(QStringLiteral("Dansk"), m_languageGroup);
    a.danish->setObjectName(QStringLiteral("actionDanish"));
    a.danish->setData(QStringLiteral("da"));
    a.english = new QAction(QStringLiteral("English"), m_languageGroup);
    a.english->setObjectName(QStringLiteral("actionEnglish"));
    a.english->setData(QStringLiteral("en"));
    for (QAction *lang : { a.danish, a.english }) {
        lang->setCheckable(true);
        lang->setChecked(lang->data().toString() == currentLanguage());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *lang) { setLanguage(lang->data().toString()); });

    a.mouseAndKeys = new QAction(this);
    a.mouseAndKeys->setObjectName(QStringLiteral("actionMouseAndKeys"));
    a.mouseAndKeys->setShortcut(QKeySequence::HelpContents);
    connect(a.mouseAndKeys, &QAction::triggered, this, &MainWindow::showMouseAndKeys);

    a.about = new QAction(this);
    a.about->setObjectName(QStringLiteral("actionAbout"));
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    a.aboutQt = new QAction(this);
    a.aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    createLayoutActions(); // pane folding and presentation mode (main_window_layout.cpp)
}

void MainWindow::createMenus()
{
    const WindowActions &a = m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    // Export image…, Save/Open recording and Recent files go above this separator.
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->setObjectName(QStringLiteral("menuRun"));
    m_runMenu->addActions({ a.run, a.pauseResume, a.stop, a.runAgain });
    m_runMenu->addSeparator();
    m_runMenu->addActions({ a.stepByStep, a.replaySchedule, a.explore });
    m_runMenu->addSeparator();
    m_runMenu->addAction(a.resetParameters);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addActions({ a.zoomIn, a.zoomOut, a.zoomToFit, a.returnToLive });
    m_viewMenu->addSeparator();
    m_panesMenu = m_viewMenu->addMenu(QString());
    m_panesMenu->addActions({ a.panesBoth, a.panesCores, a.panesTasks });
    m_viewMenu->addActions({ a.showScenarios, a.showCharts, a.showExplanation, a.showStepPanel });

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageMenu->addActions({ a.danish, a.english });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(a.mouseAndKeys);
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({ a.about, a.aboutQt });
}

void MainWindow::createToolBar()
{
    const WindowActions &a = m_actions;
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs the name
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addActions({ a.run, a.pauseResume, a.stop, a.runAgain, a.stepByStep });
    m_toolBar->addSeparator();
    m_toolBar->addActions({ a.zoomToFit, a.returnToLive });
    m_actions.showToolBar = m_toolBar->toggleViewAction();
    m_actions.showToolBar->setObjectName(QStringLiteral("actionShowToolBar"));
    m_viewMenu->addAction(m_actions.showToolBar);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.presentation);
}

void MainWindow::retranslateActions()
{
    WindowActions &a = m_actions;
    m_fileMenu->setTitle(tr("&File"));
    m_runMenu->setTitle(tr("&Run", "menu title"));
    m_viewMenu->setTitle(tr("&View"));
    // Both names, so a user who cannot read the current language still finds it.
    m_languageMenu->setTitle(tr("&Sprog / Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Run controls"));

    a.run->setText(tr("&Run"));
    a.run->setToolTip(tr("Run the selected scenario with these parameters (F5)"));
    const bool paused = m_controller->isPaused();
    a.pauseResume->setText(paused ? tr("Res&ume") : tr("&Pause"));
    a.pauseResume->setToolTip(paused ? tr("Let the stopped processes and threads go on (F6)")
                                     : tr("Stop every process and thread of the run where it is (F6)"));
    a.pauseResume->setIcon(icon(paused ? "resume" : "pause"));
    a.stop->setText(tr("&Stop"));
    a.stop->setToolTip(tr("End the run now, even in a deadlock; no process is left behind (Shift+F5)"));
    a.runAgain->setText(tr("Run &Again"));
    a.runAgain->setToolTip(
        runAgainSteps() ? tr(
            "Run the last scenario again step by step with the same parameters, from the first step (Ctrl+R)")
                        : tr("Run the last scenario again with the same parameters (Ctrl+R)"));
    a.zoomIn->setText(tr("Zoom &In"));
    a.zoomOut->setText(tr("Zoom &Out"));
    a.zoomToFit->setText(tr("Zoom to &Fit"));
    a.zoomToFit->setToolTip(tr("Show the whole run (Ctrl+0)"));
    a.returnToLive->setText(tr("Return to &Live"));
    a.returnToLive->setToolTip(tr("Follow the newest events again (Ctrl+L)"));
    m_panesMenu->setTitle(tr("&Lanes"));
    a.panesBoth->setText(tr("Cores &and Tasks"));
    a.panesCores->setText(tr("&Cores Only"));
    a.panesTasks->setText(tr("&Tasks Only"));
    a.showScenarios->setText(tr("&Scenarios and Parameters"));
    a.showCharts->setText(tr("&Charts"));
    a.showExplanation->setText(tr("&Explanation and Findings"));
    a.showToolBar->setText(tr("&Tool Bar"));
    a.presentation->setText(tr("&Presentation Mode"));
    a.presentation->setToolTip(tr("Full screen with larger text, for a projector (F11 or Ctrl+Shift+P)"));
    a.resetParameters->setText(tr("Reset &Parameters to Defaults"));
    a.quit->setText(tr("&Quit"));
    a.mouseAndKeys->setText(tr("&Mouse and Keys"));
    a.about->setText(tr("&About Samtidig"));
    a.aboutQt->setText(tr("About &Qt"));
    retranslateStepActions();
    a.danish->setChecked(currentLanguage() == QLatin1String("da"));
    a.english->setChecked(currentLanguage() == QLatin1String("en"));
}

void MainWindow::updateActions()
{
    const RunSession::Phase phase = m_controller->phase();
    const bool active = m_controller->isActive();
    const bool haveScenario = !currentScenario().isEmpty();
    // Values over the run-time limit would be refused: the form says why, Run waits for better ones.
    m_actions.run->setEnabled(haveScenario && !m_form->runTimeOverLimit());
    m_actions.pauseResume->setEnabled(phase == RunSession::Phase::Running
                                      || phase == RunSession::Phase::Paused);
    m_actions.stop->setEnabled(active);
    m_actions.runAgain->setEnabled(!m_controller->lastScenario().isEmpty());
    m_actions.returnToLive->setEnabled(active && !m_timeline->viewState()->followLive());
    updateStepActions();
    retranslateActions(); // Pause and Resume share one action whose text follows the state
}

QString MainWindow::aboutText(const SchedulingProbe &probe)
{
    QString text
        = tr("<h3>Samtidig %1</h3><p>Samtidig (Danish for “at the same time”) runs real threads, processes, "
             "locks and coroutines and draws, live, what every core and every task does: parallel work, "
             "interleaving on one core, lock waits, race conditions and deadlocks.</p><p>Every picture is "
             "what this machine actually did, recorded while it happened.</p>")
              .arg(samtidigVersion());
    text += tr("<p>Built with Qt %1, running on Qt %2.</p>")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    text += tr("<p>Scheduling on this machine: %1</p>")
                .arg(schedulingSourceText(probe.source, probe.reason, SourceWording::Explanation)
                         .toHtmlEscaped());
    return text;
}

void MainWindow::showMouseAndKeys()
{
    QMessageBox::information(
        this, tr("Mouse and Keys"),
        tr("<h3>The timeline</h3><ul><li><b>Wheel</b>: zoom in or out where the mouse is; "
           "<b>Shift+wheel</b>: scroll the lanes up and down; a sideways wheel or <b>drag</b>: move along "
           "the time axis.</li><li><b>Click</b> a span or a mark: its details appear on the "
           "right, under “Selected in the timeline”; <b>Esc</b> clears it.</li><li><b>F</b> or "
           "<b>Ctrl+0</b>: show the whole run (zoom to fit); <b>L</b> or <b>Ctrl+L</b>: follow the newest "
           "events again.</li><li><b>Ctrl++</b> and <b>Ctrl+−</b>: zoom in and out.</li></ul>"
           "<h3>Running</h3><ul><li><b>F5</b>: run the selected scenario; <b>F6</b>: pause or resume; "
           "<b>Shift+F5</b>: stop; <b>Ctrl+R</b>: run the last scenario again.</li><li>In the scenario "
           "list, the <b>arrow keys</b> choose a scenario and <b>Enter</b> runs it. What each scenario "
           "shows, and what to look for, is on the right when it is selected.</li></ul>")
            + windowKeysHelp() + stepKeysHelp());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Samtidig"), aboutText(probeSchedulingSource()));
}

} // namespace samtidig
