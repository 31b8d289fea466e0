#pragma once
// Exercises for step by step, one or two per steppable scenario: "make the counter end at 1 with 2
// threads that add 1 each", "make the two threads deadlock". A challenge is met when a run of its
// scenario with its parameters ends that way, judged from the outcome, never from the schedule
// taken; each has one solution the window can replay.

#include "scenarios/parameters.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace samtidig {

class Trace;

struct StepChallenge {
    QString scenario;
    ParamValues params; // the values it is set for; the others keep their defaults
    QString text; // in the UI language
    QString whenMet; // what the run showed, in the UI language
    std::vector<int> solution; // one schedule that meets it
    std::function<bool(const Trace &)> met; // on a run of `scenario` with `params`
};

class StepChallenges
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::StepChallenges)
public:
    // The challenges of `scenario` (none for a scenario that cannot be stepped), texts in the UI language.
    static std::vector<StepChallenge> forScenario(const QString &scenario);
    // `trace` is a run of the challenge's scenario with its parameters, and ended as it asks.
    static bool isMetBy(const StepChallenge &challenge, const Trace &trace);
};

} // namespace samtidig
