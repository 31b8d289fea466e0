#include "charts/chart_style.h"

#include "timeline/time_coordinates.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>

namespace samtidig {

namespace {
// Point sizes at scale 1: small, as a chart under the lanes is a summary, not the main picture.
constexpr double kTitlePt = 9.5;
constexpr double kLegendPt = 8.5;
constexpr double kAxisLabelsPt = 8;
constexpr double kAxisTitlePt = 8.5;
} // namespace

void applyChartStyle(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates at 4 Hz must not wobble
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setDropShadowEnabled(false);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(kTitlePt);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(kLegendPt);
    chart->legend()->setFont(legend);
    applyChartLocale(chart);
}

void applyChartLocale(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale()); // the default locale, which follows the UI language
}

void styleAxis(QAbstractAxis *axis)
{
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(kAxisLabelsPt);
    axis->setLabelsFont(labels);
    QFont title = axis->titleFont();
    title.setPointSizeF(kAxisTitlePt);
    title.setBold(false);
    axis->setTitleFont(title);
    axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
}

void applyChartTextScale(QChart *chart, double scale)
{
    QFont title = chart->titleFont();
    title.setPointSizeF(kTitlePt * scale);
    chart->setTitleFont(title);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(kLegendPt * scale);
    chart->legend()->setFont(legend);
    for (QAbstractAxis *axis : chart->axes()) {
        QFont labels = axis->labelsFont();
        labels.setPointSizeF(kAxisLabelsPt * scale);
        axis->setLabelsFont(labels);
        QFont axisTitle = axis->titleFont();
        axisTitle.setPointSizeF(kAxisTitlePt * scale);
        axis->setTitleFont(axisTitle);
    }
}

ChartTimeUnit chartTimeUnit(std::int64_t spanNs)
{
    if (spanNs >= 10'000'000'000)
        return { 1e9, true };
    return { 1e6, false };
}

double chartTimeTickInterval(std::int64_t spanNs, const ChartTimeUnit &unit)
{
    const double fifth = static_cast<double>(spanNs) / 5;
    const double step = static_cast<double>(niceTickStep(spanNs, 5, 1));
    return (step / 2 >= fifth ? step / 2 : step) / unit.divisor;
}

} // namespace samtidig
