#include "charts/explore_chart.h"

#include "chartdata/explore_chart_data.h"
#include "charts/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>
#include <QValueAxis>

namespace samtidig {

ExploreChart::ExploreChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exploreChart"));
    m_chart = new QChart;
    applyChartStyle(m_chart);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void ExploreChart::setOutcomes(const std::vector<ScheduleExplorer::Outcome> &outcomes)
{
    m_outcomes = outcomes;
    rebuild();
}

QString ExploreChart::outcomeLabel(int i) const
{
    return i >= 0 && i < barCount() ? m_bars.categories[i] : QString();
}

void ExploreChart::clickBar(int i)
{
    if (i >= 0 && i < barCount())
        Q_EMIT outcomeClicked(i);
}

void ExploreChart::rebuild()
{
    m_bars = exploreData(m_outcomes);
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(m_bars.title);
    m_series = new QBarSeries;
    const BarSetData &counts = m_bars.sets.front();
    auto *set = new QBarSet(counts.label);
    set->append(counts.values);
    m_series->append(set);
    m_series->setLabelsVisible(m_bars.valueLabels);
    m_series->setBarWidth(m_bars.barWidth);
    m_chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_categories->append(m_bars.categories);
    m_values = new QValueAxis;
    applyAxis(m_values, m_bars.values);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    styleAxis(m_categories);
    styleAxis(m_values);
    applyChartLocale(m_chart);
    m_chart->legend()->hide();
    connect(m_series, &QBarSeries::clicked, this, [this](int index, QBarSet *) { clickBar(index); });
}

void ExploreChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace samtidig
