#pragma once
// A recorded program's run in sentences a student follows, in the UI language: how it ended (or
// which of its processes still run), how many threads did the work and on how many cores at once,
// and which threads mostly waited, and for what. The window's findings panel and Outcome tab and
// the summary show them. English source strings in the "Analysis" translation context.

#include <QStringList>

namespace samtidig {

class Trace;
struct ProgramActivity;

// Each entry one finding (one or two sentences), most important first; empty before anything is known.
QStringList describeProgram(const Trace &trace, const ProgramActivity &activity);
// The same, from the trace alone.
QStringList describeProgram(const Trace &trace);

} // namespace samtidig
