#include "charts/lock_wait_chart.h"

#include "charts/chart_style.h"
#include "trace/trace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace samtidig {

namespace {
constexpr int kMaxBars = 12; // more would not be readable; the longest waits are the interesting ones

// The `limit` largest entries, largest at the top of a horizontal bar chart (i.e. last).
void topEntries(std::vector<std::pair<QString, std::int64_t>> &entries, QStringList *names, QList<qreal> *ms)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (entries.size() > kMaxBars)
        entries.resize(kMaxBars);
    std::reverse(entries.begin(), entries.end());
    for (const auto &[name, ns] : entries) {
        names->append(name);
        ms->append(double(ns) / 1e6);
    }
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
    m_byTask = createBars(QColor(0xd5, 0x5e, 0x00)); // vermillion: the timeline's lock-wait colour
    m_byLock = createBars(QColor(0x6a, 0x3d, 0x9a));
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
    retranslateUi();
}

LockWaitChart::Bars LockWaitChart::createBars(const QColor &color)
{
    Bars b;
    b.chart = new QChart;
    applyChartStyle(b.chart);
    b.chart->legend()->hide();
    b.series = new QHorizontalBarSeries(b.chart);
    b.set = new QBarSet(QString(), b.series);
    b.set->setColor(color);
    b.set->setBorderColor(color.darker(120));
    b.series->append(b.set);
    b.series->setBarWidth(0.6);
    b.chart->addSeries(b.series);
    b.names = new QBarCategoryAxis(b.chart);
    b.values = new QValueAxis(b.chart);
    b.values->setLabelFormat(
        QStringLiteral("%.4g")); // localized labels need a precision (Qt 6.4 shows none for "%g")
    styleAxis(b.names);
    styleAxis(b.values);
    b.chart->addAxis(b.names, Qt::AlignLeft);
    b.chart->addAxis(b.values, Qt::AlignBottom);
    b.series->attachAxis(b.names);
    b.series->attachAxis(b.values);
    return b;
}

void LockWaitChart::fill(Bars &bars, const QStringList &names, const QList<qreal> &ms)
{
    if (names != bars.categories) {
        bars.categories = names;
        bars.names->clear();
        bars.names->append(names);
        bars.set->remove(0, bars.set->count());
        bars.set->append(ms);
    } else {
        for (qsizetype i = 0; i < ms.size(); ++i)
            bars.set->replace(i, ms[i]);
    }
    const qreal top = ms.isEmpty() ? 1.0 : std::max<qreal>(*std::max_element(ms.begin(), ms.end()), 0.001);
    bars.values->setRange(0, top * 1.1);
    bars.values->applyNiceNumbers();
}

void LockWaitChart::setTrace(const Trace *trace)
{
    m_trace = trace;
    refresh();
}

void LockWaitChart::refresh()
{
    std::vector<std::pair<QString, std::int64_t>> perTask;
    std::vector<std::pair<QString, std::int64_t>> perLock;
    if (m_trace) {
        std::map<std::uint32_t, std::int64_t> taskWait;
        for (const auto &[lock, stats] : m_trace->analysis().locks) {
            perLock.emplace_back(m_trace->nameOf(lock), stats.totalWaitNs);
            for (const auto &[task, ns] : stats.waitByTask)
                taskWait[task] += ns;
        }
        for (const auto &[task, ns] : taskWait)
            perTask.emplace_back(m_trace->taskName(task), ns);
    }
    m_hasData = !perLock.empty();
    m_stack->setCurrentIndex(m_hasData ? 1 : 0);
    if (!m_hasData)
        return;
    QStringList names;
    QList<qreal> ms;
    topEntries(perTask, &names, &ms);
    fill(m_byTask, names, ms);
    names.clear();
    ms.clear();
    topEntries(perLock, &names, &ms);
    fill(m_byLock, names, ms);
}

void LockWaitChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockWaitChart::retranslateUi()
{
    m_empty->setText(
        tr("No task waited for a lock in this run. The lock scenarios (mutex, deadlock, timeouts) "
           "show here how long each task waited, and for which lock."));
    applyChartLocale(m_byTask.chart);
    applyChartLocale(m_byLock.chart);
    m_byTask.chart->setTitle(tr("Waiting for locks, per task"));
    m_byLock.chart->setTitle(tr("Waiting time, per lock"));
    m_byTask.values->setTitleText(tr("Time waited (ms)"));
    m_byLock.values->setTitleText(tr("Time waited (ms)"));
    m_byTask.set->setLabel(tr("Time waited"));
    m_byLock.set->setLabel(tr("Time waited"));
    refresh(); // task and lock names are shown in the current language (Trace::taskName)
}

} // namespace samtidig
