// The analysis sentences: names from the trace, the cycle's order, and translation through the
// "Analysis" context.
#include "analysis/describe.h"
#include "builder/trace_builder.h"
#include "trace/trace.h"

#include <QTest>
#include <QTranslator>

using namespace samtidig;

namespace {
Trace philosophers(int n)
{
    Trace trace;
    for (int i = 1; i <= n; ++i) {
        const auto id = static_cast<std::uint32_t>(i);
        TaskInfo info;
        info.id = id;
        info.name = QStringLiteral("philosopher %1").arg(i);
        TraceBuilder(trace).restoreTask(id) = info;
        TraceBuilder(trace).restoreName(100 + id)
            = NameInfo { 100 + id, NameKind::Lock, QStringLiteral("fork %1").arg(i) };
    }
    return trace;
}

// Stands in for the Danish .qm that will come later; also proves the context is "Analysis".
class FakeDanish : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        if (QByteArray(context) == "Analysis" && QByteArray(source) == "%1 holds %2 and waits for %3")
            return QStringLiteral("%1 holder %2 og venter på %3");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TstDescribe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadlockOfPhilosophers()
    {
        const Trace trace = philosophers(3);
        DeadlockCycle c; // philosopher i holds fork i and waits for fork i % 3 + 1
        c.tasks = { 1, 2, 3 };
        c.locks = { 102, 103, 101 };
        QCOMPARE(describeDeadlock(trace, c),
                 QStringLiteral("philosopher 1 holds fork 1 and waits for fork 2; "
                                "philosopher 2 holds fork 2 and waits for fork 3; "
                                "philosopher 3 holds fork 3 and waits for fork 1"));
    }

    void deadlockOfTwoWithUnknownNames()
    {
        Trace trace;
        DeadlockCycle c;
        c.tasks = { 4, 9 };
        c.locks = { 7, 8 };
        QCOMPARE(describeDeadlock(trace, c),
                 QStringLiteral("task 4 holds #8 and waits for #7; task 9 holds #7 and waits for #8"));
    }

    void translatedThroughAnalysisContext()
    {
        Trace trace;
        TraceBuilder(trace).restoreTask(1)
            = TaskInfo { 1, 0, 0, 0, TaskKind::Thread, QStringLiteral("T1"), -1, -1, 0 };
        TraceBuilder(trace).restoreTask(2)
            = TaskInfo { 2, 0, 0, 0, TaskKind::Thread, QStringLiteral("T2"), -1, -1, 0 };
        TraceBuilder(trace).restoreName(10) = NameInfo { 10, NameKind::Lock, QStringLiteral("A") };
        TraceBuilder(trace).restoreName(11) = NameInfo { 11, NameKind::Lock, QStringLiteral("B") };
        DeadlockCycle c;
        c.tasks = { 1, 2 };
        c.locks = { 11, 10 };
        FakeDanish danish;
        QVERIFY(QCoreApplication::installTranslator(&danish));
        const QString text = describeDeadlock(trace, c);
        QCoreApplication::removeTranslator(&danish);
        QCOMPARE(text, QStringLiteral("T1 holder A og venter på B; T2 holder B og venter på A"));
    }

    void lockOrder()
    {
        const Trace trace = philosophers(2);
        LockOrderCycle c;
        c.locks = { 101, 102 };
        c.tasks = { 1, 2 };
        QCOMPARE(describeLockOrder(trace, c),
                 QStringLiteral(
                     "philosopher 1 takes fork 1, then fork 2; philosopher 2 takes fork 2, then fork 1"));
    }

    void lostUpdateWithTheStaleRead()
    {
        Trace trace;
        TraceBuilder(trace).restoreTask(2)
            = TaskInfo { 2, 0, 0, 0, TaskKind::Thread, QStringLiteral("thread 2"), -1, -1, 0 };
        TraceBuilder(trace).restoreTask(3)
            = TaskInfo { 3, 0, 0, 0, TaskKind::Thread, QStringLiteral("thread 3"), -1, -1, 0 };
        TraceBuilder(trace).restoreInstants() = {
            Instant { 5, 2, InstantKind::VarRead, 50, 41 },
            Instant { 10, 3, InstantKind::VarRead, 51, 7 }, // another variable at the same time
            Instant { 10, 2, InstantKind::VarRead, 50, 99 }, // another task at the same time
            Instant { 10, 3, InstantKind::VarRead, 50, 41 },
            Instant { 20, 2, InstantKind::VarWrite, 50, 42 },
            Instant { 30, 3, InstantKind::VarWrite, 50, 42 },
        };
        const LostUpdate lost { 50, 2, 20, 42, 3, 30, 42, 10 };
        QCOMPARE(describeLostUpdate(trace, lost),
                 QStringLiteral(
                     "write of 42 by thread 2 was overwritten by thread 3, which had read 41 before it"));
        TraceBuilder(trace).restoreInstants().erase(trace.instants().begin()
                                                    + 3); // the read is not in the trace any more
        QCOMPARE(describeLostUpdate(trace, lost),
                 QStringLiteral("write of 42 by thread 2 was overwritten by thread 3, which had read the "
                                "variable before it"));
    }
};

QTEST_GUILESS_MAIN(TstDescribe)
#include "tst_describe.moc"
