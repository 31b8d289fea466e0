#pragma once
// `parallel-vs-concurrent`: the same CPU-bound tasks run twice, first spread over every core
// (parallelism), then pinned to one core (concurrency: interleaving), as two phases of one run.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class ParallelVsConcurrentScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(ParallelVsConcurrentScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
