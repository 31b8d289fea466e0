// MainWindow on a projector or a small screen: side panes that fold away (View menu, F9 and
// Shift+F9), presentation mode (F11, Ctrl+Shift+P: full screen, everything drawn larger), side
// panes fitted to the screen's width, and room for the parameter form under the scenario list.
#include "window/main_window.h"

#include "charts/chart_panel.h"
#include "timeline/timeline_widget.h"
#include "window/parameter_form.h"

#include <QAction>
#include <QLabel>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace samtidig {

namespace {
constexpr int kScenariosPane = 0; // indexes in the main splitter
constexpr int kExplanationPane = 2;
// px the side panes get where the screen has room (the scenario list's longest names fit) ...
constexpr int kWideScenarios = 330;
constexpr int kWideExplanation = 310;
constexpr int kNarrowSidePane = 260; // ... and below kNarrowScreen
constexpr int kNarrowScreen = 1200;
} // namespace

void MainWindow::createLayoutActions()
{
    WindowActions &a = m_actions;
    a.showScenarios = new QAction(this);
    a.showScenarios->setObjectName(QStringLiteral("actionShowScenarios"));
    a.showScenarios->setCheckable(true);
    a.showScenarios->setChecked(true);
    a.showScenarios->setShortcut(Qt::Key_F9);
    connect(a.showScenarios, &QAction::toggled, this,
            [this](bool shown) { setSidePaneShown(kScenariosPane, shown); });
    a.showExplanation->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    disconnect(a.showExplanation, &QAction::toggled, nullptr, nullptr);
    connect(a.showExplanation, &QAction::toggled, this,
            [this](bool shown) { setSidePaneShown(kExplanationPane, shown); });

    a.presentation = new QAction(this);
    a.presentation->setObjectName(QStringLiteral("actionPresentation"));
    a.presentation->setCheckable(true);
    a.presentation->setShortcuts(
        { QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    connect(a.presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);

    // The scroll areas around the forms take no focus of their own: their fields do, and show it.
    for (QWidget *formArea : { m_formScroll, m_programScroll })
        formArea->setFocusPolicy(Qt::NoFocus);

    // A side pane dragged shut is a folded pane: its action says so, and brings it back.
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &MainWindow::syncPaneActions);
}

void MainWindow::setSidePaneShown(int index, bool shown)
{
    QWidget *pane = m_mainSplitter->widget(index);
    pane->setVisible(shown);
    QList<int> sizes = m_mainSplitter->sizes();
    if (shown && sizes.value(index) == 0) { // it was dragged shut: open it at its usual width
        const int want = width() < kNarrowScreen ? kNarrowSidePane
            : index == kScenariosPane            ? kWideScenarios
                                                 : kWideExplanation;
        sizes[index] = want;
        sizes[1] = std::max(0, sizes[1] - want);
        m_mainSplitter->setSizes(sizes);
    }
}

void MainWindow::syncPaneActions()
{
    const QList<int> sizes = m_mainSplitter->sizes();
    if (sizes.value(kScenariosPane) == 0 && m_actions.showScenarios->isChecked())
        m_actions.showScenarios->setChecked(false);
    if (sizes.value(kExplanationPane) == 0 && m_actions.showExplanation->isChecked())
        m_actions.showExplanation->setChecked(false);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (m_actions.presentation->isChecked() != on)
        m_actions.presentation->setChecked(on);
    if (on) {
        m_statesBeforePresentation = windowState();
        m_geometryBeforePresentation = saveGeometry();
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        setWindowState(m_statesBeforePresentation);
        restoreGeometry(m_geometryBeforePresentation); // where and how large it was, on any platform
    }
    // The panes, the status line and the charts inherit the larger font; the timeline scales its
    // own drawing (lanes grow with their text). An empty QFont inherits the window's again.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * kPresentationScale);
    for (QWidget *part : { centralWidget(), static_cast<QWidget *>(statusBar()) }) {
        part->setFont(on ? larger : QFont());
        // A widget with a style sheet (the message banners) does not inherit its parent's font.
        for (QWidget *styled : part->findChildren<QWidget *>())
            if (!styled->styleSheet().isEmpty()) {
                QList<QWidget *> banner = styled->findChildren<QWidget *>();
                banner << styled;
                for (QWidget *w : banner)
                    w->setFont(on ? larger : QFont());
            }
    }
    m_timeline->setMagnification(textScale());
    m_charts->setTextScale(textScale());
    if (on) {
        // The lanes are what a room looks at: on a small screen (a 1280x720 projector) the larger
        // lanes need the charts' height; elsewhere the charts keep the least they are readable in.
        m_centerBeforePresentation = m_centerSplitter->saveState();
        m_chartsBeforePresentation = m_actions.showCharts->isChecked();
        if (screen() && screen()->availableGeometry().height() < kRoomForChartsInPresentation)
            m_actions.showCharts->setChecked(false);
        QTimer::singleShot(0, this, [this] {
            QList<int> sizes = m_centerSplitter->sizes();
            const int charts = m_charts->minimumSizeHint().height();
            if (sizes.size() >= 2 && m_charts->isVisible() && sizes[1] > charts) {
                sizes[0] += sizes[1] - charts;
                sizes[1] = charts;
                m_centerSplitter->setSizes(sizes);
            }
        });
    } else {
        m_actions.showCharts->setChecked(m_chartsBeforePresentation);
        if (!m_centerBeforePresentation.isEmpty())
            m_centerSplitter->restoreState(m_centerBeforePresentation);
    }
    QTimer::singleShot(0, this, &MainWindow::makeRoomForParameters); // the form grew or shrank
}

// The window's first show knows the screen: on a narrow one the side panes give the timeline room.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_sidePanesPlaced) {
        m_sidePanesPlaced = true;
        placeSidePanes();
        QTimer::singleShot(0, this, &MainWindow::makeRoomForParameters);
    }
}

