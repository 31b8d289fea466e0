#pragma once
// `deadlock`: two threads take locks A and B in opposite order and wait for each other forever.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class DeadlockScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(DeadlockScenario)
public:
    ScenarioInfo info() const override;
    // Never returns: the runner hangs until it is stopped, and the outcome comes from the analysis.
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
