#pragma once
// `processes`: N forked processes doing CPU work in parallel, each with its own copy of a counter.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class ProcessesScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(ProcessesScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
