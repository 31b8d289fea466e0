#pragma once
// Which processes of a recorded program had their locks recorded: the preload library marks each
// process it runs in (see PreloadMark), and the kernel's records say when each process last exec'd.
// A process with no mark since then ran a program the library could not enter (statically linked,
// setuid, started with the environment cleared): only the kernel's view of it is in the trace.

#include <QJsonArray>

namespace samtidig {

class Trace;
class TraceBuilder;
struct RegionHeader;

// [{"pid", "command"}] of the program's processes without lock records, parents first. Empty when
// every process was marked, or when the marks ran out (the region holds kMaxPreloadMarks): then
// nothing is claimed of the unmarked ones.
QJsonArray processesWithoutLockRecords(const Trace &trace, const TraceBuilder &builder,
                                       const RegionHeader &header);

} // namespace samtidig
