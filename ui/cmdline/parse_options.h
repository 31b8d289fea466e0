#pragma once
// Both programs' command lines (samtidig and samtidig-cli) go through QCommandLineParser; what it
// refuses is worded here once, as sentences a user can act on: "--trace needs a value.",
// "unknown option '--colour' for run.", in the UI language.

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace samtidig {

// Parses `arguments` (the first is the program's name). On failure *error says what was wrong;
// `command` names the subcommand the options were given to ("run"), empty for none.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                  QString *error);

} // namespace samtidig
