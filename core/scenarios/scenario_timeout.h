#pragma once
// `timeout`: the deadlock's shape with timed lock attempts: threads give up, back off and finish.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class TimeoutScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(TimeoutScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
