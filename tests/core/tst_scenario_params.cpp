// Parameter specs of the lock scenarios: defaults are valid and give bounded runs, and every
// out-of-range value is refused with a message naming the parameter, its range and the value.
#include "scenarios/scenario_registry.h"
#include "support/run_helpers.h"

#include <QTest>

using namespace samtidig;
using samtidig::test::paramSpec;

namespace {

const QStringList kScenarios
    = { QStringLiteral("race"),         QStringLiteral("mutex"),   QStringLiteral("deadlock"),
        QStringLiteral("philosophers"), QStringLiteral("timeout"), QStringLiteral("lock-ordering") };

} // namespace

class TstScenarioParams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registeredInOrder()
    {
        QStringList ids;
        for (const Scenario *s : allScenarios())
            ids << s->info().id;
        qsizetype previous = ids.indexOf(QStringLiteral("threads"));
        QVERIFY(previous >= 0);
        for (const QString &id : kScenarios) {
            const qsizetype at = ids.indexOf(id);
            QVERIFY2(at == previous + 1, qPrintable(id));
            previous = at;
        }
    }

    void describedAndBounded_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("mayHang");
        QTest::newRow("race") << QStringLiteral("race") << false;
        QTest::newRow("mutex") << QStringLiteral("mutex") << false;
        QTest::newRow("deadlock") << QStringLiteral("deadlock") << true;
        QTest::newRow("philosophers") << QStringLiteral("philosophers") << true;
        QTest::newRow("timeout") << QStringLiteral("timeout") << false;
        QTest::newRow("lock-ordering") << QStringLiteral("lock-ordering") << false;
    }
    void describedAndBounded()
    {
        QFETCH(QString, id);
        QFETCH(bool, mayHang);
        const Scenario *scenario = findScenario(id);
        QVERIFY(scenario);
        const ScenarioInfo info = scenario->info();
        QCOMPARE(info.mayHang, mayHang);
        QVERIFY(!info.name.isEmpty());
        const qsizetype sentences = info.explanation.count(QStringLiteral(". ")) + 1;
        QVERIFY2(sentences >= 3 && sentences <= 6, qPrintable(QString::number(sentences)));
        QVERIFY(!info.params.empty());
        for (const ParamSpec &p : info.params) {
            QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(p.name));
            QVERIFY2(p.minimum <= p.defaultValue && p.defaultValue <= p.maximum, qPrintable(p.name));
        }
        // Defaults are accepted as they are.
        ParamValues values;
        QString error;
        QVERIFY2(Parameters::resolve(info.params, {}, &values, &error), qPrintable(error));
        QVERIFY2(Parameters::validate(info.params, values, &error), qPrintable(error));
        // Limits that protect the machine are part of the spec.
        if (const ParamSpec *threads = paramSpec(info, QStringLiteral("threads"))) {
            QCOMPARE(threads->maximum, 256.0);
            QVERIFY(threads->minimum >= 2); // a race needs at least two threads
        }
    }

    void raceWorkIsBoundedToAMinute()
    {
        // Per thread: increments x (window + work) of CPU time, at most 60 s with the largest values.
        for (const QString &id : { QStringLiteral("race"), QStringLiteral("mutex") }) {
            const ScenarioInfo info = findScenario(id)->info();
            const ParamSpec *increments = paramSpec(info, QStringLiteral("increments"));
            const ParamSpec *window = paramSpec(info, QStringLiteral("window_us"));
            const ParamSpec *work = paramSpec(info, QStringLiteral("work_us"));
            QVERIFY(increments && window && work);
            const double us = increments->maximum * (window->maximum + work->maximum);
            QVERIFY2(us <= 60e6, qPrintable(id));
        }
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("range");
        QTest::newRow("race threads 1") << "race"
                                        << "threads"
                                        << "1"
                                        << "2 and 256";
        QTest::newRow("race threads 257") << "race"
                                          << "threads"
                                          << "257"
                                          << "2 and 256";
        QTest::newRow("race window") << "race"
                                     << "window_us"
                                     << "10001"
                                     << "0 and 10000";
        QTest::newRow("mutex increments") << "mutex"
                                          << "increments"
                                          << "0"
                                          << "1 and 1000";
        QTest::newRow("mutex work") << "mutex"
                                    << "work_us"
                                    << "-1"
                                    << "0 and 50000";
        QTest::newRow("deadlock hold") << "deadlock"
                                       << "hold_ms"
                                       << "10001"
                                       << "0 and 10000";
        QTest::newRow("philosophers 1") << "philosophers"
                                        << "philosophers"
                                        << "1"
                                        << "2 and 32";
        QTest::newRow("philosophers 33") << "philosophers"
                                         << "philosophers"
                                         << "33"
                                         << "2 and 32";
        QTest::newRow("timeout 0") << "timeout"
                                   << "timeout_ms"
                                   << "0"
                                   << "1 and 5000";
        QTest::newRow("timeout rounds") << "timeout"
                                        << "rounds"
                                        << "101"
                                        << "1 and 100";
        QTest::newRow("lock-ordering rounds") << "lock-ordering"
                                              << "rounds"
                                              << "0"
                                              << "1 and 100";
    }
    void outOfRangeIsRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QString, range);
        const ScenarioInfo info = findScenario(id)->info();
        ParamValues values;
        QString error;
        QVERIFY(!Parameters::resolve(info.params, { { param, value } }, &values, &error));
        QVERIFY2(error.contains(QStringLiteral("'%1'").arg(param)), qPrintable(error));
        QVERIFY2(error.contains(range), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("(got %1)").arg(value)), qPrintable(error));
        // The same value arriving from a saved setting is refused too.
        ParamValues bad;
        QVERIFY(Parameters::resolve(info.params, {}, &bad, &error));
        bad.set(param, value.toDouble());
        QVERIFY(!Parameters::validate(info.params, bad, &error));
        QVERIFY2(error.contains(param), qPrintable(error));
    }

    // Stored values (a recording, a saved setting, the runner's command line) are untrusted: a
    // missing parameter or a switch that is neither on nor off is refused, naming the parameter.
    void storedValuesMustBeComplete()
    {
        const ScenarioInfo info = findScenario(QStringLiteral("race"))->info();
        ParamValues values;
        QString error;
        QVERIFY(Parameters::resolve(info.params, {}, &values, &error));
        ParamValues missing;
        for (const auto &[name, v] : values.values())
            if (name != QLatin1String("threads"))
                missing.set(name, v);
        QVERIFY(!Parameters::validate(info.params, missing, &error));
        QVERIFY2(error.contains(QStringLiteral("'threads'")) && error.contains(QStringLiteral("2 to 256")),
                 qPrintable(error));

        ParamSpec flag;
        flag.name = QStringLiteral("verbose");
        flag.type = ParamSpec::Type::Boolean;
        flag.maximum = 1;
        ParamValues half;
        half.set(flag.name, 0.5);
        QVERIFY(!Parameters::validate({ flag }, half, &error));
        QVERIFY2(error.contains(QStringLiteral("'verbose'")) && error.contains(QStringLiteral("0.5")),
                 qPrintable(error));
        half.set(flag.name, 1);
        QVERIFY2(Parameters::validate({ flag }, half, &error), qPrintable(error));
    }

    void notANumberIsRefused()
    {
        const ScenarioInfo info = findScenario(QStringLiteral("philosophers"))->info();
        ParamValues values;
        QString error;
        QVERIFY(!Parameters::resolve(info.params, { { QStringLiteral("meals"), QStringLiteral("many") } },
                                     &values, &error));
        QVERIFY2(error.contains(QStringLiteral("'meals'")) && error.contains(QStringLiteral("'many'")),
                 qPrintable(error));
        QVERIFY(!Parameters::resolve(
            info.params, { { QStringLiteral("force_deadlock"), QStringLiteral("maybe") } }, &values, &error));
        QVERIFY2(error.contains(QStringLiteral("on or off")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstScenarioParams)
#include "tst_scenario_params.moc"
