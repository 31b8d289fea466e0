#pragma once
// The column beside the chart that says what the user is looking at: the scenario's name, theme
// and explanation, and after (or during) a run what the analysis found, in sentences: the
// deadlock cycle, lock-order warnings, lost updates, and how the run ended.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstddef>
#include <cstdint>

class QLabel;

namespace samtidig {

class Trace;
class MessageBanner;

class ScenarioInfoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioInfoPanel(QWidget *parent = nullptr);

    void setScenario(const QString &id);
    // The trace whose findings to show (null: none); refresh() re-reads it while it grows.
    void setTrace(const Trace *trace);
    void refresh();
    // A failure that left no trace worth showing (e.g. the runner could not be started).
    void setError(const QString &message);

    // What the user clicked in the timeline (task, span, times), from TimelineWidget::selectionChanged.
    void setSelectionDetails(const QString &details);

    QString deadlockText() const;
    QString outcomeText() const;
    QString findingsHeading() const; // "What happened", or whose run the findings are of
    QString findingsText() const;

Q_SIGNALS:
    // A finding's link was clicked: show this span of the run (absolute trace times) in the timeline.
    void showTimeRequested(std::int64_t startNs, std::int64_t endNs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTitleFont();
    void updateFindings();
    QString otherProgramsFinding(const Trace &trace) const; // empty when they took little
    QString lostUpdatesFinding(const Trace &trace) const;
    QStringList programFindings(const Trace &trace); // a recorded program's run in words, cached
    void onLinkActivated(const QString &link);

    QString m_scenario;
    const Trace *m_trace = nullptr;
    QString m_error;
    std::size_t m_lostUpdatesFrom = 0; // the first lost update listed: they are listed a page at a time
    // describeProgram() looks at every span: while a run goes on, at most once a second (see
    // programFindings()).
    QStringList m_programFindings;
    std::uint64_t m_programFindingsRevision = 0;
    QString m_programFindingsLanguage;
    int m_programFindingsOutcome = -1; // RunOutcome
    QElapsedTimer m_programFindingsAge; // since the last description was made
    qint64 m_programFindingsCostMs = 0; // how long making it took
    QLabel *m_title = nullptr;
    QLabel *m_theme = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_findingsHeader = nullptr;
    MessageBanner *m_deadlock = nullptr;
    MessageBanner *m_outcome = nullptr;
    MessageBanner *m_warnings = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_selectionHeader = nullptr;
    QLabel *m_selection = nullptr;
};

} // namespace samtidig
