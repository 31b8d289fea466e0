// parseOptions(): what QCommandLineParser refuses, worded once for samtidig and samtidig-cli, and
// the window's command line saying it so.
#include "cmdline/parse_options.h"
#include "window/command_line.h"

#include <QCommandLineParser>
#include <QTest>

using namespace samtidig;

class TstParseOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalsAreWorded_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::newRow("fine") << QStringList { "--trace", "t.json", "--charts", "id" } << QString()
                              << QString();
        QTest::newRow("value with =") << QStringList { "--trace=t.json" } << QString() << QString();
        QTest::newRow("value that looks like an option")
            << QStringList { "--title", "--charts" } << QString() << QString();
        QTest::newRow("unknown") << QStringList { "--colour", "red" } << QString()
                                 << QStringLiteral("unknown option '--colour'.");
        QTest::newRow("unknown, with =")
            << QStringList { "--colour=red" } << QString() << QStringLiteral("unknown option '--colour'.");
        QTest::newRow("unknown for a command")
            << QStringList { "--trace", "t.json", "--colour" } << QStringLiteral("run")
            << QStringLiteral("unknown option '--colour' for run.");
        QTest::newRow("unknown short") << QStringList { "-x" } << QStringLiteral("run")
                                       << QStringLiteral("unknown option '-x' for run.");
        QTest::newRow("no value") << QStringList { "--charts", "--trace" } << QString()
                                  << QStringLiteral("--trace needs a value.");
        QTest::newRow("switch given a value")
            << QStringList { "--charts=yes", "--trace", "t.json" } << QString()
            << QStringLiteral("--charts takes no value (got 'yes').");
    }
    void refusalsAreWorded()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        QFETCH(QString, error);
        QCommandLineParser parser;
        parser.addOption(QCommandLineOption(QStringLiteral("trace"), QString(), QStringLiteral("file")));
        parser.addOption(QCommandLineOption(QStringLiteral("title"), QString(), QStringLiteral("text")));
        parser.addOption(QCommandLineOption(QStringLiteral("charts")));
        QString said;
        QCOMPARE(parseOptions(parser, QStringList { "program" } + args, command, &said), error.isEmpty());
        QCOMPARE(said, error);
    }

    // The window says what its own command line refuses the same way, then where to look.
    void windowSaysItTheSameWay()
    {
        LaunchOptions options;
        QString message;
        QCOMPARE(CommandLine::parse({ "samtidig", "--scenario" }, &options, &message),
                 CommandLine::Result::Error);
        QVERIFY2(message.startsWith(QStringLiteral("--scenario needs a value.\n")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("samtidig --help")), qPrintable(message));
        QCOMPARE(CommandLine::parse({ "samtidig", "--colour", "red" }, &options, &message),
                 CommandLine::Result::Error);
        QVERIFY2(message.startsWith(QStringLiteral("unknown option '--colour'.")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstParseOptions)
#include "tst_parseoptions.moc"
