#pragma once
// `crash` (hidden, test-only): a workload that fails the way real broken programs do, so the fault
// tests can check that a crashed runner or a killed child process is reported and nothing is lost.
// Mode 0: the runner forks a sleeping child, records a little and dies of SIGSEGV.
// Mode 1: a forked child is killed by SIGKILL; the runner records its end and carries on.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class CrashScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(CrashScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
