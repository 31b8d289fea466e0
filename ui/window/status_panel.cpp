#include "window/status_panel.h"

#include "trace/fidelity_text.h"
#include "trace/scheduling_source_text.h"
#include "window/run_texts.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace samtidig {

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(10);
    m_state = addField("statusState");
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_noticeLabel = addField("statusNotice");
    layout->addWidget(m_state);
    layout->addWidget(m_noticeLabel);
    layout->addStretch(1);
    m_elapsed = addField("statusElapsed");
    m_events = addField("statusEvents");
    m_dropped = addField("statusDropped");
    m_fidelity = addField("statusFidelity");
    m_source = addField("statusSource");
    for (QLabel *field : { m_elapsed, m_events, m_dropped, m_fidelity, m_source }) {
        QFrame *line = separator(this);
        layout->addWidget(line);
        layout->addWidget(field);
        if (field == m_fidelity)
            m_fidelitySeparator = line;
    }
    retranslateUi();
}

QLabel *StatusPanel::addField(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    return label;
}

void StatusPanel::showRun(const Trace *trace, RunSession::Phase phase, qint64 elapsedMs)
{
    m_trace = trace;
    m_phase = phase;
    m_elapsedMs = elapsedMs;
    retranslateUi();
}

void StatusPanel::setNotice(Notice notice)
{
    m_notice = notice;
    retranslateUi();
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusPanel::retranslateUi()
{
    const QLocale locale;
    // A run, a recording or an imported trace (which counts no events, but has tasks).
    const bool haveRun = m_trace
        && (m_phase != RunSession::Phase::Idle || m_trace->events() > 0 || !m_trace->tasks().empty());
    if (m_phase == RunSession::Phase::Finished && m_trace)
        m_state->setText(RunTexts::outcomeName(m_trace->outcome()));
    else
        m_state->setText(RunTexts::phaseName(m_phase));
    m_state->setToolTip(
        m_trace && m_phase == RunSession::Phase::Finished ? RunTexts::outcomeSentence(*m_trace) : QString());
    const bool bad
        = m_trace && m_phase == RunSession::Phase::Finished && m_trace->outcome() != RunOutcome::Completed;
    m_state->setStyleSheet(bad ? QStringLiteral("color: #c0392b;") : QString());

    QString notice;
    QString noticeTip;
    switch (m_notice) {
    case Notice::None: break;
    case Notice::DeadlockDetected:
        notice = tr("Deadlock detected");
        if (m_trace && !m_trace->analysis().deadlocks.empty())
            noticeTip = RunTexts::deadlockMessage(*m_trace, m_trace->analysis().deadlocks.back());
        break;
    case Notice::RunFailed:
        notice = tr("The run failed");
        if (m_trace && m_trace->outcome() == RunOutcome::Failed)
            noticeTip = RunTexts::outcomeSentence(*m_trace);
        break;
    case Notice::ProgramNotStartable: notice = tr("The program cannot be started"); break;
    }
    m_noticeLabel->setText(notice);
    m_noticeLabel->setToolTip(noticeTip);
    m_noticeLabel->setVisible(!notice.isEmpty());
    m_noticeLabel->setStyleSheet(notice.isEmpty() ? QString()
                                                  : QStringLiteral("color: #c0392b; font-weight: bold;"));

    const std::int64_t pausedNs = m_trace && m_phase != RunSession::Phase::Idle ? m_trace->pausedNs() : 0;
    m_elapsed->setText(
        pausedNs > 0 ? tr("Elapsed: %1 (paused %2)")
                           .arg(RunTexts::duration(m_elapsedMs * 1'000'000), RunTexts::duration(pausedNs))
                     : tr("Elapsed: %1").arg(RunTexts::duration(m_elapsedMs * 1'000'000)));
    m_elapsed->setToolTip(
        tr("Wall-clock time since the workload started, as on the timeline's axis. Time the "
           "run stood paused counts, and the timeline marks it as paused."));
    const qulonglong events = haveRun ? m_trace->events() : 0;
    const bool capped = haveRun && m_trace->detailCappedAtNs() >= 0;
    m_events->setText(capped
                          ? tr("Events: %1 (detail capped at %2)")
                                .arg(locale.toString(events), RunTexts::duration(m_trace->detailCappedAtNs()))
                          : tr("Events: %1").arg(locale.toString(events)));
    m_events->setStyleSheet(capped ? QStringLiteral("color: #b9770e; font-weight: bold;") : QString());
    m_events->setToolTip(capped ? tr("The trace reached its memory limit: from there on the lanes show no "
                                     "detail, while the counters and the analysis still cover the whole run.")
                                : tr("Records the workload has written and the window has read."));

    const qulonglong dropped = haveRun ? m_trace->dropped() : 0;
    m_dropped->setText(tr("Dropped: %1").arg(locale.toString(dropped)));
    m_dropped->setStyleSheet(dropped > 0
                                 ? QStringLiteral("color: white; background: #c0392b; padding: 0 4px; "
                                                  "border-radius: 3px;")
                                 : QString());
    m_dropped->setToolTip(dropped > 0 ? tr("Some records were lost because a recording ring was full; the "
                                           "picture has gaps where they were.")
                                      : tr("No record was lost."));

    // Records drawn later than they happened: said in words, not left to a counter.
    const QString notExact = haveRun ? fidelityShort(*m_trace) : QString();
    m_fidelity->setText(notExact);
    m_fidelity->setToolTip(haveRun ? fidelityWarnings(*m_trace).join(QLatin1Char('\n')) : QString());
    m_fidelity->setStyleSheet(QStringLiteral("color: #b9770e; font-weight: bold;"));
    m_fidelity->setVisible(!notExact.isEmpty());
    m_fidelitySeparator->setVisible(!notExact.isEmpty());

    if (haveRun) {
        m_source->setText(tr("Scheduling: %1").arg(schedulingSourceText(*m_trace, SourceWording::Name)));
        m_source->setToolTip(schedulingSourceText(*m_trace, SourceWording::Explanation));
    } else {
        m_source->setText(tr("Scheduling: not known yet"));
        m_source->setToolTip(tr("Which core ran which task comes from the kernel when it allows it, "
                                "otherwise it is estimated."));
    }
}

} // namespace samtidig
