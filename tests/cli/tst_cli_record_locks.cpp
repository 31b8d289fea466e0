// samtidig-cli record: a user's own program's locks, recorded by the preload library
// (core/preload/): waits with their holders, a deadlock found while the program hangs, and the
// program's own view of its calls (return values, errno, EINTR) unchanged.
#include "support/cli_runner.h"
#include "support/gil_check.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using samtidig::test::gilHeldOnCpuOrReady;
using samtidig::test::readJsonFile;
using samtidig::test::runCli;
using samtidig::test::testProgram;

namespace {

QJsonObject taskTimes(const QJsonObject &summary, const QString &task)
{
    for (const auto &v : summary.value(QStringLiteral("task_times")).toArray())
        if (v.toObject().value(QStringLiteral("task")).toString() == task)
            return v.toObject();
    return {};
}

// A user's program's mutex is named by where it was first taken ("mutex at worker (race.c:14)"), or
// by its C type and address when that is not known (a child that ended before it was looked up).
bool isMutexName(const QString &name)
{
    return name.startsWith(QLatin1String("mutex at "))
        || name.startsWith(QLatin1String("pthread_mutex_t 0x"));
}

// The summary's lock entries whose name starts with `prefix` (or is a mutex's, for "mutex").
QList<QJsonObject> locksNamed(const QJsonObject &summary, const QString &prefix)
{
    QList<QJsonObject> out;
    const QJsonObject locks
        = summary.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("locks")).toObject();
    for (auto it = locks.begin(); it != locks.end(); ++it)
        if (prefix == QLatin1String("mutex") ? isMutexName(it.key()) : it.key().startsWith(prefix))
            out << it.value().toObject();
    return out;
}

// The line of `source` (tests/programs/) that holds `text`, first from the top: where a lock is taken.
int lineOf(const char *source, const char *text)
{
    QFile f(QString::fromLocal8Bit(qgetenv("SAMTIDIG_SOURCE_DIR")) + QStringLiteral("/tests/programs/")
            + QLatin1String(source));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return int(i) + 1;
    return -1;
}

