// CodeSites: an address of a program's code turned into "function (file.cpp:line)" from
// /proc/PID/maps, the ELF symbol table and addr2line, looked up from outside the program. Here the
// program is this test itself (built with debug information) and the Qt library it loads.
#include "runner/child_output.h"
#include "runner/code_sites.h"
#include "runner/elf_symbols.h"
#include "support/run_helpers.h"

#include <QCoreApplication>
#include <QTest>

#include <unistd.h>

using namespace samtidig;

namespace {

// The line of the call in callSite() is what describe() must name.
[[gnu::noinline]] std::uint64_t whereAmI()
{
    return reinterpret_cast<std::uint64_t>(__builtin_return_address(0)) - 1;
}

[[gnu::noinline]] std::uint64_t callSite(int *line)
{
    const std::uint64_t at = (*line = __LINE__, whereAmI());
    asm volatile("" ::: "memory"); // keeps the call a call, not a tail call
    return at;
}

} // namespace

class TstCodeSites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesMaps_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("path");
        QTest::addColumn<qulonglong>("start");
        QTest::addColumn<qulonglong>("offset");
        QTest::newRow("program") << QByteArray(
            "55d0c8a00000-55d0c8a02000 r-xp 00002000 fd:01 1234   /usr/bin/prog\n")
                                 << 1 << QStringLiteral("/usr/bin/prog") << 0x55d0c8a00000ull << 0x2000ull;
        QTest::newRow("space in path")
            << QByteArray("7f0000000000-7f0000001000 r-xp 00000000 fd:01 99 /home/a b/libx.so") << 1
            << QStringLiteral("/home/a b/libx.so") << 0x7f0000000000ull << 0ull;
        QTest::newRow("anonymous") << QByteArray("7f0000000000-7f0000001000 rw-p 00000000 00:00 0") << 0
                                   << QString() << 0ull << 0ull;
        QTest::newRow("heap") << QByteArray("01000000-02000000 rw-p 00000000 00:00 0   [heap]") << 0
                              << QString() << 0ull << 0ull;
        QTest::newRow("deleted") << QByteArray(
            "7f0000000000-7f0000001000 r-xp 00000000 fd:01 9 /tmp/old.so (deleted)")
                                 << 0 << QString() << 0ull << 0ull;
        QTest::newRow("garbage") << QByteArray("zz-yy r-xp 0 fd:01 9 /bin/x") << 0 << QString() << 0ull
                                 << 0ull;
    }
    void parsesMaps()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, count);
        const std::vector<MappedFile> maps = parseProcMaps(line);
        QCOMPARE(int(maps.size()), count);
        if (count == 0)
            return;
        QFETCH(QString, path);
        QFETCH(qulonglong, start);
        QFETCH(qulonglong, offset);
        QCOMPARE(maps.front().path, path);
        QCOMPARE(qulonglong(maps.front().start), start);
        QCOMPARE(qulonglong(maps.front().offset), offset);
    }

    void dropsParameters_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("name");
        QTest::newRow("c") << QStringLiteral("worker") << QStringLiteral("worker");
        QTest::newRow("c++") << QStringLiteral("worker(void*)") << QStringLiteral("worker");
        QTest::newRow("method const")
            << QStringLiteral("ns::A::run(int) const") << QStringLiteral("ns::A::run");
        QTest::newRow("function pointer parameter")
            << QStringLiteral("call(void (*)(int))") << QStringLiteral("call");
        QTest::newRow("anonymous namespace")
            << QStringLiteral("(anonymous namespace)::worker(void*)") << QStringLiteral("worker");
        QTest::newRow("lambda") << QStringLiteral("main::{lambda()#1}::operator()() const")
                                << QStringLiteral("main::{lambda()#1}::operator()");
    }
    void dropsParameters()
    {
        QFETCH(QString, function);
        QFETCH(QString, name);
        QCOMPARE(withoutParameters(function), name);
    }

    void namesFunctionAndLineInThisProgram()
    {
        CodeSites sites;
        int line = 0;
        const QString where = sites.describe(getpid(), callSite(&line));
        // addr2line is in binutils (samtidig.sh installs it): with it the line, without it the function.
        QVERIFY2(where.startsWith(QLatin1String("callSite")), qPrintable(where));
        QCOMPARE(where, QStringLiteral("callSite (tst_code_sites.cpp:%1)").arg(line));
        // Asked again: the same answer, from what it remembers.
        QCOMPARE(sites.describe(getpid(), callSite(&line)), where);
    }

    void namesAFunctionOfALibrary()
    {
        // Qt's library: its exported function's name from the dynamic symbol table.
        CodeSites sites;
        const auto address = reinterpret_cast<std::uint64_t>(&qVersion);
        QVERIFY2(sites.describe(getpid(), address).startsWith(QLatin1String("qVersion")),
                 qPrintable(sites.describe(getpid(), address)));
    }

    void nothingWhereNothingIsMapped()
    {
        CodeSites sites;
        QCOMPARE(sites.describe(getpid(), 8), QString());
        QCOMPARE(sites.describe(0x7fffffff, 0x401000), QString()); // no such process
    }

    void helperProgramsOutputStatusAndEnd()
    {
        // addr2line is started this way: what it wrote, its status, and no child left behind.
        const int before = test::childProcessCount();
        const ChildOutput done = runForOutput(
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo one; echo two >&2; exit 3") },
            5000);
        QCOMPARE(done.outcome, ChildOutcome::Finished);
        QCOMPARE(done.output, QByteArray("one\n")); // standard error is not read
        QCOMPARE(done.exitStatus, 3);
        const ChildOutput missing = runForOutput({ QStringLiteral("samtidig-no-such-program") }, 5000);
        QCOMPARE(missing.outcome, ChildOutcome::NotFound);
        // One that does not end in time is killed and reaped.
        const ChildOutput slow = runForOutput(
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo partial; exec sleep 30") },
            300);
        QCOMPARE(slow.outcome, ChildOutcome::TimedOut);
        QVERIFY(slow.output.isEmpty());
        QCOMPARE(test::childProcessCount(), before);
    }

    void symbolsOfAFileThatIsNoElf()
    {
        const ElfSymbols notElf(QString::fromLocal8Bit(qgetenv("SAMTIDIG_SOURCE_DIR"))
                                + QStringLiteral("/README.md"));
        QVERIFY(!notElf.isValid());
        const ElfSymbols missing(QStringLiteral("/no/such/file"));
        QVERIFY(!missing.isValid());
    }
};

QTEST_GUILESS_MAIN(TstCodeSites)
#include "tst_code_sites.moc"
