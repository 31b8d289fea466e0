#pragma once
// `mutex`: the race scenario's increments inside a mutex: no update is lost, and threads wait.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class MutexScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(MutexScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
