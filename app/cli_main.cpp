// samtidig-cli: run Samtidig's scenarios headless and export what they recorded.
#include "cli/cli.h"

#ifdef SAMTIDIG_WITH_UI
#include "export/image_export.h"

#include <QGuiApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char **argv)
{
#ifdef SAMTIDIG_WITH_UI
    // The CLI never opens a window: images are painted offscreen, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const samtidig::ImageExporter exporter = samtidig::exportImagesForCli;
#else
    QCoreApplication app(argc, argv);
    const samtidig::ImageExporter exporter;
#endif
    QCoreApplication::setApplicationName(QStringLiteral("samtidig-cli"));
    return samtidig::cliMain(QCoreApplication::arguments(), exporter);
}
