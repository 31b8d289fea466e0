// samtidig-cli record: a user's own program's locks, recorded by the preload library
// (core/preload/): waits with their holders, a deadlock found while the program hangs, and the
// program's own view of its calls (return values, errno, EINTR) unchanged.
#include "cli_runner.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using samtidig::test::readJsonFile;
using samtidig::test::runCli;

namespace {

QString program(const char *name)
{
    return QDir(QString::fromLocal8Bit(qgetenv("SAMTIDIG_TEST_PROGRAMS"))).filePath(QLatin1String(name));
}

QJsonObject taskTimes(const QJsonObject &summary, const QString &task)
{
    for (const auto &v : summary.value(QStringLiteral("task_times")).toArray())
        if (v.toObject().value(QStringLiteral("task")).toString() == task)
            return v.toObject();
    return {};
}

// The summary's lock entries whose name starts with `prefix` (a user's program names its locks by
// C type and address).
QList<QJsonObject> locksNamed(const QJsonObject &summary, const QString &prefix)
{
    QList<QJsonObject> out;
    const QJsonObject locks
        = summary.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("locks")).toObject();
    for (auto it = locks.begin(); it != locks.end(); ++it)
        if (it.key().startsWith(prefix))
            out << it.value().toObject();
    return out;
}

} // namespace

class TstCliRecordLocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockWaitShowsItsHolder()
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                       QStringLiteral("--trace"), tracePath, QStringLiteral("--"), program("lock_contend") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        QCOMPARE(
            s.value(QStringLiteral("program")).toObject().value(QStringLiteral("lock_source")).toString(),
            QStringLiteral("preload"));
        // The waiter waited most of the 300 ms the holder kept the mutex; the holder waited for nothing.
        const double waited
            = taskTimes(s, QStringLiteral("waiter")).value(QStringLiteral("lock_wait_ms")).toDouble();
        QVERIFY2(waited > 100, qPrintable(QString::number(waited)));
        QCOMPARE(taskTimes(s, QStringLiteral("holder")).value(QStringLiteral("lock_wait_ms")).toDouble(),
                 0.0);
        // One contended mutex, waited for by the waiter only; and the free one taken 1000 times,
        // counted though not drawn one by one.
        int contendedLocks = 0;
        bool counted = false;
        for (const QJsonObject &l : locksNamed(s, QStringLiteral("pthread_mutex_t 0x"))) {
            if (l.value(QStringLiteral("contended")).toInt() > 0) {
                ++contendedLocks;
                QCOMPARE(l.value(QStringLiteral("contended")).toInt(), 1);
                const QJsonObject byTask = l.value(QStringLiteral("wait_by_task_ms")).toObject();
                QVERIFY2(byTask.value(QStringLiteral("waiter")).toDouble() > 100,
                         qPrintable(QJsonDocument(l).toJson()));
                QVERIFY(byTask.value(QStringLiteral("holder")).toDouble() == 0);
            }
            counted = counted || l.value(QStringLiteral("acquisitions")).toInt() >= 1000;
        }
        QCOMPARE(contendedLocks, 1);
        QVERIFY(counted);
        // In the trace the wait names its holder.
        QFile f(tracePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray events
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("traceEvents")).toArray();
        int waits = 0;
        for (const auto &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("cat")).toString() != QLatin1String("lock_wait"))
                continue;
            ++waits;
            QCOMPARE(e.value(QStringLiteral("args")).toObject().value(QStringLiteral("holder")).toString(),
                     QStringLiteral("holder"));
        }
        QCOMPARE(waits, 1);
    }

    void deadlockIsFoundWhileTheProgramHangs()
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--timeout"), QStringLiteral("5"),
                       QStringLiteral("--summary"), summaryPath, QStringLiteral("--"), program("abba") });
        QCOMPARE(r.exitCode, 3); // deadlocked, detected, and ended by --timeout
        QVERIFY2(r.err.contains(QStringLiteral("Deadlock detected")), qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("deadlock"));
        const QJsonArray deadlocks
            = s.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("deadlocks")).toArray();
        QCOMPARE(deadlocks.size(), 1);
        const QJsonObject d = deadlocks.first().toObject();
        QStringList tasks;
        for (const auto &t : d.value(QStringLiteral("tasks")).toArray())
            tasks << t.toString();
        tasks.sort();
        QCOMPARE(tasks, (QStringList { QStringLiteral("left"), QStringLiteral("right") }));
        const QJsonArray locks = d.value(QStringLiteral("locks")).toArray();
        QCOMPARE(locks.size(), 2);
        QVERIFY(locks[0].toString() != locks[1].toString());
        for (const auto &l : locks)
            QVERIFY2(l.toString().startsWith(QStringLiteral("pthread_mutex_t 0x")), qPrintable(l.toString()));
    }

    void forkedChildRecordsItsOwnLocks()
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), program("fork_locks") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Two locks at one address, the parent's and the child's copy, each waited for once by its
        // process's waiter while its holder had it.
        const QList<QJsonObject> locks
            = locksNamed(readJsonFile(summaryPath), QStringLiteral("pthread_mutex_t 0x"));
        QCOMPARE(locks.size(), 2);
        for (const QJsonObject &l : locks) {
            QCOMPARE(l.value(QStringLiteral("contended")).toInt(), 1);
            QVERIFY(l.value(QStringLiteral("wait_by_task_ms"))
                        .toObject()
                        .value(QStringLiteral("waiter"))
                        .toDouble()
                    > 100);
        }
    }

    void childrenGiveTheirRingsBack()
    {
        // 700 children one after the other, more than the 512 rings: each gives its ring back at
        // exit(), so all are recorded, every acquisition counted (a refused child's count is lost).
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), program("fork_many"), QStringLiteral("700") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        const QList<QJsonObject> locks = locksNamed(s, QStringLiteral("pthread_mutex_t 0x"));
        QCOMPARE(locks.size(), 700);
        qint64 acquisitions = 0;
        for (const QJsonObject &l : locks)
            acquisitions += l.value(QStringLiteral("acquisitions")).toInteger();
        QCOMPARE(acquisitions, qint64 { 70000 });
    }

    void programSeesItsCallsUnchanged()
    {
        // Bare, then recorded: the same answers from every call, errno and EINTR included.
        QProcess bare;
        bare.start(program("errno_kept"), {});
        QVERIFY(bare.waitForFinished(30000));
        QCOMPARE(bare.exitCode(), 0);
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), program("errno_kept") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("all kept")), qPrintable(r.out));
        // The two counting threads contended: the recording saw the program's locks.
        QVERIFY(!locksNamed(readJsonFile(summaryPath), QStringLiteral("pthread_mutex_t 0x")).isEmpty());
    }

    void pythonThreadsWaitForTheGil()
    {
        // Two CPU-bound Python threads: one holds the GIL, the other waits on the GIL's condition
        // inside CPython's runtime (a timed wait, 5 ms at a time), and so on in turns.
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                       QStringLiteral("--"), QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                       QStringLiteral("import threading\n"
                                      "def burn():\n"
                                      "    n = 0\n"
                                      "    for i in range(2_000_000): n += i\n"
                                      "ts = [threading.Thread(target=burn) for _ in range(2)]\n"
                                      "[t.start() for t in ts]\n"
                                      "[t.join() for t in ts]\n") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        double gilWait = 0;
        double conditionWait = 0;
        int threadsThatWaited = 0;
        for (const auto &v : s.value(QStringLiteral("task_times")).toArray()) {
            const QJsonObject t = v.toObject();
            QVERIFY2(t.contains(QStringLiteral("gil_wait_ms")), qPrintable(QJsonDocument(t).toJson()));
            const double waited = t.value(QStringLiteral("gil_wait_ms")).toDouble();
            gilWait += waited;
            conditionWait += t.value(QStringLiteral("condition_wait_ms")).toDouble();
            threadsThatWaited += waited > 0 ? 1 : 0;
        }
        QVERIFY2(gilWait > 0, qPrintable(QString::number(gilWait)));
        QVERIFY(gilWait <= conditionWait);
        QVERIFY2(threadsThatWaited >= 2, qPrintable(QString::number(threadsThatWaited)));
    }

    void programWithoutLocksRunsUnchanged()
    {
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--"), QStringLiteral("/bin/echo"),
                                QStringLiteral("unchanged") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("unchanged")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TstCliRecordLocks)
#include "tst_cli_record_locks.moc"
