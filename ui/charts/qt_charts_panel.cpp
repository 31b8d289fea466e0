#include "charts/qt_charts_panel.h"

#include "charts/chart_style.h"
#include "charts/lock_wait_chart.h"
#include "charts/outcome_chart.h"
#include "charts/utilization_chart.h"
#include "trace/trace.h"

#include <QChartView>
#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace samtidig {

ChartPanel *ChartPanel::create(QWidget *parent)
{
    return new QtChartsPanel(parent);
}

QtChartsPanel::QtChartsPanel(QWidget *parent)
    : ChartPanel(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_utilization = new UtilizationChart(m_tabs);
    m_locks = new LockWaitChart(m_tabs);
    m_outcome = new OutcomeChart(m_tabs);
    m_tabs->addTab(m_outcome, QString());
    m_tabs->addTab(m_utilization, QString());
    m_tabs->addTab(m_locks, QString());
    // The charts are pictures with no keys: Tab passes them by (their tabs and table take focus).
    for (QChartView *view : findChildren<QChartView *>()) {
        view->setFocusPolicy(Qt::NoFocus);
        view->viewport()->setFocusPolicy(Qt::NoFocus);
    }
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this, [this] { m_userChoseTab = true; });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void QtChartsPanel::setTrace(const Trace *trace)
{
    m_trace = trace;
    m_utilization->setTrace(trace);
    m_locks->setTrace(trace);
    m_outcome->setTrace(trace);
    choosePage();
}

void QtChartsPanel::refresh()
{
    // Only the visible page is redrawn by Qt, but all are cheap to update: a few hundred points.
    m_utilization->refresh();
    m_locks->refresh();
    m_outcome->refresh();
    choosePage();
}

void QtChartsPanel::choosePage()
{
    // While a run is live its outcome is not known yet, but the cores' load is: show that page,
    // and the outcome once the run has ended.
    if (!m_userChoseTab && m_trace)
        m_tabs->setCurrentWidget(
            m_trace->outcome() == RunOutcome::Running ? static_cast<QWidget *>(m_utilization) : m_outcome);
}

QSize QtChartsPanel::minimumSizeHint() const
{
    constexpr int kReadableChartHeight = 230; // tab bar, title, plot, axis numbers and title, legend
    return { 320, static_cast<int>(kReadableChartHeight * m_textScale) };
}

void QtChartsPanel::setTextScale(double scale)
{
    m_textScale = scale;
    updateGeometry();
    for (QChartView *view : findChildren<QChartView *>())
        applyChartTextScale(view->chart(), scale);
}

QStringList QtChartsPanel::pageTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        titles << m_tabs->tabText(i);
    return titles;
}

void QtChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ChartPanel::changeEvent(event);
}

void QtChartsPanel::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_outcome), tr("Outcome"));
    m_tabs->setTabText(m_tabs->indexOf(m_utilization), tr("Core utilization"));
    m_tabs->setTabText(m_tabs->indexOf(m_locks), tr("Lock waits"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_outcome), tr("What the scenario measured, and what it means."));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_utilization), tr("How busy each core was over the run."));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_locks),
                          tr("How long tasks waited for locks, per task and per lock."));
}

} // namespace samtidig
