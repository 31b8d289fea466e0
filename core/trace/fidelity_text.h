#pragma once
// The one place that says, in the current language, where a trace is not the kernel's truth:
// records drawn later than they happened, records lost. The summary (picture_warnings) and the
// window's status line take their words from here; an exact trace has none.

#include <QStringList>

namespace samtidig {

class Trace;

// One sentence per way the trace falls short, for a summary or a tooltip; empty when it is exact.
QStringList fidelityWarnings(const Trace &trace);
// A few words for the status line ("123 records moved in time"); empty when the trace is exact.
QString fidelityShort(const Trace &trace);

} // namespace samtidig
