#pragma once
// Samtidig's main window: scenario browser and parameter form on the left, the live timeline with
// the charts under it in the middle, the scenario's explanation and the analysis findings on the
// right, run controls in the tool bar and the run's vital numbers in the status line.
//
// Hooks for other features (export, recordings): fileMenu() takes more actions above Quit,
// currentTrace() is what is on screen, openTrace() shows a trace read from a file.

#include "scenarios/parameters.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;

namespace samtidig {

class Trace;
class ChartPanel;
class ParameterForm;
class ProgramOutputPane;
class ProgramPanel;
class RecordingActions;
class RunController;
class MessageBanner;
class ScenarioBrowser;
class ScenarioInfoPanel;
class StatusPanel;
class StepPanel;
class ExploreDialog;
class TimelineWidget;
struct LaunchOptions;
struct SchedulingProbe;

// Every action of the window, for menus, tool bar, tests and other features' menus.
struct WindowActions {
    QAction *run = nullptr;
    QAction *pauseResume = nullptr;
    QAction *stop = nullptr;
    QAction *runAgain = nullptr;
    QAction *stepByStep = nullptr;
    QAction *replaySchedule = nullptr;
    QAction *showStepPanel = nullptr;
    QAction *explore = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomToFit = nullptr;
    QAction *returnToLive = nullptr;
    QAction *panesBoth = nullptr;
    QAction *panesCores = nullptr;
    QAction *panesTasks = nullptr;
    QAction *showScenarios = nullptr; // the scenario browser and parameter pane (F9)
    QAction *showCharts = nullptr;
    QAction *showExplanation = nullptr;
    QAction *showToolBar = nullptr;
    QAction *presentation = nullptr; // F11 and Ctrl+Shift+P: full screen, larger text
    QAction *resetParameters = nullptr;
    QAction *quit = nullptr;
    QAction *danish = nullptr;
    QAction *english = nullptr;
    QAction *mouseAndKeys = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- hooks for export and recordings ---
    QMenu *fileMenu() const { return m_fileMenu; } // insert before actions().quit (a separator precedes it)
    QMenu *viewMenu() const { return m_viewMenu; }
    // Never null: the run of the selected scenario (or the one still running, or an opened trace);
    // an empty trace before the first run and while a scenario is selected that has no run here.
    const Trace *currentTrace() const { return m_shown; }
    void openTrace(std::unique_ptr<Trace> trace); // shows a finished trace (stops any run)

    // --- state and parts, for main() and tests ---
    const WindowActions &actions() const { return m_actions; }
    RunController *runController() const { return m_controller; }
    ScenarioBrowser *scenarioBrowser() const { return m_browser; }
    ParameterForm *parameterForm() const { return m_form; }
    ProgramPanel *programPanel() const { return m_program; }
    ProgramOutputPane *programOutputPane() const { return m_output; }
    ScenarioInfoPanel *infoPanel() const { return m_info; }
    StatusPanel *statusPanel() const { return m_status; }
    ChartPanel *chartPanel() const { return m_charts; }
    ExploreDialog *exploreDialog() const { return m_explore; } // after the first Explore
    TimelineWidget *timeline() const { return m_timeline; }
    StepPanel *stepPanel() const { return m_stepPanel; }
    // "Last run: …" above the timeline when the run on screen is not of the selected scenario.
    QString runLabelText() const;
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *centerSplitter() const { return m_centerSplitter; }
    QString currentScenario() const;
    bool selectScenario(const QString &id);
    int retranslateCount() const { return m_retranslateCount; }

