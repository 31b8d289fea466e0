#pragma once
// The status line under the timeline: state, elapsed time, events, dropped events (red when any
// were lost), the scheduling source ("kernel" or "estimated", with the reason as a tooltip when the
// kernel refused) and the outcome.

#include "session/run_session.h"

#include <QWidget>

class QLabel;

namespace samtidig {

class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    // Shows `trace` (may be null: nothing run yet) in `phase`, `elapsedMs` into the run.
    void showRun(const Trace *trace, RunSession::Phase phase, qint64 elapsedMs);
    // A short notice beside the state, cleared by the next run. Kept as a kind, not as text, so it
    // is said in the language of the moment; the deadlock's tool tip names the cycle of the trace.
    enum class Notice { None, DeadlockDetected, RunFailed, ProgramNotStartable };
    void setNotice(Notice notice);
    Notice notice() const { return m_notice; }

    QLabel *stateLabel() const { return m_state; }
    QLabel *droppedLabel() const { return m_dropped; }
    QLabel *fidelityLabel() const { return m_fidelity; }
    QLabel *sourceLabel() const { return m_source; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addField(const char *objectName);

    const Trace *m_trace = nullptr;
    RunSession::Phase m_phase = RunSession::Phase::Idle;
    qint64 m_elapsedMs = 0;
    Notice m_notice = Notice::None;
    QLabel *m_state = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_events = nullptr;
    QLabel *m_dropped = nullptr;
    QLabel *m_fidelity = nullptr; // records moved in time; hidden while the trace is exact
    QWidget *m_fidelitySeparator = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace samtidig
