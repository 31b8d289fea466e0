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
#include <QVBoxLayout>

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
    m_form->setSpecs({});
    m_form->setRunTimeEstimate({});
    m_info->setScenario(id);
    showSelectedRun();
    updateActions();
    return true;
}

void MainWindow::updateParametersTitle()
{
    m_parametersTitle->setText(isProgram(currentScenario()) ? tr("Your own program") : tr("Parameters"));
}

void MainWindow::runProgram()
{
    ProgramRequest request = m_program->request();
    QString resolved, error;
    if (!ProgramCheck::check(request, &resolved, &error)) {
        m_program->showError(error); // nothing is started
        m_status->setNotice(tr("The program cannot be started"), true);
        return;
    }
    m_program->showError(QString());
    m_status->setNotice(QString(), false);
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
    const bool program = m_shown && isProgram(m_shown->scenario());
    if (m_output->isVisible() != program)
        m_output->setVisible(program);
    if (program)
        m_output->setOutput(m_controller->programOutput(), m_controller->programOutputCapped());
}

QString MainWindow::programRunName(const Trace &trace)
{
    return tr("your program %1").arg(ProgramRequest::commandLine(trace.parameters()));
}

} // namespace samtidig
