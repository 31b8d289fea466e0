#include "charts/lock_wait_chart.h"

#include "analysis/unended_lock_waits.h"
#include "charts/chart_style.h"
#include "trace/trace.h"

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

#include <algorithm>
#include <map>

namespace samtidig {

namespace {
constexpr int kMaxBars = 12; // more would not be readable; the longest waits are the interesting ones

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

// The kMaxBars longest waits, the longest at the top of a horizontal bar chart (i.e. last).
void LockWaitChart::fill(Bars &bars, std::vector<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.endedNs + x.unendedNs > y.endedNs + y.unendedNs;
    });
    if (entries.size() > kMaxBars)
        entries.resize(kMaxBars);
    std::reverse(entries.begin(), entries.end());
    QStringList names;
    QList<qreal> ended;
    QList<qreal> unended;
    qreal top = 0.001;
    bool anyUnended = false;
    for (const Entry &e : entries) {
        names.append(e.name);
        ended.append(double(e.endedNs) / 1e6);
        unended.append(double(e.unendedNs) / 1e6);
        top = std::max(top, ended.back() + unended.back());
        anyUnended = anyUnended || e.unendedNs > 0;
    }
    if (names != bars.categories) {
        bars.categories = names;
        bars.names->clear();
        bars.names->append(names);
        bars.set->remove(0, bars.set->count());
        bars.set->append(ended);
        bars.unended->remove(0, bars.unended->count());
        bars.unended->append(unended);
    } else {
        for (qsizetype i = 0; i < ended.size(); ++i) {
            bars.set->replace(i, ended[i]);
            bars.unended->replace(i, unended[i]);
        }
    }
    bars.chart->legend()->setVisible(anyUnended);
    bars.values->setRange(0, top * 1.1);
    bars.values->applyNiceNumbers();
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
    std::vector<Entry> perTask;
    std::vector<Entry> perLock;
    if (m_trace) {
        std::map<std::uint32_t, Entry> taskWait;
        std::map<std::uint32_t, Entry> lockWait;
        for (const auto &[lock, stats] : m_trace->analysis().locks) {
            lockWait[lock].endedNs += stats.totalWaitNs;
            for (const auto &[task, ns] : stats.waitByTask)
                taskWait[task].endedNs += ns;
        }
        for (const UnendedLockWait &w : unendedLockWaits(*m_trace)) {
            lockWait[w.lock].unendedNs += w.waitedNs;
            taskWait[w.task].unendedNs += w.waitedNs;
        }
        for (auto &[lock, e] : lockWait) {
            e.name = m_trace->nameOf(lock);
            perLock.push_back(e);
        }
        for (auto &[task, e] : taskWait) {
            e.name = m_trace->taskName(task);
            perTask.push_back(e);
        }
    }
    m_hasData = !perLock.empty();
    m_stack->setCurrentIndex(m_hasData ? 1 : 0);
    if (!m_hasData)
        return;
    fill(m_byTask, std::move(perTask));
    fill(m_byLock, std::move(perLock));
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
    for (Bars *bars : { &m_byTask, &m_byLock }) {
        bars->set->setLabel(tr("Ended"));
        bars->unended->setLabel(tr("Not ended"));
    }
    refresh(); // task and lock names are shown in the current language (Trace::taskName)
}

} // namespace samtidig
