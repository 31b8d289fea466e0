// samtidig: the window. Only main(): application, language, command line, window.
#include "i18n/language.h"
#include "version/version.h"
#include "window/command_line.h"
#include "window/main_window.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <algorithm>
#include <cstdio>
#include <string_view>

int main(int argc, char *argv[])
{
    // --help and --version only print, so they need no display (an SSH session has none).
    const bool printsOnly = std::any_of(argv + 1, argv + argc, [](std::string_view a) {
        return a == "--help" || a == "-h" || a == "--version" || a == "-v";
    });
    if (printsOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samtidig"));
    QCoreApplication::setApplicationName(QStringLiteral("samtidig"));
    QCoreApplication::setApplicationVersion(samtidig::samtidigVersion());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Samtidig"));
    QGuiApplication::setDesktopFileName(QStringLiteral("samtidig"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/samtidig/icons/samtidig.svg")));

    const QStringList arguments = QCoreApplication::arguments();
    samtidig::installLanguage(samtidig::CommandLine::initialLanguage(arguments));

    samtidig::LaunchOptions options;
    QString message;
    switch (samtidig::CommandLine::parse(arguments, &options, &message)) {
    case samtidig::CommandLine::Result::Help:
    case samtidig::CommandLine::Result::Version: std::fputs(qPrintable(message), stdout); return 0;
    case samtidig::CommandLine::Result::Error:
        std::fprintf(stderr, "samtidig: %s\n", qPrintable(message));
        return samtidig::CommandLine::kBadCommandLine;
    case samtidig::CommandLine::Result::Ok: break;
    }

    samtidig::MainWindow window;
    window.restoreSettings();
    if (!window.applyLaunchOptions(options, &message)) {
        QMessageBox::critical(&window, QStringLiteral("Samtidig"), message);
        return samtidig::CommandLine::kBadCommandLine;
    }
    window.show();
    // A file given as a file manager gives it: a damaged one leaves the window open, saying why.
    if (!options.file.isEmpty() && !window.openFile(options.file, &message)) {
        std::fprintf(stderr, "samtidig: %s\n", qPrintable(message));
        QMessageBox::warning(&window, QStringLiteral("Samtidig"), message);
    }
    return app.exec();
}
