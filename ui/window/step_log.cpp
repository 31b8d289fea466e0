#include "window/step_log.h"

#include "i18n/recorded_names.h"
#include "session/step_driver.h"
#include "trace/trace.h"
#include "window/step_grid.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samtidig {

StepLog::StepLog(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("stepTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid = new StepGrid(this);
    m_gridScroll = new QScrollArea(this);
    m_gridScroll->setWidget(m_grid);
    m_gridScroll->setFrameShape(QFrame::NoFrame);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("stepViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_table, QString());
    m_views->addTab(m_gridScroll, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    retranslateUi();
}

void StepLog::clear()
{
    m_steps.clear();
    m_table->setRowCount(0);
    m_lostUpdatesSeen = 0;
    m_deadlockSeen = false;
    updateGrid();
}

void StepLog::add(int thread, GateOp op, const QString &object, std::int64_t atNs)
{
    Step s;
    s.thread = thread;
    s.op = op;
    s.object = object;
    s.atNs = atNs;
    m_steps.push_back(s);
    m_table->setRowCount(count());
    showRow(count() - 1);
    m_table->scrollToBottom();
}

void StepLog::setThreadCount(int threads)
{
    if (threads == m_threads)
        return;
    m_threads = threads;
    updateGrid();
}

QString StepLog::note(int step) const
{
    if (step < 1 || step > count())
        return {};
    return result(m_steps[static_cast<std::size_t>(step - 1)]);
}

void StepLog::noteEffects(const Trace &trace)
{
    // The step an event belongs to: the last one let go before it (the threads settle in between).
    const auto stepAt = [this](std::int64_t ns) -> int {
        const auto it = std::upper_bound(m_steps.begin(), m_steps.end(), ns,
                                         [](std::int64_t t, const Step &s) { return t < s.atNs; });
        return static_cast<int>(it - m_steps.begin()) - 1;
    };
    const auto &lost = trace.analysis().lostUpdates;
    for (; m_lostUpdatesSeen < lost.size() && !m_steps.empty(); ++m_lostUpdatesSeen) {
        const LostUpdate &u = lost[m_lostUpdatesSeen];
        const int i = stepAt(u.overwriteNs);
        if (i < 0)
            continue;
        Step &s = m_steps[static_cast<std::size_t>(i)];
        s.effect = Effect::LostUpdate;
        s.overwriter = trace.taskName(u.overwritingTask);
        s.lostWriter = trace.taskName(u.lostTask);
        s.lostValue = u.lostValue;
        showRow(i);
    }
    if (!m_deadlockSeen && !trace.analysis().deadlocks.empty() && !m_steps.empty()) {
        m_deadlockSeen = true;
        const int i = stepAt(trace.analysis().deadlocks.front().detectedNs);
        if (i >= 0) {
            m_steps[static_cast<std::size_t>(i)].effect = Effect::Deadlock;
            showRow(i);
        }
    }
}

void StepLog::showRow(int index)
{
    const Step &s = m_steps[static_cast<std::size_t>(index)];
    const auto set = [this, index, &s](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (s.effect != Effect::None)
            item->setForeground(QColor(0xB0, 0x10, 0x10));
        m_table->setItem(index, column, item);
    };
    set(0, QString::number(index + 1));
    set(1, recordedName(RecordedWord::Thread, s.thread));
    set(2, StepDriver::operationText(s.op, displayedName(s.object)));
    set(3, result(s));
    updateGrid();
}

void StepLog::updateGrid()
{
    std::vector<StepGrid::Cell> cells;
    cells.reserve(m_steps.size());
    for (const Step &s : m_steps)
        cells.push_back(
            { s.thread, StepDriver::operationText(s.op, displayedName(s.object)), s.effect != Effect::None });
    m_grid->setSteps(std::move(cells), m_threads);
    m_gridScroll->ensureVisible(m_grid->width(), 0); // the newest step in view
}

QString StepLog::result(const Step &step) const
{
    switch (step.effect) {
    case Effect::None: return {};
    case Effect::LostUpdate:
        //: %1 the task that wrote without having read the newest value, %2 the value lost, %3 its writer
        return tr("%1 overwrites the %2 that %3 wrote: an update is lost")
            .arg(displayedName(step.overwriter))
            .arg(step.lostValue)
            .arg(displayedName(step.lostWriter));
    case Effect::Deadlock: return tr("closes the cycle: every thread in it waits for another (deadlock)");
    }
    return {};
}

void StepLog::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({ tr("Step"), tr("Thread"), tr("Operation"), tr("What happened") });
    m_views->setTabText(0, tr("Steps"));
    m_views->setTabText(1, tr("By Step Number"));
    m_views->setTabToolTip(1, tr("One column per step: the order of the operations reads left to right"));
    for (int i = 0; i < count(); ++i)
        showRow(i);
}

void StepLog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace samtidig
