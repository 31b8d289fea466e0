// Step mode by hand (what the window's Step buttons do): real gated threads, one step at a time.
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "session/step_driver.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace samtidig;

namespace {

RunRequest manualRace()
{
    RunRequest r;
    r.scenario = QStringLiteral("race");
    r.language = QStringLiteral("en");
    r.stepping.on = true;
    r.stepping.manual = true;
    QString error;
    const bool ok = Parameters::resolve(findScenario(r.scenario)->info().params,
                                        { { QStringLiteral("threads"), QStringLiteral("2") },
                                          { QStringLiteral("increments"), QStringLiteral("1") },
                                          { QStringLiteral("window_us"), QStringLiteral("0") },
                                          { QStringLiteral("work_us"), QStringLiteral("0") } },
                                        &r.params, &error);
    if (!ok)
        qFatal("bad parameters in test: %s", qPrintable(error));
    return r;
}

// Polls until `thread` can be stepped (the threads have settled), then steps it.
bool stepWhenSettled(RunSession &session, int thread, QString *why)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        session.poll();
        if (session.stepDriver() && session.stepDriver()->step(thread, why))
            return true;
        if (!why->startsWith(QLatin1String("The threads are still moving")) && !why->isEmpty())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

} // namespace

class TstStepDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsByHandLoseAnUpdate()
    {
        RunSession session;
        QString error;
        QVERIFY2(session.start(manualRace(), &error), qPrintable(error));
        QString why;
        QVERIFY2(stepWhenSettled(session, 1, &why), qPrintable(why)); // thread 1 reads 0
        // Settled again: thread 1 is before its write, thread 2 before its read.
        QVERIFY2(stepWhenSettled(session, 2, &why), qPrintable(why)); // thread 2 reads 0
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                session.poll();
                const auto views = session.stepDriver()->threads();
                return views.size() == 2 && views[0].state == GateState::AtGate
                    && views[1].state == GateState::AtGate;
            }(),
            20000);
        const auto views = session.stepDriver()->threads();
        QCOMPARE(views[0].next, QStringLiteral("thread 1 will write shared counter"));
        QCOMPARE(views[1].next, QStringLiteral("thread 2 will write shared counter"));
        QVERIFY2(stepWhenSettled(session, 1, &why), qPrintable(why)); // thread 1 writes 1, ends
        // Thread 1 has finished: a further step of it is refused with the reason.
        QVERIFY(!stepWhenSettled(session, 1, &why));
        QCOMPARE(why, QStringLiteral("Thread 1 cannot move: it has finished."));
        QVERIFY2(stepWhenSettled(session, 2, &why), qPrintable(why)); // thread 2 writes 1 too
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                session.poll();
                return !session.isActive();
            }(),
            20000);
        QCOMPARE(session.trace().outcome(), RunOutcome::Completed);
        QCOMPARE(session.trace().results().value(QStringLiteral("actual")).toInt(), 1);
        QCOMPARE(session.stepsTaken(), (std::vector<int> { 1, 2, 1, 2 }));
    }
};

QTEST_GUILESS_MAIN(TstStepDriver)
#include "tst_stepdriver.moc"
