#pragma once
// samtidig-cli: list scenarios, run one headless (trace, summary, images, recording), record a
// program, export a saved recording. Pictures are painted by the window's painter, offscreen.

#include <QStringList>

namespace samtidig {

// Exit codes, also listed by --help.
enum CliExit {
    CliOk = 0, // completed (run), or list / export succeeded
    CliUsage = 2, // bad command line or parameter: nothing was started
    CliDeadlock = 3, // the run deadlocked (detected), stopped by --timeout
    CliTimedOut = 4, // the run was stopped by --timeout without a deadlock
    CliRunFailed = 5, // the runner crashed or could not run the scenario
    CliOutputFailed = 6, // an output file could not be written or read
    CliProgramFailed = 7, // record: the recording is complete; the program exited non-zero or was killed
    CliStepRefused = 8, // run: a --schedule step was refused, or an --explore was refused or stopped
};

// Before the QApplication exists: the CLI never opens a window, so Qt paints offscreen, with or
// without a display, and gets a runtime folder instead of printing a warning into the output.
void prepareOffscreenPainting();

// Runs the CLI in an existing QApplication.
int cliMain(const QStringList &arguments);

} // namespace samtidig
