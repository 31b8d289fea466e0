#pragma once
// The window's command line: samtidig [--scenario ID] [--set NAME=VALUE]... [--run] [--lang da|en]
// [--startup-time] [FILE]. Parsed and checked against the scenario registry (and FILE against the
// file system) before the window opens, so a bad value gives a clear message and exit code 2 instead
// of a window in a half-set state. FILE is a recording or Chrome trace to open, as a file manager
// passes it.

#include "scenarios/parameters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace samtidig {

struct LaunchOptions {
    QString scenario; // empty: the last one used
    std::vector<std::pair<QString, QString>> sets; // NAME=VALUE over the scenario's defaults
    ParamValues params; // the resolved values, when scenario is set
    bool run = false;
    QString language; // empty: saved choice or system locale
    QString file; // a recording (.samtidig) or Chrome trace (.json) to open; empty: none
    bool reportStartupTime = false; // print when the first frame was painted, then quit
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::CommandLine)
public:
    enum class Result { Ok, Help, Version, Error };

    // The language to start in: --lang if given and valid, else the saved choice, else the system's.
    static QString initialLanguage(const QStringList &arguments);
    // Parses and validates. On Help/Version, *message is the text to print on stdout; on Error,
    // the sentence to print on stderr (exit code 2).
    static Result parse(const QStringList &arguments, LaunchOptions *options, QString *message);
    // An existing, readable file that is not a folder; else false with the sentence saying why.
    static bool checkOpenableFile(const QString &path, QString *message);
    static constexpr int kBadCommandLine = 2;
};

} // namespace samtidig
