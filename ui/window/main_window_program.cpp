// MainWindow: "Your own program", the entry at the top of the scenario browser. Its form takes
// the parameter form's place, Run records the program through the same RunController path as the
// CLI's record, and the program's output shows in a pane under the timeline.
#include "window/main_window.h"

#include "i18n/language.h"
#include "session/program_request.h"
#include "trace/trace.h"
#include "window/parameter_form.h"
#include "window/program_output_pane.h"
#include "window/program_panel.h"
#include "window/run_controller.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace samtidig {

namespace {
bool isProgram(const QString &scenario)
{
    return scenario == QLatin1String(kProgramScenarioId);
}
} // namespace

QWidget *MainWindow::createParametersArea(QWidget *formScroll)
{
    m_formScroll = formScroll;
    m_program = new ProgramPanel(this);
    auto *programScroll = new QScrollArea(this);
    programScroll->setWidget(m_program);
    programScroll->setWidgetResizable(true);
    programScroll->setFrameShape(QFrame::NoFrame);
    programScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    programScroll->hide();
    m_programScroll = programScroll;
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formScroll);
    layout->addWidget(programScroll);
    connect(m_program, &ProgramPanel::runRequested, this, &MainWindow::run);
    return area;
}

void MainWindow::createProgramOutputPane()
{
    m_output = new ProgramOutputPane(this);
    m_centerSplitter->addWidget(m_output);
    m_centerSplitter->setStretchFactor(2, 1);
    m_output->hide();
}

bool MainWindow::selectProgramEntry(const QString &id)
{
    const bool program = isProgram(id);
    m_formScroll->setVisible(!program);
    m_programScroll->setVisible(program);
    updateParametersTitle();
    if (!program)
        return false;
    QTimer::singleShot(0, this, &MainWindow::makeRoomForProgramForm); // once the splitter has its size
    m_form->setSpecs({});
    m_form->setRunTimeEstimate({});
    m_info->setScenario(id);
    showSelectedRun();
    updateActions();
    return true;
}

// The form, its examples and recent programs are taller than most parameter forms: the scenario list
// above gives up room (at most down to 30 % of the column) so they show without scrolling.
void MainWindow::makeRoomForProgramForm()
{
    const QList<int> sizes = m_leftSplitter->sizes();
    if (sizes.size() != 2 || !m_programScroll->isVisible())
        return;
    const int total = sizes[0] + sizes[1];
    const int want
        = std::min(m_program->sizeHint().height() + m_parametersTitle->height() + 16, total * 7 / 10);
    if (sizes[1] < want)
        m_leftSplitter->setSizes({ total - want, want });
}

void MainWindow::updateParametersTitle()
{
    m_parametersTitle->setText(isProgram(currentScenario()) ? tr("Your own program") : tr("Parameters"));
}

void MainWindow::runProgram()
{
    ProgramRequest request;
    QString resolved, error;
    if (!m_program->request(&request, &error) || !ProgramCheck::check(request, &resolved, &error)) {
        m_program->showError(error); // nothing is started
        m_status->setNotice(StatusPanel::Notice::ProgramNotStartable);
        return;
    }
    m_program->showError(QString());
    m_status->setNotice(StatusPanel::Notice::None);
    if (m_controller->startProgram(request, currentLanguage())) {
        m_program->remember(request);
        saveSettings();
    }
}

void MainWindow::runProgramAgain()
{
    const ProgramRequest request = *m_controller->lastProgram();
    selectScenario(QString::fromLatin1(kProgramScenarioId));
    m_program->setRequest(request);
    runProgram();
}

void MainWindow::updateProgramOutput()
{
    // While a program runs, what it wrote so far; after it, what its trace kept (so an opened
    // recording shows it too). Shown while it runs and whenever there is output.
    const bool program = m_shown && isProgram(m_shown->scenario());
    const bool live = program && m_controller->isActive() && m_shown == m_controller->trace();
    const ProgramOutput output = live
        ? ProgramOutput { m_controller->programOutput(), m_controller->programOutputCapped() }
        : program ? m_shown->programOutput()
                  : ProgramOutput {};
    const bool show = program && (live || !output.bytes.isEmpty());
    if (m_output->isVisibleTo(this) != show) {
        m_output->setVisible(show);
        if (show)
            makeRoomForProgramOutput();
    }
    if (show) {
        m_output->setCommand(ProgramRequest::commandLine(m_shown->parameters()));
        m_output->setOutput(output.bytes, output.capped);
    }
}

// A pane that was never shown has no height in the splitter: it takes some from the charts (down to
// a small height) and the rest from the timeline.
void MainWindow::makeRoomForProgramOutput()
{
    constexpr int kWant = 150, kChartsAtLeast = 90;
    QList<int> sizes = m_centerSplitter->sizes();
    if (sizes.size() != 3 || sizes[2] >= kWant / 2)
        return;
    const int fromCharts = std::clamp(sizes[1] - kChartsAtLeast, 0, kWant);
    sizes[1] -= fromCharts;
    sizes[0] = std::max(sizes[0] - (kWant - fromCharts), 0);
    sizes[2] = kWant;
    m_centerSplitter->setSizes(sizes);
}

QString MainWindow::programRunName(const Trace &trace)
{
    return tr("your program %1").arg(ProgramRequest::commandLine(trace.parameters()));
}

} // namespace samtidig
