// The scenario catalogue: every id the program promises exists, each scenario is explained in 3 to 6
// sentences in English and in Danish, each parameter has a type, a default inside its range, a unit
// where it measures time, and a label and help in both languages; defaults that scale with the
// machine follow the core count read at run time; the limits that protect the machine hold.
#include "i18n/language.h"
#include "scenarios/machine_load.h"
#include "scenarios/scenario.h"
#include "scenarios/scenario_registry.h"
#include "support/run_helpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace samtidig;
using samtidig::test::paramSpec;

namespace {

// The ids are part of the CLI contract.
const QStringList kRequiredIds = { QStringLiteral("processes"), QStringLiteral("threads"),
                                   QStringLiteral("race"),      QStringLiteral("mutex"),
                                   QStringLiteral("deadlock"),  QStringLiteral("philosophers"),
                                   QStringLiteral("timeout"),   QStringLiteral("parallel-vs-concurrent"),
                                   QStringLiteral("async"),     QStringLiteral("producer-consumer"),
                                   QStringLiteral("rwlock"),    QStringLiteral("lock-ordering"),
                                   QStringLiteral("semaphore") };

// Sentences end with '.', '!' or '?' followed by a space or the end of the text.
qsizetype sentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    return text.count(end);
}

std::vector<ScenarioInfo> visibleInfos()
{
    std::vector<ScenarioInfo> out;
    for (const Scenario *s : allScenarios()) {
        ScenarioInfo info = s->info();
        if (!info.hidden)
            out.push_back(std::move(info));
    }
    return out;
}

} // namespace

class TstScenarioCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { installLanguage(QStringLiteral("en")); }

    void everyRequiredIdExists()
    {
        for (const QString &id : kRequiredIds) {
            const Scenario *s = findScenario(id);
            QVERIFY2(s, qPrintable(id));
            const ScenarioInfo info = s->info();
            QCOMPARE(info.id, id);
            QVERIFY2(!info.hidden, qPrintable(id));
        }
        // Only the two deadlock scenarios hang on purpose.
        for (const ScenarioInfo &info : visibleInfos())
            QCOMPARE(info.mayHang,
                     info.id == QLatin1String("deadlock") || info.id == QLatin1String("philosophers"));
    }

    void explainedInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Danish") << QStringLiteral("da");
    }
    void explainedInBothLanguages()
    {
        QFETCH(QString, language);
        installLanguage(QStringLiteral("en"));
        std::map<QString, ScenarioInfo> english;
        for (ScenarioInfo &info : visibleInfos())
            english[info.id] = info;
        QVERIFY(installLanguage(language));
        const bool danish = language == QLatin1String("da");
        for (const ScenarioInfo &info : visibleInfos()) {
            const QString what = QStringLiteral("%1 (%2)").arg(info.id, language);
            QVERIFY2(!info.name.isEmpty(), qPrintable(what));
            const qsizetype n = sentences(info.explanation);
            QVERIFY2(n >= 3 && n <= 6, qPrintable(QStringLiteral("%1: %2 sentences").arg(what).arg(n)));
            QVERIFY2(!info.explanation.contains(QLatin1String("  ")), qPrintable(what));
            QVERIFY2(!info.params.empty(), qPrintable(what));
            const ScenarioInfo &en = english.at(info.id);
            if (danish) {
                // Translated, not the English text passed through.
                QVERIFY2(info.name != en.name, qPrintable(what));
                QVERIFY2(info.explanation != en.explanation, qPrintable(what));
                QVERIFY2(info.explanation.contains(QRegularExpression(QStringLiteral("[æøåÆØÅ]"))),
                         qPrintable(what));
            }
            QCOMPARE(info.params.size(), en.params.size());
            for (std::size_t i = 0; i < info.params.size(); ++i) {
                const ParamSpec &p = info.params[i];
                const QString param = QStringLiteral("%1.%2").arg(what, p.name);
                QCOMPARE(p.name, en.params[i].name); // the names are the CLI contract, never translated
                QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(param));
                QVERIFY2(p.minimum <= p.defaultValue && p.defaultValue <= p.maximum, qPrintable(param));
                if (p.type != ParamSpec::Type::Number)
                    QVERIFY2(p.defaultValue == std::floor(p.defaultValue), qPrintable(param));
                if (p.name.endsWith(QLatin1String("_ms")) || p.name.endsWith(QLatin1String("_us")))
                    QVERIFY2(!p.unit.isEmpty(), qPrintable(param));
                if (danish)
                    QVERIFY2(p.help != en.params[i].help, qPrintable(param));
            }
            ParamValues defaults;
            QString error;
            QVERIFY2(Parameters::resolve(info.params, {}, &defaults, &error), qPrintable(error));
            QVERIFY2(Parameters::validate(info.params, defaults, &error), qPrintable(error));
        }
    }

    // Defaults that scale with the machine follow the number of online cores, read now.
    void defaultsFollowTheCoreCount()
    {
        const int cores = onlineCpuCount();
        QVERIFY(cores >= 1);
        QCOMPARE(paramSpec(findScenario(QStringLiteral("processes"))->info(), QStringLiteral("processes"))
                     ->defaultValue,
                 double(std::min(64, cores)));
        QCOMPARE(paramSpec(findScenario(QStringLiteral("threads"))->info(), QStringLiteral("threads"))
                     ->defaultValue,
                 double(std::min(256, cores)));
        for (const QString &id : { QStringLiteral("race"), QStringLiteral("mutex") })
            QCOMPARE(paramSpec(findScenario(id)->info(), QStringLiteral("threads"))->defaultValue,
                     double(std::max(2, std::min(256, cores))));
        QCOMPARE(
            paramSpec(findScenario(QStringLiteral("parallel-vs-concurrent"))->info(), QStringLiteral("tasks"))
                ->defaultValue,
            double(std::min(64, 2 * cores)));
    }

    // Machine-protecting limits are part of the spec: at most 256 threads, at most 64 processes.
    void limitsThatProtectTheMachine()
    {
        const QStringList threadCounts
            = { QStringLiteral("threads"),   QStringLiteral("tasks"),     QStringLiteral("coroutines"),
                QStringLiteral("producers"), QStringLiteral("consumers"), QStringLiteral("readers"),
                QStringLiteral("writers"),   QStringLiteral("workers"),   QStringLiteral("philosophers") };
        int checked = 0;
        for (const ScenarioInfo &info : visibleInfos()) {
            for (const ParamSpec &p : info.params) {
                if (threadCounts.contains(p.name)) {
                    QVERIFY2(p.maximum <= 256, qPrintable(info.id + QLatin1Char('.') + p.name));
                    ++checked;
                }
                if (p.name == QLatin1String("processes")) {
                    QCOMPARE(p.maximum, 64.0);
                    ++checked;
                }
                // A value past the limit is refused, naming the parameter, the range and the value.
                if (p.type == ParamSpec::Type::Boolean)
                    continue;
                const QString tooMuch = QString::number(static_cast<qint64>(p.maximum) + 1);
                ParamValues values;
                QString error;
                QVERIFY(!Parameters::resolve(info.params, { { p.name, tooMuch } }, &values, &error));
                QVERIFY2(error.contains(QStringLiteral("'%1'").arg(p.name)) && error.contains(tooMuch)
                             && error.contains(QString::number(static_cast<qint64>(p.maximum))),
                         qPrintable(error));
            }
        }
        QVERIFY2(checked >= 13, qPrintable(QString::number(checked)));
    }

    // Defaults give a picture that is easy to read in about 1 to 3 s on a 2-core machine (estimated
    // from the parameters, without the runner's start of about 0.2 s: what is measured on a shared
    // machine would test the machine).
    void defaultsTakeOneToThreeSeconds()
    {
        for (const ScenarioInfo &info : visibleInfos()) {
            QVERIFY2(info.estimatedSeconds, qPrintable(info.id));
            QVERIFY2(!info.timeParams.isEmpty(), qPrintable(info.id));
            for (const QString &name : info.timeParams)
                QVERIFY2(paramSpec(info, name), qPrintable(info.id + QLatin1Char('.') + name));
            ParamValues defaults;
            QString error;
            QVERIFY(Parameters::resolve(info.params, {}, &defaults, &error));
            const double seconds = info.estimatedSeconds(defaults, 2);
            qInfo("%s: about %.2f s with the defaults on 2 cores", qPrintable(info.id), seconds);
            if (info.mayHang) // until it hangs: the deadlock must show at once
                QVERIFY2(seconds > 0 && seconds <= 1, qPrintable(info.id));
            else
                QVERIFY2(seconds >= 0.75 && seconds <= 3,
                         qPrintable(QStringLiteral("%1: %2 s").arg(info.id).arg(seconds)));
        }
    }

    // Run time at most 60 s: every combination of values is either short by its ranges or refused
    // before any runner starts, with a message naming the parameters, their values and the limit.
    // Estimates count what the values cost, measured at the corners on the 2-core machine: the
    // increments themselves with no waits (race 0.16 s, mutex 0.43 s), no writer pauses without
    // writers (rwlock), and in timeout, at the corner that never ended, the deadlock's timeout,
    // back-off and wasted hold on top of the rounds' work (measured 3.3 s at 312 ms each).
    void estimatesCountWhatTheValuesCost_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<double>("atLeast");
        QTest::addColumn<double>("atMost");
        const QStringList noWaits { QStringLiteral("threads=256"), QStringLiteral("increments=1000"),
                                    QStringLiteral("window_us=0"), QStringLiteral("work_us=0") };
        QTest::newRow("race, no waits") << QStringLiteral("race") << noWaits << 0.1 << 0.25;
        QTest::newRow("mutex, no waits") << QStringLiteral("mutex") << noWaits << 0.3 << 0.65;
        QTest::newRow("rwlock, no writers")
            << QStringLiteral("rwlock")
            << QStringList { QStringLiteral("readers=1"), QStringLiteral("writers=0"),
                             QStringLiteral("reads=1"), QStringLiteral("read_ms=30") }
            << 0.04 << 0.1;
        QTest::newRow("timeout, all 312 ms")
            << QStringLiteral("timeout")
            << QStringList { QStringLiteral("rounds=1"), QStringLiteral("timeout_ms=312"),
                             QStringLiteral("backoff_ms=312"), QStringLiteral("hold_ms=312"),
                             QStringLiteral("work_ms=312") }
            << 3.3 / 1.5 << 3.3 * 1.5;
        // The corner of the report (all 5000 ms): within the limit only as the bound it is.
        QTest::newRow("timeout, all 5000 ms")
            << QStringLiteral("timeout")
            << QStringList { QStringLiteral("rounds=1"), QStringLiteral("timeout_ms=5000"),
                             QStringLiteral("backoff_ms=5000"), QStringLiteral("hold_ms=5000"),
                             QStringLiteral("work_ms=5000") }
            << 50.0 << 60.0;
    }

    void estimatesCountWhatTheValuesCost()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, sets);
        QFETCH(double, atLeast);
        QFETCH(double, atMost);
        std::vector<std::pair<QString, QString>> assignments;
        for (const QString &set : sets)
            assignments.emplace_back(set.section(QLatin1Char('='), 0, 0), set.section(QLatin1Char('='), 1));
        const ScenarioInfo info = findScenario(scenario)->info();
        ParamValues values;
        QString error;
        QVERIFY2(Parameters::resolve(info.params, assignments, &values, &error), qPrintable(error));
        const double seconds = info.estimatedSeconds(values, 2);
        QVERIFY2(seconds >= atLeast && seconds <= atMost, qPrintable(QString::number(seconds)));
    }

    // What the window compares the estimate's idle machine with: the load average per core.
    void loadPerCoreIsTheLoadAverageOverTheCores()
    {
        QFile file(QStringLiteral("/proc/loadavg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const double expected = file.readLine().split(' ').value(0).toDouble() / onlineCpuCount();
        const double load = loadPerCore();
        QVERIFY(load >= 0);
        // /proc/loadavg changes every 5 s, and then by a fraction of its value.
        QVERIFY2(std::abs(load - expected) <= 0.25 * expected + 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(load).arg(expected)));
    }

    void runTimeIsLimited()
    {
        int refused = 0;
        for (const ScenarioInfo &info : visibleInfos()) {
            ParamValues most;
            for (const ParamSpec &p : info.params)
                most.set(p.name,
                         p.type == ParamSpec::Type::Boolean ? 0 : p.maximum); // boolean: no forced hang
            QString error;
            QVERIFY(Parameters::validate(info.params, most, &error));
            const double seconds = info.estimatedSeconds(most, 1);
            if (checkRunTime(info, most, 1, &error)) {
                QVERIFY2(seconds <= kMaxRunSeconds, qPrintable(info.id));
                continue;
            }
            ++refused;
            QVERIFY2(seconds > kMaxRunSeconds, qPrintable(info.id));
            QVERIFY2(error.contains(QStringLiteral("60 s")), qPrintable(error));
            for (const QString &name : info.timeParams)
                QVERIFY2(error.contains(QStringLiteral("%1 = %2").arg(name).arg(qint64(most.number(name)))),
                         qPrintable(error));
            // The defaults themselves are always allowed, on any number of cores.
            ParamValues defaults;
            QVERIFY(Parameters::resolve(info.params, {}, &defaults, &error));
            QVERIFY2(checkRunTime(info, defaults, 1, &error), qPrintable(error));
        }
        QVERIFY(refused >= 5); // processes, threads, race, mutex, timeout, lock-ordering, ...

        // The message names the values given; its Danish text too.
        const ScenarioInfo processes = findScenario(QStringLiteral("processes"))->info();
        ParamValues values;
        QString error;
        QVERIFY(Parameters::resolve(processes.params,
                                    { { QStringLiteral("processes"), QStringLiteral("64") },
                                      { QStringLiteral("work_ms"), QStringLiteral("5000") } },
                                    &values, &error));
        QVERIFY(!checkRunTime(processes, values, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("processes = 64"))
                     && error.contains(QStringLiteral("work_ms = 5000 ms"))
                     && error.contains(QStringLiteral("about 160 s"))
                     && error.contains(QStringLiteral("cores: 2")),
                 qPrintable(error));
        QVERIFY(checkRunTime(processes, values, 8, &error)); // 40 s on 8 cores is allowed

        // Increments cost CPU time of their own: a million of them are refused however little
        // work they share, with the reason (each is a cpuWork() call of a few µs, not 10 ns).
        const ScenarioInfo threads = findScenario(QStringLiteral("threads"))->info();
        QVERIFY(Parameters::resolve(threads.params,
                                    { { QStringLiteral("threads"), QStringLiteral("256") },
                                      { QStringLiteral("increments"), QStringLiteral("1000000") },
                                      { QStringLiteral("work_ms"), QStringLiteral("10") } },
                                    &values, &error));
        QVERIFY(!checkRunTime(threads, values, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("increments = 1000000")), qPrintable(error));
        QVERIFY(Parameters::resolve(processes.params,
                                    { { QStringLiteral("processes"), QStringLiteral("64") },
                                      { QStringLiteral("increments"), QStringLiteral("1000000") } },
                                    &values, &error));
        QVERIFY(!checkRunTime(processes, values, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("increments = 1000000")), qPrintable(error));
        installLanguage(QStringLiteral("da"));
        QVERIFY(!checkRunTime(findScenario(QStringLiteral("processes"))->info(), values, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("grænsen er 60 s")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstScenarioCatalog)
#include "tst_scenario_catalog.moc"
