// samtidig-cli: run Samtidig's scenarios headless and export what they recorded.
#include "cli/cli.h"

#include <QApplication>

int main(int argc, char **argv)
{
    samtidig::prepareOffscreenPainting();
    QApplication app(argc, argv); // the exported charts are the window's chart widgets
    QCoreApplication::setApplicationName(QStringLiteral("samtidig-cli"));
    return samtidig::cliMain(QCoreApplication::arguments());
}
