// samtidig-cli record: a user's own, unmodified program on the lanes, and the hard cases of
// starting, following and ending any Linux program (tests/programs holds the test workloads).
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using samtidig::test::readJsonFile;
using samtidig::test::runCli;
using samtidig::test::testProgram;

namespace {

// Alive and not a zombie waiting for its parent.
bool alive(pid_t pid)
{
    if (kill(pid, 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line[close + 2] != 'Z';
}

QList<pid_t> pidsIn(const QString &path)
{
    QList<pid_t> pids;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                pids << static_cast<pid_t>(line.toInt());
    return pids;
}

bool waitUntilGone(const QList<pid_t> &pids, int ms)
{
    for (int waited = 0; waited < ms; waited += 20) {
        bool any = false;
        for (pid_t p : pids)
            any = any || alive(p);
        if (!any)
            return true;
        QThread::msleep(20);
    }
    return false;
}

const QJsonArray processTree(const QJsonObject &summary)
{
    return summary.value(QStringLiteral("process_tree")).toArray();
}

} // namespace

class TstCliRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badProgramIsRefusedAndNothingStarts_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("not found") << QStringLiteral("no-such-program-xyz")
                                   << QStringLiteral("was not found");
        QTest::newRow("missing path") << QStringLiteral("./nope/prog") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral("/tmp") << QStringLiteral("is a folder");
        QTest::newRow("not executable") << QStringLiteral("NOTEXEC") << QStringLiteral("is not executable");
    }
    void badProgramIsRefusedAndNothingStarts()
    {
        QFETCH(QString, what);
        QFETCH(QString, mustSay);
        QTemporaryDir dir;
        if (what == QLatin1String("NOTEXEC")) {
            what = dir.filePath(QStringLiteral("script.py"));
            QFile f(what);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("print(1)\n");
        }
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--"), what });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mustSay), qPrintable(r.err));
        QVERIFY2(r.err.contains(what) || what.startsWith(QLatin1Char('/')), qPrintable(r.err));
    }

    void exitStatusAndSignalAreToldApart()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                       QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 3") });
        QCOMPARE(r.exitCode, 7); // a complete recording of a program that failed
        QVERIFY2(r.out.contains(QStringLiteral("status 3")), qPrintable(r.out));
        QJsonObject s = readJsonFile(summary);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(s.value(QStringLiteral("program")).toObject().value(QStringLiteral("exit_status")).toInt(),
                 3);
        // The summary says it in words too, as the window's findings do.
        const auto inWords = [](const QJsonObject &written) {
            return written.value(QStringLiteral("program"))
                .toObject()
                .value(QStringLiteral("in_words"))
                .toArray();
        };
        QVERIFY2(inWords(s).at(0).toString().startsWith(
                     QStringLiteral("The program ended with exit status 3 after ")),
                 qPrintable(inWords(s).at(0).toString()));

