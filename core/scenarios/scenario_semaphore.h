#pragma once
// `semaphore`: a pool that at most K workers may use at a time, guarded by a counting semaphore.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class SemaphoreScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(SemaphoreScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
