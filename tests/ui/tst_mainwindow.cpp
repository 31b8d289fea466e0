// The main window: scenario selection and the parameter form, real runs (threads to completion,
// deadlock until Stop), settings kept between sessions, and live retranslation.
#include "builder/trace_builder.h"
#include "charts/chart_panel.h"
#include "charts/outcome_chart.h"
#include "i18n/language.h"
#include "record/clock.h"
#include "scenarios/result_labels.h"
#include "scenarios/scenario_registry.h"
#include "support/test_scenarios.h"
#include "support/test_settings.h"
#include "timeline/timeline_view_state.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/command_line.h"
#include "window/main_window.h"
#include "window/parameter_form.h"
#include "window/recording_actions.h"
#include "window/run_controller.h"
#include "window/run_texts.h"
#include "window/scenario_browser.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMultiHash>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <initializer_list>
#include <unistd.h>
#include <utility>

using namespace samtidig;

namespace {

// Each process's children by parent pid, zombies included, as /proc lists them now.
QMultiHash<int, int> childrenByParent()
{
    QMultiHash<int, int> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!ok || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may contain spaces, so split after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields[1].toInt(), pid);
    }
    return children;
}

// Processes whose parent is this test process (zombies included): what a run may leave behind.
QList<int> childProcesses()
{
    return childrenByParent().values(getpid());
}

// Every process below `root` (children, grandchildren, ...), zombies included.
QList<int> descendantsOf(int root)
{
    const QMultiHash<int, int> children = childrenByParent();
    QList<int> found;
    QList<int> todo { root };
    while (!todo.isEmpty())
        for (int child : children.values(todo.takeFirst())) {
            found << child;
            todo << child;
        }
    return found;
}

// Marks every string of the window's own contexts, so a test can see that a text came from tr()
// and was set again on LanguageChange, before any real translation exists.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        if (!QByteArray(context).startsWith("samtidig::"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("\u2039%1\u203a").arg(text);
    }
    bool isEmpty() const override { return false; }
};

// Selects `scenario` with `values` in its form (its other parameters at their defaults); false if
// the scenario cannot be selected.
bool selectWithValues(MainWindow &window, const QString &scenario,
                      std::initializer_list<std::pair<const char *, double>> values)
{
    if (!window.selectScenario(scenario))
        return false;
    ParamValues params;
    for (const auto &[name, value] : values)
        params.set(QLatin1String(name), value);
    window.parameterForm()->setValues(params);
    return true;
}