        r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                     QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("kill -SEGV $$") });
        QCOMPARE(r.exitCode, 7);
        s = readJsonFile(summary);
        QCOMPARE(s.value(QStringLiteral("program")).toObject().value(QStringLiteral("signal")).toInt(),
                 SIGSEGV);
        QVERIFY2(inWords(s).at(0).toString().startsWith(
                     QStringLiteral("The program was killed by signal %1 (SIGSEGV)").arg(SIGSEGV)),
                 qPrintable(inWords(s).at(0).toString()));

        r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                     QStringLiteral("true") });
        QCOMPARE(r.exitCode, 0);
        s = readJsonFile(summary);
        QCOMPARE(s.value(QStringLiteral("program")).toObject().value(QStringLiteral("exit_status")).toInt(),
                 0);
        QCOMPARE(s.value(QStringLiteral("program")).toObject().value(QStringLiteral("program")).toString(),
                 QStringLiteral("true"));
    }

    void workingFolderAndEnvironmentReachTheProgram()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--cwd"), dir.path(), QStringLiteral("--env"),
                       QStringLiteral("SAMTIDIG_TEST_WORD=hej"), QStringLiteral("--summary"), summary,
                       QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("echo \"$SAMTIDIG_TEST_WORD\" > out.txt") });
        QCOMPARE(r.exitCode, 0);
        QFile out(dir.filePath(QStringLiteral("out.txt")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("hej\n"));
        const auto bad = runCli({ QStringLiteral("record"), QStringLiteral("--env"),
                                  QStringLiteral("NOEQUALS"), QStringLiteral("--"), QStringLiteral("true") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("NAME=VALUE")), qPrintable(bad.err));
    }

    // What follows the program's name is the program's, also when it looks like samtidig-cli's own
    // options (--lang, --trace): given to the program, with or without "--" before the program.
    void programArgumentsAreThePrograms()
    {
        QTemporaryDir dir;
        for (const bool dashes : { true, false }) {
            QStringList args { QStringLiteral("record"), QStringLiteral("--cwd"), dir.path() };
            if (dashes)
                args << QStringLiteral("--");
            args << QStringLiteral("/bin/sh") << QStringLiteral("-c")
                 << QStringLiteral("echo \"$*\" > out.txt") << QStringLiteral("sh")
                 << QStringLiteral("--lang") << QStringLiteral("da") << QStringLiteral("--trace");
            const auto r = runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("completed")), qPrintable(r.out)); // not in Danish
            QFile out(dir.filePath(QStringLiteral("out.txt")));
            QVERIFY(out.open(QIODevice::ReadOnly));
            QCOMPARE(out.readAll(), QByteArray("--lang da --trace\n"));
        }
    }

    void manyThreadsAllGetLanes()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary,
                                QStringLiteral("--"), testProgram("many_threads"), QStringLiteral("1000") },
                              120000);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = readJsonFile(summary);
        const QJsonArray tree = processTree(s);
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree[0].toObject().value(QStringLiteral("threads")).toInt(),
                 1001); // and the main thread
        QCOMPARE(s.value(QStringLiteral("dropped")).toInt(), 0);
    }

    void shortLivedThreadsAreAllSeen()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary,
                                QStringLiteral("--"), testProgram("short_threads"), QStringLiteral("10000") },
                              120000);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = readJsonFile(summary);
        QCOMPARE(processTree(s)[0].toObject().value(QStringLiteral("threads")).toInt(), 10001);
        QCOMPARE(s.value(QStringLiteral("dropped")).toInt(), 0);
    }

    void staticProgramIsRecordedToo()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                       testProgram("many_threads_static"), QStringLiteral("4") });
        QCOMPARE(r.exitCode, 0);
        // The kernel's records need nothing from the program: its threads are all there, and no
        // other (on failure: which tasks the recording had).
        const QJsonObject s = readJsonFile(summary);
        QVERIFY2(processTree(s)[0].toObject().value(QStringLiteral("threads")).toInt() == 5,
                 QJsonDocument(
                     QJsonObject { { QStringLiteral("process_tree"), processTree(s) },
                                   { QStringLiteral("task_times"), s.value(QStringLiteral("task_times")) } })
                     .toJson(QJsonDocument::Compact)
                     .constData());
    }

    void execRenamesTheProcess()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                       QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exec sleep 0.1") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray tree = processTree(readJsonFile(summary));
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree[0].toObject().value(QStringLiteral("command")).toString(), QStringLiteral("sleep"));
    }

    void recordingLastsUntilTheLastProcessEnds()
    {
        // The program exits at once; its child lives 1 s more, a daemon 2 s: the recording follows both.
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summary, QStringLiteral("--"),
                       testProgram("process_tree"), pidFile, QStringLiteral("1"), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = readJsonFile(summary);
        // The daemon sleeps 2 s after the program itself has ended: the recording covers it.
        QVERIFY2(s.value(QStringLiteral("wall_ms")).toDouble() >= 1900,
                 qPrintable(QString::number(s.value(QStringLiteral("wall_ms")).toDouble())));
        const QJsonArray tree = processTree(s);
        QVERIFY2(tree.size() >= 3, qPrintable(QString::number(tree.size()))); // program, child, daemon
        QCOMPARE(
            s.value(QStringLiteral("program")).toObject().value(QStringLiteral("processes_ended")).toInt(),
            3);
        QVERIFY(waitUntilGone(pidsIn(pidFile), 100));
    }

    void timeoutEndsTheWholeTree()
    {
        // A daemon that left the process group and a child that outlives the program: --timeout ends both.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--timeout"), QStringLiteral("1"),
                       QStringLiteral("--summary"), summary, QStringLiteral("--"),
                       testProgram("process_tree"), pidFile, QStringLiteral("60"), QStringLiteral("60") });
        QCOMPARE(r.exitCode, 4); // stopped by --timeout
        // Both are named as still running when the timeout stopped the recording.
        const QString words = readJsonFile(summary)
                                  .value(QStringLiteral("program"))
                                  .toObject()
                                  .value(QStringLiteral("in_words"))
                                  .toArray()
                                  .at(0)
                                  .toString();
        QVERIFY2(
            words.startsWith(QStringLiteral("2 of its processes were still running when the recording was "
                                            "stopped: ")),
            qPrintable(words));
        const QList<pid_t> pids = pidsIn(pidFile);
        QCOMPARE(pids.size(), 2);
        QVERIFY2(waitUntilGone(pids, 2000), "a process of the recorded program outlived the recording");
        // Well within the 60 s the processes meant to live.
        QVERIFY2(r.ms < 30000, qPrintable(QString::number(r.ms)));
    }

    void killingTheCliEndsTheProgram()
    {
        // SIGKILL gives the CLI no chance to clean up: the runner notices its parent's death and ends
        // the program's whole tree, the daemon that left the group included.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pids"));
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("SAMTIDIG_CLI")),
                { QStringLiteral("record"), QStringLiteral("--"), testProgram("process_tree"), pidFile,
                  QStringLiteral("60"), QStringLiteral("60") });
        QVERIFY(p.waitForStarted());
        QList<pid_t> pids;
        for (int waited = 0; waited < 10000 && pids.size() < 2; waited += 20) {
            QThread::msleep(20);
            pids = pidsIn(pidFile);
        }
        QCOMPARE(pids.size(), 2);
        for (pid_t pid : pids)
            QVERIFY(alive(pid));
        kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY2(waitUntilGone(pids, 5000), "the recorded program outlived the killed samtidig-cli");
    }
};

QTEST_GUILESS_MAIN(TstCliRecord)
#include "tst_cli_record.moc"
