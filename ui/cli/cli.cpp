#include "cli/cli.h"

#include "cli/cli_commands.h"

#include <QByteArray>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace samtidig {

void prepareOffscreenPainting()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless shells often have no XDG_RUNTIME_DIR; give Qt the private one it would pick itself.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
        if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

int cliMain(const QStringList &arguments)
{
    CliCommands commands;
    return commands.dispatch(arguments);
}

} // namespace samtidig