bool marked(const QString &text)
{
    return text.startsWith(QChar(0x2039)) && text.endsWith(QChar(0x203a));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::startWithEmptySettings(QStringLiteral("tst_mainwindow"));
        test::registerTestScenarios(); // hidden ones, which the window must refuse to show
        QVERIFY(findScenario(QStringLiteral("threads")));
    }

    void cleanupTestCase() { QSettings().clear(); }
    void init() { QSettings().clear(); } // no test sees parameters another one left in a scenario

    void selectingScenarioFillsForm_data()
    {
        QTest::addColumn<QString>("id");
        for (const Scenario *s : allScenarios())
            if (!s->info().hidden)
                QTest::newRow(qPrintable(s->info().id)) << s->info().id;
    }

    void selectingScenarioFillsForm()
    {
        QFETCH(QString, id);
        MainWindow window;
        QVERIFY(window.selectScenario(id));
        QCOMPARE(window.currentScenario(), id);
        const ScenarioInfo info = findScenario(id)->info();
        ParameterForm *form = window.parameterForm();
        QCOMPARE(form->specs().size(), info.params.size());
        for (const ParamSpec &spec : info.params) {
            QWidget *editor = form->editor(spec.name);
            QVERIFY2(editor, qPrintable(spec.name));
            QVERIFY(!editor->toolTip().isEmpty());
            switch (spec.type) {
            case ParamSpec::Type::Integer: {
                auto *box = qobject_cast<QSpinBox *>(editor);
                QVERIFY(box);
                QCOMPARE(box->minimum(), int(spec.minimum));
                QCOMPARE(box->maximum(), int(spec.maximum));
                QCOMPARE(box->value(), int(spec.defaultValue));
                if (!spec.unit.isEmpty())
                    QVERIFY(box->suffix().contains(spec.unit));
                // Out of range, by program and by keyboard: the widget keeps the value inside.
                box->setValue(int(spec.maximum) + 1);
                QCOMPARE(box->value(), int(spec.maximum));
                box->setValue(int(spec.minimum) - 1);
                QCOMPARE(box->value(), int(spec.minimum));
                box->selectAll();
                QTest::keyClicks(box, QString::number(qint64(spec.maximum) * 10 + 9));
                box->interpretText();
                QVERIFY(box->value() <= int(spec.maximum));
                break;
            }
            case ParamSpec::Type::Number: {
                auto *box = qobject_cast<QDoubleSpinBox *>(editor);
                QVERIFY(box);
                QCOMPARE(box->minimum(), spec.minimum);
                QCOMPARE(box->maximum(), spec.maximum);
                box->setValue(spec.maximum * 2 + 1);
                QCOMPARE(box->value(), spec.maximum);
                break;
            }
            case ParamSpec::Type::Boolean: QVERIFY(qobject_cast<QCheckBox *>(editor)); break;
            }
        }
        // The form's values always pass the scenario's own validation, and reset restores defaults.
        QString error;
        QVERIFY2(Parameters::validate(info.params, form->values(), &error), qPrintable(error));
        form->resetToDefaults();
        for (const ParamSpec &spec : info.params)
            QCOMPARE(form->values().number(spec.name), spec.defaultValue);
    }

    void hiddenScenariosAreNotListed()
    {
        MainWindow window;
        int hidden = 0;
        for (const Scenario *s : allScenarios()) {
            const ScenarioInfo info = s->info();
            QCOMPARE(window.selectScenario(info.id), !info.hidden);
            hidden += info.hidden ? 1 : 0;
        }
        QVERIFY2(hidden > 0,
                 "the registry has hidden scenarios (firehose, crash): this test must see them refused");
    }

    void runThreadsCompletes()
    {
        MainWindow window;
        QVERIFY(selectWithValues(window, QStringLiteral("threads"),
                                 { { "threads", 2 }, { "work_ms", 60 }, { "increments", 50 } }));
        QVERIFY(window.actions().run->isEnabled());
        QVERIFY(!window.actions().stop->isEnabled());
        window.actions().run->trigger();
        QVERIFY(window.runController()->isActive());
        QVERIFY(window.actions().stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->phase() == RunSession::Phase::Finished, 30000);
        const Trace *trace = window.currentTrace();
        QCOMPARE(trace->outcome(), RunOutcome::Completed);
        QCOMPARE(trace->scenario(), QStringLiteral("threads"));
        QVERIFY(trace->events() > 0);
        QVERIFY(trace->tasks().size() >= 3); // main thread and two threads
        QCOMPARE(trace->results().value(QStringLiteral("threads")).toInt(), 2);
        QCOMPARE(window.statusPanel()->stateLabel()->text(), RunTexts::outcomeName(RunOutcome::Completed));
        QCOMPARE(window.infoPanel()->outcomeText(), RunTexts::outcomeSentence(*trace));
        QVERIFY(window.infoPanel()->deadlockText().isEmpty());
        QVERIFY(window.actions().runAgain->isEnabled());
        QVERIFY(!window.actions().stop->isEnabled());
        QVERIFY(childProcesses().isEmpty());
    }

    void pauseHoldsTheRunAndResumeContinues()
    {
        MainWindow window;
        QVERIFY(selectWithValues(window, QStringLiteral("threads"),
                                 { { "threads", 1 }, { "work_ms", 5000 }, { "increments", 10 } }));
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->phase() == RunSession::Phase::Running, 10000);
        QVERIFY(window.actions().pauseResume->isEnabled());
        const QString pauseText = window.actions().pauseResume->text();
        window.actions().pauseResume->trigger();
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Paused);
        QVERIFY(window.actions().pauseResume->text() != pauseText); // now offers Resume
        QCOMPARE(window.statusPanel()->stateLabel()->text(), RunTexts::phaseName(RunSession::Phase::Paused));
        // The clock stays honest: it goes on while paused, as the timeline's axis does, and the
        // trace keeps the pause as a span of its own (drawn as paused over every lane).
        const Trace *trace = window.currentTrace();
        QCOMPARE(trace->pausedSpans().size(), std::size_t { 1 });
        QCOMPARE(trace->pausedSpans().front().endNs, -1); // still paused
        const qint64 elapsed = window.runController()->elapsedMs();
        QTRY_VERIFY(window.runController()->elapsedMs() > elapsed + 200);
        QTRY_VERIFY(trace->pausedNs() > 0);
        QTRY_VERIFY2(window.statusPanel()
                         ->findChild<QLabel *>(QStringLiteral("statusElapsed"))
                         ->text()
                         .contains(QStringLiteral("paused")),
                     "the status line does not say how long the run stood paused");
        window.actions().pauseResume->trigger();
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Running);
        QCOMPARE(window.actions().pauseResume->text(), pauseText);
        const PausedSpan pause = trace->pausedSpans().front();
        QVERIFY(pause.endNs > pause.startNs);
        // The pause took at least the 200 ms waited for above (ratio, not a wall-clock limit).
        QVERIFY2(pause.endNs - pause.startNs >= 200'000'000,
                 qPrintable(QString::number(pause.endNs - pause.startNs)));
        QTRY_VERIFY(window.runController()->elapsedMs() > elapsed + 200);
        // Stop does not make the clock jump by the paused time (it did when the clock left it out).
        const qint64 beforeStop = window.runController()->elapsedMs();
        window.actions().stop->trigger();
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Stopped);
        const qint64 afterStop = window.runController()->elapsedMs();
        QVERIFY2(afterStop >= beforeStop
                     && afterStop - beforeStop < (pause.endNs - pause.startNs) / 1'000'000,
                 qPrintable(QStringLiteral("%1 ms then %2 ms").arg(beforeStop).arg(afterStop)));
        QCOMPARE(trace->pausedSpans().size(), std::size_t { 1 });
        QVERIFY(childProcesses().isEmpty());
    }

    void deadlockShowsMessageAndStopLeavesNoChild()
    {
        QVERIFY(findScenario(QStringLiteral("deadlock")));
        MainWindow window;
        QVERIFY(window.selectScenario(QStringLiteral("deadlock")));
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.infoPanel()->deadlockText().isEmpty(), 10000);
        QVERIFY(window.runController()->isActive()); // it hangs: that is the point
        QVERIFY(!window.currentTrace()->analysis().deadlocks.empty());
        // The timeline's banner states the cycle (it is laid out on the next poll at the latest).
        QTRY_VERIFY(window.timeline()->currentFrame().banner.height() > 0);
        const QStringList sentences = window.timeline()->currentLayout().deadlockSentences;
        QCOMPARE(sentences.size(), 1);
        QVERIFY2(sentences.first().contains(QStringLiteral("holds"))
                     && sentences.first().contains(QStringLiteral("waits for")),
                 qPrintable(sentences.first()));
        QVERIFY(!childProcesses().isEmpty());
        window.actions().stop->trigger();
        // Back to idle at once, with nothing left: no child, no zombie.
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Finished);
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Deadlock);
        QVERIFY(!window.actions().stop->isEnabled());
        QVERIFY(childProcesses().isEmpty());
    }

    // A teacher wants the picture of a deadlock as it hangs: Export image and Copy image work while
    // the run goes on, paused or not. After Stop, the view fits the deadlock, not the minute after.
    void pictureOfADeadlockAsItHangs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(QStringLiteral("deadlock")));
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.infoPanel()->deadlockText().isEmpty(), 10000);
        auto *recordings = window.findChild<RecordingActions *>(QStringLiteral("recordingActions"));
        QVERIFY(recordings);
        QTRY_VERIFY(recordings->actions().exportImage->isEnabled());
        QVERIFY(recordings->actions().copyImage->isEnabled());
        QVERIFY(!recordings->actions().save->isEnabled()); // a recording is of a finished run
        QGuiApplication::clipboard()->clear();
        QVERIFY(recordings->copyImageToClipboard());
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());

        window.actions().pauseResume->trigger();
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Paused);
        QVERIFY(recordings->actions().exportImage->isEnabled());
        QGuiApplication::clipboard()->clear();
        QVERIFY(recordings->copyImageToClipboard());
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
        window.actions().pauseResume->trigger();

        // Hang until the deadlock is a sliver of the run, then stop.
        const Trace *trace = window.currentTrace();
        const std::int64_t detected = trace->analysis().deadlocks.front().detectedNs;
        const std::int64_t longEnough = 20 * std::max<std::int64_t>(detected, 20'000'000);
        QTRY_VERIFY_WITH_TIMEOUT(trace->endNs() > longEnough, 60000);
        window.actions().stop->trigger();
        QCOMPARE(trace->outcome(), RunOutcome::Deadlock);
        const TimelineViewState *view = window.timeline()->viewState();
        QVERIFY2(view->endNs() > detected && view->endNs() < trace->endNs() / 2,
                 qPrintable(QStringLiteral("view ends at %1 ns; deadlock at %2 ns, run ended at %3 ns")
                                .arg(view->endNs())
                                .arg(detected)
                                .arg(trace->endNs())));
        // Zoom to fit (F) shows the same part; the whole run is still there to pan or zoom out to.
        window.timeline()->viewState()->zoomToRange(0, trace->endNs());
        window.actions().zoomToFit->trigger();
        QVERIFY(view->endNs() < trace->endNs() / 2);
        QCOMPARE(view->dataEndNs(), trace->endNs());
    }

    // Arrow keys walk the scenarios and step over the category headers, so one stays selected.
    void arrowKeysSkipCategoryHeaders()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.scenarioBrowser()->findChild<QTreeWidget *>(QStringLiteral("scenarioTree"));
        // The top row is "Your own program", an entry without a header; then the categories.
        QVERIFY(tree && tree->topLevelItemCount() >= 3);
        const QTreeWidgetItem *program = tree->topLevelItem(0);
        QCOMPARE(program->childCount(), 0);
        const QTreeWidgetItem *first = tree->topLevelItem(1);
        const QTreeWidgetItem *second = tree->topLevelItem(2);
        const QString lastOfFirst = first->child(first->childCount() - 1)->data(0, Qt::UserRole).toString();
        const QString firstOfSecond = second->child(0)->data(0, Qt::UserRole).toString();
        QVERIFY(window.selectScenario(firstOfSecond));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(window.currentScenario(), lastOfFirst);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(window.currentScenario(), firstOfSecond);
        QTest::keyClick(tree, Qt::Key_Up);
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(window.currentScenario(),
                 first->child(first->childCount() - 2)->data(0, Qt::UserRole).toString());
        QTest::keyClick(tree, Qt::Key_Home);
        QCOMPARE(window.currentScenario(), program->data(0, Qt::UserRole).toString());
        QTest::keyClick(tree, Qt::Key_Down); // from the program entry over the first header
        QCOMPARE(window.currentScenario(), first->child(0)->data(0, Qt::UserRole).toString());
        QTest::keyClick(tree, Qt::Key_Up);
        QTest::keyClick(tree, Qt::Key_Up); // at the top: stays on the program entry
        QCOMPARE(window.currentScenario(), program->data(0, Qt::UserRole).toString());
    }

    // Each scenario keeps the values the user set: when another scenario is selected and back,
    // across a restart, until Reset to defaults.
    void parametersAreKeptPerScenario()
    {
        const auto threadsOf = [](MainWindow &window) {
            return qobject_cast<QSpinBox *>(window.parameterForm()->editor(QStringLiteral("threads")));
        };
        int defaultThreads = 0;
        int mine = 0;
        {
            MainWindow window;
            QVERIFY(window.selectScenario(QStringLiteral("race")));
            QVERIFY(threadsOf(window));
            defaultThreads = threadsOf(window)->value();
            mine = defaultThreads == 3 ? 5 : 3;
            threadsOf(window)->setValue(mine);
            QVERIFY(window.selectScenario(QStringLiteral("mutex")));
            const int mutexThreads = threadsOf(window)->value();
            threadsOf(window)->setValue(mutexThreads + 1);
            QVERIFY(window.selectScenario(QStringLiteral("race")));
            QCOMPARE(threadsOf(window)->value(), mine);
            QVERIFY(window.selectScenario(QStringLiteral("mutex")));
            QCOMPARE(threadsOf(window)->value(), mutexThreads + 1);
        }
        {
            MainWindow restarted; // nothing saved on purpose: every edit is kept as it is made
            QVERIFY(restarted.selectScenario(QStringLiteral("race")));
            QCOMPARE(threadsOf(restarted)->value(), mine);
            QPushButton *reset = nullptr;
            for (QPushButton *button : restarted.parameterForm()->findChildren<QPushButton *>())
                if (button->text() == QLatin1String("Reset to defaults"))
                    reset = button;
            QVERIFY(reset);
            reset->click();
            QCOMPARE(threadsOf(restarted)->value(), defaultThreads);
        }
        MainWindow again;
        QVERIFY(again.selectScenario(QStringLiteral("race")));
        QCOMPARE(threadsOf(again)->value(), defaultThreads);
        // Values that no longer fit (an older version's, or edited by hand) give the defaults.
        QSettings().setValue(QStringLiteral("scenario/params/race"), QStringLiteral("{\"threads\": 100000}"));
        QVERIFY(again.selectScenario(QStringLiteral("mutex")));
        QVERIFY(again.selectScenario(QStringLiteral("race")));
        QCOMPARE(threadsOf(again)->value(), defaultThreads);
    }

    void selectingAnotherScenarioHidesTheLastRun()
    {
        // A run's results are shown with its own scenario only: a student comparing two scenarios
        // must not read one's results under the other's title.
        MainWindow window;
        QVERIFY(selectWithValues(window, QStringLiteral("threads"),
                                 { { "threads", 2 }, { "work_ms", 30 }, { "increments", 50 } }));
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->phase() == RunSession::Phase::Finished, 30000);
        const Trace *run = window.currentTrace();
        const QString outcome = window.infoPanel()->outcomeText();
        auto *summary = window.chartPanel()->findChild<QLabel *>(QStringLiteral("outcomeSummary"));
        QVERIFY(summary);
        const QString results = summary->text();
        QVERIFY(!outcome.isEmpty());
        QVERIFY(window.runLabelText().isEmpty());

        QVERIFY(window.selectScenario(QStringLiteral("race")));
        QVERIFY2(summary->text() != results, qPrintable(summary->text()));
        QVERIFY(window.infoPanel()->outcomeText().isEmpty());
        QVERIFY(window.currentTrace() != run);
        QVERIFY(window.currentTrace()->tasks().empty());
        QCOMPARE(window.timeline()->trace(), window.currentTrace());
        QCOMPARE(window.statusPanel()->stateLabel()->text(), RunTexts::phaseName(RunSession::Phase::Idle));
        QVERIFY(window.runLabelText().isEmpty());

        // Selecting its scenario again shows the run again, as it was.
        QVERIFY(window.selectScenario(QStringLiteral("threads")));
        QCOMPARE(window.currentTrace(), run);
        QCOMPARE(window.timeline()->trace(), run);
        QCOMPARE(window.infoPanel()->outcomeText(), outcome);
        QCOMPARE(summary->text(), results);
        QCOMPARE(window.statusPanel()->stateLabel()->text(), RunTexts::outcomeName(RunOutcome::Completed));
    }

    void runningScenarioKeepsItsNameWhileAnotherIsSelected()
    {
        MainWindow window;
        QVERIFY(window.selectScenario(QStringLiteral("deadlock")));
        window.actions().run->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.infoPanel()->deadlockText().isEmpty(), 10000);
        const QString name = findScenario(QStringLiteral("deadlock"))->info().name;
        auto *notice = window.statusPanel()->findChild<QLabel *>(QStringLiteral("statusNotice"));
        QVERIFY(notice && !notice->isHidden());

        // While it hangs, reading about another scenario keeps the run in view, under its own name.
        QVERIFY(window.selectScenario(QStringLiteral("mutex")));
        QVERIFY(window.runController()->isActive());
        QVERIFY(!window.infoPanel()->deadlockText().isEmpty());
        QVERIFY2(window.infoPanel()->findingsHeading().contains(name),
                 qPrintable(window.infoPanel()->findingsHeading()));
        const QString running = window.runLabelText();
        QVERIFY2(running.contains(name), qPrintable(running));
        QCOMPARE(window.currentTrace(), window.runController()->trace());
        QTRY_VERIFY(!window.timeline()->currentLayout().deadlockSentences.isEmpty());

        // Stopped, it is the last run of "deadlock" until another scenario is selected.
        window.actions().stop->trigger();
        const QString lastRun = window.runLabelText();
        QVERIFY2(lastRun.contains(name) && lastRun != running, qPrintable(lastRun));
        QVERIFY(window.infoPanel()->findingsHeading().contains(name));
        QVERIFY(!window.infoPanel()->deadlockText().isEmpty());

        // Then nothing of the deadlock stays: no banner, no notice, no red lanes, no label.
        QVERIFY(window.selectScenario(QStringLiteral("race")));
        QVERIFY(window.infoPanel()->deadlockText().isEmpty());
        QVERIFY(window.infoPanel()->findingsHeading().isEmpty());
        QVERIFY(window.runLabelText().isEmpty());
        QVERIFY(notice->isHidden());
        QVERIFY(window.timeline()->currentLayout().deadlockSentences.isEmpty());
        QCOMPARE(window.statusPanel()->stateLabel()->text(), RunTexts::phaseName(RunSession::Phase::Idle));
        QVERIFY(childProcesses().isEmpty());
    }

    void settingsRoundTrip()
    {
        QSettings().clear();
        QList<int> sizes;
        QSize geometry;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.selectScenario(QStringLiteral("threads")));
            auto *threads
                = qobject_cast<QSpinBox *>(window.parameterForm()->editor(QStringLiteral("threads")));
            QVERIFY(threads);
            threads->setValue(3);
            // A size other than the default that fits the (offscreen) screen.
            const QSize room = window.screen()->availableGeometry().size();
            window.resize(room - QSize(12, 10));
            geometry = window.size();
            window.mainSplitter()->setSizes({ 250, 900, 400 });
            sizes = window.mainSplitter()->sizes();
            window.setLanguage(QStringLiteral("da"));
            window.actions().showCharts->setChecked(false);
            window.saveSettings();
        }
        QCOMPARE(QSettings().value(QStringLiteral("scenario/last")).toString(), QStringLiteral("threads"));
        MainWindow restored;
        if (allScenarios().front()->info().id == QLatin1String("threads"))
            restored.selectScenario(allScenarios().back()->info().id); // so restoring has to change it
        restored.restoreSettings();
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.currentScenario(), QStringLiteral("threads"));
        QCOMPARE(restored.parameterForm()->values().integer(QStringLiteral("threads")), 3);
        QVERIFY2(restored.mainSplitter()->sizes() == sizes,
                 qPrintable(QStringLiteral("%1 vs %2, window %3x%4 vs %5x%6")
                                .arg(QString::number(restored.mainSplitter()->sizes()[0]))
                                .arg(QString::number(sizes[0]))
                                .arg(restored.width())
                                .arg(restored.height())
                                .arg(geometry.width())
                                .arg(geometry.height())));
        QVERIFY(!restored.actions().showCharts->isChecked());
        QVERIFY(!restored.chartPanel()->isVisible());
        QCOMPARE(restored.size(), geometry);
        // The language is the one the next start uses when no --lang is given.
        QCOMPARE(CommandLine::initialLanguage({ QStringLiteral("samtidig") }), QStringLiteral("da"));
        restored.setLanguage(QStringLiteral("en"));
        QCOMPARE(CommandLine::initialLanguage({ QStringLiteral("samtidig") }), QStringLiteral("en"));
    }

    void savedGeometryLargerThanTheScreenIsFitted()
    {
        QSettings().clear();
        MainWindow probe;
        const QRect room = probe.screen()->availableGeometry();
        {
            MainWindow window;
            window.setGeometry(
                QRect(room.left() + 30, room.top() + 40, room.width() + 400, room.height() + 300));
            window.saveSettings();
        }
        MainWindow restored;
        restored.restoreSettings();
        QVERIFY2(room.contains(restored.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(restored.geometry().x())
                                .arg(restored.geometry().y())
                                .arg(restored.width())
                                .arg(restored.height())));
        QSettings().clear();
    }

    void outcomeTableShowsPerTaskRecordsReadably()
    {
        Trace trace;
        TraceBuilder(trace).restoreRun().outcome = RunOutcome::Completed;
        TraceBuilder(trace).restoreRun().results = QJsonDocument::fromJson(R"({"per_thread": [
            {"thread": "thread 1", "attempts": 7, "rounds": 3, "timeouts": 4},
            {"thread": "thread 2", "attempts": 5, "rounds": 3, "timeouts": 2}]})")
                                                       .object();
        OutcomeChart chart;
        chart.setTrace(&trace);
        auto *table = chart.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), ResultLabels::label(QStringLiteral("per_thread")));
        // The task's name leads each record; field names are labels, never the raw JSON keys.
        QCOMPARE(table->item(0, 1)->text(),
                 QStringLiteral("thread 1: Attempts 7, Rounds 3, Timeouts 4; "
                                "thread 2: Attempts 5, Rounds 3, Timeouts 2"));
    }

    void windowFitsALaptopScreen()
    {
        // 1366x768 is still a common laptop screen; the window must fit it with a panel and title bar.
        MainWindow window;
        QVERIFY(window.selectScenario(QStringLiteral("race"))); // one of the longer parameter forms
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 680,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    }

    void statusLineShowsTheRunsFacts()
    {
        Trace trace;
        TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
        TraceBuilder(trace).restoreRun().events = 12345;
        TraceBuilder(trace).restoreRun().outcome = RunOutcome::Deadlock;
        StatusPanel panel;
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        const QString elapsed = panel.findChild<QLabel *>(QStringLiteral("statusElapsed"))->text();
        const QString events = panel.findChild<QLabel *>(QStringLiteral("statusEvents"))->text();
        QVERIFY2(elapsed.contains(RunTexts::duration(2'500'000'000)), qPrintable(elapsed));
        QVERIFY2(events.contains(QLocale().toString(12345)), qPrintable(events));
        QCOMPARE(panel.sourceLabel()->text(), QStringLiteral("Scheduling: kernel"));
        QCOMPARE(panel.stateLabel()->text(), RunTexts::outcomeName(RunOutcome::Deadlock));
        QVERIFY(!panel.stateLabel()->styleSheet().isEmpty()); // not completed: red
        // Dropped events: plain when none, highlighted when some were lost.
        QVERIFY(panel.droppedLabel()->styleSheet().isEmpty());
        TraceBuilder(trace).restoreRun().dropped = 7;
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        QVERIFY(panel.droppedLabel()->text().contains(QStringLiteral("7")));
        QVERIFY(panel.droppedLabel()->styleSheet().contains(QStringLiteral("background")));
        // Records moved in time: said in words beside the counters, hidden while the trace is exact.
        QVERIFY(panel.fidelityLabel()->isHidden());
        TraceBuilder(trace).addLateRecords(4);
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        QVERIFY(!panel.fidelityLabel()->isHidden());
        QVERIFY2(panel.fidelityLabel()->text().contains(QStringLiteral("moved in time")),
                 qPrintable(panel.fidelityLabel()->text()));
        QVERIFY2(panel.fidelityLabel()->toolTip().contains(QStringLiteral("later than they happened"))
                     && panel.fidelityLabel()->toolTip().contains(QStringLiteral("dropped")),
                 qPrintable(panel.fidelityLabel()->toolTip()));
        // Writers that waited for a full lossless ring: said there too, with the count and the time.
        TraceBuilder(trace).setLossCounters(7, 2'500'000, 3);
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        QVERIFY2(
            panel.fidelityLabel()->text().contains(QStringLiteral("moved in time, writers waited 3 time")),
            qPrintable(panel.fidelityLabel()->text()));
        QVERIFY2(panel.fidelityLabel()->toolTip().contains(QStringLiteral("waited 3 time"))
                     && panel.fidelityLabel()->toolTip().contains(
                         QStringLiteral("full recording ring, 2.5 ms in all")),
                 qPrintable(panel.fidelityLabel()->toolTip()));
        TraceBuilder(trace).restoreRun().outcome = RunOutcome::Completed;
        TraceBuilder(trace).setSource(SchedulingSource::Estimate, QString());
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        QVERIFY(panel.stateLabel()->styleSheet().isEmpty());
        QCOMPARE(panel.sourceLabel()->text(), QStringLiteral("Scheduling: estimated"));
        // A trace another program recorded: neither kernel nor estimate, and the tooltip says why.
        TraceBuilder(trace).setSource(SchedulingSource::Imported, QString());
        panel.showRun(&trace, RunSession::Phase::Finished, 2500);
        QCOMPARE(panel.sourceLabel()->text(), QStringLiteral("Scheduling: imported"));
        QVERIFY2(panel.sourceLabel()->toolTip().contains(QLatin1String("imported from a Chrome trace")),
                 qPrintable(panel.sourceLabel()->toolTip()));
    }

    void stopDuringProcessesLeavesNoProcess()
    {
        // The processes scenario forks: Stop must take the runner's children with it, not only the runner.
        MainWindow window;
        QVERIFY(selectWithValues(window, QStringLiteral("processes"),
                                 { { "processes", 3 }, { "work_ms", 10000 }, { "increments", 10 } }));
        window.actions().run->trigger();
        // Wait until the runner has forked its workers (runner + 3 below this test).
        QTRY_VERIFY_WITH_TIMEOUT(descendantsOf(getpid()).size() >= 4, 15000);
        const QList<int> tree = descendantsOf(getpid());
        window.actions().stop->trigger();
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Finished);
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Stopped);
        QVERIFY(childProcesses().isEmpty());
        // Every process of the run is gone (reaped by us, or by init once killed); give init a moment.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(tree.begin(), tree.end(),
                         [](int pid) { return QFile::exists(QStringLiteral("/proc/%1").arg(pid)); }),
            2000);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("result");
        using R = CommandLine::Result;
        QTest::newRow("none") << QStringList {} << int(R::Ok);
        QTest::newRow("scenario") << QStringList { "--scenario", "threads", "--run" } << int(R::Ok);
        QTest::newRow("set") << QStringList { "--scenario", "threads", "--set", "threads=2" } << int(R::Ok);
        QTest::newRow("unknown scenario") << QStringList { "--scenario", "nope" } << int(R::Error);
        QTest::newRow("out of range")
            << QStringList { "--scenario", "threads", "--set", "threads=0" } << int(R::Error);
        QTest::newRow("unknown parameter")
            << QStringList { "--scenario", "threads", "--set", "x=1" } << int(R::Error);
        QTest::newRow("no equals") << QStringList { "--scenario", "threads", "--set", "threads" }
                                   << int(R::Error);
        QTest::newRow("set without scenario") << QStringList { "--set", "threads=2" } << int(R::Error);
        QTest::newRow("bad language") << QStringList { "--lang", "fr" } << int(R::Error);
        QTest::newRow("stray argument") << QStringList { "threads" } << int(R::Error);
        QTest::newRow("help") << QStringList { "--help" } << int(R::Help);
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, result);
        LaunchOptions options;
        QString message;
        const CommandLine::Result r
            = CommandLine::parse(QStringList { "samtidig" } + args, &options, &message);
        QCOMPARE(int(r), result);
        if (r == CommandLine::Result::Error)
            QVERIFY(!message.isEmpty());
        if (r == CommandLine::Result::Ok && args.contains(QStringLiteral("threads=2"))) {
            QCOMPARE(options.params.integer(QStringLiteral("threads")), 2);
            MainWindow window;
            QString error;
            QVERIFY(window.applyLaunchOptions(options, &error));
            QCOMPARE(window.parameterForm()->values().integer(QStringLiteral("threads")), 2);
        }
    }

    void launchWithRunStartsTheScenario()
    {
        LaunchOptions options;
        QString message;
        QCOMPARE(CommandLine::parse({ QStringLiteral("samtidig"), QStringLiteral("--scenario"),
                                      QStringLiteral("threads"), QStringLiteral("--set"),
                                      QStringLiteral("threads=3"), QStringLiteral("--run") },
                                    &options, &message),
                 CommandLine::Result::Ok);
        MainWindow window;
        QString error;
        QVERIFY2(window.applyLaunchOptions(options, &error), qPrintable(error));
        QCOMPARE(window.currentScenario(), QStringLiteral("threads"));
        QCOMPARE(window.parameterForm()->values().integer(QStringLiteral("threads")), 3);
        // Started from the event loop, after show(); it may even have finished by the time we look.
        QTRY_VERIFY(window.runController()->phase() != RunSession::Phase::Idle);
        QCOMPARE(window.runController()->lastParams().integer(QStringLiteral("threads")), 3);
        window.stop();
        QVERIFY(childProcesses().isEmpty());
    }

    void launcherRejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("says"); // what the message must name
        QTest::newRow("out of range") << QStringList { "--scenario", "threads", "--set", "threads=0" }
                                      << QStringList { "'threads'", "between 1 and", "(got 0)" };
        QTest::newRow("not a number") << QStringList { "--scenario", "threads", "--set", "threads=abc" }
                                      << QStringList { "'threads'", "whole number", "'abc'" };
        QTest::newRow("unknown parameter") << QStringList { "--scenario", "threads", "--set", "bogus=1" }
                                           << QStringList { "'bogus'", "Allowed:", "threads" };
        QTest::newRow("unknown scenario") << QStringList { "--scenario", "nope", "--run" }
                                          << QStringList { "'nope'", "Known scenarios:", "deadlock" };
    }

    void launcherRejectsBadValues()
    {
        // The real executable: prints the reason on stderr and exits with the command-line error code.
        QFETCH(QStringList, args);
        QFETCH(QStringList, says);
        const QString gui
            = QFileInfo(qEnvironmentVariable("SAMTIDIG_RUNNER")).dir().filePath(QStringLiteral("samtidig"));
        QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui)); // CMake builds it before this test
        QProcess process;
        process.start(gui, QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), CommandLine::kBadCommandLine);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        for (const QString &part : says)
            QVERIFY2(err.contains(part), qPrintable(part + QLatin1String(" not in: ") + err));
    }

    // samtidig --startup-time: the window's first frame is painted, the time since the process
    // started is printed with the CLOCK_MONOTONIC stamp of that moment, and the window quits.
    void startupTimeIsReportedAfterTheFirstFrame()
    {
        const QString gui
            = QFileInfo(qEnvironmentVariable("SAMTIDIG_RUNNER")).dir().filePath(QStringLiteral("samtidig"));
        QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui));
        QTemporaryDir settings;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
        process.setProcessEnvironment(env);
        const std::uint64_t before = monotonicNs();
        process.start(gui,
                      { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--startup-time") });
        QVERIFY(process.waitForFinished(30000)); // guards a window that never quits
        const std::uint64_t after = monotonicNs();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("first frame painted ([0-9.]+) ms after the process started "
                                                "\\(CLOCK_MONOTONIC ([0-9]+) ns\\)"))
                  .match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const double ms = m.captured(1).toDouble();
        const std::uint64_t stamp = m.captured(2).toULongLong();
        QVERIFY2(stamp > before && stamp < after, qPrintable(out));
        // The process's own age can only be measured in the kernel's 10 ms ticks.
        QVERIFY2(ms > 0 && ms <= double(after - before) / 1e6 + 10, qPrintable(out));
    }

    void languageSwitchKeepsRunRunning()
    {
        MainWindow window;
        QVERIFY(selectWithValues(window, QStringLiteral("threads"),
                                 { { "threads", 1 }, { "work_ms", 3000 }, { "increments", 10 } }));
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(window.runController()->phase() == RunSession::Phase::Running, 10000);
        const Trace *trace = window.currentTrace();
        const int count = window.retranslateCount();
        window.setLanguage(QStringLiteral("da"));
        QTRY_VERIFY(window.retranslateCount() > count);
        QVERIFY(window.runController()->isActive());
        QCOMPARE(window.currentTrace(), trace);
        window.setLanguage(QStringLiteral("en"));
        window.stop();
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Stopped);
        QVERIFY(childProcesses().isEmpty());
    }

    void languageSwitchRetranslates()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const WindowActions &a = window.actions();
        const QList<QAction *> translated
            = { a.run,        a.pauseResume,     a.stop, a.runAgain, a.zoomToFit, a.returnToLive,
                a.showCharts, a.showExplanation, a.quit, a.about };
        QStringList before;
        for (QAction *action : translated) {
            QVERIFY(!marked(action->text()));
            before << action->text();
        }
        const QString titleBefore = window.windowTitle();

        // Every text must come from tr() and be set again on LanguageChange.
        int count = window.retranslateCount();
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        QTRY_VERIFY(window.retranslateCount() > count);
        for (QAction *action : translated)
            QVERIFY2(marked(action->text()),
                     qPrintable(action->objectName() + QLatin1String(": ") + action->text()));
        QVERIFY(marked(window.windowTitle()));
        QVERIFY(marked(window.fileMenu()->title()));
        QVERIFY(marked(window.statusPanel()->stateLabel()->text()));
        for (const QString &page : window.chartPanel()->pageTitles())
            QVERIFY2(marked(page), qPrintable(page));

        count = window.retranslateCount();
        QCoreApplication::removeTranslator(&marker);
        QTRY_VERIFY(window.retranslateCount() > count);
        for (qsizetype i = 0; i < translated.size(); ++i)
            QCOMPARE(translated[i]->text(), before[i]);
        QCOMPARE(window.windowTitle(), titleBefore);

        // The Language menu: switches, checks the item, saves the choice. (Whether the Danish text
        // differs depends on translations/samtidig_da.ts; the translation tests check that.)
        count = window.retranslateCount();
        a.danish->trigger();
        QCOMPARE(currentLanguage(), QStringLiteral("da"));
        QTRY_VERIFY(window.retranslateCount() > count);
        QVERIFY(a.danish->isChecked());
        QVERIFY(!a.english->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("da"));
        QCOMPARE(CommandLine::initialLanguage({ QStringLiteral("samtidig") }), QStringLiteral("da"));
        QCOMPARE(CommandLine::initialLanguage(
                     { QStringLiteral("samtidig"), QStringLiteral("--lang"), QStringLiteral("en") }),
                 QStringLiteral("en"));
        a.english->trigger();
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        QTRY_VERIFY(a.english->isChecked());
        for (qsizetype i = 0; i < translated.size(); ++i)
            QTRY_COMPARE(translated[i]->text(), before[i]);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
