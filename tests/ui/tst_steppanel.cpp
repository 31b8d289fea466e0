// The step panel on real gated runs: a race stepped 1,2,1,2 by buttons and keys loses one update at
// the step that lost it; the mutex makes thread 2 wait; the deadlock closes at step 4; Play, Run
// freely, Pause, Stop and closing the window at any step; a schedule saved, reopened and replayed.
#include "charts/explore_chart.h"
#include "io/recording_file.h"
#include "scenarios/scenario_registry.h"
#include "session/step_driver.h"
#include "support/run_helpers.h"
#include "support/test_settings.h"
#include "timeline/time_coordinates.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_theme.h"
#include "trace/trace.h"
#include "window/explore_dialog.h"
#include "window/main_window.h"
#include "window/parameter_form.h"
#include "window/run_controller.h"
#include "window/status_panel.h"
#include "window/step_challenge_bar.h"
#include "window/step_challenges.h"
#include "window/step_grid.h"
#include "window/step_panel.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <unistd.h>
#include <utility>

using namespace samtidig;

namespace {

constexpr int kTimeoutMs = 30000; // two cores shared with other builds: generous, never a measure

void select(MainWindow &window, const QString &scenario,
            std::initializer_list<std::pair<const char *, double>> values)
{
    QVERIFY(window.selectScenario(scenario));
    ParamValues params;
    for (const auto &[name, value] : values)
        params.set(QLatin1String(name), value);
    window.parameterForm()->setValues(params);
}

void selectSmallRace(MainWindow &window, const QString &scenario = QStringLiteral("race"), int increments = 1)
{
    select(window, scenario,
           { { "threads", 2 }, { "increments", increments }, { "window_us", 0 }, { "work_us", 0 } });
}

// The panel is ready for a step: the threads have settled and `thread`'s button can be pressed.
bool canStep(const StepPanel *panel, int thread)
{
    return panel->threadButton(thread) && panel->threadButton(thread)->isEnabled();
}

} // namespace

class TestStepPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_steppanel"))); }
    void cleanupTestCase() { QSettings().clear(); }

    void raceSteppedByButtonsAndKeysLosesOneUpdate()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        selectSmallRace(window);
        QVERIFY(window.actions().stepByStep->isEnabled());
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        QVERIFY(panel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1) && canStep(panel, 2), kTimeoutMs);
        QCOMPARE(panel->threadCount(), 2);
        QCOMPARE(panel->threadText(1), QStringLiteral("thread 1 will read shared counter"));
        QCOMPARE(panel->threadText(2), QStringLiteral("thread 2 will read shared counter"));
        QVERIFY(panel->message().startsWith(QLatin1String("Step 1:")));
        // Both threads stand at their gates: the lanes show them waiting for their step.
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int waiting = 0;
                for (const OpenSpan &s : window.runController()->trace()->openSpans())
                    waiting += s.track == 1 && s.state == SpanState::StepWait;
                return waiting;
            }(),
            2, kTimeoutMs);

        QTest::mouseClick(panel->threadButton(1), Qt::LeftButton); // thread 1 reads 0
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QTest::keyClick(&window, Qt::Key_2); // thread 2 reads 0
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1) && canStep(panel, 2), kTimeoutMs);
        QCOMPARE(panel->threadText(1), QStringLiteral("thread 1 will write shared counter"));
        QCOMPARE(panel->threadText(2), QStringLiteral("thread 2 will write shared counter"));
        QTest::keyClick(&window, Qt::Key_1); // thread 1 writes 1 and finishes
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QCOMPARE(panel->threadText(1), QStringLiteral("thread 1 has finished"));
        QVERIFY(!panel->threadButton(1)->isEnabled());
        QVERIFY(!panel->stepThread(1)); // a finished thread cannot move: the panel says why
        QCOMPARE(panel->message(), QStringLiteral("Thread 1 cannot move: it has finished."));
        QTest::keyClick(&window, Qt::Key_2); // thread 2 writes 1: thread 1's update is lost

        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        const Trace &trace = *window.runController()->trace();
        QCOMPARE(trace.outcome(), RunOutcome::Completed);
        QCOMPARE(trace.results().value(QStringLiteral("actual")).toInt(), 1);
        QCOMPARE(trace.steps(), (std::vector<int> { 1, 2, 1, 2 }));
        QCOMPARE(panel->stepCount(), 4);
        QCOMPARE(panel->stepTable()->rowCount(), 4);
        QCOMPARE(panel->stepTable()->item(2, 2)->text(), QStringLiteral("write shared counter"));
        // By step number: one column per step, each operation in its thread's row.
        QCOMPARE(panel->stepGrid()->columnCount(), 4);
        QCOMPARE(panel->stepGrid()->cellText(1, 1), QStringLiteral("read shared counter"));
        QVERIFY(panel->stepGrid()->cellText(2, 1).isEmpty());
        QCOMPARE(panel->stepGrid()->cellText(2, 2), QStringLiteral("read shared counter"));
        QCOMPARE(panel->stepGrid()->cellText(2, 4), QStringLiteral("write shared counter"));
        // The lost update belongs to step 4, the write that overwrote thread 1's.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->stepNote(4).isEmpty(), kTimeoutMs);
        QCOMPARE(panel->stepNote(4),
                 QStringLiteral("thread 2 overwrites the 1 that thread 1 wrote: an update is lost"));
        QVERIFY(panel->stepNote(3).isEmpty());
        QCOMPARE(trace.analysis().lostUpdates.size(), std::size_t(1));
        QVERIFY(panel->message().contains(QLatin1String("The counter ended at 1; 2 was expected.")));
        // The race's first challenge, judged from that outcome.
        QCOMPARE(panel->challengeBar()->box()->currentText(),
                 QStringLiteral("Make the counter end at 1 with 2 threads that add 1 each."));
        QVERIFY2(panel->challengeBar()->state().startsWith(QLatin1String("Met!")),
                 qPrintable(panel->challengeBar()->state()));
    }

    // At 1280x720 the banner, the lanes and the step panel need the charts' height: the charts fold
    // while the panel is open and come back when it closes; on a tall window they stay.
    void chartsFoldForThePanelInAShortWindow()
    {
        MainWindow window;
        window.resize(1280, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectSmallRace(window);
        QVERIFY(window.actions().showCharts->isChecked());
        window.actions().stepByStep->trigger();
        QVERIFY(window.stepPanel()->isVisible());
        QVERIFY(!window.actions().showCharts->isChecked());
        window.actions().stop->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        window.actions().showStepPanel->trigger(); // the dock's own toggle: closes it
        QTRY_VERIFY_WITH_TIMEOUT(!window.stepPanel()->isVisible(), kTimeoutMs);
        QVERIFY(window.actions().showCharts->isChecked());

        window.resize(1280, 1100);
        QTRY_COMPARE_WITH_TIMEOUT(window.height() >= 1000, true, kTimeoutMs);
        window.actions().stepByStep->trigger();
        QVERIFY(window.stepPanel()->isVisible());
        QVERIFY(window.actions().showCharts->isChecked());
        window.actions().stop->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
    }

    void challengeSolutionMeetsIt()
    {
        MainWindow window;
        QVERIFY(window.selectScenario(QStringLiteral("race")));
        StepPanel *panel = window.stepPanel();
        QCOMPARE(panel->challengeBar()->box()->count(), 2);
        panel->challengeBar()->box()->setCurrentIndex(1);
        Q_EMIT panel->challengeBar()->box()->activated(
            1); // as a user's choice: the form takes its parameters
        QCOMPARE(window.parameterForm()->values().integer(QStringLiteral("threads")), 3);
        QCOMPARE(window.parameterForm()->values().integer(QStringLiteral("increments")), 1);
        QVERIFY(panel->challengeBar()->state().isEmpty());
        panel->challengeBar()->solutionButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        const Trace &trace = *window.runController()->trace();
        QCOMPARE(trace.steps(), (std::vector<int> { 1, 2, 3, 1, 2, 3 }));
        QCOMPARE(trace.results().value(QStringLiteral("actual")).toInt(), 1);
        QVERIFY2(panel->challengeBar()->state().startsWith(QLatin1String("Met!")),
                 qPrintable(panel->challengeBar()->state()));

        // Every steppable scenario has a challenge or two, and each solution is a schedule of its threads.
        for (const Scenario *s : allScenarios()) {
            const auto challenges = StepChallenges::forScenario(s->info().id);
            QCOMPARE(s->info().steppable, !challenges.empty());
            QVERIFY(challenges.size() <= 2);
            for (const StepChallenge &c : challenges)
                QVERIFY(!c.solution.empty() && !c.text.isEmpty() && !c.whenMet.isEmpty());
        }
    }

    void everySolutionMeetsItsChallenge_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("index");
        for (const Scenario *s : allScenarios())
            for (int i = 0; i < static_cast<int>(StepChallenges::forScenario(s->info().id).size()); ++i)
                QTest::addRow("%s %d", qPrintable(s->info().id), i + 1) << s->info().id << i;
    }

    void everySolutionMeetsItsChallenge()
    {
        QFETCH(QString, scenario);
        QFETCH(int, index);
        MainWindow window;
        QVERIFY(window.selectScenario(scenario));
        StepPanel *panel = window.stepPanel();
        panel->challengeBar()->box()->setCurrentIndex(index);
        Q_EMIT panel->challengeBar()->box()->activated(index);
        panel->challengeBar()->solutionButton()->click();
        // Met at the step that decides it (a deadlock is met while the run hangs), then stopped.
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->challengeBar()->state().startsWith(QLatin1String("Met!")),
            qPrintable(panel->challengeBar()->state() + QLatin1Char(' ') + panel->message()), kTimeoutMs);
        window.actions().stop->trigger();
        QVERIFY(!window.runController()->isActive());
    }

    void exploreChartsEveryInterleavingAndReplaysOne()
    {
        MainWindow window;
        selectSmallRace(window);
        window.stepPanel()->exploreButton()->click();
        ExploreDialog *dialog = window.exploreDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExploring(), kTimeoutMs);
        ExploreChart *chart = dialog->chart();
        // Two threads adding 1 once each: 6 interleavings, 2 end at 2 and 4 end at 1.
        QCOMPARE(chart->barCount(), 2);
        int lossy = -1;
        for (int i = 0; i < chart->barCount(); ++i)
            if (chart->outcomeLabel(i) == QLatin1String("ends at 1"))
                lossy = i;
        QVERIFY2(dialog->statusText().startsWith(QLatin1String("6 interleavings of race: ")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(QLatin1String("2 ends at 2")));
        QVERIFY(dialog->statusText().contains(QLatin1String("4 ends at 1")));
        QVERIFY(lossy >= 0);
        chart->clickBar(lossy); // its example schedule, replayed in the window
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive() && window.stepPanel()->stepCount() == 4,
                                 kTimeoutMs);
        QCOMPARE(window.runController()->trace()->results().value(QStringLiteral("actual")).toInt(), 1);
        QCOMPARE(window.runController()->trace()->steps().size(), std::size_t(4));
    }

    void exploreRefusesTooManyAndStops()
    {
        auto window = std::make_unique<MainWindow>();
        selectSmallRace(*window, QStringLiteral("race"), 3); // 924 interleavings: more than can be explored
        window->actions().explore->trigger();
        ExploreDialog *dialog = window->exploreDialog();
        QVERIFY(!dialog->isExploring());
        QVERIFY2(dialog->statusText().contains(QLatin1String("924 interleavings; at most 500")),
                 qPrintable(dialog->statusText()));
        selectSmallRace(*window, QStringLiteral("race"), 2); // 70: stopped after the first few
        window->actions().explore->trigger();
        QVERIFY(dialog->isExploring());
        // Stopped at once: a whole exploration takes about a second here, too short to wait for a child.
        dialog->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExploring(), kTimeoutMs);
        QVERIFY2(dialog->statusText().startsWith(QLatin1String("The exploration was stopped after")),
                 qPrintable(dialog->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(test::childProcessCount() == 0, kTimeoutMs);
        // Closing the window while it explores leaves nothing behind.
        window->actions().explore->trigger();
        QVERIFY(dialog->isExploring());
        window->close();
        window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(test::childProcessCount() == 0, kTimeoutMs);
    }

    void mutexMakesThreadTwoWait()
    {
        MainWindow window;
        window.show();
        selectSmallRace(window, QStringLiteral("mutex"));
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1) && canStep(panel, 2), kTimeoutMs);
        QCOMPARE(panel->threadText(1), QStringLiteral("thread 1 will lock counter lock"));
        QVERIFY(panel->stepThread(1)); // thread 1 takes the lock
        // Once the trace has the acquisition, thread 2's words say what its step would do.
        QTRY_COMPARE_WITH_TIMEOUT(
            panel->threadText(2),
            QStringLiteral("thread 2 will lock counter lock (held by thread 1: it will wait)"), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QVERIFY(panel->stepThread(2)); // thread 2 asks and waits
        QTRY_COMPARE_WITH_TIMEOUT(panel->threadText(2),
                                  QStringLiteral("thread 2 waits for counter lock, which thread 1 holds"),
                                  kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        QVERIFY(!panel->threadButton(2)->isEnabled());
        QVERIFY(!panel->stepThread(2));
        QCOMPARE(
            panel->message(),
            QStringLiteral("Thread 2 cannot move: it waits for 'counter lock', which another thread holds."));
        // Samtidig picks the rest: whatever the order, the mutex keeps every update.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (panel->pickButton()->isEnabled() && window.runController()->stepDriver()
                    && window.runController()->stepDriver()->ready())
                    panel->stepPicked();
                return !window.runController()->isActive();
            }(),
            kTimeoutMs);
        const Trace &trace = *window.runController()->trace();
        QCOMPARE(trace.outcome(), RunOutcome::Completed);
        QCOMPARE(trace.results().value(QStringLiteral("actual")).toInt(), 2);
        QVERIFY(trace.analysis().lostUpdates.empty());
        QCOMPARE(trace.steps().size(), std::size_t(8)); // lock, read, write, release for each thread
    }

    void deadlockClosesAtTheFourthStep()
    {
        MainWindow window;
        window.show();
        select(window, QStringLiteral("deadlock"), { { "work_ms", 0 }, { "hold_ms", 0 } });
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        const std::pair<int, QString> steps[] = {
            { 1, QStringLiteral("thread 1 will lock A") },
            { 2, QStringLiteral("thread 2 will lock B") },
            { 1, QStringLiteral("thread 1 will lock B (held by thread 2: it will wait)") },
            { 2, QStringLiteral("thread 2 will lock A (held by thread 1: it will wait)") },
        };
        for (const auto &[thread, words] : steps) {
            QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, thread), kTimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(panel->threadText(thread), words, kTimeoutMs);
            QVERIFY(window.runController()->trace()->analysis().deadlocks.empty()); // not before step 4
            QVERIFY(panel->stepThread(thread));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->trace()->analysis().deadlocks.empty(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->stepNote(4).isEmpty(), kTimeoutMs);
        QVERIFY(panel->stepNote(4).contains(QLatin1String("deadlock")));
        QVERIFY(panel->stepNote(3).isEmpty());
        QCOMPARE(window.statusPanel()->notice(), StatusPanel::Notice::DeadlockDetected);
        QTRY_VERIFY_WITH_TIMEOUT(panel->message().startsWith(QLatin1String("No thread can move")),
                                 kTimeoutMs);
        QVERIFY(!panel->threadButton(1)->isEnabled() && !panel->threadButton(2)->isEnabled());
        window.actions().stop->trigger();
        QVERIFY(!window.runController()->isActive());
        QCOMPARE(window.runController()->trace()->outcome(), RunOutcome::Deadlock);
        QTRY_VERIFY_WITH_TIMEOUT(test::childProcessCount() == 0, kTimeoutMs);
    }

    void playAndRunFreelyFinish()
    {
        MainWindow window;
        window.show();
        selectSmallRace(window);
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        panel->paceBox()->setValue(20);
        panel->playButton()->click();
        QVERIFY(panel->playButton()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(window.runController()->trace()->outcome(), RunOutcome::Completed);
        QCOMPARE(window.runController()->trace()->steps().size(), std::size_t(4)); // a read and a write each
        QVERIFY(!panel->playButton()->isChecked());

        // Run freely after one step: the gates open and the rest of a longer run goes at full speed.
        selectSmallRace(window, QStringLiteral("race"), 50);
        window.actions().stepByStep->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QVERIFY(panel->stepThread(2));
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        panel->freeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        const Trace &trace = *window.runController()->trace();
        QCOMPARE(trace.outcome(), RunOutcome::Completed);
        QCOMPARE(trace.steps(), std::vector<int> { 2 });
        QCOMPARE(trace.results().value(QStringLiteral("expected")).toInt(), 100);
    }

    // Run Again after a stepped run steps the same scenario again, from the first step; after a
    // free run it runs freely, as before.
    void runAgainAfterASteppedRunStepsAgain()
    {
        MainWindow window;
        window.show();
        selectSmallRace(window);
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        for (int thread : { 1, 1, 2, 2 }) {
            QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, thread), kTimeoutMs);
            QVERIFY(panel->stepThread(thread));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(window.runController()->trace()->results().value(QStringLiteral("actual")).toInt(), 2);
        QVERIFY(window.actions().runAgain->toolTip().contains(QLatin1String("step by step")));
        window.actions().showStepPanel->trigger(); // closes the panel: Run Again brings it back
        QVERIFY(!panel->isVisible());
        // Another scenario selected meanwhile: Run Again takes the stepped one, with its parameters.
        QVERIFY(window.selectScenario(QStringLiteral("mutex")));
        window.actions().runAgain->trigger();
        QCOMPARE(window.currentScenario(), QStringLiteral("race"));
        QVERIFY(panel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->stepDriver() != nullptr, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1) && canStep(panel, 2), kTimeoutMs);
        QCOMPARE(panel->stepCount(), 0); // from the first step: no schedule is replayed
        QCOMPARE(panel->threadText(1), QStringLiteral("thread 1 will read shared counter"));
        panel->freeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(window.runController()->trace()->outcome(), RunOutcome::Completed);

        // A free run (Run, F5): Run Again runs freely too.
        window.actions().run->trigger();
        QVERIFY(window.runController()->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QVERIFY(!window.actions().runAgain->toolTip().contains(QLatin1String("step by step")));
        window.actions().runAgain->trigger();
        QVERIFY(window.runController()->isActive());
        // A stepped race would stand at its gates until stepped: this one ends by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(window.runController()->trace()->outcome(), RunOutcome::Completed);
        QVERIFY(window.runController()->trace()->steps().empty());
    }

    // async cannot be stepped (its coroutines share one thread): Step by Step opens the panel, which
    // says so in words; a scenario with no gates at all names those that have them; timeout and
    // producer-consumer can be stepped.
    void notSteppableScenariosSayWhy()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("async")));
        QVERIFY(window.actions().stepByStep->isEnabled());
        QVERIFY(!window.actions().explore->isEnabled());
        const QString why = QStringLiteral("“Async and await: coroutines on one thread” cannot be taken step "
                                           "by step: its coroutines all run on "
                                           "one thread, the event loop's.");
        QVERIFY2(window.actions().stepByStep->toolTip().startsWith(why),
                 qPrintable(window.actions().stepByStep->toolTip()));
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(!window.runController()->isActive()); // nothing was started
        QVERIFY2(panel->message().startsWith(why), qPrintable(panel->message()));
        QVERIFY(!panel->challengeBar()->box()->isVisible());
        QVERIFY(!panel->exploreButton()->isEnabled());

        QVERIFY(window.selectScenario(QStringLiteral("spin")));
        QVERIFY(panel->message().contains(QLatin1String("cannot be taken step by step")));
        QVERIFY2(panel->message().contains(QLatin1String("race, mutex")), qPrintable(panel->message()));
        for (const char *id : { "timeout", "producer-consumer" }) {
            QVERIFY(window.selectScenario(QLatin1String(id)));
            QVERIFY(StepPanel::notSteppableText(QLatin1String(id)).isEmpty());
            QVERIFY(window.actions().explore->isEnabled());
            QVERIFY(panel->exploreButton()->isEnabled());
            QVERIFY(panel->message().startsWith(QLatin1String("Choose a scenario")));
        }
    }

    // The timeline reads by step: a numbered mark under the time axis where each step was taken
    // (in the shared painter, so exports have them); Run Freely's opened gates are no steps; a free
    // run has no step row.
    void stepNumbersOnTheTimeAxis()
    {
        MainWindow window;
        window.show();
        selectSmallRace(window);
        window.actions().stepByStep->trigger();
        StepPanel *panel = window.stepPanel();
        for (int thread : { 1, 2 }) {
            QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, thread), kTimeoutMs);
            QVERIFY(panel->stepThread(thread));
        }
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stepPassTimes(*window.runController()->trace()).size(), std::size_t(2),
                                  kTimeoutMs); // live: the passes reach the trace a moment later
        for (int thread : { 1, 2 }) {
            QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, thread), kTimeoutMs);
            QVERIFY(panel->stepThread(thread));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        const Trace &trace = *window.runController()->trace();
        const std::vector<std::int64_t> passes = stepPassTimes(trace);
        QCOMPARE(passes.size(), std::size_t(4));
        QVERIFY(std::is_sorted(passes.begin(), passes.end()));
        // Each step's pass ends its thread's wait at the gate, after the step before it was taken.
        QVERIFY(passes.front() > 0 && passes.back() <= trace.endNs());

        TimelinePaintOptions options;
        const double width = 1280;
        const TimelineLayout layout
            = buildTimelineLayout(trace, options, TimelinePainter::plotWidthFor(width, options));
        QVERIFY(layout.stepped);
        QCOMPARE(layout.stepMarks.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(layout.stepMarks[i].number, static_cast<int>(i) + 1);
            QCOMPARE(layout.stepMarks[i].timeNs, passes[i]);
        }
        // Painted: the first step's number badge sits in the row under the time scale.
        const double height = TimelinePainter::preferredSize(trace, options, width).height();
        QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            TimelinePainter::paint(painter, QRectF(0, 0, width, height), trace, options);
        }
        const TimelineFrame frame = TimelinePainter::frame(trace, layout, options, QSizeF(width, height));
        const double x
            = TimeScale { layout.startNs, layout.endNs, frame.plotLeft(), frame.plotWidth() }.toPixel(
                passes.front());
        const QColor badge
            = image.pixelColor(static_cast<int>(x - 5), static_cast<int>(frame.axis.bottom() - 9));
        QCOMPARE(badge, TimelineTheme::forKind(TimelineThemeKind::Screen).stepWait);

        // One step, then Run Freely: the gates it opened are no steps.
        selectSmallRace(window, QStringLiteral("race"), 20);
        window.actions().stepByStep->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QVERIFY(panel->stepThread(2));
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        panel->freeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(window.runController()->trace()->steps(), std::vector<int> { 2 });
        QCOMPARE(stepPassTimes(*window.runController()->trace()).size(), std::size_t(1));
        const TimelineLayout freed = buildTimelineLayout(*window.runController()->trace(), options,
                                                         TimelinePainter::plotWidthFor(width, options));
        QCOMPARE(freed.stepMarks.size(), std::size_t(1));
        const double steppedAxis = frame.axis.height();

        // A free run: no step row.
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        const Trace &free = *window.runController()->trace();
        QVERIFY(stepPassTimes(free).empty());
        const TimelineLayout plain
            = buildTimelineLayout(free, options, TimelinePainter::plotWidthFor(width, options));
        QVERIFY(!plain.stepped && plain.stepMarks.empty());
        QVERIFY(TimelinePainter::frame(free, plain, options, QSizeF(width, height)).axis.height()
                < steppedAxis);
    }

    void pauseStopAndCloseAtAnyStep()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        selectSmallRace(*window, QStringLiteral("race"), 3);
        window->actions().stepByStep->trigger();
        StepPanel *panel = window->stepPanel();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        QVERIFY(panel->stepThread(1));
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        window->actions().pauseResume->trigger();
        QVERIFY(window->runController()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->threadButton(1)->isEnabled(), kTimeoutMs);
        QVERIFY(!panel->stepThread(1));
        QCOMPARE(panel->message(), QStringLiteral("The run is paused; resume it (F6) to take a step."));
        window->actions().pauseResume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 1), kTimeoutMs);
        QVERIFY(panel->stepThread(1));
        // Stop between steps: nothing is left behind.
        window->actions().stop->trigger();
        QVERIFY(!window->runController()->isActive());
        QCOMPARE(window->runController()->trace()->outcome(), RunOutcome::Stopped);
        QTRY_VERIFY_WITH_TIMEOUT(test::childProcessCount() == 0, kTimeoutMs);
        // Close the window while the threads stand at their gates.
        window->actions().stepByStep->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, 2), kTimeoutMs);
        QVERIFY(test::childProcessCount() > 0);
        window->close();
        window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(test::childProcessCount() == 0, kTimeoutMs);
    }

    void scheduleSavedReopenedAndReplayed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("stepped.samtidig"));
        {
            MainWindow window;
            selectSmallRace(window);
            window.actions().stepByStep->trigger();
            StepPanel *panel = window.stepPanel();
            for (int thread : { 2, 2, 1, 1 }) {
                QTRY_VERIFY_WITH_TIMEOUT(canStep(panel, thread), kTimeoutMs);
                QVERIFY(panel->stepThread(thread));
            }
            QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
            QString error;
            QVERIFY2(writeRecording(*window.runController()->trace(), path, &error), qPrintable(error));
        }
        MainWindow window;
        QString error;
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        QCOMPARE(window.runController()->trace()->steps(), (std::vector<int> { 2, 2, 1, 1 }));
        QVERIFY(window.actions().replaySchedule->isEnabled());
        window.actions().replaySchedule->trigger();
        StepPanel *panel = window.stepPanel();
        // The schedule is taken by itself; then the run waits for steps by hand, with nothing left.
        QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isActive(), kTimeoutMs);
        QCOMPARE(panel->stepCount(), 4);
        QCOMPARE(window.runController()->trace()->steps(), (std::vector<int> { 2, 2, 1, 1 }));
        QCOMPARE(window.runController()->trace()->results().value(QStringLiteral("actual")).toInt(), 2);
    }
};

QTEST_MAIN(TestStepPanel)
#include "tst_steppanel.moc"
