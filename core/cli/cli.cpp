#include "cli/cli.h"

#include "cli/cli_commands.h"

#include <QCoreApplication>

namespace samtidig {

int cliMain(const QStringList &arguments, const ImageExporter &exporter)
{
    CliCommands commands(exporter);
    return commands.dispatch(arguments);
}

} // namespace samtidig