QJsonArray traceEvents(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("traceEvents")).toArray();
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
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--trace"), tracePath, QStringLiteral("--"),
                                testProgram("lock_contend") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        QCOMPARE(
            s.value(QStringLiteral("program")).toObject().value(QStringLiteral("lock_source")).toString(),
            QStringLiteral("preload"));
        QVERIFY(!s.value(QStringLiteral("program"))
                     .toObject()
                     .contains(QStringLiteral("processes_without_lock_records")));
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
        for (const QJsonObject &l : locksNamed(s, QStringLiteral("mutex"))) {
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
        // Each named by where it was first taken, looked up in the window's process: the function
        // from the symbol table, the line from addr2line.
        const QJsonObject locks
            = s.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("locks")).toObject();
        QVERIFY2(locks.contains(QStringLiteral("mutex at holder (lock_contend.cpp:%1)")
                                    .arg(lineOf("lock_contend.cpp", "pthread_mutex_lock(&g_mutex);"))),
                 qPrintable(locks.keys().join(QLatin1Char(','))));
        QVERIFY2(locks.contains(QStringLiteral("mutex at main (lock_contend.cpp:%1)")
                                    .arg(lineOf("lock_contend.cpp", "pthread_mutex_lock(&g_free);"))),
                 qPrintable(locks.keys().join(QLatin1Char(','))));
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
                       QStringLiteral("--summary"), summaryPath, QStringLiteral("--"), testProgram("abba") });
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
            QVERIFY2(l.toString().startsWith(QStringLiteral("mutex at left (abba.cpp:"))
                         || l.toString().startsWith(QStringLiteral("mutex at right (abba.cpp:")),
                     qPrintable(l.toString()));
    }

    void forkedChildRecordsItsOwnLocks()
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), testProgram("fork_locks") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Two locks at one address, the parent's and the child's copy, each waited for once by its
        // process's waiter while its holder had it.
        const QJsonObject s = readJsonFile(summaryPath);
        // The forked child records too: no process without lock records.
        QVERIFY(!s.value(QStringLiteral("program"))
                     .toObject()
                     .contains(QStringLiteral("processes_without_lock_records")));
        const QList<QJsonObject> locks = locksNamed(s, QStringLiteral("mutex"));
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
                                QStringLiteral("--"), testProgram("fork_many"), QStringLiteral("700") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        const QList<QJsonObject> locks = locksNamed(s, QStringLiteral("mutex"));
        QCOMPARE(locks.size(), 700);
        // Each child ended within a millisecond, before its maps could be read: its lock is named
        // by its parent's code, the same at that address (a fork without exec).
        const QString where = QStringLiteral("mutex at main (fork_many.cpp:%1)")
                                  .arg(lineOf("fork_many.cpp", "pthread_mutex_lock(&g_mutex)"));
        QCOMPARE(locksNamed(s, where).size(), 700);
        qint64 acquisitions = 0;
        for (const QJsonObject &l : locks)
            acquisitions += l.value(QStringLiteral("acquisitions")).toInteger();
        QCOMPARE(acquisitions, qint64 { 70000 });
    }

    void programSeesItsCallsUnchanged()
    {
        // Bare, then recorded: the same answers from every call, errno and EINTR included.
        QProcess bare;
        bare.start(testProgram("errno_kept"), {});
        QVERIFY(bare.waitForFinished(30000));
        QCOMPARE(bare.exitCode(), 0);
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), testProgram("errno_kept") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("all kept")), qPrintable(r.out));
        // The two counting threads contended: the recording saw the program's locks.
        QVERIFY(!locksNamed(readJsonFile(summaryPath), QStringLiteral("mutex")).isEmpty());
    }

    void pythonThreadsWaitForTheGil()
    {
        // Two CPU-bound Python threads: one holds the GIL, the other waits on the GIL's condition
        // inside CPython's runtime (a timed wait, 5 ms at a time), and so on in turns.
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--trace"), tracePath, QStringLiteral("--"),
                                QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                                QString::fromLatin1(samtidig::test::kTwoCpuBoundPythonThreads) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        double gilWait = 0;
        double conditionWait = 0;
        int threadsThatWaited = 0;
        int threadsThatHeld = 0;
        for (const auto &v : s.value(QStringLiteral("task_times")).toArray()) {
            const QJsonObject t = v.toObject();
            QVERIFY2(t.contains(QStringLiteral("gil_wait_ms")), qPrintable(QJsonDocument(t).toJson()));
            QVERIFY2(t.contains(QStringLiteral("gil_held_ms")), qPrintable(QJsonDocument(t).toJson()));
            const double waited = t.value(QStringLiteral("gil_wait_ms")).toDouble();
            gilWait += waited;
            conditionWait += t.value(QStringLiteral("condition_wait_ms")).toDouble();
            threadsThatWaited += waited > 0 ? 1 : 0;
            // A burning thread holds the GIL much of its life: its 2 M additions take tens of ms.
            threadsThatHeld += t.value(QStringLiteral("gil_held_ms")).toDouble() > 5 ? 1 : 0;
        }
        // The interpreter's own mutexes that guard the GIL are named so, not by a place in its binary.
        QVERIFY(!locksNamed(s, QStringLiteral("GIL mutex 0x")).isEmpty());
        QVERIFY2(gilWait > 0, qPrintable(QString::number(gilWait)));
        QVERIFY(gilWait <= conditionWait);
        QVERIFY2(threadsThatWaited >= 2, qPrintable(QString::number(threadsThatWaited)));
        // The main thread holds it at the start and the end; the two burners between.
        QVERIFY2(threadsThatHeld >= 3, qPrintable(QString::number(threadsThatHeld)));
        // The GIL is in the wait-for graph: threads that take turns with it are no deadlock.
        QCOMPARE(s.value(QStringLiteral("analysis"))
                     .toObject()
                     .value(QStringLiteral("deadlocks"))
                     .toArray()
                     .size(),
                 0);
        // In words: the threads took turns. Two threads, or three when the main thread's hold at the
        // start overlaps the first waits.
        const QJsonObject gil = s.value(QStringLiteral("gil")).toObject();
        QVERIFY2(gil.value(QStringLiteral("threads")).toInt() >= 2, qPrintable(QJsonDocument(gil).toJson()));
        QVERIFY2(gil.value(QStringLiteral("finding"))
                     .toString()
                     .contains(QStringLiteral(
                         "threads wanted to run, but only one may hold the GIL: they took turns")),
                 qPrintable(QJsonDocument(gil).toJson()));
        if (s.value(QStringLiteral("scheduling_source")).toString() == QLatin1String("kernel")) {
            // Only one holds the GIL at a time: whatever the cores, about one is used (the hand-over
            // and the interpreter's own work without the GIL make up the rest).
            QVERIFY2(gil.value(QStringLiteral("cores_used")).toDouble() <= 1.2,
                     qPrintable(QJsonDocument(gil).toJson()));
            // Checked against the kernel: a thread shown holding the GIL is on a core or ready for
            // one (preempted) nearly all that time, never waiting for something else. Only when the
            // picture is the kernel's truth: a record that reached the model late was moved in time.
            // Under a sanitizer the recorder's own process runs several times slower beside the
            // interpreter (0.93 was seen under ASan): a bound of timing, not of memory or races, so
            // it is wider there and still far from what a wrong GIL lane would give.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
            constexpr double kHeldOnCpuOrReady = 0.85;
#else
            constexpr double kHeldOnCpuOrReady = 0.95;
#endif
            const double share = gilHeldOnCpuOrReady(traceEvents(tracePath));
            qInfo("GIL held on a core or ready: %.3f of the time (late records: %lld)", share,
                  s.value(QStringLiteral("late_records")).toInteger());
            if (s.value(QStringLiteral("late_records")).toInteger() == 0)
                QVERIFY2(share >= kHeldOnCpuOrReady, qPrintable(QString::number(share)));
        }
    }

    void mixedCycleOfTheGilAndAMutexIsFound()
    {
        // A C extension's classic, with ctypes: a thread takes a C mutex with the GIL dropped (CDLL
        // drops it around the call) and wants the GIL back; the main thread waits for that mutex
        // with the GIL held (PyDLL keeps it). The wait-for graph takes the GIL as a lock.
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                QStringLiteral("--summary"), summaryPath, QStringLiteral("--"),
                                QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                                QStringLiteral("import ctypes, threading, time\n"
                                               "free = ctypes.CDLL(None)\n"
                                               "held = ctypes.PyDLL(None)\n"
                                               "m = ctypes.create_string_buffer(64)\n"
                                               "taken = threading.Event()\n"
                                               "def extension():\n"
                                               "    free.pthread_mutex_lock(m)\n"
                                               "    taken.set()\n"
                                               "    time.sleep(0.2)\n"
                                               "    free.pthread_mutex_unlock(m)\n"
                                               "threading.Thread(target=extension).start()\n"
                                               "taken.wait()\n"
                                               "held.pthread_mutex_lock(m)\n") });
        QCOMPARE(r.exitCode, 3); // deadlocked, detected, and ended by --timeout
        QVERIFY2(r.err.contains(QStringLiteral("Deadlock detected")), qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("deadlock"));
        const QJsonArray deadlocks
            = s.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("deadlocks")).toArray();
        QCOMPARE(deadlocks.size(), 1);
        const QJsonObject d = deadlocks.first().toObject();
        QStringList locks;
        for (const auto &l : d.value(QStringLiteral("locks")).toArray())
            locks << l.toString();
        locks.sort();
        QCOMPARE(locks.size(), 2);
        QCOMPARE(locks[0], QStringLiteral("GIL"));
        QVERIFY2(isMutexName(locks[1]), qPrintable(locks[1]));
        QCOMPARE(d.value(QStringLiteral("tasks")).toArray().size(), 2);
        // The GIL's holder kept it: no "took turns" beside the deadlock.
        QVERIFY(!s.value(QStringLiteral("gil")).toObject().contains(QStringLiteral("finding")));
    }

    void rwlockReadersShareAndTheWriterWaits()
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const QString tracePath = dir.filePath(QStringLiteral("t.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--trace"), tracePath, QStringLiteral("--"),
                                testProgram("rwlock_readers") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("late read timed out")), qPrintable(r.out));
        const QJsonObject s = readJsonFile(summaryPath);
        // One rwlock, named where a reader first took it; the late reader's timed attempt gave up.
        const QString name = QStringLiteral("rwlock at reader (rwlock_readers.cpp:%1)")
                                 .arg(lineOf("rwlock_readers.cpp", "pthread_rwlock_rdlock(&g_lock);"));
        const QJsonObject lock = s.value(QStringLiteral("analysis"))
                                     .toObject()
                                     .value(QStringLiteral("locks"))
                                     .toObject()
                                     .value(name)
                                     .toObject();
        QVERIFY2(!lock.isEmpty(),
                 qPrintable(QJsonDocument(s.value(QStringLiteral("analysis")).toObject()).toJson()));
        QCOMPARE(lock.value(QStringLiteral("timeouts")).toInt(), 1);
        QVERIFY(lock.value(QStringLiteral("acquisitions")).toInt() >= 4); // three readers and the writer
        // The writer waited for all three readers (200 ms after they met); no reader waited.
        QVERIFY2(taskTimes(s, QStringLiteral("writer")).value(QStringLiteral("lock_wait_ms")).toDouble()
                     > 100,
                 qPrintable(QJsonDocument(taskTimes(s, QStringLiteral("writer"))).toJson()));
        for (const char *reader : { "reader1", "reader2", "reader3" })
            QCOMPARE(taskTimes(s, QLatin1String(reader)).value(QStringLiteral("lock_wait_ms")).toDouble(),
                     0.0);
        // In the trace the three readers hold it at the same time, and the writer after them.
        std::vector<std::pair<double, int>> edges; // (time, +1 begin / -1 end) of the readers' holds
        double writerHeldFrom = -1;
        double readersDone = 0;
        const QJsonArray events = traceEvents(tracePath);
        QMap<int, QString> threadNames; // tid -> lane name ("reader1 · locks")
        QStringList heldNames;
        for (const auto &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name"))
                threadNames[e.value(QStringLiteral("tid")).toInt()]
                    = e.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString();
        }
        for (const auto &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("cat")).toString() != QLatin1String("lock_held"))
                continue;
            heldNames << e.value(QStringLiteral("args")).toObject().value(QStringLiteral("lock")).toString();
            if (heldNames.last() != name)
                continue;
            const double from = e.value(QStringLiteral("ts")).toDouble();
            const double to = from + e.value(QStringLiteral("dur")).toDouble();
            const QString who = threadNames.value(e.value(QStringLiteral("tid")).toInt());
            if (who.startsWith(QLatin1String("reader"))) {
                edges.emplace_back(from, 1);
                edges.emplace_back(to, -1);
                readersDone = std::max(readersDone, to);
            } else if (who.startsWith(QLatin1String("writer"))) {
                writerHeldFrom = from;
            }
        }
        std::sort(edges.begin(), edges.end());
        int holding = 0;
        int most = 0;
        for (const auto &[t, d] : edges)
            most = std::max(most, holding += d);
        QVERIFY2(most == 3,
                 qPrintable(QStringLiteral("%1 at once, %2 events, %3 lanes")
                                .arg(most)
                                .arg(events.size())
                                .arg(threadNames.size())
                            + heldNames.join(QLatin1Char(','))));
        QVERIFY2(writerHeldFrom >= readersDone,
                 qPrintable(QStringLiteral("%1 < %2").arg(writerHeldFrom).arg(readersDone)));
    }

    // "after 1000 others": the two locks are named and their orders recorded after the preload
    // library's near tables are full (240 names, 224 pairs), in its far ones; "after 4096 others":
    // after both tables of pairs are full (4 320 in all), recorded each time instead of once.
    void lockOrderWarnedThoughTheLocksNeverContended_data()
    {
        QTest::addColumn<int>("others");
        QTest::newRow("two locks") << 0;
        QTest::newRow("after 1000 others") << 1000;
        QTest::newRow("after 4096 others") << 4096;
    }

    void lockOrderWarnedThoughTheLocksNeverContended()
    {
        QFETCH(int, others);
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--summary"), summaryPath,
                                QStringLiteral("--"), testProgram("lock_order"), QString::number(others) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        const QJsonObject analysis = s.value(QStringLiteral("analysis")).toObject();
        QCOMPARE(analysis.value(QStringLiteral("deadlocks")).toArray().size(), 0);
        const QJsonArray cycles = analysis.value(QStringLiteral("lock_order_cycles")).toArray();
        QVERIFY2(cycles.size() == 1, qPrintable(QJsonDocument(analysis).toJson()));
        // Both locks, named where "first" took them.
        QStringList names;
        for (const auto &l : cycles.first().toArray())
            names << l.toString();
        const QString text = names.join(QLatin1Char(','));
        QCOMPARE(names.size(), 2);
        QVERIFY2(text.contains(QStringLiteral("mutex at first (lock_order.cpp:%1)")
                                   .arg(lineOf("lock_order.cpp", "pthread_mutex_lock(&g_a);"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("mutex at first (lock_order.cpp:%1)")
                                   .arg(lineOf("lock_order.cpp", "pthread_mutex_lock(&g_b);"))),
                 qPrintable(text));
        // Never contended: nobody waited. Every lock named where "first" took it, each once.
        const QList<QJsonObject> mutexes = locksNamed(s, QStringLiteral("mutex"));
        QCOMPARE(mutexes.size(), others + 2);
        for (const QJsonObject &l : mutexes)
            QCOMPARE(l.value(QStringLiteral("contended")).toInt(), 0);
    }

    void programWithoutLocksRunsUnchanged()
    {
        const auto r = runCli({ QStringLiteral("record"), QStringLiteral("--"), QStringLiteral("/bin/echo"),
                                QStringLiteral("unchanged") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("unchanged")), qPrintable(r.out));
    }

    // What the preload cannot see is named in the summary (lock_source, and the processes without
    // lock records) and in the findings' words, each with a real program.
    void staticProgramIsNamedAsUnseen()
    {
        const QJsonObject s = recordSummary({ testProgram("many_threads_static"), QStringLiteral("2") });
        const QJsonObject p = s.value(QStringLiteral("program")).toObject();
        QCOMPARE(p.value(QStringLiteral("lock_source")).toString(),
                 QStringLiteral("none: statically linked"));
        const QJsonArray unseen = p.value(QStringLiteral("processes_without_lock_records")).toArray();
        QCOMPARE(unseen.size(), 1);
        QCOMPARE(unseen[0].toObject().value(QStringLiteral("pid")).toInt(),
                 p.value(QStringLiteral("pid")).toInt());
        QVERIFY2(inWords(p).contains(QStringLiteral("is statically linked")), qPrintable(inWords(p)));
    }

    void setuidProgramIsNamedAsUnseen()
    {
        // The loader ignores LD_PRELOAD in a program that runs as someone else. As root: a copy of
        // lock_contend that runs as nobody; as anyone else: mount, set-uid root on every Debian.
        QTemporaryDir dir;
        QStringList command = { QStringLiteral("/bin/mount"), QStringLiteral("--version") };
        if (geteuid() == 0) {
            const QString copy = dir.filePath(QStringLiteral("lock_contend_as_nobody"));
            QVERIFY(QFile::copy(testProgram("lock_contend"), copy));
            QVERIFY(chown(QFile::encodeName(copy).constData(), 65534, 65534) == 0);
            QVERIFY(chmod(QFile::encodeName(copy).constData(), 04755) == 0);
            command = { copy };
        }
        const QJsonObject s = recordSummary(command);
        const QJsonObject p = s.value(QStringLiteral("program")).toObject();
        QCOMPARE(p.value(QStringLiteral("lock_source")).toString(),
                 QStringLiteral("none: setuid, setgid or file capabilities"));
        QVERIFY2(inWords(p).contains(QStringLiteral("(setuid, setgid or file capabilities)")),
                 qPrintable(inWords(p)));
        QVERIFY(locksNamed(s, QStringLiteral("mutex")).isEmpty()); // it ran, unseen
    }

    void clearedEnvironmentLeavesAProcessUnseen()
    {
        // env -i becomes lock_contend with no environment: env loaded the library, the program it
        // exec'd (the same pid) did not, and its contended mutex is not in the recording.
        const QJsonObject s = recordSummary(
            { QStringLiteral("/usr/bin/env"), QStringLiteral("-i"), testProgram("lock_contend") });
        const QJsonObject p = s.value(QStringLiteral("program")).toObject();
        QCOMPARE(p.value(QStringLiteral("lock_source")).toString(), QStringLiteral("preload"));
        const QJsonArray unseen = p.value(QStringLiteral("processes_without_lock_records")).toArray();
        QCOMPARE(unseen.size(), 1);
        QCOMPARE(unseen[0].toObject().value(QStringLiteral("command")).toString(),
                 QStringLiteral("lock_contend"));
        QVERIFY(locksNamed(s, QStringLiteral("mutex")).isEmpty());
        QVERIFY2(inWords(p).contains(
                     QStringLiteral("lock_contend (pid %1)").arg(p.value(QStringLiteral("pid")).toInt())),
                 qPrintable(inWords(p)));
    }

    void goProgramIsNamedAsUnseen()
    {
        // Go's toolchain writes a .go.buildinfo section into every program; lock_contend with one
        // added (objcopy) is taken for a Go program from its file, before it runs.
        QTemporaryDir dir;
        const QString info = dir.filePath(QStringLiteral("buildinfo"));
        QFile f(info);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("\xff Go buildinf:") > 0);
        f.close();
        const QString copy = dir.filePath(QStringLiteral("go_like"));
        QCOMPARE(QProcess::execute(QStringLiteral("objcopy"),
                                   { QStringLiteral("--add-section"), QStringLiteral(".go.buildinfo=") + info,
                                     testProgram("lock_contend"), copy }),
                 0);
        const QJsonObject p = recordSummary({ copy }).value(QStringLiteral("program")).toObject();
        QCOMPARE(p.value(QStringLiteral("lock_source")).toString(), QStringLiteral("none: Go runtime"));
        QVERIFY2(inWords(p).contains(QStringLiteral("is a Go program")), qPrintable(inWords(p)));
    }

    void noLocksRecordsTheKernelsViewOnly()
    {
        // --no-locks: the same program, its threads on the lanes, its contended mutex not recorded,
        // and the summary and the findings say why.
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r
            = runCli({ QStringLiteral("record"), QStringLiteral("--no-locks"), QStringLiteral("--summary"),
                       summaryPath, QStringLiteral("--"), testProgram("lock_contend") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = readJsonFile(summaryPath);
        const QJsonObject p = s.value(QStringLiteral("program")).toObject();
        QCOMPARE(p.value(QStringLiteral("lock_source")).toString(), QStringLiteral("none: not asked for"));
        QCOMPARE(p.value(QStringLiteral("record_locks")).toBool(true), false);
        QVERIFY(!p.contains(QStringLiteral("processes_without_lock_records")));
        QVERIFY(locksNamed(s, QStringLiteral("mutex")).isEmpty());
        QVERIFY2(inWords(p).contains(QStringLiteral("the recording was started without them")),
                 qPrintable(inWords(p)));
        // The kernel's view is all there: the three threads, the waiter blocked for most of 300 ms.
        QCOMPARE(s.value(QStringLiteral("process_tree"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("threads"))
                     .toInt(),
                 3);
        QVERIFY(taskTimes(s, QStringLiteral("waiter")).value(QStringLiteral("blocked_ms")).toDouble() > 100);
    }

private:
    static QJsonObject recordSummary(const QStringList &command)
    {
        QTemporaryDir dir;
        const QString summaryPath = dir.filePath(QStringLiteral("s.json"));
        const auto r = runCli(QStringList { QStringLiteral("record"), QStringLiteral("--summary"),
                                            summaryPath, QStringLiteral("--") }
                              + command);
        if (r.exitCode != 0)
            qWarning("record %s: exit %d: %s", qPrintable(command.join(QLatin1Char(' '))), r.exitCode,
                     qPrintable(r.err));
        return readJsonFile(summaryPath);
    }
    static QString inWords(const QJsonObject &program)
    {
        QStringList words;
        for (const QJsonValue &v : program.value(QStringLiteral("in_words")).toArray())
            words << v.toString();
        return words.join(QLatin1Char(' '));
    }
};

QTEST_GUILESS_MAIN(TstCliRecordLocks)
#include "tst_cli_record_locks.moc"
