#include "charts/explore_chart.h"

#include "charts/chart_style.h"
#include "scenarios/result_labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

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
    if (i < 0 || i >= barCount())
        return {};
    const ScheduleExplorer::Outcome &o = m_outcomes[static_cast<std::size_t>(i)];
    if (o.outcome == QLatin1String("deadlock"))
        return tr("deadlock");
    if (o.result.contains(QStringLiteral("actual")))
        return tr("ends at %1").arg(o.result.value(QStringLiteral("actual")).toInteger());
    // Otherwise the results that tell this outcome apart from the others.
    QStringList parts;
    for (auto it = o.result.begin(); it != o.result.end(); ++it) {
        const bool differs = std::any_of(m_outcomes.begin(), m_outcomes.end(), [&](const auto &other) {
            return other.outcome == o.outcome && other.result.value(it.key()) != it.value();
        });
        if (differs && (it.value().isDouble() || it.value().isString()))
            parts << QStringLiteral("%1 %2").arg(ResultLabels::label(it.key()),
                                                 it.value().toVariant().toString());
    }
    return parts.isEmpty() ? tr("completed") : parts.join(QStringLiteral(", "));
}

void ExploreChart::clickBar(int i)
{
    if (i >= 0 && i < barCount())
        Q_EMIT outcomeClicked(i);
}

void ExploreChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(tr("Interleavings by outcome (click a bar to replay its example)"));
    m_series = new QBarSeries;
    auto *set = new QBarSet(tr("Interleavings"));
    QStringList categories;
    int most = 1;
    for (int i = 0; i < barCount(); ++i) {
        const int count = m_outcomes[static_cast<std::size_t>(i)].count;
        *set << count;
        categories << outcomeLabel(i);
        most = std::max(most, count);
    }
    m_series->append(set);
    m_series->setLabelsVisible(true);
    m_chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_categories->append(categories);
    m_values = new QValueAxis;
    m_values->setRange(0, most);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTickCount(std::min(most, 5) + 1);
    m_values->setTitleText(tr("Interleavings"));
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
