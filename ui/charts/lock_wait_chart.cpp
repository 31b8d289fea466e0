#include "charts/lock_wait_chart.h"

#include "chartdata/chart_data.h"
#include "charts/chart_style.h"
#include "export/chart_look.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QValueAxis>

namespace samtidig {

namespace {
QList<qreal> values(const QBarSet *set)
{
    QList<qreal> v;
    for (qsizetype i = 0; i < set->count(); ++i)
        v.append(set->at(i));
    return v;
}
} // namespace

LockWaitChart::LockWaitChart(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto *charts = new QWidget(m_stack);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    m_byTask = createBars(chart_look::taskWaitBar());
    m_byLock = createBars(chart_look::lockWaitBar());
    for (QChart *chart : { m_byTask.chart, m_byLock.chart }) {
        auto *view = new QChartView(chart, charts);
        view->setRenderHint(QPainter::Antialiasing);
        row->addWidget(view);
    }
    m_stack->addWidget(m_empty);
    m_stack->addWidget(charts);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    refresh();
}

LockWaitChart::Bars LockWaitChart::createBars(const QColor &color)
{
    Bars b;
    b.chart = new QChart;
    applyChartStyle(b.chart);
    b.chart->legend()->setAlignment(Qt::AlignBottom);
    b.chart->legend()->hide(); // shown while there are waits not ended, to say what hatching means
    b.series = new QHorizontalStackedBarSeries(b.chart);
    b.set = new QBarSet(QString(), b.series);
    b.set->setColor(color);
    b.set->setBorderColor(color.darker(120));
    b.unended = new QBarSet(QString(), b.series);
    b.unended->setBrush(QBrush(color, Qt::BDiagPattern));
    b.unended->setBorderColor(color.darker(120));
    b.series->append(b.set);
    b.series->append(b.unended);
    b.chart->addSeries(b.series);
    b.names = new QBarCategoryAxis(b.chart);
    b.values = new QValueAxis(b.chart);
    styleAxis(b.names);
    styleAxis(b.values);
    b.chart->addAxis(b.names, Qt::AlignLeft);
    b.chart->addAxis(b.values, Qt::AlignBottom);
    b.series->attachAxis(b.names);
    b.series->attachAxis(b.values);
    return b;
}

void LockWaitChart::fill(Bars &bars, const BarChartData &data)
{
    applyChartLocale(bars.chart);
    bars.chart->setTitle(data.title);
    const BarSetData &ended = data.sets[0];
    const BarSetData &unended = data.sets[1];
    bars.set->setLabel(ended.label);
    bars.unended->setLabel(unended.label);
    if (data.categories != bars.categories) {
        bars.categories = data.categories;
        bars.names->clear();
        bars.names->append(data.categories);
        bars.set->remove(0, bars.set->count());
        bars.set->append(ended.values);
        bars.unended->remove(0, bars.unended->count());
        bars.unended->append(unended.values);
    } else { // live: the same bars grow
        for (qsizetype i = 0; i < ended.values.size(); ++i) {
            bars.set->replace(i, ended.values[i]);
            bars.unended->replace(i, unended.values[i]);
        }
    }
    bars.series->setBarWidth(data.barWidth);
    bars.chart->legend()->setVisible(data.legend);
    applyAxis(bars.values, data.values);
}

QList<qreal> LockWaitChart::endedMs(bool perLock) const
{
    return values((perLock ? m_byLock : m_byTask).set);
}

QList<qreal> LockWaitChart::unendedMs(bool perLock) const
{
    return values((perLock ? m_byLock : m_byTask).unended);
}

void LockWaitChart::setTrace(const Trace *trace)
{
    m_trace = trace;
    refresh();
}

void LockWaitChart::refresh()
{
    const LockWaitChartData waits = lockWaitData(m_trace);
    m_empty->setText(waits.emptyText);
    m_hasData = waits.hasData;
    m_stack->setCurrentIndex(m_hasData ? 1 : 0);
    if (!m_hasData)
        return;
    fill(m_byTask, waits.byTask);
    fill(m_byLock, waits.byLock);
}

void LockWaitChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // task and lock names are shown in the current language (Trace::taskName)
    QWidget::changeEvent(event);
}

} // namespace samtidig
