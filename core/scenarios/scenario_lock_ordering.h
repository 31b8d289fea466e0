#pragma once
// `lock-ordering`: the deadlock fixed by one global lock order: every thread takes A before B.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class LockOrderingScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(LockOrderingScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
