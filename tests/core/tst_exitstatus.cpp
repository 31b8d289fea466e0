// decodeWaitStatus: the one place a waitpid() status becomes an exit code or a signal, checked on
// statuses real children produce (exit, kill, stop) and on the -1 of a failed wait.
#include "runner/exit_status.h"

#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace samtidig;

namespace {
enum class Ends { Exit, Kill, Stop };

// A real child ended (or stopped) the way asked; returns the status waitpid() reported. The
// child raises its own signal with the default action (the test framework catches some).
int statusOfChild(Ends how, int value)
{
    const pid_t pid = fork();
    if (pid == 0) {
        if (how == Ends::Exit)
            _exit(value);
        const int sig = how == Ends::Stop ? SIGSTOP : value;
        signal(sig, SIG_DFL);
        sigset_t all;
        sigfillset(&all);
        sigprocmask(SIG_UNBLOCK, &all, nullptr);
        raise(sig);
        _exit(100); // not reached for the signals tested
    }
    int status = 0;
    waitpid(pid, &status, how == Ends::Stop ? WUNTRACED : 0);
    if (how == Ends::Stop) {
        kill(pid, SIGKILL);
        int ignored = 0;
        waitpid(pid, &ignored, 0);
    }
    return status;
}
} // namespace

class TestExitStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("exited");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("codeOrNegativeSignal");
        QTest::newRow("exit 0") << int(Ends::Exit) << 0 << true << 0 << 0 << 0;
        QTest::newRow("exit 3") << int(Ends::Exit) << 3 << true << 3 << 0 << 3;
        QTest::newRow("exit 255") << int(Ends::Exit) << 255 << true << 255 << 0 << 255;
        QTest::newRow("SIGKILL") << int(Ends::Kill) << int(SIGKILL) << false << 0 << int(SIGKILL) << -SIGKILL;
        QTest::newRow("SIGTERM") << int(Ends::Kill) << int(SIGTERM) << false << 0 << int(SIGTERM) << -SIGTERM;
        QTest::newRow("stopped") << int(Ends::Stop) << 0 << false << 0 << 0 << -1;
    }
    void decode()
    {
        QFETCH(int, how);
        QFETCH(int, value);
        QFETCH(bool, exited);
        QFETCH(int, code);
        QFETCH(int, signal);
        QFETCH(int, codeOrNegativeSignal);
        const ExitStatus s = decodeWaitStatus(statusOfChild(static_cast<Ends>(how), value));
        QCOMPARE(s.exited, exited);
        QCOMPARE(s.code, code);
        QCOMPARE(s.signal, signal);
        QCOMPARE(s.signalled(), signal != 0);
        QCOMPARE(s.codeOrNegativeSignal(), codeOrNegativeSignal);
    }

    void failedWaitIsNeither()
    {
        const ExitStatus s = decodeWaitStatus(-1);
        QVERIFY(!s.exited);
        QVERIFY(!s.signalled());
        QCOMPARE(s.codeOrNegativeSignal(), -1);
    }
};

QTEST_GUILESS_MAIN(TestExitStatus)
#include "tst_exitstatus.moc"
