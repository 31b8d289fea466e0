#pragma once
// The machine-readable summary of a run (samtidig-cli --summary): outcome, timing, counters,
// scheduling source, CPUs used, the scenario's own results, the analysis in words (deadlocks,
// lock-order warnings, lost updates, per-lock contention) and where the time went (busy fraction
// per core, per phase; on-CPU, runnable and blocked time per task).

#include <QJsonObject>

#include <cstdint>

namespace samtidig {

class Trace;

// deadlockLatencyNs: wall time from the event that closed the first deadlock cycle to the moment
// the live analysis reported it (RunSession::deadlockDetectionLatencyNs()); -1 when not measured
// (no deadlock, or a saved recording).
QJsonObject runSummary(const Trace &trace, std::int64_t deadlockLatencyNs = -1);

} // namespace samtidig
