#pragma once
// `ingest` (hidden, for benchmarks): threads record a dense lock-heavy stream as fast as they can
// (own locks, a shared lock now and then, a racy shared counter with lost updates) and then two of
// them deadlock, so that the session's whole ingest path (rings merged, reorder window, builder,
// live analysis with lost-update settling and deadlock detection) can be measured end to end.

#include "scenarios/scenario.h"

namespace samtidig {

class IngestScenario final : public Scenario
{
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
