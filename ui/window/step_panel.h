#pragma once
// Step by step (F7): the user is the scheduler. Each numbered thread of a stepped run stands before
// its next instrumented operation; the panel says what that is, in words and in the UI language,
// and lets one thread go at a time (its Step button, or keys 1–9), lets Samtidig pick one, plays at
// 1–20 steps a second, or opens the gates (Run freely). Beside it, every step taken, with what it
// caused: the write that lost an update, the lock request that closed a deadlock.

#include "record/region_layout.h"
#include "scenarios/parameters.h"

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <deque>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace samtidig {

class RunController;
class StepChallengeBar;
class StepGrid;
class StepLog;
class StepThreadRows;
class Trace;

class StepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepPanel(RunController *controller, QWidget *parent = nullptr);
    ~StepPanel() override;

    // Lets `thread` take its next step. False, with the reason shown in message(), when it cannot
    // move; a step asked for while the threads are still moving is taken as soon as they settle.
    bool stepThread(int thread);
    bool stepPicked(); // Samtidig picks one of the threads that can move, as a scheduler would
    void setPlaying(bool on); // a step every 1/pace seconds until no thread can move
    void runFreely(); // gates off: the rest of the run goes at full speed
    // The scenario selected in the window: its challenges are offered above the threads, or, when
    // it cannot be stepped, the panel says why.
    void setScenario(const QString &scenario);
    // Step by Step was asked for on a scenario that cannot be stepped: the panel says why.
    void explainNotSteppable();
    // Why `scenario` cannot be taken step by step, in the UI language; empty when it can (or is no
    // scenario, e.g. your own program).
    static QString notSteppableText(const QString &scenario);

    // --- what the panel shows, for tests ---
    int threadCount() const;
    QString threadText(int thread) const; // "thread 2 will read shared counter"
    QPushButton *threadButton(int thread) const;
    QPushButton *pickButton() const { return m_pick; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *freeButton() const { return m_free; }
    QPushButton *exploreButton() const { return m_explore; }
    QSpinBox *paceBox() const { return m_pace; }
    QTableWidget *stepTable() const;
    StepGrid *stepGrid() const; // the same steps by step number
    QString message() const; // the line above the threads: where the run stands, or why not
    int stepCount() const;
    QString stepNote(int step) const; // what step `step` (1-based) caused, or empty
    // The challenges of the scenario (its choice and Show a Solution signals go to the window).
    StepChallengeBar *challengeBar() const { return m_challenges; }

Q_SIGNALS:
    void stepTaken(int step, int thread);
    // The user chose a challenge: the window sets its parameters.
    void exploreRequested(); // Explore: every interleaving of the selected scenario

protected:
    void changeEvent(QEvent *event) override;

private:
    bool takeStep(int thread); // now: the threads have settled
    bool pickStep();
    void onTraceChanged();
    void refresh(); // after every poll of the run
    void takeNewSteps(); // copies the driver's new steps (its own schedule's too) into the table
    void updateRows();
    void setRowCount(int count);
    void retranslateUi();
    void playTick();
    void setMessage(const QString &text, bool problem = false);

    RunController *m_controller = nullptr;
    StepChallengeBar *m_challenges = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    StepThreadRows *m_rows = nullptr; // each thread's next operation and its Step button
    QPushButton *m_pick = nullptr;
    QPushButton *m_play = nullptr;
    QLabel *m_paceLabel = nullptr;
    QSpinBox *m_pace = nullptr;
    QPushButton *m_free = nullptr;
    QPushButton *m_explore = nullptr;
    StepLog *m_log = nullptr;
    QTimer m_playTimer;
    QString m_scenario; // selected in the window
    std::deque<int> m_pending; // steps asked for while the threads were still moving, in order
    bool m_freed = false;
};

} // namespace samtidig
