#include "charts/utilization_chart.h"

#include "analysis/utilization.h"
#include "charts/chart_style.h"
#include "trace/trace.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace samtidig {

namespace {
constexpr int kBins = 120; // one point per ~8 px of a typical chart: smooth without noise
// Okabe-Ito, as in the timeline, so a core reads the same everywhere.
const QColor kCoreColors[] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                               QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00) };
} // namespace

UtilizationChart::UtilizationChart(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    applyChartStyle(m_chart);
    m_time = new QValueAxis(m_chart);
    m_busy = new QValueAxis(m_chart);
    m_busy->setRange(0, 100);
    m_busy->setLabelFormat(
        QStringLiteral("%.3g")); // localized labels need a precision (Qt 6.4 shows none for "%d")
    m_busy->setTickCount(6);
    m_time->setLabelFormat(QStringLiteral("%.4g"));
    styleAxis(m_time);
    styleAxis(m_busy);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_busy, Qt::AlignLeft);
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    retranslateUi();
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
        QPen pen(kCoreColors[index % std::size(kCoreColors)]);
        pen.setWidthF(1.6);
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
    if (!m_trace || m_trace->endNs() <= 0) {
        ensureSeries(0);
        m_time->setRange(0, 1);
        return;
    }
    const std::vector<CoreUtilization> cores = coreUtilization(*m_trace, kBins);
    const bool wasSeconds = m_seconds;
    const ChartTimeUnit unit = chartTimeUnit(m_trace->endNs());
    m_seconds = unit.seconds;
    const std::size_t before = m_series.size();
    ensureSeries(static_cast<int>(cores.size()));
    const double binUnits = double(m_trace->endNs()) / kBins / unit.divisor;
    for (std::size_t c = 0; c < cores.size(); ++c) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(cores[c].busy.size()));
        for (std::size_t b = 0; b < cores[c].busy.size(); ++b)
            points.append(QPointF((double(b) + 0.5) * binUnits, cores[c].busy[b] * 100.0));
        m_series[c]->replace(points);
    }
    const double span = double(m_trace->endNs()) / unit.divisor;
    m_time->setRange(0, span);
    // Ticks at round numbers, not at fifths of the run, without stretching the axis.
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_time->setTickAnchor(0);
    m_time->setTickInterval(chartTimeTickInterval(m_trace->endNs(), unit));
    if (wasSeconds != m_seconds || before != m_series.size())
        retranslateUi();
}

void UtilizationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UtilizationChart::retranslateUi()
{
    applyChartLocale(m_chart);
    m_chart->setTitle(tr("Core utilization over time"));
    m_time->setTitleText(m_seconds ? tr("Time since start (s)") : tr("Time since start (ms)"));
    m_busy->setTitleText(tr("Busy (%)"));
    for (std::size_t c = 0; c < m_series.size(); ++c)
        m_series[c]->setName(tr("Core %1").arg(c));
}

} // namespace samtidig
