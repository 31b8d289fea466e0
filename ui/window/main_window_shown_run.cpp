// MainWindow: which run the timeline, the charts, the findings and the status line show. A run is
// shown with its own scenario, so no result is read as another scenario's; a run of another
// scenario (one still running, or one that ended while another was selected) is labelled with its
// name.
#include "window/main_window.h"

#include "charts/chart_panel.h"
#include "scenarios/scenario_registry.h"
#include "session/program_request.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/message_banner.h"
#include "window/program_output_pane.h"
#include "window/run_controller.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

namespace samtidig {

// The selected scenario's run; but a run still going stays in view (labelled) whatever is
// selected, and so does a trace of no known scenario (an imported one), which belongs to no
// selection.
const Trace *MainWindow::traceForSelection() const
{
    const Trace *run = m_controller->trace();
    const bool imported
        = !findScenario(run->scenario()) && run->scenario() != QLatin1String(kProgramScenarioId);
    if (m_controller->isActive() || run->scenario() == currentScenario() || imported)
        return run;
    return m_noRun.get();
}

void MainWindow::showSelectedRun()
{
    const Trace *trace = traceForSelection();
    m_info->setTrace(trace); // also drops an error about the scenario selected before
    if (trace != m_shown) {
        m_shown = trace;
        m_timeline->setTrace(trace);
        if (m_controller->isActive())
            m_timeline->returnToLive(); // a new run is followed live, whatever the last one was zoomed to
        m_charts->setTrace(trace);
        m_info->setSelectionDetails(QString());
        m_output->clear(); // its output, if it is a program's, is another run's
        if (trace == m_noRun.get())
            m_status->setNotice(
                StatusPanel::Notice::None); // "Deadlock detected" was about the run now hidden
        Q_EMIT currentTraceChanged(trace);
    }
    showStatus();
    updateRunLabel();
    updateProgramOutput();
}

void MainWindow::showStatus()
{
    if (m_shown == m_noRun.get())
        m_status->showRun(m_shown, RunSession::Phase::Idle, 0);
    else
        m_status->showRun(m_shown, m_controller->phase(), m_controller->elapsedMs());
}

void MainWindow::updateRunLabel()
{
    const Scenario *scenario = m_shown ? findScenario(m_shown->scenario()) : nullptr;
    const bool program = m_shown && m_shown->scenario() == QLatin1String(kProgramScenarioId);
    QString text;
    if ((scenario || program) && m_shown->scenario() != currentScenario()) {
        // in the current language
        const QString name = scenario ? scenario->info().name : programRunName(*m_shown);
        text = m_shown->outcome() == RunOutcome::Running
            ? tr("Running: “%1”. The timeline, the charts and the findings show this run, not the "
                 "scenario selected on the left.")
                  .arg(name)
            : tr("Last run: “%1”. The timeline, the charts and the findings show this run, not the "
                 "scenario selected on the left.")
                  .arg(name);
    }
    m_runLabel->setMessage(text, MessageBanner::Kind::Information);
}

QString MainWindow::runLabelText() const
{
    return m_runLabel->isHidden() ? QString() : m_runLabel->text();
}

} // namespace samtidig
