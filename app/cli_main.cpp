// samtidig-cli: run Samtidig's scenarios headless and export what they recorded.
#include "cli/cli.h"

#ifdef SAMTIDIG_WITH_UI
#include "export/image_export.h"

#include <QApplication>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QCoreApplication>
#endif

int main(int argc, char **argv)
{
#ifdef SAMTIDIG_WITH_UI
    // The CLI never opens a window: images are painted offscreen, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless shells often have no XDG_RUNTIME_DIR; give Qt the private one it would pick itself,
    // instead of letting it print a warning into the CLI's output.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
        if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QApplication app(argc, argv); // the exported charts are the window's chart widgets
    const samtidig::ImageExporter exporter = samtidig::exportImagesForCli;
#else
    QCoreApplication app(argc, argv);
    const samtidig::ImageExporter exporter;
#endif
    QCoreApplication::setApplicationName(QStringLiteral("samtidig-cli"));
    return samtidig::cliMain(QCoreApplication::arguments(), exporter);
}
