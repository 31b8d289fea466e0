#pragma once
// `rwlock`: readers share a reader-writer lock at the same time; a writer excludes everyone.

#include "scenarios/scenario.h"

#include <QCoreApplication>

namespace samtidig {

class RwLockScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(RwLockScenario)
public:
    ScenarioInfo info() const override;
    QJsonObject run(const ParamValues &params, RunContext &context) const override;
};

} // namespace samtidig
