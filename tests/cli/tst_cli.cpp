// samtidig-cli as a user runs it: real processes, real files, exit codes and messages.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Result = samtidig::test::CliResult;
using samtidig::test::runCli;

class TstCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("command");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("fly") } << QStringLiteral("fly");
        QTest::newRow("unknown scenario")
            << QStringList { QStringLiteral("run"), QStringLiteral("nope") } << QStringLiteral("nope");
        QTest::newRow("out of range") << QStringList { QStringLiteral("run"), QStringLiteral("threads"),
                                                       QStringLiteral("--set"), QStringLiteral("threads=0") }
                                      << QStringLiteral("between 1 and 256 (got 0)");
        QTest::newRow("not a number")
            << QStringList { QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--set"),
                             QStringLiteral("threads=many") }
            << QStringLiteral("'threads'");
        QTest::newRow("unknown parameter")
            << QStringList { QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--set"),
                             QStringLiteral("colour=red") }
            << QStringLiteral("colour");
        QTest::newRow("no equals") << QStringList { QStringLiteral("run"), QStringLiteral("threads"),
                                                    QStringLiteral("--set"), QStringLiteral("threads") }
                                   << QStringLiteral("NAME=VALUE");
        QTest::newRow("run-time limit")
            << QStringList { QStringLiteral("run"),   QStringLiteral("processes"),
                             QStringLiteral("--set"), QStringLiteral("processes=64"),
                             QStringLiteral("--set"), QStringLiteral("work_ms=10000") }
            << QStringLiteral("the limit is 60 s");
        QTest::newRow("bad source") << QStringList { QStringLiteral("run"), QStringLiteral("threads"),
                                                     QStringLiteral("--source"), QStringLiteral("magic") }
                                    << QStringLiteral("auto, kernel or estimate");
        QTest::newRow("imported is no source to run with")
            << QStringList { QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--source"),
                             QStringLiteral("imported") }
            << QStringLiteral("auto, kernel or estimate");
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("run"), QStringLiteral("threads"),
                                                      QStringLiteral("--timeout"), QStringLiteral("-1") }
                                     << QStringLiteral("--timeout");
        QTest::newRow("bad lang") << QStringList { QStringLiteral("list"), QStringLiteral("--lang"),
                                                   QStringLiteral("fr") }
                                  << QStringLiteral("'en' or 'da'");
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--trace") }
            << QStringLiteral("--trace");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mustMention);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mustMention), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // nothing ran
    }

    void unwritableOutputStartsNothing()
    {
        const Result r
            = runCli({ QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--summary"),
                       QStringLiteral("/nonexistent-folder/s.json") });
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent-folder")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("completed")));
    }

    void listJsonHasEveryScenarioWithRanges()
    {
        const Result r = runCli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QSet<QString> ids;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            ids.insert(o.value(QStringLiteral("id")).toString());
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            for (const auto &p : o.value(QStringLiteral("parameters")).toArray()) {
                const QJsonObject po = p.toObject();
                QVERIFY(po.value(QStringLiteral("min")).toDouble()
                        <= po.value(QStringLiteral("default")).toDouble());
                QVERIFY(po.value(QStringLiteral("default")).toDouble()
                        <= po.value(QStringLiteral("max")).toDouble());
            }
        }
        QVERIFY(ids.contains(QStringLiteral("processes")));
        QVERIFY(ids.contains(QStringLiteral("threads")));
    }

    void runWritesTraceAndSummary()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("t.json"));
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const Result r
            = runCli({ QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--set"),
                       QStringLiteral("threads=2"), QStringLiteral("--set"), QStringLiteral("work_ms=60"),
                       QStringLiteral("--trace"), trace, QStringLiteral("--summary"), summary });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject s = samtidig::test::readJsonFile(summary);
        for (const char *key : { "scenario", "outcome", "wall_ms", "events", "dropped", "scheduling_source",
                                 "cpus_used", "results" })
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(
            s.value(QStringLiteral("results")).toObject().value(QStringLiteral("shared_counter")).toInteger(),
            3000);

        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonArray events
            = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("traceEvents")).toArray();
        QSet<QString> phases;
        QSet<QString> metadata;
        for (const auto &v : events) {
            const QJsonObject e = v.toObject();
            phases.insert(e.value(QStringLiteral("ph")).toString());
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("M"))
                metadata.insert(e.value(QStringLiteral("name")).toString());
        }
        QVERIFY(phases.contains(QStringLiteral("X"))); // on-CPU slices
        QVERIFY(phases.contains(QStringLiteral("M")));
        QVERIFY(metadata.contains(QStringLiteral("process_name")));
        QVERIFY(metadata.contains(QStringLiteral("thread_name")));
    }

    void timeoutStopsARunAndStillWritesFiles()
    {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const Result r = runCli({ QStringLiteral("run"), QStringLiteral("spin"), QStringLiteral("--set"),
                                  QStringLiteral("work_ms=10000"), QStringLiteral("--timeout"),
                                  QStringLiteral("0.5"), QStringLiteral("--summary"), summary });
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(samtidig::test::readJsonFile(summary).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("timed_out"));
    }

    void danishMessages()
    {
        const Result r
            = runCli({ QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("run"),
                       QStringLiteral("threads"), QStringLiteral("--set"), QStringLiteral("threads=0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("threads")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("mellem")), qPrintable(r.err)); // "between" in Danish
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
