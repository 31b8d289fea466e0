#pragma once
// The sentences and words the window uses for a run's state and outcome, in one translation
// context, so the status line, the info panel and the message boxes say the same thing.

#include "session/run_session.h"

#include <QCoreApplication>
#include <QString>

namespace samtidig {

class RunTexts
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::RunTexts)
public:
    static QString phaseName(RunSession::Phase phase);
    static QString outcomeName(RunOutcome outcome);
    // A whole sentence on how the run ended, e.g. "The run completed in 1.2 s."
    static QString outcomeSentence(const Trace &trace);
    static QString deadlockMessage(const Trace &trace, const DeadlockCycle &cycle);
    static QString duration(std::int64_t ns); // in the UI language's number format
};

} // namespace samtidig