void MainWindow::placeSidePanes()
{
    if (m_mainSplitterRestored)
        return; // the user's own widths, from the last session
    const bool narrow = width() < kNarrowScreen;
    const int left = narrow ? kNarrowSidePane : kWideScenarios;
    const int right = narrow ? kNarrowSidePane : kWideExplanation;
    QList<int> sizes = m_mainSplitter->sizes();
    if (sizes.size() != 3)
        return;
    const int total = sizes[0] + sizes[1] + sizes[2];
    m_mainSplitter->setSizes({ left, std::max(0, total - left - right), right });
}

// The parameters and the run-time estimate under them show without scrolling where they can: the
// scenario list above (which scrolls well) gives up room, down to 30 % of the column.
void MainWindow::makeRoomForParameters()
{
    const QList<int> sizes = m_leftSplitter->sizes();
    if (sizes.size() != 2 || !m_formScroll->isVisible())
        return;
    const int total = sizes[0] + sizes[1];
    // A narrow column wraps the form's rows and the estimate: its height for this width.
    const int formWidth = m_formScroll->width();
    const int formHeight = m_form->hasHeightForWidth() ? m_form->heightForWidth(formWidth) : -1;
    const int want
        = std::min(std::max(formHeight, m_form->sizeHint().height()) + m_parametersTitle->height() + 28,
                   total * 70 / 100);
    if (sizes[1] < want)
        m_leftSplitter->setSizes({ total - want, want });
}

QString MainWindow::windowKeysHelp() const
{
    return tr("<h3>The window</h3><ul><li><b>F11</b> or <b>Ctrl+Shift+P</b>: presentation mode, for a "
              "projector: full screen, with larger text on the lanes, the explanation, the findings and "
              "the charts; on a small screen the charts fold away to give the lanes room (View → "
              "Charts brings them back). The same keys end it.</li><li><b>F9</b>: fold the scenarios and "
              "parameters "
              "away, or bring them back; <b>Shift+F9</b>: the same for the explanation and findings. The "
              "window remembers which are folded.</li></ul>");
}

} // namespace samtidig
