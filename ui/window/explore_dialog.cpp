#include "window/explore_dialog.h"

#include "charts/explore_chart.h"
#include "scenarios/scenario_registry.h"
#include "session/step_driver.h"
#include "window/explore_job.h"
#include "window/run_controller.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace samtidig {

ExploreDialog::ExploreDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exploreDialog"));
    m_job = new ExploreJob(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_chart = new ExploreChart(this);
    m_chart->setMinimumSize(480, 260);
    m_stop = new QPushButton(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_stop, &QPushButton::clicked, this, &ExploreDialog::stop);
    connect(m_job, &ExploreJob::progress, this, &ExploreDialog::onProgress);
    connect(m_job, &ExploreJob::finished, this, &ExploreDialog::onFinished);
    connect(m_chart, &ExploreChart::outcomeClicked, this, [this](int i) {
        if (i >= 0 && i < static_cast<int>(m_job->outcomes().size()))
            Q_EMIT replayRequested(m_scenario, m_params,
                                   m_job->outcomes()[static_cast<std::size_t>(i)].schedule);
    });
    retranslateUi();
}

ExploreDialog::~ExploreDialog() = default; // the job stops and joins its thread

bool ExploreDialog::explore(const QString &scenario, const ParamValues &params, const QString &language)
{
    const RunRequest request = RunController::scenarioRequest(scenario, params, language);
    m_scenario = scenario;
    m_params = params;
    m_error.clear();
    m_done = false;
    m_chart->setOutcomes({});
    QString error;
    if (!m_job->start(request, &error)) {
        m_error = error;
        m_done = true;
        retranslateUi();
        return false;
    }
    const Scenario *s = findScenario(scenario);
    const double total = s && s->info().interleavings ? s->info().interleavings(params) : 0;
    m_progress->setRange(0, static_cast<int>(total)); // 0..0: busy, when the count is not known
    m_progress->setValue(0);
    retranslateUi();
    return true;
}

void ExploreDialog::stop()
{
    m_job->stop();
}

bool ExploreDialog::isExploring() const
{
    return m_job->isRunning();
}

QString ExploreDialog::statusText() const
{
    return m_status->text();
}

void ExploreDialog::onProgress(int schedules)
{
    if (m_progress->maximum() > 0)
        m_progress->setValue(std::min(schedules, m_progress->maximum()));
    if (!m_done)
        m_status->setText(
            tr("Exploring every interleaving of %1: %n run so far…", nullptr, schedules).arg(m_scenario));
}

void ExploreDialog::onFinished(bool ok, const QString &error)
{
    m_done = true;
    m_error = ok ? QString() : error;
    m_chart->setOutcomes(m_job->outcomes());
    retranslateUi();
}

void ExploreDialog::showSummary()
{
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    QStringList parts;
    for (int i = 0; i < m_chart->barCount(); ++i)
        parts << QStringLiteral("%1 %2")
                     .arg(m_job->outcomes()[static_cast<std::size_t>(i)].count)
                     .arg(m_chart->outcomeLabel(i));
    m_status->setText(
        tr("%n interleaving(s) of %1: %2. Click a bar to take its example schedule step by step.", nullptr,
           m_job->schedules())
            .arg(m_scenario, parts.join(QStringLiteral(", "))));
}

void ExploreDialog::retranslateUi()
{
    setWindowTitle(tr("Explore Every Interleaving"));
    m_stop->setText(tr("Stop"));
    m_stop->setEnabled(m_job->isRunning());
    m_progress->setVisible(!m_done);
    if (m_done)
        showSummary();
    else
        onProgress(m_job->schedules());
}

void ExploreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExploreDialog::closeEvent(QCloseEvent *event)
{
    m_job->stop(); // its runner ends at the next step; the job's end is reported as stopped
    QDialog::closeEvent(event);
}

} // namespace samtidig
