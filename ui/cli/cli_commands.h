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

class QCommandLineParser;

namespace samtidig {

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int dispatch(const QStringList &arguments);

    static QString helpText();
    static QString outcomeWord(RunOutcome outcome); // in the UI language

private:
    // Each command's options go through QCommandLineParser; `args` starts with the command's name.
    // parseCommand() adds --lang (every command takes it) and applies it before saying anything:
    // false, having said what was wrong.
    bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args);
    int list(const QStringList &args);
    // The CLI's pictures: the whole run, 1920 px wide and as tall as the lanes need, print theme.
    static ImageExportOptions commandLinePicture();
    struct Outputs {
        QString trace;
        QString summary;
        QString save;
        std::array<QString, 3> images; // --png, --svg, --pdf, indexed by ExportFormat
        ImageExportOptions picture = commandLinePicture(); // what all of them show
        bool wantsImages() const;
    };
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
    // --trace, --summary and the image options (run, record and export), checked.
    bool readOutputOptions(const QCommandLineParser &parser, Outputs *outputs, QString *error);
    // --source and --max-detail-mb (run and record), checked.
    bool readRunOptions(const QCommandLineParser &parser, RunRequest *request, QString *error);
};

void printOut(const QString &text);
void printErr(const QString &text);

} // namespace samtidig
