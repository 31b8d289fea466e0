// The findings panel says when other programs took a notable share of the cores during a run, per
// phase when the phases differ, in English and Danish; and says nothing when they took little.
#include "builder/trace_builder.h"
#include "i18n/language.h"
#include "support/test_settings.h"
#include "trace/trace.h"
#include "window/scenario_info_panel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace samtidig;

namespace {

constexpr std::int64_t kMs = 1'000'000;

// A finished two-core kernel-source run of parallel-vs-concurrent, two phases of 1 s each. CPU 0:
// others busy `first`/`second` ticks (of 100) per phase; CPU 1: 5 ticks per phase besides our task,
// which ran there until 1.9 s and was then runnable for 100 ms.
Trace tracedRun(std::uint64_t first, std::uint64_t second)
{
    Trace t;
    TraceBuilder(t).restoreRun().scenario = QStringLiteral("parallel-vs-concurrent");
    TraceBuilder(t).setSource(SchedulingSource::Kernel, QString());
    TraceBuilder(t).restoreRun().outcome = RunOutcome::Completed;
    TraceBuilder(t).restoreRun().cpuCount = 2;
    TraceBuilder(t).restoreRun().events = 100;
    TraceBuilder(t).advanceEdgeTo(2000 * kMs);
    TraceBuilder(t).restoreTask(1) = TaskInfo { .id = 1, .name = QStringLiteral("worker") };
    TraceBuilder(t).restoreTaskLane(1).sched.append(0, 1900 * kMs, SpanState::Running);
    TraceBuilder(t).restoreTaskLane(1).sched.append(1900 * kMs, 2000 * kMs, SpanState::Runnable);
    TraceBuilder(t).restoreCpuLane(0);
    TraceBuilder(t).restoreCpuLane(1).spans.append(0, 1900 * kMs, SpanState::Running, 0, 1);
    TraceBuilder(t).restorePhases() = { Phase { 0, 1000 * kMs, QStringLiteral("Parallel") },
                                        Phase { 1000 * kMs, 2000 * kMs, QStringLiteral("Concurrent") } };
    TraceBuilder(t).restoreRun().machineLoad.tickNs = 10 * kMs;
    TraceBuilder(t).restoreRun().machineLoad.samples
        = { CpuBusySample { 0, { 0, 0 } }, CpuBusySample { 1000 * kMs, { first, 95 + 5 } },
            CpuBusySample { 2000 * kMs, { first + second, 190 + 5 } } };
    return t;
}

QString findings(const Trace &trace)
{
    ScenarioInfoPanel panel;
    panel.setScenario(trace.scenario());
    panel.setTrace(&trace);
    return panel.findChild<QLabel *>(QStringLiteral("findings"))->text();
}

} // namespace

class TstOtherProgramsFinding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_otherprogramsfinding"))); }
    void cleanup() { installLanguage(QStringLiteral("en")); }

    void saysWhatOthersTookOfTheRun()
    {
        const QString text = findings(tracedRun(40, 42));
        QVERIFY2(text.contains(QStringLiteral("Other programs used the cores too: CPU 0 41% of the run.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("CPU 1")), qPrintable(text)); // 5 %: not notable
        QVERIFY(text.contains(QStringLiteral("Your tasks had to wait for a CPU meanwhile")));
    }

    void namesThePhaseWhenThePhasesDiffer()
    {
        const QString text = findings(tracedRun(80, 2));
        QVERIFY2(text.contains(QStringLiteral(
                     "Other programs used the cores too: CPU 0 80% during \u201cParallel\u201d.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Concurrent")));
    }

    void saysNothingWhenOthersTookLittle()
    {
        QVERIFY(!findings(tracedRun(3, 4)).contains(QStringLiteral("Other programs")));
        Trace estimate = tracedRun(80, 80);
        TraceBuilder(estimate).restoreRun().source
            = SchedulingSource::Estimate; // no exact slices: no figure at all
        QVERIFY(!findings(estimate).contains(QStringLiteral("Other programs")));
        Trace unsampled = tracedRun(80, 80);
        TraceBuilder(unsampled).restoreRun().machineLoad = MachineLoad {};
        QVERIFY(!findings(unsampled).contains(QStringLiteral("Other programs")));
    }

    void danish()
    {
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString text = findings(tracedRun(40, 42));
        QVERIFY2(text.contains(
                     QStringLiteral("Andre programmer brugte også kernerne: kerne 0 i 41 % af kørslen.")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TstOtherProgramsFinding)
#include "tst_otherprogramsfinding.moc"
