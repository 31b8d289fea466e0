#include "charts/chart_style.h"

#include "chartdata/chart_axis.h"
#include "export/chart_look.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace samtidig {

using namespace chart_look;

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
    axis->setGridLineColor(gridLine());
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

void applyAxis(QValueAxis *axis, const ChartAxis &data)
{
    axis->setTitleText(data.title);
    axis->setRange(data.min, data.max);
    axis->setLabelFormat(QStringLiteral("%.%1%2").arg(data.precision).arg(QLatin1Char(data.format)));
    if (data.tickInterval > 0) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(data.tickInterval);
    } else {
        axis->setTickType(QValueAxis::TicksFixed);
        axis->setTickCount(data.tickCount);
    }
}

} // namespace samtidig
