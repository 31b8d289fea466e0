// RunController: the one builder of a scenario's request for the window (runs, stepping and the
// explore dialog all take it), a refused request reported once through failed(), and the signals
// a real run (a runner process) sends the window, in their order and number.
#include "scenarios/scenario_registry.h"
#include "window/run_controller.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

using namespace samtidig;

namespace {

// `scenario`'s defaults with `sets` applied; a bad assignment ends the test.
ParamValues paramsOf(const QString &scenario, const std::vector<std::pair<QString, QString>> &sets)
{
    ParamValues values;
    QString error;
    if (!Parameters::resolve(findScenario(scenario)->info().params, sets, &values, &error))
        qFatal("bad parameters in test: %s", qPrintable(error));
    return values;
}

// Every signal the window connects to, counted.
struct Spies {
    explicit Spies(RunController *c)
        : traceChanged(c, &RunController::traceChanged)
        , traceUpdated(c, &RunController::traceUpdated)
        , stateChanged(c, &RunController::stateChanged)
        , deadlockDetected(c, &RunController::deadlockDetected)
        , finished(c, &RunController::finished)
        , failed(c, &RunController::failed)
    { }
    QSignalSpy traceChanged;
    QSignalSpy traceUpdated;
    QSignalSpy stateChanged;
    QSignalSpy deadlockDetected;
    QSignalSpy finished;
    QSignalSpy failed;
};

} // namespace

class TstRunController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarioRequestCarriesTheForm()
    {
        ParamValues params;
        params.set(QStringLiteral("threads"), 3);
        const RunRequest r
            = RunController::scenarioRequest(QStringLiteral("race"), params, QStringLiteral("da"));
        QCOMPARE(r.scenario, QStringLiteral("race"));
        QCOMPARE(r.params.integer(QStringLiteral("threads")), 3);
        QCOMPARE(r.language, QStringLiteral("da"));
        // Nothing the form does not say: the defaults a run starts from.
        const RunRequest defaults;
        QVERIFY(r.source == defaults.source);
        QCOMPARE(r.lossy, defaults.lossy);
        QCOMPARE(r.ringCapacity, defaults.ringCapacity);
        QCOMPARE(r.maxDetailBytes, defaults.maxDetailBytes);
        QVERIFY(!r.program.has_value());
        QVERIFY(!r.stepping.on);
        QVERIFY(!r.stepping.explore);
        QVERIFY(r.stepping.schedule.empty());
    }

    void refusedScenarioFailsOnce_data()
    {
        QTest::addColumn<bool>("stepping");
        QTest::newRow("run") << false;
        QTest::newRow("step by step") << true;
    }
    void refusedScenarioFailsOnce()
    {
        QFETCH(bool, stepping);
        RunController controller;
        QSignalSpy failed(&controller, &RunController::failed);
        QSignalSpy changed(&controller, &RunController::traceChanged);
        const QString id = QStringLiteral("no-such-scenario");
        const bool started = stepping
            ? controller.startStepping(id, ParamValues(), QStringLiteral("en"), { 1, 2 })
            : controller.start(id, ParamValues(), QStringLiteral("en"));
        QVERIFY(!started);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(id), qPrintable(message));
        QCOMPARE(changed.count(), 0);
    }

    void runSignalsItsWholeLife()
    {
        RunController controller;
        Spies spies(&controller);
        QVERIFY(controller.start(QStringLiteral("threads"),
                                 paramsOf(QStringLiteral("threads"),
                                          { { QStringLiteral("threads"), QStringLiteral("2") },
                                            { QStringLiteral("work_ms"), QStringLiteral("60") },
                                            { QStringLiteral("increments"), QStringLiteral("50") } }),
                                 QStringLiteral("en")));
        // At once: the new trace, and the state it is in.
        QCOMPARE(spies.traceChanged.count(), 1);
        QCOMPARE(spies.traceChanged.first().first().value<const Trace *>(), controller.trace());
        QVERIFY(spies.stateChanged.count() >= 1);
        QVERIFY(controller.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(spies.finished.count(), 1, 30000);
        QCOMPARE(controller.phase(), RunSession::Phase::Finished);
        QCOMPARE(controller.trace()->outcome(), RunOutcome::Completed);
        const QString message = spies.finished.first().first().toString();
        QVERIFY2(!message.isEmpty(), "finished() carries the sentence the status line shows");
        QVERIFY(spies.traceUpdated.count() >= 1);
        QVERIFY(spies.stateChanged.count() >= 2); // started, and finished
        QCOMPARE(spies.traceChanged.count(), 1); // the same trace throughout
        QCOMPARE(spies.deadlockDetected.count(), 0);
        QCOMPARE(spies.failed.count(), 0);
    }

    void deadlockIsSaidOnceAndStopEndsTheRun()
    {
        RunController controller;
        Spies spies(&controller);
        QVERIFY(controller.start(QStringLiteral("deadlock"),
                                 paramsOf(QStringLiteral("deadlock"),
                                          { { QStringLiteral("work_ms"), QStringLiteral("0") },
                                            { QStringLiteral("hold_ms"), QStringLiteral("20") } }),
                                 QStringLiteral("en")));
        QTRY_COMPARE_WITH_TIMEOUT(spies.deadlockDetected.count(), 1, 30000);
        const QString message = spies.deadlockDetected.first().first().toString();
        QVERIFY2(!message.isEmpty(), "deadlockDetected() names the cycle");
        QVERIFY(controller.isActive()); // a deadlocked run hangs until stopped
        // Polling goes on and the trace grows; the same deadlock is not said again.
        const qsizetype updates = spies.traceUpdated.count();
        QTRY_VERIFY(spies.traceUpdated.count() > updates + 3);
        QCOMPARE(spies.deadlockDetected.count(), 1);

        const qsizetype states = spies.stateChanged.count();
        controller.stop();
        QVERIFY(!controller.isActive()); // at once, not at the next tick
        QCOMPARE(spies.stateChanged.count(), states + 1);
        QCOMPARE(spies.finished.count(), 1);
        // Stopped with its cycle still closed: the run is called what it was, a deadlock.
        QCOMPARE(controller.trace()->outcome(), RunOutcome::Deadlock);
        QCOMPARE(spies.failed.count(), 0);
        controller.stop(); // nothing left to stop: nothing said
        QCOMPARE(spies.stateChanged.count(), states + 1);
        QCOMPARE(spies.finished.count(), 1);
    }

    void showTraceSignalsTheOpenedTrace()
    {
        RunController controller;
        Spies spies(&controller);
        auto opened = std::make_unique<Trace>();
        const Trace *pointer = opened.get();
        controller.showTrace(std::move(opened));
        QCOMPARE(controller.trace(), pointer);
        QCOMPARE(spies.traceChanged.count(), 1);
        QCOMPARE(spies.traceChanged.first().first().value<const Trace *>(), pointer);
        QCOMPARE(spies.stateChanged.count(), 1);
        QCOMPARE(spies.finished.count(), 0);
        QCOMPARE(spies.failed.count(), 0);
        controller.showTrace(nullptr); // nothing to show: nothing changes
        QCOMPARE(controller.trace(), pointer);
        QCOMPARE(spies.traceChanged.count(), 1);
    }
};

QTEST_MAIN(TstRunController)
#include "tst_runcontroller.moc"
