#pragma once
// Every scenario the product ships, in the order the browser shows them, and the hook through
// which test programs add hidden scenarios of their own after them.

#include "scenarios/scenario.h"

#include <vector>

namespace samtidig {

const std::vector<const Scenario *> &allScenarios();
const Scenario *findScenario(const QString &id);
QString themeName(ScenarioTheme theme); // translated

// Appends a hidden scenario (once per id), for the test programs only (tests/support). Call it at
// the start of main(), before any other thread reads the registry.
void registerScenario(const Scenario *scenario);

} // namespace samtidig
