#pragma once
// The commands of samtidig-cli and their option parsing. Messages go through tr().

#include "cli/cli.h"
#include "export/image_export.h"
#include "scenarios/parameters.h"
#include "session/run_session.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <cstdint>
#include <cstdio>

namespace samtidig {

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int dispatch(const QStringList &arguments);

    static QString helpText();
    static QString outcomeWord(RunOutcome outcome); // in the UI language

private:
    int list(const QStringList &args);
    struct Outputs {
        QString trace;
        QString summary;
        QString save;
        // --png, --svg, --pdf (indexed by ExportFormat), all painted with the same options: the
        // whole run, 1920 px wide and as tall as the lanes need unless --width/--height say.
        std::array<QString, 3> images;
        ImageExportOptions picture = commandLinePicture();
        bool wantsImages() const;
    };
    static ImageExportOptions commandLinePicture();
    // False, having said which and why, when an output cannot be written: checked before running.
    static bool outputsWritable(const Outputs &outputs);
    int run(const QStringList &args);
    int record(const QStringList &args);
    // Runs a checked request to its end (or the timeout; 0: none) and writes what was asked for.
    int execute(const RunRequest &request, double timeoutS, const Outputs &outputs);
    // --explore: runs every schedule (session/schedule_explorer.h), writes results.explore.
    int explore(const RunRequest &request, double timeoutS, const Outputs &outputs);
    bool parseSource(const QString &value, RunRequest::Source *source, QString *error);
    bool parseDetailLimit(const QString &value, std::size_t *bytes, QString *error);
    int exportRecording(const QStringList &args);
    int usageError(const QString &message);
    bool writeOutputs(const class Trace &trace, const Outputs &outputs, std::int64_t deadlockLatencyNs = -1,
                      const QJsonObject &summaryExtra = {});
    // Parses image options shared by run, record and export; consumes them from args at index i.
    bool takeImageOption(const QStringList &args, int &i, Outputs *outputs, QString *error);
};

void printOut(const QString &text);
void printErr(const QString &text);

} // namespace samtidig
