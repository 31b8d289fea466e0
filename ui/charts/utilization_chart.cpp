#include "charts/utilization_chart.h"

#include "chartdata/chart_data.h"
#include "charts/chart_style.h"
#include "export/chart_look.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace samtidig {

UtilizationChart::UtilizationChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    applyChartStyle(m_chart);
    m_time = new QValueAxis(m_chart);
    m_busy = new QValueAxis(m_chart);
    styleAxis(m_time);
    styleAxis(m_busy);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_busy, Qt::AlignLeft);
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    refresh();
}

void UtilizationChart::setTrace(const Trace *trace)
{
    m_trace = trace;
    refresh();
}

void UtilizationChart::ensureSeries(int cores)
{
    while (static_cast<int>(m_series.size()) < cores) {
        auto *series = new QLineSeries(m_chart);
        const std::size_t index = m_series.size();
        QPen pen(chart_look::coreLine(index));
        pen.setWidthF(chart_look::kCoreLineWidth);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_busy);
        m_series.push_back(series);
    }
    while (static_cast<int>(m_series.size()) > cores) {
        m_chart->removeSeries(m_series.back());
        delete m_series.back();
        m_series.pop_back();
    }
}

void UtilizationChart::refresh()
{
    const UtilizationChartData cores = utilizationData(m_trace);
    applyChartLocale(m_chart);
    m_chart->setTitle(cores.title);
    ensureSeries(static_cast<int>(cores.series.size()));
    for (std::size_t c = 0; c < cores.series.size(); ++c) {
        m_series[c]->setName(cores.series[c].name);
        m_series[c]->replace(cores.series[c].points);
    }
    applyAxis(m_time, cores.time);
    applyAxis(m_busy, cores.busy);
}

void UtilizationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace samtidig
