// Names of tasks that appear in events but never registered: the live builder leaves them unnamed
// and Trace::taskName() shows "task <id>" in the current language (Danish "opgave <id>"), also after
// a save and reopen.
#include "builder/trace_builder.h"
#include "i18n/language.h"
#include "io/recording_file.h"
#include "trace/trace.h"

#include <QTest>

#include <vector>

using namespace samtidig;

namespace {
Event ev(std::uint64_t t, std::uint32_t task, EventKind kind)
{
    Event e;
    e.timeNs = t;
    e.task = task;
    e.kind = kind;
    return e;
}

// Task 1 registered as "main"; task 7 only shows up in the events.
Trace liveTraceWithAnUnregisteredTask()
{
    Trace trace;
    TaskInfo main;
    main.id = 1;
    main.name = QStringLiteral("main");
    TraceBuilder(trace).restoreTask(1) = main;
    TraceBuilder builder(trace);
    builder.ingest(std::vector<Event> { ev(10, 1, EventKind::TaskBegin), ev(20, 7, EventKind::TaskBegin),
                                        ev(30, 7, EventKind::TaskEnd), ev(40, 1, EventKind::TaskEnd) });
    builder.finish(50);
    return trace;
}
} // namespace

class TstTraceTaskNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("en"))); }
    void cleanup() { installLanguage(QStringLiteral("en")); }

    void placeholderFollowsTheLanguage()
    {
        const Trace trace = liveTraceWithAnUnregisteredTask();
        QVERIFY(trace.task(7));
        QVERIFY(trace.laneForTask(7));
        QVERIFY2(trace.task(7)->name.isEmpty(), qPrintable(trace.task(7)->name)); // not fixed to a language
        QCOMPARE(trace.taskName(7), QStringLiteral("task 7"));
        QCOMPARE(trace.taskName(1), QStringLiteral("main"));

        QVERIFY(installLanguage(QStringLiteral("da")));
        QCOMPARE(trace.taskName(7), QStringLiteral("opgave 7"));
        QCOMPARE(trace.taskName(1), QStringLiteral("main"));
        QCOMPARE(trace.taskName(99), QStringLiteral("opgave 99")); // not in the trace at all
        QCOMPARE(taskPlaceholderName(3), QStringLiteral("opgave 3"));

        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(trace.taskName(7), QStringLiteral("task 7"));
    }

    // A live recording made in English and opened in Danish names the task in Danish.
    void placeholderIsNotSaved()
    {
        const QByteArray bytes = recordingToBytes(liveTraceWithAnUnregisteredTask());
        QVERIFY(installLanguage(QStringLiteral("da")));
        Trace reopened;
        QString error;
        QVERIFY2(readRecordingFromBytes(bytes, &reopened, &error), qPrintable(error));
        QVERIFY(reopened.task(7));
        QCOMPARE(reopened.taskName(7), QStringLiteral("opgave 7"));
        QCOMPARE(reopened.taskName(1), QStringLiteral("main"));
    }
};

QTEST_GUILESS_MAIN(TstTraceTaskNames)
#include "tst_tracetasknames.moc"
