#include "window/run_texts.h"

#include "analysis/describe.h"
#include "timeline/time_coordinates.h"

#include <QLocale>

namespace samtidig {

QString RunTexts::phaseName(RunSession::Phase phase)
{
    switch (phase) {
    case RunSession::Phase::Idle: return tr("Ready");
    case RunSession::Phase::Starting: return tr("Starting");
    case RunSession::Phase::Running: return tr("Running");
    case RunSession::Phase::Paused: return tr("Paused");
    case RunSession::Phase::Finished: return tr("Finished");
    }
    return {};
}

QString RunTexts::outcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return tr("Running");
    case RunOutcome::Completed: return tr("Completed");
    case RunOutcome::Deadlock: return tr("Deadlock");
    case RunOutcome::TimedOut: return tr("Timed out");
    case RunOutcome::Crashed: return tr("Crashed");
    case RunOutcome::Stopped: return tr("Stopped");
    case RunOutcome::Failed: return tr("Failed");
    }
    return {};
}

QString RunTexts::outcomeSentence(const Trace &trace)
{
    const QString time = duration(trace.endNs());
    switch (trace.outcome()) {
    case RunOutcome::Running: return tr("The run is in progress.");
    case RunOutcome::Completed: return tr("The run completed in %1.").arg(time);
    case RunOutcome::Deadlock:
        return tr("The run was stopped after %1 while it hung in a deadlock.").arg(time);
    case RunOutcome::TimedOut: return tr("The run was stopped after %1 because it took too long.").arg(time);
    case RunOutcome::Crashed:
        return trace.outcomeDetail().isEmpty()
            ? tr("The run crashed after %1.").arg(time)
            : tr("The run crashed after %1: %2").arg(time, trace.outcomeDetail());
    case RunOutcome::Stopped: return tr("You stopped the run after %1.").arg(time);
    case RunOutcome::Failed:
        return trace.outcomeDetail().isEmpty() ? tr("The run failed.")
                                               : tr("The run failed: %1").arg(trace.outcomeDetail());
    }
    return {};
}

QString RunTexts::deadlockMessage(const Trace &trace, const DeadlockCycle &cycle)
{
    return tr("Deadlock: %1. Each task waits for a lock that the next one holds, so none of them can go on; "
              "unless a timeout breaks the cycle, the run hangs until you press Stop.")
        .arg(describeDeadlock(trace, cycle));
}

QString RunTexts::duration(std::int64_t ns)
{
    return formatDuration(ns, QLocale());
}

} // namespace samtidig