    // Applies --scenario/--set/--run. Returns false with a message when a value does not fit.
    bool applyLaunchOptions(const LaunchOptions &options, QString *error);
    // Shows a recording (.samtidig) or Chrome trace (.json) read from `path`, as File → Open does.
    // On failure the window keeps what it showed and *error says what is wrong with the file.
    bool openFile(const QString &path, QString *error);
    // Help → About: version, the Qt built with and running, and this machine's scheduling source.
    static QString aboutText(const SchedulingProbe &probe);
    void restoreSettings();
    // Keeps the whole window on its screen's available area (after restoring a saved geometry).
    void fitToScreen();
    void saveSettings() const;
    // Presentation mode: full screen, text and timeline drawn larger for a projector; off restores
    // the window state and sizes it had.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    // How much larger presentation mode draws the text (1 outside it).
    double textScale() const { return m_presentation ? kPresentationScale : 1.0; }
    static constexpr double kPresentationScale = 1.3;
    // Below this screen height presentation mode folds the charts (View → Charts brings them back).
    static constexpr int kRoomForChartsInPresentation = 1000;
    // The values the user last left in `scenario`'s form (this session or an earlier one); empty
    // when there are none or they no longer fit the scenario's parameters.
    ParamValues rememberedParameters(const QString &scenario) const;

public Q_SLOTS:
    void run();
    void runAgain();
    void togglePause();
    void stop();
    void runStepByStep(); // the selected scenario, one step at a time (F7)
    void replaySchedule(); // the shown run's steps again, then by hand
    void exploreInterleavings(); // every interleaving of the selected scenario, as a chart
    void setLanguage(const QString &code);

Q_SIGNALS:
    void currentTraceChanged(const samtidig::Trace *trace);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // main_window_actions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateActions();
    void updateActions();
    void showAbout();
    void showMouseAndKeys();
    // main_window.cpp
    void createLayout();
    QWidget *createSection(QLabel **title, QWidget *content);
    void retranslateUi();
    void onScenarioChanged(const QString &id);
    void onTraceChanged();
    void onTraceUpdated();
    void onStateChanged();
    void onDeadlock();
    void onFinished();
    void onFailed(const QString &message);
    void refreshCharts();
    // main_window_layout.cpp
    void createLayoutActions();
    void setSidePaneShown(int index, bool shown);
    void syncPaneActions();
    void makeRoomForParameters();
    void placeSidePanes();
    QString windowKeysHelp() const;
    // main_window_settings.cpp
    void rememberParameters() const; // the form's values, for the scenario it shows
    // main_window_shown_run.cpp
    const Trace *traceForSelection() const;
    void showSelectedRun();
    void showStatus();
    void updateRunLabel();
    // main_window_step.cpp
    void createStepPanel();
    void showStepDock();
    bool runAgainSteps() const; // the last run (or the opened recording) was stepped: Run Again steps too
    static QString stepKeysHelp(); // Help → Mouse and Keys: the step keys
    void retranslateStepActions();
    void updateStepActions();
    // main_window_program.cpp
    QWidget *createParametersArea(QWidget *formScroll);
    void createProgramOutputPane();
    bool selectProgramEntry(const QString &id); // true when `id` is "Your own program"
    void makeRoomForProgramForm();
    void makeRoomForProgramOutput();
    void updateParametersTitle(); // "Parameters", or "Your own program" when it is selected
    void runProgram();
    void runProgramAgain();
    void updateProgramOutput();
    static QString programRunName(const Trace &trace);

    WindowActions m_actions;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_panesGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panesMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    RunController *m_controller = nullptr;
    RecordingActions *m_recordings = nullptr;
    ScenarioBrowser *m_browser = nullptr;
    ParameterForm *m_form = nullptr;
    ProgramPanel *m_program = nullptr;
    QWidget *m_formScroll = nullptr;
    QWidget *m_programScroll = nullptr;
    ProgramOutputPane *m_output = nullptr;
    ScenarioInfoPanel *m_info = nullptr;
    StatusPanel *m_status = nullptr;
    ChartPanel *m_charts = nullptr;
    TimelineWidget *m_timeline = nullptr;
    StepPanel *m_stepPanel = nullptr;
    QDockWidget *m_stepDock = nullptr;
    ExploreDialog *m_explore = nullptr;
    MessageBanner *m_runLabel = nullptr;
    std::unique_ptr<Trace> m_noRun; // on screen while the selected scenario has no run to show
    const Trace *m_shown = nullptr; // what the run panels show: m_noRun or the controller's trace
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_centerSplitter = nullptr;
    QWidget *m_infoScroll = nullptr;
    QLabel *m_scenariosTitle = nullptr;
    QLabel *m_parametersTitle = nullptr;
    QTimer m_chartTimer; // charts redraw at ~4 Hz while live, the timeline at the poll rate
    QTimer m_statusTimer; // elapsed time ticks even when no event arrives (a deadlock)
    int m_retranslateCount = 0;
    bool m_presentation = false;
    Qt::WindowStates m_statesBeforePresentation;
    QByteArray m_geometryBeforePresentation;
    QByteArray m_centerBeforePresentation; // the timeline/charts split
    bool m_chartsBeforePresentation = true;
    bool m_chartsFoldedForSteps = false; // folded by showStepDock(), back when the panel closes
    bool m_mainSplitterRestored = false; // widths from the last session: kept as they were
    bool m_sidePanesPlaced = false; // the first show fits the side panes to the screen's width
    QString m_formScenario; // whose parameters the form holds; empty while it is being rebuilt
};

} // namespace samtidig
