#pragma once
// The analysis results as sentences in the UI language, for the deadlock panel, tooltips and the
// CLI report: "philosopher 1 holds fork 1 and waits for fork 2; ...". English source strings in
// the "Analysis" translation context; tasks and locks are named with trace.taskName()/nameOf().

#include <QCoreApplication>
#include <QString>

namespace samtidig {

class Trace;
struct DeadlockCycle;
struct LockOrderCycle;
struct LostUpdate;

// The translation context lupdate collects these sentences under.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

// "T1 holds A and waits for B; T2 holds B and waits for A"
QString describeDeadlock(const Trace &trace, const DeadlockCycle &cycle);
// "T1 takes A, then B; T2 takes B, then A"
QString describeLockOrder(const Trace &trace, const LockOrderCycle &cycle);
// "write of 42 by thread 2 was overwritten by thread 3, which had read 41 before it"
QString describeLostUpdate(const Trace &trace, const LostUpdate &lost);

} // namespace samtidig
