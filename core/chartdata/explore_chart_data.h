#pragma once
// The explore chart's bars as data: one per outcome of the interleavings explored, named so that
// a reader tells them apart ("ends at 1", "deadlock"), with how many schedules ended that way.

#include "chartdata/chart_data.h"
#include "session/schedule_explorer.h"

#include <vector>

namespace samtidig {

BarChartData exploreData(const std::vector<ScheduleExplorer::Outcome> &outcomes);

} // namespace samtidig
