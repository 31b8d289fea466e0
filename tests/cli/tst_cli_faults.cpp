// samtidig-cli under faults: killed with SIGKILL mid-run (its runner and every process of the run
// must go with it, and no half-written output is left), and stopped with Ctrl+C (SIGINT: a clean
// stop that still writes the summary); a deadlock its timeouts break is not called stuck.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <dirent.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

struct Proc {
    pid_t pid = 0;
    pid_t ppid = 0;
    pid_t pgrp = 0;
    char state = '?';
};

std::vector<Proc> processes()
{
    std::vector<Proc> all;
    DIR *d = opendir("/proc");
    while (dirent *e = readdir(d)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(e->d_name)));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 1).trimmed().split(' ');
        if (f.size() < 3 || f[0].isEmpty())
            continue;
        all.push_back({ static_cast<pid_t>(atoi(e->d_name)), f[1].toInt(), f[2].toInt(), f[0][0] });
    }
    closedir(d);
    return all;
}

// The runner is the CLI's child that leads its own process group.
pid_t runnerOf(pid_t cli)
{
    for (const Proc &p : processes())
        if (p.ppid == cli && p.pgrp == p.pid)
            return p.pid;
    return 0;
}

// Processes of the run's group that still exist and are not zombies (a zombie runs nothing).
std::vector<Proc> aliveInGroup(pid_t group)
{
    std::vector<Proc> alive;
    for (const Proc &p : processes())
        if (p.pgrp == group && p.state != 'Z')
            alive.push_back(p);
    return alive;
}

std::vector<Proc> inGroup(pid_t group)
{
    std::vector<Proc> all;
    for (const Proc &p : processes())
        if (p.pgrp == group)
            all.push_back(p);
    return all;
}

QString describe(const std::vector<Proc> &list)
{
    QStringList parts;
    for (const Proc &p : list)
        parts << QStringLiteral("%1 (%2, parent %3)").arg(p.pid).arg(QLatin1Char(p.state)).arg(p.ppid);
    return parts.join(QStringLiteral(", "));
}

bool waitFor(int timeoutMs, const std::function<bool()> &done)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        QCoreApplication::processEvents();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// Starts the CLI and waits until its run is under way: the runner exists and, for a deadlock, the
// CLI has said it found one (so the kill lands in the middle of the run, not before it).
bool startRun(QProcess &cli, const QStringList &args, bool waitForDeadlock, pid_t *runner, QByteArray *err)
{
    cli.start(QString::fromLocal8Bit(qgetenv("SAMTIDIG_CLI")), args);
    if (!cli.waitForStarted(10000))
        return false;
    const pid_t pid = static_cast<pid_t>(cli.processId());
    return waitFor(30000, [&] {
        *err += cli.readAllStandardError();
        if (*runner == 0)
            *runner = runnerOf(pid);
        if (*runner == 0)
            return false;
        if (waitForDeadlock)
            return err->contains("Deadlock detected");
        return inGroup(*runner).size() >= 2 || err->contains("Deadlock"); // the workload has forked
    });
}

} // namespace

class TstCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Orphans of a killed CLI are re-parented to us rather than to init, so that this test can
        // reap them and leave the machine as it found it.
        QCOMPARE(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void killedCliTakesItsRunAlong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("deadlock");
        QTest::newRow("deadlock") << QStringList { QStringLiteral("run"), QStringLiteral("deadlock"),
                                                   QStringLiteral("--timeout"), QStringLiteral("30") }
                                  << true;
        QTest::newRow("forked processes")
            << QStringList { QStringLiteral("run"),       QStringLiteral("processes"),
                             QStringLiteral("--set"),     QStringLiteral("processes=3"),
                             QStringLiteral("--set"),     QStringLiteral("work_ms=10000"),
                             QStringLiteral("--timeout"), QStringLiteral("30") }
            << false;
    }
    void killedCliTakesItsRunAlong()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, deadlock);
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        QProcess cli;
        pid_t runner = 0;
        QByteArray err;
        QVERIFY2(startRun(cli, args << QStringLiteral("--summary") << summary, deadlock, &runner, &err),
                 err.constData());
        const std::vector<Proc> before = inGroup(runner);
        QVERIFY(!before.empty());

        QCOMPARE(kill(static_cast<pid_t>(cli.processId()), SIGKILL), 0);
        QVERIFY(cli.waitForFinished(10000));
        // Parent-death signal and process group: everything of the run is gone within a second.
        std::vector<Proc> alive;
        const bool gone = waitFor(1000, [&] {
            alive = aliveInGroup(runner);
            return alive.empty();
        });
        QVERIFY2(gone, qPrintable(QStringLiteral("still alive after 1 s: ") + describe(alive)));

        // As subreaper we inherited the dead runner and its children: reap them, and only them
        // (the group's members now, not `before`: a slow machine may have forked more since).
        for (const Proc &p : inGroup(runner))
            waitFor(2000, [&] { return waitpid(p.pid, nullptr, WNOHANG) != 0; });
        QVERIFY2(inGroup(runner).empty(), qPrintable(describe(inGroup(runner))));

        // No half-written output: the summary is absent, or complete; no temporary file is left.
        if (QFile::exists(summary)) {
            QFile f(summary);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError parse {};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
            QCOMPARE(parse.error, QJsonParseError::NoError);
            QVERIFY(doc.object().contains(QStringLiteral("outcome")));
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.isEmpty() || files == QStringList { QStringLiteral("s.json") },
                 qPrintable(files.join(u' ')));
    }

    void interruptStopsCleanly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("deadlock");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("exitCode");
        // Exit codes as --help gives them: 3 deadlocked, 4 stopped without a deadlock.
        QTest::newRow("deadlock") << QStringList { QStringLiteral("run"), QStringLiteral("deadlock"),
                                                   QStringLiteral("--timeout"), QStringLiteral("30") }
                                  << true << QStringLiteral("deadlock") << 3;
        QTest::newRow("forked processes")
            << QStringList { QStringLiteral("run"),       QStringLiteral("processes"),
                             QStringLiteral("--set"),     QStringLiteral("processes=3"),
                             QStringLiteral("--set"),     QStringLiteral("work_ms=10000"),
                             QStringLiteral("--timeout"), QStringLiteral("30") }
            << false << QStringLiteral("stopped") << 4;
    }
    void interruptStopsCleanly()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, deadlock);
        QFETCH(QString, outcome);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        QProcess cli;
        pid_t runner = 0;
        QByteArray err;
        QVERIFY2(startRun(cli, args << QStringLiteral("--summary") << summary, deadlock, &runner, &err),
                 err.constData());

        QCOMPARE(kill(static_cast<pid_t>(cli.processId()), SIGINT), 0);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), exitCode);
        // The CLI itself killed and reaped the whole group before it exited.
        QVERIFY2(inGroup(runner).empty(), qPrintable(describe(inGroup(runner))));

        QFile f(summary);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), outcome);
        QVERIFY(s.value(QStringLiteral("events")).toInteger() > 0); // what ran before Ctrl+C is kept
    }

    // The timeout scenario's first round always forms a deadlock, and its timeouts break it: the CLI
    // says it found one without claiming the run stays stuck, and the run completes.
    void deadlockWithTimeoutsIsNotCalledStuck_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("goesOn");
        QTest::addColumn<QString>("stuck");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("its waits have timeouts, so the run goes on")
                            << QStringLiteral("stays stuck");
        QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("dens ventetider har timeouts")
                            << QStringLiteral("hænger fast");
    }

    void deadlockWithTimeoutsIsNotCalledStuck()
    {
        QFETCH(QString, language);
        QFETCH(QString, goesOn);
        QFETCH(QString, stuck);
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const samtidig::test::CliResult r
            = samtidig::test::runCli({ QStringLiteral("--lang"), language, QStringLiteral("run"),
                                       QStringLiteral("timeout"), QStringLiteral("--summary"), summary },
                                     120000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(samtidig::test::readJsonFile(summary).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("completed"));
        QVERIFY2(r.err.contains(goesOn), qPrintable(r.err));
        QVERIFY2(!r.err.contains(stuck), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliFaults)
#include "tst_cli_faults.moc"
