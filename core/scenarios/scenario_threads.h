#pragma once
// `threads`: N threads of one process plus the main thread, all incrementing one shared counter.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class ThreadsScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(ThreadsScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
