#pragma once
// The GIL lane held against the kernel's view of the same threads, from a recording's Chrome trace
// (the trace events `samtidig-cli record --trace` writes): what tst_cli_record_locks checks and
// bench_core_program measures.

#include <QJsonArray>

namespace samtidig::test {

// `python3 -c` this: two threads that each add up 2 M numbers, CPU-bound, taking turns with the GIL.
inline constexpr char kTwoCpuBoundPythonThreads[] = "import threading\n"
                                                    "def burn():\n"
                                                    "    n = 0\n"
                                                    "    for i in range(2_000_000): n += i\n"
                                                    "ts = [threading.Thread(target=burn) for _ in range(2)]\n"
                                                    "[t.start() for t in ts]\n"
                                                    "[t.join() for t in ts]\n";

// Of the time the trace shows threads holding the GIL for 1 ms or more at a time, the share the
// kernel shows them running or ready to run (the sched track of the same task), or waiting for the
// GIL's own mutex (a holder must take it to drop the GIL); -1 if none held it that long. Shorter
// holds are left out: a few microseconds between the kernel's clock and the recording's at each
// end would dominate them (CPython's startup makes about 900 of some 20 µs each).
double gilHeldOnCpuOrReady(const QJsonArray &events);

} // namespace samtidig::test
