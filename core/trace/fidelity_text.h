#pragma once
// The one place that says, in the current language, where a trace is not the kernel's truth:
// records drawn later than they happened, records lost, writers slowed down by a full ring. The
// summary (picture_warnings), the CLI and the window's status line take their words from here; an
// exact trace recorded without waits has none.

#include <QStringList>

namespace samtidig {

class Trace;

// One sentence per way the trace falls short, for a summary or a tooltip; empty when it is exact.
QStringList fidelityWarnings(const Trace &trace);
// A few words for the status line ("123 records moved in time, writers waited 4 times for the
// recording"); empty when the trace is exact and no writer waited.
QString fidelityShort(const Trace &trace);

} // namespace samtidig
