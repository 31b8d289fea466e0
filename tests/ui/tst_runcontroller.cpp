// RunController: the one builder of a scenario's request for the window (runs, stepping and the
// explore dialog all take it), and a refused request reported once through failed().
#include "window/run_controller.h"

#include <QSignalSpy>
#include <QTest>

using namespace samtidig;

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
};

QTEST_MAIN(TstRunController)
#include "tst_runcontroller.moc"
