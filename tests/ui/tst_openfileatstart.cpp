// `samtidig FILE`, as a file manager starts it for a double-clicked recording: the command line takes
// one recording (.samtidig) or Chrome trace (.json), the window shows it, and a missing, unreadable or
// damaged file gets a message naming the file and what is wrong with it.
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "support/synthetic_trace.h"
#include "support/test_settings.h"
#include "trace/trace.h"
#include "window/command_line.h"
#include "window/main_window.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace samtidig;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TstOpenFileAtStart : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_openfileatstart")));
        QVERIFY(m_dir.isValid());
        const Trace trace = syntheticTrace(500);
        QString error;
        QVERIFY2(writeRecording(trace, path("run.samtidig"), &error), qPrintable(error));
        QVERIFY2(exportChromeTrace(trace, path("run.json"), &error), qPrintable(error));
        QVERIFY(writeBytes(path("damaged.samtidig"), QByteArray("SAMTIDIG but nothing else")));
        QVERIFY(writeBytes(path("unreadable.samtidig"), QByteArray("x")));
        QVERIFY(QFile::setPermissions(path("unreadable.samtidig"), QFileDevice::WriteOwner));
    }

    void commandLineTakesOneFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("says"); // the file, or what the message must name
        using R = CommandLine::Result;
        QTest::newRow("recording") << QStringList { path("run.samtidig") } << int(R::Ok)
                                   << path("run.samtidig");
        QTest::newRow("chrome trace") << QStringList { path("run.json") } << int(R::Ok) << path("run.json");
        QTest::newRow("with a scenario")
            << QStringList { "--scenario", "threads", path("run.json") } << int(R::Ok) << path("run.json");
        QTest::newRow("missing") << QStringList { path("gone.samtidig") } << int(R::Error)
                                 << QStringLiteral("there is no such file");
        QTest::newRow("folder") << QStringList { m_dir.path() } << int(R::Error)
                                << QStringLiteral("it is a folder");
        QTest::newRow("two files") << QStringList { path("run.samtidig"), path("run.json") } << int(R::Error)
                                   << QStringLiteral("Only one file");
        QTest::newRow("file and --run") << QStringList { "--scenario", "threads", "--run", path("run.json") }
                                        << int(R::Error) << QStringLiteral("--run starts a new run");
        if (geteuid() != 0) // root reads any file
            QTest::newRow("unreadable") << QStringList { path("unreadable.samtidig") } << int(R::Error)
                                        << QStringLiteral("no permission to read it");
    }

    void commandLineTakesOneFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, result);
        QFETCH(QString, says);
        LaunchOptions options;
        QString message;
        QCOMPARE(int(CommandLine::parse(QStringList { "samtidig" } + args, &options, &message)), result);
        if (result == int(CommandLine::Result::Ok)) {
            QCOMPARE(options.file, says);
        } else {
            QVERIFY2(message.contains(says), qPrintable(message));
            if (args.size() == 1)
                QVERIFY2(message.contains(args.first()), qPrintable(message)); // names the file
        }
    }

    void helpNamesTheFileArgument()
    {
        LaunchOptions options;
        QString message;
        QCOMPARE(CommandLine::parse({ "samtidig", "--help" }, &options, &message), CommandLine::Result::Help);
        QVERIFY2(message.contains(QStringLiteral("[file]")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Chrome trace (.json)")), qPrintable(message));
    }

    void windowShowsTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("recording") << path("run.samtidig");
        QTest::newRow("chrome trace") << path("run.json");
    }

    void windowShowsTheFile()
    {
        QFETCH(QString, file);
        const Trace expected = syntheticTrace(500);
        MainWindow window;
        QString error;
        QVERIFY2(window.openFile(file, &error), qPrintable(error));
        QCOMPARE(window.currentTrace()->scenario(), expected.scenario());
        QCOMPARE(window.currentTrace()->taskLanes().size(), expected.taskLanes().size());
        QVERIFY(window.currentTrace()->taskLanes().size() > 0);
    }

    void damagedFileLeavesTheWindowAsItWas()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openFile(path("run.samtidig"), &error));
        const Trace *before = window.currentTrace();
        QVERIFY(!window.openFile(path("damaged.samtidig"), &error));
        QVERIFY2(!error.isEmpty(), "no message for a damaged recording");
        QCOMPARE(window.currentTrace(), before);
        QCOMPARE(window.currentTrace()->scenario(), syntheticTrace(500).scenario());
    }

    void executableRefusesAMissingFile()
    {
        // The real program: the reason on stderr, the command-line exit code, and no window.
        const QString gui
            = QFileInfo(qEnvironmentVariable("SAMTIDIG_RUNNER")).dir().filePath(QStringLiteral("samtidig"));
        QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui + QLatin1String(" is not built")));
        QProcess process;
        process.start(gui, { QStringLiteral("--lang"), QStringLiteral("en"), path("gone.samtidig") });
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), CommandLine::kBadCommandLine);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(path("gone.samtidig")) && err.contains(QStringLiteral("no such file")),
                 qPrintable(err));
    }
};

QTEST_MAIN(TstOpenFileAtStart)
#include "tst_openfileatstart.moc"
