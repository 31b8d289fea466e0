// "Your own program" in the window: the entry at the top of the scenario browser shows its form;
// Run records the program (its process on the lanes, its output in the pane, remembered among the
// recent programs); a program that cannot be started is named with the reason, and nothing starts;
// the examples fill the form (the C one compiled with cc first); the texts are in Danish too.
#include "i18n/language.h"
#include "io/recording_file.h"
#include "session/program_request.h"
#include "support/test_settings.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/parameter_form.h"
#include "window/program_output_pane.h"
#include "window/program_panel.h"
#include "window/run_controller.h"
#include "window/scenario_browser.h"
#include "window/scenario_info_panel.h"
#include "window/status_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace samtidig;

namespace {

const QString kProgram = QString::fromLatin1(kProgramScenarioId);

// The tasks of `trace` named `name` that have at least one span on their lane.
int tasksOnLanes(const Trace &trace, const QString &name)
{
    int n = 0;
    for (const TaskLane &lane : trace.taskLanes()) {
        const auto task = trace.tasks().find(lane.task);
        if (task != trace.tasks().end() && task->second.name == name && lane.sched.size() > 0)
            ++n;
    }
    return n;
}

bool waitUntilFinished(MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.runController()->phase() == RunSession::Phase::Finished; },
                           60000);
}

} // namespace

class TstProgramPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_programpanel"))); }
    void cleanupTestCase() { QSettings().clear(); }

    void entryIsFirstAndShowsTheForm()
    {
        MainWindow window;
        window.show();
        QTreeWidget *tree = window.scenarioBrowser()->tree();
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Your own program"));
        QVERIFY(!window.programPanel()->isVisibleTo(&window)); // a scenario is selected at the start
        QVERIFY(window.selectScenario(kProgram));
        QCOMPARE(window.currentScenario(), kProgram);
        QVERIFY(window.programPanel()->isVisibleTo(&window));
        QVERIFY(!window.parameterForm()->isVisibleTo(&window));
        QVERIFY(window.actions().run->isEnabled());
        QVERIFY(window.programPanel()->examplesList()->count() >= 5);
        QVERIFY(window.selectScenario(QStringLiteral("threads")));
        QVERIFY(!window.programPanel()->isVisibleTo(&window));
        QVERIFY(window.parameterForm()->isVisibleTo(&window));
    }

    void runningTrueRecordsItsProcess()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(QStringLiteral("/bin/true"));
        window.run();
        QVERIFY(waitUntilFinished(window));
        const Trace &trace = *window.currentTrace();
        QCOMPARE(trace.scenario(), kProgram);
        QCOMPARE(trace.outcome(), RunOutcome::Completed);
        QCOMPARE(tasksOnLanes(trace, QStringLiteral("true")), 1);
        QVERIFY(window.programPanel()->message().isEmpty());
        QCOMPARE(window.programPanel()->recentCommands().value(0), QStringLiteral("true"));
        QVERIFY(!window.programOutputPane()->isVisibleTo(&window)); // it wrote nothing

        // Kept between sessions: a new window offers it among the recent programs.
        MainWindow again;
        QCOMPARE(again.programPanel()->recentCommands().value(0), QStringLiteral("true"));
        again.programPanel()->recentList()->setCurrentRow(0);
        Q_EMIT again.programPanel()->recentList()->itemClicked(again.programPanel()->recentList()->item(0));
        QCOMPARE(again.programPanel()->programEdit()->text(), QStringLiteral("/bin/true"));
    }

    void exampleRecordsThreadsAndShowsItsOutput()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        ProgramPanel *panel = window.programPanel();
        QSignalSpy ready(panel, &ProgramPanel::exampleReady);
        QVERIFY(panel->pickExample(QStringLiteral("threads_sleep.py")));
        QCOMPARE(ready.count(), 1);
        QVERIFY(QFileInfo(panel->argumentsEdit()->text()).isAbsolute());
        panel->argumentsEdit()->setText(panel->argumentsEdit()->text() + QStringLiteral(" 2"));
        window.run();
        QVERIFY(waitUntilFinished(window));
        const Trace &trace = *window.currentTrace();
        QCOMPARE(trace.outcome(), RunOutcome::Completed);
        // The main thread and two downloads, all of one process, on the lanes.
        QVERIFY2(tasksOnLanes(trace, QStringLiteral("python3"))
                         + tasksOnLanes(trace, QStringLiteral("python3.11"))
                     >= 3,
                 qPrintable(QString::number(trace.taskLanes().size())));
        QTRY_VERIFY(window.programOutputPane()->text().contains(QStringLiteral("download-1 done")));
        QVERIFY(window.programOutputPane()->isVisibleTo(&window));
        QVERIFY(window.programOutputPane()->heading().contains(QStringLiteral("1 MiB")));
    }

    // A short real program with two busy threads: the Outcome tab (a program has no result table)
    // and the findings say what it did, in words, in English and in Danish.
    void outcomeTabExplainsTheRun()
    {
        const QString burn = QDir(QString::fromLocal8Bit(qgetenv("SAMTIDIG_TEST_PROGRAMS")))
                                 .filePath(QStringLiteral("cpu_burn"));
        QVERIFY2(QFileInfo(burn).isExecutable(), qPrintable(burn));
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(burn);
        window.programPanel()->argumentsEdit()->setText(
            QStringLiteral("2 150000000 %1").arg(dir.filePath(QStringLiteral("ns"))));
        window.run();
        QVERIFY(waitUntilFinished(window));
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Completed);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        auto *outcome = window.findChild<QLabel *>(QStringLiteral("programOutcome"));
        QVERIFY(tabs && outcome);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Outcome")); // shown once it ended
        const QString text = outcome->text();
        QVERIFY2(text.startsWith(QStringLiteral("The program ended normally (exit status 0) after ")),
                 qPrintable(text));
        // Both workers did a share of the work: on two cores at once, or taking turns on a busy machine.
        QVERIFY2(text.contains(QStringLiteral("2 threads ran on "))
                     || text.contains(QStringLiteral("2 threads were busy")),
                 qPrintable(text));
        QVERIFY2(window.infoPanel()->findingsText().contains(QStringLiteral("exit status 0")),
                 qPrintable(window.infoPanel()->findingsText()));
        // The time with 1, 2, ... cores busy adds up to the time any was; the process tree has one row.
        auto *cores = window.findChild<QLabel *>(QStringLiteral("outcomeSummary"));
        QVERIFY2(cores->text().startsWith(QStringLiteral("Cores busy at once: 1 for ")),
                 qPrintable(cores->text()));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("outcomeTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(table->item(0, 0)->text().startsWith(QStringLiteral("cpu_burn (pid ")),
                 qPrintable(table->item(0, 0)->text()));
        QVERIFY2(table->item(0, 1)->text().startsWith(QStringLiteral("3 threads, ")),
                 qPrintable(table->item(0, 1)->text()));

        window.setLanguage(QStringLiteral("da"));
        QTRY_VERIFY2(
            outcome->text().startsWith(QStringLiteral("Programmet sluttede normalt (exit-status 0) efter ")),
            qPrintable(outcome->text()));
        QVERIFY2(outcome->text().contains(QStringLiteral("2 tråde")), qPrintable(outcome->text()));
        QTRY_VERIFY(window.infoPanel()->findingsText().contains(QStringLiteral("exit-status 0")));
        window.setLanguage(QStringLiteral("en"));
    }

    // The output pane's text is kept in a saved recording and shown again, with the command, when
    // the recording is opened.
    void outputIsKeptInTheRecording()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("echo.samtidig"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.selectScenario(kProgram));
            window.programPanel()->programEdit()->setText(QStringLiteral("/bin/sh"));
            window.programPanel()->argumentsEdit()->setText(
                QStringLiteral("-c 'echo first line; echo to stderr >&2'"));
            window.run();
            QVERIFY(waitUntilFinished(window));
            QTRY_VERIFY(window.programOutputPane()->text().contains(QStringLiteral("to stderr")));
            QString error;
            QVERIFY2(writeRecording(*window.currentTrace(), path, &error), qPrintable(error));
        }
        auto opened = std::make_unique<Trace>();
        QString error;
        QVERIFY2(readRecording(path, opened.get(), &error), qPrintable(error));
        QCOMPARE(opened->programOutput().bytes, QByteArray("first line\nto stderr\n"));
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("threads")));
        window.openTrace(std::move(opened));
        QCOMPARE(window.currentScenario(), kProgram);
        QVERIFY(window.programOutputPane()->isVisibleTo(&window));
        QCOMPARE(window.programOutputPane()->text(), QStringLiteral("first line\nto stderr\n"));
        QVERIFY2(window.programOutputPane()->heading().contains(
                     QStringLiteral("sh -c 'echo first line; echo to stderr >&2'")),
                 qPrintable(window.programOutputPane()->heading()));
        // The info panel names the command under its title.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("scenarioTheme"))->text(),
                 QStringLiteral("Command: sh -c 'echo first line; echo to stderr >&2'"));
        // Another run shown: the pane starts afresh, not with the recording's output.
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(QStringLiteral("/bin/true"));
        window.programPanel()->argumentsEdit()->clear();
        window.run();
        QVERIFY(waitUntilFinished(window));
        QVERIFY(!window.programOutputPane()->isVisibleTo(&window));
    }

    // A program whose first process ends while its child lives on: the findings name the child as
    // still running while the recording goes on, and as ended by Stop afterwards.
    void findingsNameProcessesStillRunning()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(QStringLiteral("/bin/sh"));
        window.programPanel()->argumentsEdit()->setText(QStringLiteral("-c 'sleep 30 & echo started'"));
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(window.infoPanel()->findingsText().contains(
                                     QStringLiteral("1 of its processes is still running: sleep (pid ")),
                                 20000);
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Running);
        window.stop();
        QCOMPARE(window.currentTrace()->outcome(), RunOutcome::Stopped);
        QTRY_VERIFY2(window.infoPanel()->findingsText().contains(QStringLiteral(
                         "1 of its processes was still running when the recording was stopped: "
                         "sleep (pid ")),
                     qPrintable(window.infoPanel()->findingsText()));
    }

    // Output arrives in pieces: a character cut between two of them is shown whole, once complete.
    void outputPaneJoinsCharactersCutBetweenReads()
    {
        ProgramOutputPane pane;
        pane.setOutput(QByteArray("blå b\xc3"), false);
        QCOMPARE(pane.text(), QStringLiteral("blå b"));
        pane.setOutput(QByteArray("blå b\xc3\xa6r\n"), false);
        QCOMPARE(pane.text(), QStringLiteral("blå bær\n"));
        pane.setCommand(QStringLiteral("printf %1"));
        QVERIFY2(pane.heading().startsWith(QStringLiteral("Output of “printf %1” (")),
                 qPrintable(pane.heading()));
        pane.setOutput(QByteArray("x"), true); // shorter: another run's output
        QCOMPARE(pane.text(), QStringLiteral("x"));
        QVERIFY2(pane.heading().contains(QStringLiteral("wrote more than 1 MiB")),
                 qPrintable(pane.heading()));
    }

    void missingProgramIsNamedAndNothingStarts_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing path")
            << QStringLiteral("/no/such/program") << QStringLiteral("does not exist");
        QTest::newRow("not in PATH") << QStringLiteral("no-such-program-xyz")
                                     << QStringLiteral("was not found");
        QTest::newRow("not executable") << QStringLiteral("NOTEXEC") << QStringLiteral("is not executable");
        QTest::newRow("empty") << QString() << QStringLiteral("No program was given");
    }
    void missingProgramIsNamedAndNothingStarts()
    {
        QFETCH(QString, program);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        if (program == QLatin1String("NOTEXEC")) { // a script without its x bit
            program = dir.filePath(QStringLiteral("script.py"));
            QFile script(program);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("print(1)\n");
        }
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(program);
        QSignalSpy changed(window.runController(), &RunController::traceChanged);
        window.run();
        const QString message = window.programPanel()->message();
        QVERIFY2(message.contains(reason),
                 qPrintable(message + QLatin1Char('/') + window.infoPanel()->outcomeText()));
        QVERIFY2(message.contains(program), qPrintable(message));
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Idle);
        QCOMPARE(changed.count(), 0);
    }

    void argumentsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plain") << QStringList { QStringLiteral("x.py"), QStringLiteral("4") };
        QTest::newRow("spaces") << QStringList { QStringLiteral("/my files/x.py"), QStringLiteral("a  b") };
        QTest::newRow("quotes") << QStringList { QStringLiteral("say \"hi\""), QStringLiteral("it's") };
        QTest::newRow("empty word") << QStringList { QString(), QStringLiteral("x") };
        QTest::newRow("backslash") << QStringList { QStringLiteral("a\\b"), QStringLiteral("$HOME") };
    }
    // What the form shows of a recent program or an example is read back as the same arguments.
    void argumentsRoundTrip()
    {
        QFETCH(QStringList, arguments);
        ProgramPanel panel;
        ProgramRequest request;
        request.program = QStringLiteral("/usr/bin/python3");
        request.arguments = arguments;
        request.workingDirectory = QStringLiteral("/tmp");
        request.environment = QStringList { QStringLiteral("A=1"), QStringLiteral("B=two words") };
        panel.setRequest(request);
        ProgramRequest back;
        QString error;
        QVERIFY2(panel.request(&back, &error), qPrintable(error));
        QCOMPARE(back.arguments, arguments);
        QCOMPARE(back.program, request.program);
        QCOMPARE(back.workingDirectory, request.workingDirectory);
        QCOMPARE(back.environment, request.environment);
    }

    void typedArgumentsSplitAsAShellDoes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("blanks") << QStringLiteral("  a   b\tc ") << QStringList { "a", "b", "c" };
        QTest::newRow("single") << QStringLiteral("'a b' 'it'\\''s'") << QStringList { "a b", "it's" };
        QTest::newRow("double") << QStringLiteral("\"say \\\"hi\\\"\" x")
                                << QStringList { "say \"hi\"", "x" };
        QTest::newRow("glued") << QStringLiteral("--name='a b'") << QStringList { "--name=a b" };
        QTest::newRow("empty") << QStringLiteral("'' x") << QStringList { "", "x" };
    }
    void typedArgumentsSplitAsAShellDoes()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, words);
        ProgramPanel panel;
        panel.programEdit()->setText(QStringLiteral("true"));
        panel.argumentsEdit()->setText(typed);
        ProgramRequest r;
        QString error;
        QVERIFY2(panel.request(&r, &error), qPrintable(error));
        QCOMPARE(r.arguments, words);
    }

    // An unclosed quote is named, and the window starts nothing.
    void unclosedQuoteIsRefused()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.programPanel()->programEdit()->setText(QStringLiteral("true"));
        window.programPanel()->argumentsEdit()->setText(QStringLiteral("'oops"));
        window.run();
        QVERIFY2(window.programPanel()->message().contains(QStringLiteral("never closed")),
                 qPrintable(window.programPanel()->message()));
        QCOMPARE(window.runController()->phase(), RunSession::Phase::Idle);
    }

    void recordLocksChoiceGoesIntoTheRequestAndIsRemembered()
    {
        {
            ProgramPanel panel;
            QVERIFY(panel.recordLocksBox()->isChecked()); // on at first: the locks and the GIL are recorded
            panel.programEdit()->setText(QStringLiteral("/bin/true"));
            ProgramRequest r;
            QString error;
            QVERIFY2(panel.request(&r, &error), qPrintable(error));
            QVERIFY(r.recordLocks);
            panel.recordLocksBox()->click();
            QVERIFY2(panel.request(&r, &error), qPrintable(error));
            QVERIFY(!r.recordLocks);
            QCOMPARE(r.toJson().value(QStringLiteral("record_locks")).toBool(true), false);
        }
        ProgramPanel again; // a later start of the window keeps the choice
        QVERIFY(!again.recordLocksBox()->isChecked());
        again.recordLocksBox()->click();
        QVERIFY(again.recordLocksBox()->isChecked());
    }

    void cExampleIsCompiledWhenPicked()
    {
        ProgramPanel panel;
        QSignalSpy ready(&panel, &ProgramPanel::exampleReady);
        QVERIFY(panel.pickExample(QStringLiteral("pthreads_all_cores.c")));
        QVERIFY(ready.wait(60000));
        const QFileInfo binary(panel.programEdit()->text());
        QVERIFY2(binary.isExecutable() && binary.isAbsolute(), qPrintable(binary.filePath()));
        QVERIFY(panel.message().isEmpty());
    }

    void danishTexts()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectScenario(kProgram));
        window.setLanguage(QStringLiteral("da"));
        QTRY_COMPARE(window.scenarioBrowser()->tree()->topLevelItem(0)->text(0),
                     QStringLiteral("Dit eget program"));
        QCOMPARE(window.programPanel()->examplesList()->item(0)->text(),
                 QStringLiteral("Python-tråde med CPU-arbejde"));
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.scenarioBrowser()->tree()->topLevelItem(0)->text(0),
                     QStringLiteral("Your own program"));
    }
};

QTEST_MAIN(TstProgramPanel)
#include "tst_programpanel.moc"
