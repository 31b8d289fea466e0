// A live run while another program (a CPU hog this test forks, pinned to CPU 0) keeps CPU 0 busy:
// the trace must say that other programs used a clear share of CPU 0, and what it says for CPU 0
// must leave room for our own task's time there (busy minus ours, not busy alone).
#include "analysis/other_programs.h"
#include "analysis/utilization.h"
#include "session/summary.h"
#include "support/kernel_source_required.h"
#include "support/run_helpers.h"

#include <QJsonArray>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/wait.h>

using namespace samtidig;

namespace {

// A child process that spins on CPU 0 until this object goes away; then killed and reaped.
class CpuHog
{
public:
    CpuHog()
    {
        const pid_t parent = ::getpid();
        m_pid = ::fork();
        if (m_pid == 0) {
            // Should this test die before its destructor runs, the hog must not spin on forever.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(0);
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(0, &set);
            ::sched_setaffinity(0, sizeof set, &set);
            volatile unsigned long n = 0;
            for (;;)
                n = n + 1; // nothing else: the child of a threaded process must not allocate
        }
        if (m_pid < 0)
            qWarning("fork for the CPU hog: %s", std::strerror(errno));
    }
    ~CpuHog()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
    }
    CpuHog(const CpuHog &) = delete;
    CpuHog &operator=(const CpuHog &) = delete;
    bool running() const { return m_pid > 0; }

private:
    pid_t m_pid = -1;
};

int percentOf(const OtherProgramsLoad &load, int cpu)
{
    for (const OtherProgramsShare &s : load.cpus)
        if (s.cpu == cpu)
            return s.percent;
    return -1;
}

} // namespace

class TstOtherProgramsLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hogOnCpu0IsSeen()
    {
        RunSession session;
        {
            CpuHog hog;
            QVERIFY(hog.running());
            // Our one spinning thread shares CPU 0 with the hog for 600 ms of CPU time.
            const RunRequest request = test::request(QStringLiteral("spin"),
                                                     { { QStringLiteral("threads"), QStringLiteral("1") },
                                                       { QStringLiteral("work_ms"), QStringLiteral("600") },
                                                       { QStringLiteral("pin_cpu"), QStringLiteral("0") } });
            QVERIFY(test::runToEnd(session, request, 60000));
        }
        QCOMPARE(test::childProcessCount(), 0); // the hog is reaped, the runner gone
        const Trace &trace = session.trace();
        if (trace.source() != SchedulingSource::Kernel)
            SAMTIDIG_KERNEL_SOURCE_MISSING(trace.sourceNote().toUtf8());
        QVERIFY2(trace.machineLoad().samples.size() >= 3, qPrintable(trace.machineLoad().note));

        const OtherProgramsLoad load = otherProgramsLoad(trace);
        QCOMPARE(load.status, OtherProgramsStatus::Measured);
        const int others = percentOf(load, 0);
        QVERIFY2(others > 15, qPrintable(QStringLiteral("others on CPU 0: %1 %").arg(others)));
        // Our own share of CPU 0 over the same window is not counted as others' (a tick's slack).
        const double ours = coreUtilization(trace, 1, load.startNs, load.endNs).at(0).busy.front() * 100;
        QVERIFY2(ours > 15, qPrintable(QStringLiteral("ours on CPU 0: %1 %").arg(ours)));
        QVERIFY2(others + ours <= 110,
                 qPrintable(QStringLiteral("others %1 % + ours %2 %").arg(others).arg(ours)));

        // The summary carries the same figure.
        const QJsonArray shares
            = runSummary(trace, -1).value(QStringLiteral("other_programs_cpu_share")).toArray();
        QVERIFY(!shares.isEmpty());
        QCOMPARE(shares.at(0).toObject().value(QStringLiteral("cpu")).toInt(), 0);
        QCOMPARE(shares.at(0).toObject().value(QStringLiteral("percent")).toInt(), others);
    }

    void estimateSourceHasNoFigure()
    {
        RunSession session;
        const RunRequest request = test::request(QStringLiteral("spin"),
                                                 { { QStringLiteral("threads"), QStringLiteral("1") },
                                                   { QStringLiteral("work_ms"), QStringLiteral("300") } },
                                                 RunRequest::Source::Estimate);
        QVERIFY(test::runToEnd(session, request, 60000));
        QCOMPARE(otherProgramsLoad(session.trace()).status, OtherProgramsStatus::EstimateSource);
        QCOMPARE(runSummary(session.trace(), -1)
                     .value(QStringLiteral("other_programs_cpu_share_missing"))
                     .toString(),
                 QStringLiteral("estimate_source"));
    }
};

QTEST_GUILESS_MAIN(TstOtherProgramsLive)
#include "tst_otherprogramslive.moc"
