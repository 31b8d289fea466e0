// The findings panel lists a race's lost updates a page at a time, each with a link that shows it
// in the timeline, and links to the pages before and after: none is out of reach.
#include "builder/trace_builder.h"
#include "trace/trace.h"
#include "window/scenario_info_panel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace samtidig;

namespace {

constexpr int kLost = 12;

// A finished race whose analysis found kLost lost updates, lost update i around (i + 1) ms.
Trace raceWithLostUpdates()
{
    Trace t;
    TraceBuilder(t).restoreRun().scenario = QStringLiteral("race");
    TraceBuilder(t).restoreRun().outcome = RunOutcome::Completed;
    TraceBuilder(t).advanceEdgeTo(20'000'000);
    TraceBuilder(t).restoreTask(1) = TaskInfo { .id = 1, .name = QStringLiteral("adder 1") };
    TraceBuilder(t).restoreTask(2) = TaskInfo { .id = 2, .name = QStringLiteral("adder 2") };
    for (int i = 0; i < kLost; ++i) {
        const std::int64_t at = (i + 1) * 1'000'000;
        TraceBuilder(t).restoreAnalysis().lostUpdates.push_back(
            LostUpdate { 20, 1, at, std::uint64_t(i + 1), 2, at + 4000, std::uint64_t(i + 1), at - 2000 });
    }
    return t;
}

} // namespace

class TstLostUpdateFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLostUpdateIsReachable()
    {
        const Trace trace = raceWithLostUpdates();
        ScenarioInfoPanel panel;
        panel.setScenario(QStringLiteral("race"));
        panel.setTrace(&trace);
        auto *findings = panel.findChild<QLabel *>(QStringLiteral("findings"));
        QVERIFY(findings);
        QSignalSpy show(&panel, &ScenarioInfoPanel::showTimeRequested);
        // Page by page, each lost update once, with its link.
        QStringList seen;
        for (int page = 0; page < 10; ++page) {
            const QString text = panel.findingsText();
            for (int i = 0; i < kLost; ++i)
                if (text.contains(QStringLiteral("href=\"lost:%1\"").arg(i)))
                    seen << QString::number(i);
            const qsizetype next = text.indexOf(QStringLiteral("href=\"page:"));
            const qsizetype nextAfterPrevious = text.lastIndexOf(QStringLiteral("href=\"page:"));
            if (!text.contains(QStringLiteral(">Next<")))
                break;
            QVERIFY(next >= 0);
            const QString link = text.mid(nextAfterPrevious + 6).section(QLatin1Char('"'), 0, 0);
            Q_EMIT findings->linkActivated(link);
        }
        QCOMPARE(seen.size(), kLost);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), qsizetype(kLost));
        // A lost update's link asks the timeline to show it: its stale read up to the overwrite.
        Q_EMIT findings->linkActivated(QStringLiteral("lost:3"));
        QCOMPARE(show.size(), 1);
        const auto start = show.at(0).at(0).value<std::int64_t>();
        const auto end = show.at(0).at(1).value<std::int64_t>();
        QVERIFY(start <= 4'000'000 - 2000 && end >= 4'000'000 + 4000);
        QVERIFY(end - start < 100'000); // close enough to see the three events apart
    }
};

QTEST_MAIN(TstLostUpdateFindings)
#include "tst_lostupdatefindings.moc"
