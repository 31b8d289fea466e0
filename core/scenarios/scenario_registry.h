#pragma once
// Every scenario the product ships, in the order the browser shows them.

#include "scenarios/scenario.h"

#include <vector>

namespace samtidig {

const std::vector<const Scenario *> &allScenarios();
const Scenario *findScenario(const QString &id);
QString themeName(ScenarioTheme theme); // translated

} // namespace samtidig
