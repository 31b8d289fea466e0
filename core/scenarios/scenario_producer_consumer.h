#pragma once
// `producer-consumer`: a bounded buffer guarded by a mutex and two condition variables (not full,
// not empty); producers wait for space, consumers wait for items.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class ProducerConsumerScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(ProducerConsumerScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
