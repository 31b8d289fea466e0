#pragma once
// The machine-readable summary of a run (samtidig-cli --summary): outcome, timing, counters,
// scheduling source, CPUs used, the scenario's own results and the analysis in words.

#include <QJsonObject>

namespace samtidig {

struct Trace;

QJsonObject runSummary(const Trace &trace);

} // namespace samtidig
