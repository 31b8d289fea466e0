#pragma once
// `async`: coroutines taking turns on one thread at every co_await of a sleep, compared with the
// same work done with blocking sleeps, one job after another on one thread.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class AsyncScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(AsyncScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
