// libsamtidig-preload.so as the dynamic loader sees it in every recorded program: it exports the
// functions it interposes and nothing else (every other symbol it exported would be one more the
// loader could bind a program to, and one more lookup), it needs only the C library (a C++ runtime
// loaded into every recorded program costs milliseconds), a recorded process that forks does
// not pay for tables it never filled, and the ring's pages are mapped ahead of its records.
#include "support/cli_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using samtidig::test::runCli;

namespace {

QString preloadPath()
{
    return QFileInfo(QString::fromLocal8Bit(qgetenv("SAMTIDIG_RUNNER")))
        .dir()
        .filePath(QStringLiteral("libsamtidig-preload.so"));
}

QString program(const char *name)
{
    return QDir(QString::fromLocal8Bit(qgetenv("SAMTIDIG_TEST_PROGRAMS"))).filePath(QLatin1String(name));
}

// What a binutils tool printed, or a failed test naming what could not run.
QString toolOutput(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

// fork_faults run bare or recorded: the page faults its child had between fork and its first
// instruction, or -1.
long childFaults(bool recorded)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("faults"));
    const QStringList command = { program("fork_faults"), out };
    if (recorded) {
        if (runCli(QStringList { QStringLiteral("record"), QStringLiteral("--") } + command).exitCode != 0)
            return -1;
    } else if (QProcess::execute(command.front(), command.mid(1)) != 0) {
        return -1;
    }
    QFile f(out);
    bool ok = false;
    const long faults = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLong(&ok) : -1;
    return ok ? faults : -1;
}

} // namespace

class TestPreloadLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsOnlyTheInterposedFunctions()
    {
        QVERIFY2(QFileInfo::exists(preloadPath()), qPrintable(preloadPath()));
        const QString listing = toolOutput(
            QStringLiteral("nm"), { QStringLiteral("-D"), QStringLiteral("--defined-only"), preloadPath() });
        QVERIFY2(!listing.isEmpty(), "nm -D --defined-only gave nothing");
        QStringList exported;
        for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            exported << line.section(QLatin1Char(' '), -1);
        exported.sort();
        QStringList expected = {
            QStringLiteral("pthread_cond_clockwait"),
            QStringLiteral("pthread_cond_signal"),
            QStringLiteral("pthread_cond_timedwait"),
            QStringLiteral("pthread_cond_wait"),
            QStringLiteral("pthread_mutex_clocklock"),
            QStringLiteral("pthread_mutex_lock"),
            QStringLiteral("pthread_mutex_timedlock"),
            QStringLiteral("pthread_mutex_trylock"),
            QStringLiteral("pthread_mutex_unlock"),
            QStringLiteral("pthread_rwlock_clockrdlock"),
            QStringLiteral("pthread_rwlock_clockwrlock"),
            QStringLiteral("pthread_rwlock_rdlock"),
            QStringLiteral("pthread_rwlock_timedrdlock"),
            QStringLiteral("pthread_rwlock_timedwrlock"),
            QStringLiteral("pthread_rwlock_tryrdlock"),
            QStringLiteral("pthread_rwlock_trywrlock"),
            QStringLiteral("pthread_rwlock_unlock"),
            QStringLiteral("pthread_rwlock_wrlock"),
            QStringLiteral("sem_clockwait"),
            QStringLiteral("sem_timedwait"),
            QStringLiteral("sem_wait"),
        };
        expected.sort();
        QCOMPARE(exported, expected);
    }

    void needsOnlyTheCLibrary()
    {
        const QString dynamic
            = toolOutput(QStringLiteral("readelf"), { QStringLiteral("-d"), preloadPath() });
        QVERIFY2(!dynamic.isEmpty(), "readelf -d gave nothing");
        QStringList needed;
        for (const QString &line : dynamic.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("(NEEDED)")))
                needed << line.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0);
        QCOMPARE(needed, QStringList { QStringLiteral("libc.so.6") });
    }

    // The child of a process that named no lock empties no table: the fork handler used to fault
    // in all 24 pages of them (96 KiB) in every child.
    void forkedChildFaultsInNoEmptyTable()
    {
        const long bare = childFaults(false);
        const long recorded = childFaults(true);
        QVERIFY2(bare > 0 && recorded > 0,
                 qPrintable(QStringLiteral("bare %1, recorded %2").arg(bare).arg(recorded)));
        qInfo("page faults from fork to the child's first instruction: bare %ld, recorded %ld", bare,
              recorded);
        QVERIFY2(
            recorded <= bare + 12,
            qPrintable(QStringLiteral("recorded child faulted %1 pages, bare %2").arg(recorded).arg(bare)));
    }

    // A thread's first record maps the next 64 KiB of its ring (16 pages) in one system call:
    // touched one by one, each page is a page fault, and on a virtual machine a fault costs ten
    // times what mapping it does (`python3 -c pass` writes 11 pages of GIL turns as it starts).
    // Counted from the recorded program's own page table.
    void ringPagesAreMappedAhead()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pages"));
        const auto result
            = runCli({ QStringLiteral("record"), QStringLiteral("--"), program("ring_pages"), out });
        QCOMPARE(result.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bool ok = false;
        const long pages = f.readAll().trimmed().toLong(&ok);
        QVERIFY(ok);
        qInfo("pages of the rings mapped in the recorded program: %ld", pages);
        // The 16 ahead of its first record (one or two, as it writes them, without).
        QVERIFY2(pages >= 16, qPrintable(QString::number(pages)));
    }
};

QTEST_GUILESS_MAIN(TestPreloadLibrary)
#include "tst_preload_library.moc"
