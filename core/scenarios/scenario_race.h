#pragma once
// `race`: threads increment one shared counter with a separate read and write, and lose updates.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class RaceScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(RaceScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
