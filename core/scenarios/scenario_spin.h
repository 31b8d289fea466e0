#pragma once
// `spin`: CPU-bound threads, optionally pinned to one CPU. Used to check that the recorded on-CPU
// slices match what the kernel did (accuracy tests), and to show a busy machine.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class SpinScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(SpinScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
