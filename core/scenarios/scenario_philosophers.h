#pragma once
// `philosophers`: the dining philosophers, each taking the left fork and then the right one.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class PhilosophersScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(PhilosophersScenario)
public:
    ScenarioInfo info() const override;
    // With the deadlock forced (the default) it never returns, like the deadlock scenario.
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
