#pragma once
// samtidig-cli: list scenarios, run one headless (trace, summary, images, recording), export a
// saved recording. The image exporter comes from the ui layer when the CLI is built with it.

#include <QString>

#include <functional>

namespace samtidig {

class Trace;

struct ImageRequest {
    QString png;
    QString svg;
    QString pdf;
    int width = 1920;
    int height = 0; // 0: as tall as the lanes need
    int scale = 1; // PNG only: 1, 2 or 3
    QString lanes = QStringLiteral("both"); // cores | tasks | both
    QString title; // empty: scenario name and key parameters
    bool charts = false; // the window's charts under the lanes
    bool wantsAny() const { return !png.isEmpty() || !svg.isEmpty() || !pdf.isEmpty(); }
};

using ImageExporter = std::function<bool(const Trace &, const ImageRequest &, QString *error)>;

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

// Runs the CLI in an existing Q(Gui|Core)Application.
int cliMain(const QStringList &arguments, const ImageExporter &exporter);

} // namespace samtidig
