#pragma once
// A user's own program to record: what to start, where, with which extra environment. Checked
// before anything is started, so a typo gets a clear message and nothing is left running.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace samtidig {

// The trace's scenario id of a recorded program; its parameters say which command ran.
inline constexpr char kProgramScenarioId[] = "program";

struct ProgramRequest {
    QString program; // a path, or a name looked up in PATH
    QStringList arguments;
    QString workingDirectory; // empty: the current one
    QStringList environment; // NAME=VALUE, added to or replacing the inherited environment
    // The window: the program's output goes into a pipe the session reads. The CLI: the terminal.
    bool captureOutput = false;
    // Its locks and Python's GIL through the preload library; off: the kernel's view of its threads
    // and processes only (the least a recording can cost the program).
    bool recordLocks = true;

    // The trace's parameters: {"program", "arguments", "working_directory", "environment"}, and
    // "record_locks": false when they were not recorded.
    QJsonObject toJson() const;
    static ProgramRequest fromJson(const QJsonObject &json);
    // "python3 threads.py 4": what a user typed, for titles and the summary.
    static QString commandLine(const QJsonObject &parameters);
};

class ProgramCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCheck)
public:
    // Finds the program as execvp would (PATH from `environment` if set there, else ours; a name
    // with a slash relative to the working folder). False with a message naming the program and
    // what is wrong: not found, a folder, not executable, a bad working folder or variable.
    static bool check(const ProgramRequest &request, QString *resolved, QString *error);
};

} // namespace samtidig
