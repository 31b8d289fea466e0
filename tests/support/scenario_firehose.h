#pragma once
// `firehose` (hidden, for benchmarks): one thread records markers at a fixed rate, so the live
// path (rings, consumer, model, painter) can be measured at e.g. a million events per second.

#include "scenarios/scenario.h"

namespace samtidig {

class FirehoseScenario final : public Scenario
{
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
