// What other programs used of each core: /proc/stat parsing, and busy ticks minus our own slices
// over a window, from hand-made samples.
#include "analysis/other_programs.h"
#include "builder/trace_builder.h"
#include "sched/proc_stat.h"
#include "trace/trace.h"

#include <QTest>

using namespace samtidig;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kTick = 10 * kMs;

// A kernel-source trace of `cpus` CPUs lasting endMs, sampled at the given times with the given
// cumulative busy ticks per CPU.
Trace sampledTrace(int cpus, std::int64_t endMs,
                   const std::vector<std::pair<std::int64_t, std::vector<std::uint64_t>>> &samples)
{
    Trace t;
    TraceBuilder b(t);
    b.describeRun(QString(), {}, cpus);
    b.setSource(SchedulingSource::Kernel, QString());
    b.advanceEdgeTo(endMs * kMs);
    b.setMachineLoadTick(kTick);
    for (const auto &[ms, ticks] : samples)
        b.addMachineLoadSample(CpuBusySample { ms * kMs, ticks });
    return t;
}

std::vector<int> percents(const OtherProgramsLoad &load)
{
    std::vector<int> out;
    for (const OtherProgramsShare &s : load.cpus)
        out.push_back(s.percent);
    return out;
}

} // namespace

class TstOtherPrograms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesBusyTicksPerCpu()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        const std::string_view text = "cpu  100 2 30 5000 7 1 1 0 0 0\n"
                                      "cpu0 50 1 10 2500 3 1 1 2 9 9\n"
                                      "cpu2 40 0 20 2500 4 0 0 0 0 0\n"
                                      "intr 12345 0 0\n"
                                      "ctxt 999\n";
        const std::vector<std::uint64_t> busy = parseProcStatBusy(text);
        QCOMPARE(busy.size(), std::size_t(3));
        QCOMPARE(busy[0], std::uint64_t(50 + 1 + 10 + 1 + 1 + 2)); // idle and iowait left out
        QCOMPARE(busy[1], MachineLoad::kUnknownTicks); // offline: not listed
        QCOMPARE(busy[2], std::uint64_t(60));
        QVERIFY(parseProcStatBusy("cpu  1 2 3 4 5 6 7 8\nintr 1\n").empty());
        QVERIFY(parseProcStatBusy("cpu0 1 2 3\n").empty()); // too few fields
    }

    void readsThisMachine()
    {
        std::vector<std::uint64_t> busy;
        QString error;
        QVERIFY2(readProcStatBusy(&busy, &error), qPrintable(error));
        QVERIFY(!busy.empty());
        QCOMPARE(procStatTickNs(), kTick); // USER_HZ is 100 on Linux
    }

    void busyMinusOurOwnTime()
    {
        // 1 s: CPU 0 busy 60 ticks (600 ms), of which we ran 200 ms -> others 40 %.
        // CPU 1 busy 30 ticks, we ran 400 ms (tick accounting missed some) -> clamped to 0 %.
        // CPU 2 busy 25 ticks, we never ran there -> 25 %.
        Trace t = sampledTrace(3, 1000, { { 0, { 1000, 2000, 3000 } }, { 1000, { 1060, 2030, 3025 } } });
        TraceBuilder(t).restoreCpuLane(0).spans.append(100 * kMs, 300 * kMs, SpanState::Running, 0, 1);
        TraceBuilder(t).restoreCpuLane(1).spans.append(0, 400 * kMs, SpanState::Running, 0, 2);
        const OtherProgramsLoad load = otherProgramsLoad(t);
        QCOMPARE(load.status, OtherProgramsStatus::Measured);
        QCOMPARE(load.startNs, 0);
        QCOMPARE(load.endNs, 1000 * kMs);
        QCOMPARE(percents(load), (std::vector<int> { 40, 0, 25 }));
        QCOMPARE(load.cpus[2].cpu, 2);
    }

    void windowUsesTheNearestSamples()
    {
        // Two phases of 500 ms; CPU 0 busy with others only in the second.
        Trace t = sampledTrace(
            1, 1000, { { 0, { 0 } }, { 80, { 0 } }, { 490, { 0 } }, { 580, { 9 } }, { 1000, { 50 } } });
        QCOMPARE(percents(otherProgramsLoad(t, 0, 500 * kMs)), std::vector<int> { 0 });
        const OtherProgramsLoad second = otherProgramsLoad(t, 500 * kMs, 1000 * kMs);
        QCOMPARE(second.startNs, 490 * kMs);
        QCOMPARE(percents(second), std::vector<int> { 98 }); // 500 ms of 510 ms, rounded
    }

    void noFigureWithoutAGoodWindow()
    {
        Trace t = sampledTrace(1, 1000, { { 0, { 0 } }, { 150, { 10 } }, { 1000, { 60 } } });
        QCOMPARE(otherProgramsLoad(t, 0, 150 * kMs).status, OtherProgramsStatus::WindowTooShort);
        QVERIFY(otherProgramsLoad(t, 0, 150 * kMs).cpus.empty());
        QCOMPARE(otherProgramsLoad(t).status, OtherProgramsStatus::Measured);

        // Samples after the trace's known end are not used: our slices there are not in yet.
        t = sampledTrace(1, 160, { { 0, { 0 } }, { 150, { 10 } }, { 1000, { 60 } } });
        QCOMPARE(otherProgramsLoad(t).status, OtherProgramsStatus::WindowTooShort);

        Trace estimate = sampledTrace(1, 1000, { { 0, { 0 } }, { 1000, { 60 } } });
        TraceBuilder(estimate).setSource(SchedulingSource::Estimate, QString());
        QCOMPARE(otherProgramsLoad(estimate).status, OtherProgramsStatus::EstimateSource);

        Trace unsampled = sampledTrace(1, 1000, {});
        QCOMPARE(otherProgramsLoad(unsampled).status, OtherProgramsStatus::NotSampled);
    }

    void cpuOfflineAtOneEndIsLeftOut()
    {
        Trace t = sampledTrace(2, 1000, { { 0, { 0, MachineLoad::kUnknownTicks } }, { 1000, { 30, 40 } } });
        const OtherProgramsLoad load = otherProgramsLoad(t);
        QCOMPARE(load.cpus.size(), std::size_t(1));
        QCOMPARE(load.cpus[0].cpu, 0);
        QCOMPARE(load.cpus[0].percent, 30);
    }
};

QTEST_GUILESS_MAIN(TstOtherPrograms)
#include "tst_otherprograms.moc"
