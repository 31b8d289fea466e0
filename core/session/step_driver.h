#pragma once
// Step mode, the host side: lets the gated threads of a run (sync/step_gate.h) pass one gate at a
// time, each step once all numbered threads have settled (stopped at a gate, blocked in a
// primitive, or finished). A step naming a thread that cannot move (blocked, finished, no such
// thread) is refused with the step number and the reason. After the schedule the run continues
// freely (gates open for good) or, when exploring, keeps stepping the lowest-numbered thread that
// can move and notes which others could have (see schedule_explorer.h).

#include "record/region_layout.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace samtidig {

class SharedRegion;

class StepDriver
{
    Q_DECLARE_TR_FUNCTIONS(StepDriver)
public:
    // After the schedule: open the gates, step the lowest-numbered thread that can move, or wait
    // for step() (the window's Step buttons).
    enum class After { RunFreely, LowestFirst, Manual };
    enum class Status {
        Stepping, // waiting for threads to settle, or taking steps
        Free, // the schedule is used up and the gates are open
        Refused, // a step could not be taken: refusal() says which and why
        Stuck, // no thread can move and some are blocked: a deadlock (LowestFirst only)
        Done // every numbered thread has finished (LowestFirst only)
    };

    StepDriver(SharedRegion &region, std::vector<int> schedule, After after);

    // Non-blocking: looks at the threads and takes at most one step.
    Status poll();
    Status status() const { return m_status; }
    QString refusal() const { return m_refusal; }
    // The threads let go so far, one per step, and at each step the threads that could have moved.
    const std::vector<int> &taken() const { return m_taken; }
    const std::vector<std::vector<int>> &movable() const { return m_movable; }
    // Each step as it was taken: which thread, the operation it was let go to do, and when.
    struct TakenStep {
        int thread = 0;
        GateOp op = GateOp::None;
        QString object; // the operation's name, in the UI language when it was taken
        std::uint64_t atNs = 0; // CLOCK_MONOTONIC, as the trace's origin
    };
    const std::vector<TakenStep> &takenSteps() const { return m_takenSteps; }
    // Opens the gates for good (Run freely).
    void runFreely();

    // What each numbered thread is doing, for the window: "will read shared counter".
    struct ThreadView {
        int number = 0;
        GateState state = GateState::Absent;
        QString next; // the operation it stops before (AtGate), or what it waits for (Blocked)
        GateOp op = GateOp::None; // AtGate: the operation
        std::uint32_t object = 0; // AtGate: its name id; Blocked: what it waits for
        QString objectName; // that name, in the UI language
        std::uint32_t task = 0; // the thread's task id in the trace
    };
    std::vector<ThreadView> threads() const;
    // Manual: every thread has settled since the last step, so step() can take the next one.
    bool ready() const;
    // Manual: lets `thread` take its next step. False, with the reason, when it cannot move or
    // the threads have not settled since the last step.
    bool step(int thread, QString *why);

    // "1,2,1,2" <-> {1,2,1,2}; parse returns false with a message on anything else.
    static QString scheduleText(const std::vector<int> &schedule);
    static bool parseSchedule(const QString &text, std::vector<int> *schedule, QString *error);

    // "read shared counter", "lock A", in the UI language.
    static QString operationText(GateOp op, const QString &object);

private:
    bool settled(std::uint32_t expected) const;
    QString nameOf(std::uint32_t id) const;
    void grant(int thread);

    SharedRegion &m_region;
    StepControl &m_control;
    std::vector<int> m_schedule;
    After m_after;
    Status m_status = Status::Stepping;
    QString m_refusal;
    std::vector<int> m_taken;
    std::vector<TakenStep> m_takenSteps;
    std::vector<std::vector<int>> m_movable;
};

} // namespace samtidig
