#include "window/step_thread_rows.h"

#include "trace/trace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samtidig {

namespace {

bool takesLock(GateOp op)
{
    return op == GateOp::Lock || op == GateOp::TryLock || op == GateOp::TimedLock;
}

// The task that holds lock `lock` now, as far as the trace has seen; 0 if none.
std::uint32_t holderOf(const Trace &trace, std::uint32_t lock)
{
    for (const OpenSpan &s : trace.openSpans())
        if (s.track == 2 && s.state == SpanState::LockHeld && s.arg == lock)
            return s.task;
    return 0;
}

} // namespace

StepThreadRows::StepThreadRows(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
}

StepThreadRows::~StepThreadRows() = default;

QString StepThreadRows::text(int thread) const
{
    if (thread < 1 || thread > count())
        return {};
    return m_rows[static_cast<std::size_t>(thread - 1)].text->text();
}

QPushButton *StepThreadRows::button(int thread) const
{
    if (thread < 1 || thread > count())
        return nullptr;
    return m_rows[static_cast<std::size_t>(thread - 1)].button;
}

void StepThreadRows::setCount(int wanted)
{
    if (wanted == count())
        return;
    while (count() > wanted) {
        delete m_rows.back().widget;
        m_rows.pop_back();
    }
    while (count() < wanted) {
        const int number = count() + 1;
        Row row;
        row.widget = new QWidget;
        auto *layout = new QHBoxLayout(row.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        row.button = new QPushButton(row.widget);
        row.button->setObjectName(QStringLiteral("stepThread%1").arg(number));
        row.text = new QLabel(row.widget);
        row.text->setWordWrap(true);
        layout->addWidget(row.button);
        layout->addWidget(row.text, 1);
        connect(row.button, &QPushButton::clicked, this, [this, number] { Q_EMIT stepRequested(number); });
        m_layout->insertWidget(m_layout->count() - 1, row.widget); // above the stretch
        m_rows.push_back(row);
    }
    retranslateUi();
}

void StepThreadRows::showThreads(const std::vector<StepDriver::ThreadView> &views, const Trace &trace,
                                 bool canStep)
{
    setCount(static_cast<int>(views.size()));
    for (const StepDriver::ThreadView &v : views) {
        const Row &row = m_rows[static_cast<std::size_t>(v.number - 1)];
        row.text->setText(describe(trace, v));
        row.text->setEnabled(v.state != GateState::Finished);
        row.button->setEnabled(canStep && v.state == GateState::AtGate);
    }
}

void StepThreadRows::showAllFinished()
{
    for (int i = 1; i <= count(); ++i)
        m_rows[static_cast<std::size_t>(i - 1)].text->setText(
            StepDriver::tr("thread %1 has finished").arg(i));
}

void StepThreadRows::disableAll()
{
    for (const Row &row : m_rows)
        row.button->setEnabled(false);
}

QString StepThreadRows::describe(const Trace &trace, const StepDriver::ThreadView &v) const
{
    const std::uint32_t holder = v.object != 0 ? holderOf(trace, v.object) : 0;
    if (holder == 0 || holder == v.task)
        return v.next;
    const QString name = trace.taskName(holder);
    if (v.state == GateState::AtGate && v.op == GateOp::TryLock)
        //: %1 "thread 1 will try to lock A", %2 "thread 2"
        return tr("%1 (held by %2: the try fails)").arg(v.next, name);
    if (v.state == GateState::AtGate && takesLock(v.op))
        //: %1 "thread 1 will lock A", %2 "thread 2"
        return tr("%1 (held by %2: it will wait)").arg(v.next, name);
    if (v.state == GateState::Blocked)
        //: %1 "thread 1 waits for A", %2 "thread 2"
        return tr("%1, which %2 holds").arg(v.next, name);
    return v.next;
}

void StepThreadRows::retranslateUi()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        m_rows[i].button->setText(tr("Step %1").arg(number));
        m_rows[i].button->setToolTip(number <= kKeyedThreads
                                         ? tr("Let thread %1 take its next step (key %1)").arg(number)
                                         : tr("Let thread %1 take its next step").arg(number));
    }
}

void StepThreadRows::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace samtidig
