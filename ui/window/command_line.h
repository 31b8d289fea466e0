#pragma once
// The window's command line: samtidig [--scenario ID] [--set NAME=VALUE]... [--run] [--lang da|en].
// Parsed and checked against the scenario registry before the window opens, so a bad value gives
// a clear message and exit code 2 instead of a window in a half-set state.

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
    static constexpr int kBadCommandLine = 2;
};

} // namespace samtidig
