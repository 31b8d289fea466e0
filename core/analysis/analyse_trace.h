#pragma once
// Runs the live analysis again over a trace that is already built (a saved recording, or one
// imported later): the lock events are recovered from the LockWait/LockHeld spans and the
// LockTimedOut instants, the variable events from the VarRead/VarWrite instants. Replaces
// trace.analysis() and the LostUpdate instants.

namespace samtidig {

class Trace;

void analyseTrace(Trace &trace);

} // namespace samtidig
