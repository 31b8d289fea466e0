// Chrome Trace Event JSON: export structure, export -> import round trip, files of other tools,
// and hostile JSON that must fail with a message.
#include "builder/trace_builder.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "io/trace_equality.h"
#include "session/summary.h"
#include "support/synthetic_trace.h"
#include "trace/scheduling_source_text.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace samtidig;

namespace {

Trace sample(std::size_t events = 2000)
{
    Trace t;
    SyntheticTraceSpec spec;
    spec.events = events;
    makeSyntheticTrace(spec, t);
    return t;
}

QJsonArray eventsOf(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("%s at %d", qPrintable(e.errorString()), e.offset);
    return doc.object().value(QLatin1String("traceEvents")).toArray();
}

} // namespace

class TstChromeTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportIsValidJsonWithEveryKind()
    {
        const Trace t = sample();
        const QByteArray json = chromeTraceToBytes(t);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("displayTimeUnit")).toString(), QStringLiteral("ns"));
        const QJsonArray events = doc.object().value(QLatin1String("traceEvents")).toArray();
        QSet<QString> phases;
        QSet<QString> cats;
        QSet<QString> processNames;
        QSet<QString> threadNames;
        int holders = 0;
        int flowStarts = 0;
        int flowEnds = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            phases << ph;
            cats << o.value(QLatin1String("cat")).toString();
            QVERIFY(o.value(QLatin1String("pid")).isDouble());
            QVERIFY(o.value(QLatin1String("tid")).isDouble());
            if (ph == QLatin1String("M") && o.value(QLatin1String("name")) == QLatin1String("process_name"))
                processNames
                    << o.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
            if (ph == QLatin1String("M") && o.value(QLatin1String("name")) == QLatin1String("thread_name"))
                threadNames
                    << o.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
            if (ph == QLatin1String("X"))
                QVERIFY(o.value(QLatin1String("dur")).toDouble() >= 0);
            if (ph == QLatin1String("X") && o.value(QLatin1String("cat")) == QLatin1String("lock_wait")) {
                const QJsonObject args = o.value(QLatin1String("args")).toObject();
                QVERIFY(args.value(QLatin1String("lock")).toString().startsWith(QLatin1String("mutex")));
                holders += args.contains(QLatin1String("holder"));
            }
            flowStarts += ph == QLatin1String("s");
            flowEnds += ph == QLatin1String("f") && o.value(QLatin1String("bp")) == QLatin1String("e");
        }
        for (const char *ph : { "M", "X", "i", "s", "f" })
            QVERIFY2(phases.contains(QLatin1String(ph)), ph);
        for (const char *cat : { "running", "runnable", "lock_wait", "lock_held", "sleeping", "awaiting",
                                 "var_read", "var_write", "marker", "lock_timed_out", "handover" })
            QVERIFY2(cats.contains(QLatin1String(cat)), cat);
        QVERIFY(processNames.contains(QStringLiteral("CPUs")));
        QVERIFY(processNames.contains(QStringLiteral("synthetic")));
        QVERIFY(threadNames.contains(QStringLiteral("CPU 0")));
        QVERIFY(threadNames.contains(QStringLiteral("coroutine ø")));
        QVERIFY(threadNames.contains(QStringLiteral("worker 0 · locks")));
        QVERIFY(holders > 0);
        QCOMPARE(flowStarts, int(t.flows().size()));
        QCOMPARE(flowEnds, int(t.flows().size()));
    }

    void timestampsAreMicrosecondsWithNanoseconds()
    {
        Trace t;
        TraceBuilder(t).restoreTask(1)
            = TaskInfo { 1, 0, 10, 11, TaskKind::Thread, QStringLiteral("t"), 0, -1, 0 };
        TraceBuilder(t).restoreTaskLane(1).sched.append(1'234'567, 1'234'568 + 999, SpanState::Running);
        const QJsonArray events = eventsOf(chromeTraceToBytes(t));
        bool found = false;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("ph")) == QLatin1String("X")) {
                QCOMPARE(o.value(QLatin1String("ts")).toDouble(), 1234.567);
                QCOMPARE(o.value(QLatin1String("dur")).toDouble(), 1.0);
                QCOMPARE(o.value(QLatin1String("pid")).toInt(), 10);
                QCOMPARE(o.value(QLatin1String("tid")).toInt(), 11);
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(chromeTraceToBytes(t).contains("\"ts\":1234.567"));
    }

    void roundTripKeepsTasksAndSpans()
    {
        const Trace in = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(exportChromeTrace(in, path, &error), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        Trace out;
        QVERIFY2(importChromeTrace(path, &out, &error), qPrintable(error));
        QCOMPARE(out.tasks().size(), in.tasks().size());
        for (const auto &[id, a] : in.tasks()) {
            const TaskInfo *b = out.task(id);
            QVERIFY(b);
            QCOMPARE(b->name, a.name);
            QCOMPARE(b->kind, a.kind);
            QCOMPARE(b->parent, a.parent);
            QCOMPARE(b->pid, a.pid);
            QCOMPARE(b->tid, a.tid);
            QCOMPARE(b->beginNs, a.beginNs);
            QCOMPARE(b->endNs, a.endNs);
        }
        QCOMPARE(out.taskLanes().size(), in.taskLanes().size());
        for (const TaskLane &a : in.taskLanes()) {
            const TaskLane *b = out.laneForTask(a.task);
            QVERIFY(b);
            QCOMPARE(firstSpanListDifference(a.sched, b->sched), QString());
            QCOMPARE(firstSpanListDifference(a.sync, b->sync), QString());
            QCOMPARE(firstSpanListDifference(a.held, b->held), QString());
        }
        QCOMPARE(out.cpuLanes().size(), in.cpuLanes().size());
        for (std::size_t i = 0; i < in.cpuLanes().size(); ++i)
            QCOMPARE(firstSpanListDifference(in.cpuLanes()[i].spans, out.cpuLanes()[i].spans), QString());
        QCOMPARE(out.spanCount(), in.spanCount());
        QCOMPARE(out.instants().size(), in.instants().size());
        for (std::size_t i = 0; i < in.instants().size(); ++i) {
            QCOMPARE(out.instants()[i].timeNs, in.instants()[i].timeNs);
            QCOMPARE(out.instants()[i].kind, in.instants()[i].kind);
            QCOMPARE(out.instants()[i].task, in.instants()[i].task);
            QCOMPARE(out.instants()[i].b, in.instants()[i].b);
        }
        QCOMPARE(out.flows().size(), in.flows().size());
        QCOMPARE(out.flows().front().toTask, in.flows().front().toTask);
        QCOMPARE(out.flows().front().lock, in.flows().front().lock);
        QCOMPARE(out.scenario(), in.scenario());
        QCOMPARE(out.source(), in.source()); // our own export says which source its run used
        QCOMPARE(out.cpuCount(), in.cpuCount());
        QCOMPARE(out.originNs(), in.originNs());
        QCOMPARE(out.names().size(), in.names().size());
        QCOMPARE(out.names().at(1).name, in.names().at(1).name);
    }

    void importsOtherTools_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("spans");
        QTest::addColumn<int>("cpus");
        QTest::newRow("bare array, X")
            << QByteArray(R"([{"ph":"X","pid":1,"tid":1,"ts":10,"dur":5,"name":"a"},
            {"ph":"X","pid":1,"tid":2,"ts":12,"dur":1,"name":"b"}])")
            << 2 << 2 << 0;
        QTest::newRow("B/E pairs and nesting") << QByteArray(R"({"traceEvents":[
            {"ph":"B","pid":7,"tid":8,"ts":100,"name":"outer"},{"ph":"B","pid":7,"tid":8,"ts":101,"name":"inner"},
            {"ph":"E","pid":7,"tid":8,"ts":102},{"ph":"E","pid":7,"tid":8,"ts":110},
            {"ph":"E","pid":7,"tid":8,"ts":120}]})")
                                               << 1 << 1 << 0;
        QTest::newRow("cpu args") << QByteArray(
            R"([{"ph":"X","pid":1,"tid":2,"ts":0,"dur":3,"args":{"cpu":3}},
            {"ph":"X","pid":1,"tid":3,"ts":1,"dur":3,"args":{"cpu":0}}])")
                                  << 2 << 4 << 4;
        QTest::newRow("string ids, counters ignored")
            << QByteArray(R"([{"ph":"X","pid":"p","tid":"t","ts":1,"dur":1},
            {"ph":"C","pid":1,"tid":1,"ts":1,"args":{"x":1}}])")
            << 1 << 1 << 0;
    }
    void importsOtherTools()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, tasks);
        QFETCH(int, spans);
        QFETCH(int, cpus);
        Trace t;
        QString error;
        QVERIFY2(importChromeTraceFromBytes(json, &t, &error), qPrintable(error));
        QCOMPARE(int(t.tasks().size()), tasks);
        QCOMPARE(int(t.spanCount()), spans);
        QCOMPARE(int(t.cpuLanes().size()), cpus);
        for (const TaskLane &lane : t.taskLanes())
            for (std::size_t i = 0; i < lane.sched.size(); ++i)
                QCOMPARE(lane.sched.state(i), SpanState::Running);
        QCOMPARE(t.source(), SchedulingSource::Imported);
        QCOMPARE(t.cpuCount(), cpus);
    }

    // A trace another program recorded (here as Node.js's --trace-events-enabled writes one, with
    // two worker threads) names its source as imported wherever the source is named, leaves out the
    // CPU count it does not know, and keeps both through a saved recording.
    void importedTraceSaysSo()
    {
        const QByteArray json = R"({"traceEvents":[
            {"pid":4711,"tid":4711,"ts":0,"ph":"M","cat":"__metadata","name":"process_name","args":{"name":"node"}},
            {"pid":4711,"tid":4711,"ts":0,"ph":"M","cat":"__metadata","name":"thread_name","args":{"name":"JavaScriptMainThread"}},
            {"pid":4711,"tid":4712,"ts":0,"ph":"M","cat":"__metadata","name":"thread_name","args":{"name":"WorkerThread"}},
            {"pid":4711,"tid":4713,"ts":0,"ph":"M","cat":"__metadata","name":"thread_name","args":{"name":"WorkerThread"}},
            {"pid":4711,"tid":4711,"ts":1035,"ph":"X","cat":"node,node.bootstrap","name":"bootstrap","dur":4201,"args":{}},
            {"pid":4711,"tid":4712,"ts":5020,"ph":"B","cat":"v8","name":"V8.ScriptCompiler","args":{}},
            {"pid":4711,"tid":4712,"ts":6120,"ph":"E","cat":"v8","name":"V8.ScriptCompiler","args":{}},
            {"pid":4711,"tid":4713,"ts":5100,"ph":"X","cat":"v8","name":"V8.GCScavenger","dur":310,"args":{}}
        ]})";
        Trace t;
        QString error;
        QVERIFY2(importChromeTraceFromBytes(json, &t, &error), qPrintable(error));
        QCOMPARE(t.tasks().size(), std::size_t(3)); // the process (its main thread) and two workers
        QCOMPARE(t.source(), SchedulingSource::Imported);
        QCOMPARE(t.cpuCount(), 0);
        QCOMPARE(schedulingSourceText(t, SourceWording::Name), QStringLiteral("imported"));
        QCOMPARE(schedulingSourceText(t, SourceWording::Phrase),
                 QStringLiteral("imported from a Chrome trace"));
        const QJsonObject summary = runSummary(t, -1);
        QCOMPARE(summary.value(QStringLiteral("scheduling_source")).toString(), QStringLiteral("imported"));
        QVERIFY(!summary.contains(QStringLiteral("cpu_count")));
        // Nothing of ours ran, so what other programs used of the cores is not known either.
        QCOMPARE(summary.value(QStringLiteral("other_programs_cpu_share_missing")).toString(),
                 QStringLiteral("not_sampled"));
        Trace back;
        QVERIFY2(readRecordingFromBytes(recordingToBytes(t), &back, &error), qPrintable(error));
        QCOMPARE(back.source(), SchedulingSource::Imported);
        QCOMPARE(back.cpuCount(), 0);
    }

    void importNamesAndTimes()
    {
        const QByteArray json = R"({"traceEvents":[
            {"ph":"M","pid":5,"tid":5,"name":"process_name","args":{"name":"server"}},
            {"ph":"M","pid":5,"tid":6,"name":"thread_name","args":{"name":"worker"}},
            {"ph":"X","pid":5,"tid":5,"ts":1000000.5,"dur":2},
            {"ph":"X","pid":5,"tid":6,"ts":1000001.25,"dur":0.5},
            {"ph":"i","pid":5,"tid":6,"ts":1000002,"name":"tick","s":"t"}]})";
        Trace t;
        QString error;
        QVERIFY2(importChromeTraceFromBytes(json, &t, &error), qPrintable(error));
        QCOMPARE(t.originNs(), std::uint64_t(1'000'000'500));
        const TaskInfo *server = nullptr;
        const TaskInfo *worker = nullptr;
        for (const auto &[id, info] : t.tasks()) {
            if (info.name == QLatin1String("server"))
                server = &info;
            if (info.name == QLatin1String("worker"))
                worker = &info;
        }
        QVERIFY(server && worker);
        QCOMPARE(server->kind, TaskKind::Process);
        QCOMPARE(worker->parent, server->id);
        const TaskLane *lane = t.laneForTask(worker->id);
        QVERIFY(lane);
        QCOMPARE(lane->sched.start(0), std::int64_t(750));
        QCOMPARE(lane->sched.duration(0), std::int64_t(500));
        QCOMPARE(t.instants().size(), std::size_t(1));
        QCOMPARE(t.nameOf(static_cast<std::uint32_t>(t.instants()[0].a)), QStringLiteral("tick"));
        QCOMPARE(t.instants()[0].task, worker->id);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"traceEvents\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("object without events") << QByteArray("{\"a\":1}") << QStringLiteral("traceEvents");
        QTest::newRow("events not a list")
            << QByteArray("{\"traceEvents\":{}}") << QStringLiteral("traceEvents");
        QTest::newRow("event not an object") << QByteArray("[1]") << QStringLiteral("Event 0");
        QTest::newRow("ts a string") << QByteArray(R"([{"ph":"X","pid":1,"tid":1,"ts":"soon"}])")
                                     << QStringLiteral("\"ts\"");
        QTest::newRow("ts absurd") << QByteArray(R"([{"ph":"X","pid":1,"tid":1,"ts":1e300}])")
                                   << QStringLiteral("\"ts\"");
        QTest::newRow("negative duration")
            << QByteArray(R"([{"ph":"X","pid":1,"tid":1,"ts":5,"dur":-3,"name":"n"}])")
            << QStringLiteral("negative duration");
        QTest::newRow("pid an object")
            << QByteArray(R"([{"ph":"X","pid":{},"tid":1,"ts":5}])") << QStringLiteral("\"pid\"");
        QTest::newRow("pid fractional")
            << QByteArray(R"([{"ph":"X","pid":1.5,"tid":1,"ts":5}])") << QStringLiteral("\"pid\"");
        QTest::newRow("own task id absurd")
            << QByteArray(R"({"otherData":{"samtidig":{}},"traceEvents":[{"ph":"M","pid":1,"tid":1,
               "name":"thread_name","args":{"name":"x","samtidig":{"task":1e12,"track":0}}}]})")
            << QStringLiteral("impossible");
        QTest::newRow("cpu absurd") << QByteArray(
            R"({"otherData":{"samtidig":{}},"traceEvents":[{"ph":"M","pid":1,
               "tid":1,"name":"thread_name","args":{"name":"x","samtidig":{"cpu":99999}}}]})")
                                    << QStringLiteral("CPU 99999");
    }
    void hostileInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Trace t;
        TraceBuilder(t).describeRun(QStringLiteral("untouched"), {}, 0);
        QString error;
        QVERIFY(!importChromeTraceFromBytes(json, &t, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(t.scenario(), QStringLiteral("untouched"));
    }

    void limitsAreEnforced()
    {
        // Many threads: one event each.
        QByteArray json = "[";
        for (int i = 0; i < 200; ++i)
            json += QStringLiteral("%1{\"ph\":\"X\",\"pid\":1,\"tid\":%2,\"ts\":1,\"dur\":1}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(i)
                        .toUtf8();
        json += "]";
        ChromeImportLimits limits;
        limits.maxLanes = 100;
        Trace t;
        QString error;
        QVERIFY(!importChromeTraceFromBytes(json, &t, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("at most 100")), qPrintable(error));
        limits = {};
        limits.maxEvents = 50;
        QVERIFY(!importChromeTraceFromBytes(json, &t, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("200 events")), qPrintable(error));
        limits = {};
        limits.maxFileBytes = 100;
        QVERIFY(!importChromeTraceFromBytes(json, &t, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("MB")), qPrintable(error));
        QVERIFY(importChromeTraceFromBytes(json, &t, &error));
        QCOMPARE(t.tasks().size(), std::size_t(200));
    }

    // Streaming to a full disk: a clear message, the old file intact, no temporary file left.
    void fullDiskKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir.path() });
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString path = dir.filePath(QStringLiteral("trace.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("{\"traceEvents\": []}");
        }
        QString error;
        const bool ok = exportChromeTrace(sample(20000), path, &error);
        QByteArray content;
        {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                content = f.readAll();
        }
        const QStringList left
            = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QProcess::execute(QStringLiteral("umount"), { dir.path() });
        QVERIFY(!ok);
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QCOMPARE(content, QByteArray("{\"traceEvents\": []}"));
        QCOMPARE(left, QStringList { QStringLiteral("trace.json") });
    }

    void exportErrorsNameThePath()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!exportChromeTrace(sample(100), dir.path(), &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QVERIFY(!importChromeTrace(dir.filePath(QStringLiteral("missing.json")), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstChromeTrace)
#include "tst_chrometrace.moc"
