#include "charts/chart_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>

namespace samtidig {

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
    title.setPointSizeF(9.5);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8.5);
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
    labels.setPointSizeF(8);
    axis->setLabelsFont(labels);
    QFont title = axis->titleFont();
    title.setPointSizeF(8.5);
    title.setBold(false);
    axis->setTitleFont(title);
    axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
}

ChartTimeUnit chartTimeUnit(std::int64_t spanNs)
{
    if (spanNs >= 10'000'000'000)
        return { 1e9, true };
    return { 1e6, false };
}

} // namespace samtidig
