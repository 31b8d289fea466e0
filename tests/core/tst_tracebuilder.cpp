// The trace's one writer: tasks that first appear from the kernel's records (by pid and tid) get a
// lane of their own, are named and parented as well as the records allow, and keep that lane and
// their spans when they are renamed, re-parented or registered later; revisions move with every
// change.
#include "builder/trace_builder.h"
#include "record/region_layout.h"
#include "support/trace_helpers.h"
#include "trace/trace.h"

#include <QtTest>

#include <algorithm>
#include <cstring>

using namespace samtidig;
using samtidig::test::ev;

namespace {

constexpr std::int32_t kPid = 500;

// A scheduling record as the kernel source delivers it: task 0, the thread's kernel ids in `b`.
Event kernelSliceOf(std::int32_t pid, std::uint64_t t, std::int32_t tid, EventKind kind, std::uint16_t cpu,
                    std::uint64_t why = 0)
{
    Event e = ev(t, 0, kind, cpu, why);
    e.b = kernelIds(pid, tid);
    return e;
}

Event kernelSlice(std::uint64_t t, std::int32_t tid, EventKind kind, std::uint16_t cpu, std::uint64_t why = 0)
{
    return kernelSliceOf(kPid, t, tid, kind, cpu, why);
}

TaskInfo registration(std::uint32_t id, std::int32_t tid, TaskKind kind, std::uint32_t parent,
                      const QString &name, std::int32_t pid = kPid)
{
    TaskInfo info;
    info.id = id;
    info.pid = pid;
    info.tid = tid;
    info.kind = kind;
    info.parent = parent;
    info.name = name;
    return info;
}

// What the kernel says of a thread besides its slices (a FORK, COMM or EXEC record).
TaskNote kernelNote(TaskNote::Kind kind, std::uint64_t timeNs, std::int32_t pid, std::int32_t tid,
                    const char *name = "")
{
    TaskNote n;
    n.kind = kind;
    n.timeNs = timeNs;
    n.pid = pid;
    n.tid = tid;
    std::memcpy(n.name.data(), name, std::min(std::strlen(name), n.name.size() - 1));
    return n;
}

std::size_t cpuSpansOf(const Trace &trace, std::uint32_t task)
{
    std::size_t n = 0;
    for (const CpuLane &lane : trace.cpuLanes())
        for (std::size_t i = 0; i < lane.spans.size(); ++i)
            n += lane.spans.other(i) == task ? 1 : 0;
    return n;
}

} // namespace

class TstTraceBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kernelThreadBecomesItsRegistrationWithOneLane()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("threads"), {}, 2);
        b.setSource(SchedulingSource::Kernel, QString());
        b.setFirstDiscoveredTaskId(100);
        b.registerTask(registration(1, kPid, TaskKind::Process, 0, QStringLiteral("runner")));
        // Thread 501 runs twice before its registration is read.
        b.ingest(std::vector<Event> { kernelSlice(10, 501, EventKind::SliceBegin, 1),
                                      kernelSlice(20, 501, EventKind::SliceEnd, 1, kSliceEndPreempted),
                                      kernelSlice(30, 501, EventKind::SliceBegin, 0) });
        QCOMPARE(trace.taskLanes().size(), std::size_t(1));
        const std::uint32_t discovered = trace.taskLanes().front().task;
        QCOMPARE(discovered, 100u);
        QCOMPARE(trace.task(discovered)->parent, 1u); // the process with tid == pid
        QCOMPARE(trace.taskName(discovered), QStringLiteral("thread 501"));

        b.registerTask(registration(2, 501, TaskKind::Thread, 1, QStringLiteral("worker 1")));
        b.ingest(std::vector<Event> { kernelSlice(40, 501, EventKind::SliceEnd, 0, kSliceEndBlocked),
                                      ev(45, 2, EventKind::LockRequest, 0, 7) });
        b.finish(trace.originNs() + 60);

        QCOMPARE(trace.taskLanes().size(), std::size_t(1)); // no second lane
        QVERIFY(!trace.task(discovered)); // the placeholder is gone
        const TaskLane *lane = trace.laneForTask(2);
        QVERIFY(lane);
        QCOMPARE(trace.taskName(2), QStringLiteral("worker 1"));
        QCOMPARE(trace.task(2)->beginNs, std::int64_t(10)); // from its first record, not its registration
        // Running 10-20, ready 20-30, running 30-40, blocked 40-60: nothing lost, nothing "ready" forever.
        QCOMPARE(lane->sched.size(), std::size_t(4));
        QCOMPARE(lane->sched.state(0), SpanState::Running);
        QCOMPARE(lane->sched.state(1), SpanState::Runnable);
        QCOMPARE(lane->sched.end(1), std::int64_t(30));
        QCOMPARE(lane->sched.state(2), SpanState::Running);
        QCOMPARE(lane->sched.state(3), SpanState::Blocked);
        QCOMPARE(lane->sync.size(), std::size_t(1)); // the lock wait under the registered id
        // Both CPU slices name the registered task, none the placeholder.
        QCOMPARE(cpuSpansOf(trace, 2), std::size_t(2));
        QCOMPARE(cpuSpansOf(trace, discovered), std::size_t(0));
    }

    // A process and its thread the kernel showed before the workload said a word: named by the
    // kernel, then registered one after the other. The thread is re-parented to the registered
    // process as soon as that one is registered; each keeps its one lane, its spans and its begin.
    void kernelTasksNamedReparentedThenRegistered()
    {
        constexpr std::int32_t kChild = 600;
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QStringLiteral("processes"), {}, 2);
        b.setSource(SchedulingSource::Kernel, QString());
        b.setFirstDiscoveredTaskId(100);
        b.registerTask(registration(1, kPid, TaskKind::Process, 0, QStringLiteral("runner")));
        b.ingest(std::vector<Event> {
            kernelSliceOf(kChild, 10, kChild, EventKind::SliceBegin, 1),
            kernelSliceOf(kChild, 15, kChild, EventKind::SliceEnd, 1, kSliceEndBlocked),
            kernelSliceOf(kChild, 20, kChild + 1, EventKind::SliceBegin, 0),
            kernelSliceOf(kChild, 30, kChild + 1, EventKind::SliceEnd, 0, kSliceEndPreempted) });
        const std::uint32_t process = 100;
        const std::uint32_t thread = 101;
        QCOMPARE(trace.task(process)->kind, TaskKind::Process);
        QCOMPARE(trace.task(process)->parent, 0u); // nobody said who forked it
        QCOMPARE(trace.task(thread)->kind, TaskKind::Thread);
        QCOMPARE(trace.task(thread)->parent, process);
        QCOMPARE(trace.taskName(process), QStringLiteral("process 600"));
        QCOMPARE(trace.taskName(thread), QStringLiteral("thread 601"));

        // Renamed by the kernel's records: the same tasks, the same lanes.
        b.noteTask(kernelNote(TaskNote::Kind::Exec, trace.originNs() + 31, kChild, kChild, "python3"));
        b.noteTask(kernelNote(TaskNote::Kind::Named, trace.originNs() + 31, kChild, kChild + 1, "worker-x"));
        QCOMPARE(trace.taskName(process), QStringLiteral("python3"));
        QCOMPARE(trace.taskName(thread), QStringLiteral("worker-x"));
        QCOMPARE(trace.tasks().size(), std::size_t(3));
        QCOMPARE(trace.taskLanes().size(), std::size_t(2));

        // The process is registered: it takes the registered id, and its thread follows it there.
        b.registerTask(
            registration(5, kChild, TaskKind::Process, 1, QStringLiteral("child process"), kChild));
        QVERIFY(!trace.task(process));
        QCOMPARE(trace.task(5)->parent, 1u);
        QCOMPARE(trace.taskName(5), QStringLiteral("child process")); // its own name, not the command's
        QCOMPARE(trace.task(5)->beginNs, std::int64_t(10));
        QCOMPARE(trace.task(thread)->parent, 5u); // re-parented
        QCOMPARE(trace.taskName(thread), QStringLiteral("worker-x"));
        QCOMPARE(trace.taskLanes().size(), std::size_t(2));

        // Then the thread, between two of its slices.
        b.ingest(std::vector<Event> { kernelSliceOf(kChild, 40, kChild + 1, EventKind::SliceBegin, 0) });
        b.registerTask(registration(6, kChild + 1, TaskKind::Thread, 5, QStringLiteral("worker 1"), kChild));
        b.ingest(std::vector<Event> {
            kernelSliceOf(kChild, 50, kChild + 1, EventKind::SliceEnd, 0, kSliceEndBlocked) });
        b.noteTask(
            kernelNote(TaskNote::Kind::Named, trace.originNs() + 55, kChild, kChild + 1, "samtidig-runner"));
        b.finish(trace.originNs() + 60);

        QCOMPARE(trace.tasks().size(), std::size_t(3)); // runner, process, thread: no placeholder left
        QVERIFY(!trace.task(thread));
        QCOMPARE(trace.task(6)->parent, 5u);
        QCOMPARE(trace.taskName(6),
                 QStringLiteral("worker 1")); // the kernel's later name does not replace it
        QCOMPARE(trace.task(6)->beginNs, std::int64_t(20));
        QCOMPARE(trace.taskLanes().size(), std::size_t(2)); // no second lane for either
        const TaskLane *processLane = trace.laneForTask(5);
        QVERIFY(processLane);
        QCOMPARE(processLane->sched.size(), std::size_t(2)); // running 10-15, blocked 15-60
        QCOMPARE(processLane->sched.state(0), SpanState::Running);
        const TaskLane *threadLane = trace.laneForTask(6);
        QVERIFY(threadLane);
        // Running 20-30, ready 30-40, running 40-50, blocked 50-60: all of it, under the one id.
        QCOMPARE(threadLane->sched.size(), std::size_t(4));
        QCOMPARE(threadLane->sched.start(0), std::int64_t(20));
        QCOMPARE(threadLane->sched.state(1), SpanState::Runnable);
        QCOMPARE(threadLane->sched.end(1), std::int64_t(40));
        QCOMPARE(threadLane->sched.state(2), SpanState::Running);
        QCOMPARE(threadLane->sched.state(3), SpanState::Blocked);
        QCOMPARE(cpuSpansOf(trace, 5), std::size_t(1));
        QCOMPARE(cpuSpansOf(trace, 6), std::size_t(2));
        QCOMPARE(cpuSpansOf(trace, process), std::size_t(0));
        QCOMPARE(cpuSpansOf(trace, thread), std::size_t(0));
    }

    void registrationFirstNeedsNoTakeOver()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 1);
        b.setFirstDiscoveredTaskId(100);
        b.registerTask(registration(3, 502, TaskKind::Thread, 0, QStringLiteral("early")));
        b.ingest(std::vector<Event> { kernelSlice(5, 502, EventKind::SliceBegin, 0),
                                      kernelSlice(9, 502, EventKind::SliceEnd, 0) });
        QCOMPARE(trace.tasks().size(), std::size_t(1));
        QCOMPARE(trace.laneForTask(3)->sched.size(), std::size_t(1));
        QCOMPARE(cpuSpansOf(trace, 3), std::size_t(1));
    }

    void programThatRegistersNothing()
    {
        // A user's own program: every task comes from the kernel's records.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 2);
        b.ingest(std::vector<Event> {
            kernelSlice(1, kPid, EventKind::SliceBegin, 0), kernelSlice(2, kPid, EventKind::SliceEnd, 0),
            kernelSlice(3, 503, EventKind::SliceBegin, 1), kernelSlice(4, 504, EventKind::SliceBegin, 0) });
        QCOMPARE(trace.tasks().size(), std::size_t(3));
        const TaskInfo *process = trace.task(1);
        QVERIFY(process);
        QCOMPARE(process->kind, TaskKind::Process);
        QCOMPARE(trace.taskName(1), QStringLiteral("process 500"));
        for (std::uint32_t id : { 2u, 3u }) {
            QCOMPARE(trace.task(id)->kind, TaskKind::Thread);
            QCOMPARE(trace.task(id)->parent, 1u);
        }
        // The lane tree: the process first, its threads under it.
        const std::vector<LaneRow> rows = taskLaneDisplayOrder(trace);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(trace.taskLanes()[rows[0].laneIndex].task, 1u);
        QCOMPARE(rows[1].depth, 1);
        QCOMPARE(rows[2].depth, 1);
    }

    void notesMakeTheProcessTreeAndNames()
    {
        // What the kernel's FORK and COMM records say of a program that registers nothing; the
        // launcher (pid 400) that started it is left out.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 1);
        b.hideThread(400);
        const auto note = [](TaskNote::Kind kind, std::int32_t pid, std::int32_t tid, std::int32_t ppid,
                             std::int32_t ptid, const char *name) {
            TaskNote n;
            n.kind = kind;
            n.timeNs = 10;
            n.pid = pid;
            n.tid = tid;
            n.ppid = ppid;
            n.ptid = ptid;
            std::memcpy(n.name.data(), name, std::min(std::strlen(name), n.name.size() - 1));
            return n;
        };
        b.noteTask(note(TaskNote::Kind::Created, kPid, kPid, 400, 400, ""));
        // A thread the launched process starts before its exec (a sanitizer runtime's) is the
        // launcher's code, ended by the exec: not the program's.
        b.noteTask(note(TaskNote::Kind::Created, kPid, 499, kPid, kPid, ""));
        // So is one whose switch comes in before the exec is known, with no note of its creation
        // (the exec kills every other thread of the process; a thread after it comes after its note).
        b.ingest(std::vector<Event> { kernelSlice(11, 498, EventKind::SliceBegin, 1),
                                      kernelSlice(12, 498, EventKind::SliceEnd, 1) });
        QVERIFY(trace.taskLanes().empty());
        b.noteTask(note(TaskNote::Kind::Exec, kPid, kPid, 0, 0, "python3"));
        b.ingest(std::vector<Event> { kernelSlice(15, 499, EventKind::SliceBegin, 0) });
        b.noteTask(note(TaskNote::Kind::Created, kPid, 501, kPid, kPid, ""));
        b.noteTask(note(TaskNote::Kind::Named, kPid, 501, 0, 0, "worker-1"));
        b.noteTask(note(TaskNote::Kind::Created, 600, 600, kPid, 501, "")); // forked by the thread
        QCOMPARE(trace.tasks().size(), std::size_t(3));
        const TaskInfo *python = trace.task(1);
        QCOMPARE(python->kind, TaskKind::Process);
        QCOMPARE(python->parent, 0u); // the hidden launcher is no parent
        QCOMPARE(trace.taskName(1), QStringLiteral("python3"));
        QCOMPARE(trace.task(2)->parent, 1u);
        QCOMPARE(trace.taskName(2), QStringLiteral("worker-1"));
        QCOMPARE(trace.task(3)->kind, TaskKind::Process);
        QCOMPARE(trace.task(3)->parent, 1u); // a process belongs to the process that forked it
        QCOMPARE(trace.taskName(3), QStringLiteral("worker-1")); // the creating thread's name until exec
        // The launcher's own slices draw nothing.
        b.ingest(std::vector<Event> { kernelSlice(20, 400, EventKind::SliceBegin, 0) });
        QVERIFY(trace.taskLanes().empty());
        // Nor does a later process of the launcher's own (LeakSanitizer's checker as it exits):
        // only its first, the program, is the user's.
        b.noteTask(note(TaskNote::Kind::Created, 450, 450, 400, 400, ""));
        b.ingest(std::vector<Event> { kernelSlice(30, 450, EventKind::SliceBegin, 0) });
        QCOMPARE(trace.tasks().size(), std::size_t(3));
        QVERIFY(trace.taskLanes().empty());
        // A registered name is the workload's own: the kernel's command name does not replace it.
        b.registerTask(registration(7, 700, TaskKind::Thread, 1, QStringLiteral("tråd 1")));
        b.noteTask(note(TaskNote::Kind::Named, kPid, 700, 0, 0, "samtidig-runner"));
        QCOMPARE(trace.task(7)->name, QStringLiteral("tråd 1"));
        // Shown in the language of the moment (English here), whatever language the run spoke.
        QCOMPARE(trace.taskName(7), QStringLiteral("thread 1"));
    }

    void launchedProgramBeginsAtItsExec()
    {
        // The launcher's child runs the launcher's code until its exec (closing files, the exec's
        // own work): the program's main thread runs from the exec on, on the core it exec'ed on.
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 2);
        b.hideThread(400);
        TaskNote created = kernelNote(TaskNote::Kind::Created, 10, kPid, kPid);
        created.ppid = 400;
        created.ptid = 400;
        b.noteTask(created);
        b.ingest(std::vector<Event> { kernelSlice(20, kPid, EventKind::SliceBegin, 0),
                                      kernelSlice(30, kPid, EventKind::SliceEnd, 0, kSliceEndPreempted),
                                      kernelSlice(40, kPid, EventKind::SliceBegin, 1) });
        QVERIFY(trace.cpuLanes().empty() || cpuSpansOf(trace, 1) == 0);
        b.noteTask(kernelNote(TaskNote::Kind::Exec, 50, kPid, kPid, "cpu_burn"));
        b.ingest(std::vector<Event> { kernelSlice(70, kPid, EventKind::SliceEnd, 1, kSliceEndBlocked),
                                      kernelSlice(80, kPid, EventKind::SliceBegin, 0),
                                      kernelSlice(90, kPid, EventKind::SliceEnd, 0, kSliceEndBlocked) });
        QCOMPARE(cpuSpansOf(trace, 1), std::size_t(2));
        std::vector<std::pair<std::int64_t, std::int64_t>> spans; // (start, cpu) of its slices
        for (std::size_t cpu = 0; cpu < trace.cpuLanes().size(); ++cpu) {
            const CpuLane &lane = trace.cpuLanes()[cpu];
            for (std::size_t i = 0; i < lane.spans.size(); ++i)
                if (lane.spans.other(i) == 1)
                    spans.emplace_back(lane.spans.start(i), static_cast<std::int64_t>(cpu));
        }
        std::sort(spans.begin(), spans.end());
        const std::int64_t origin = static_cast<std::int64_t>(trace.originNs());
        QCOMPARE(spans[0].first, 50 - origin); // from the exec, not from 40 (the launcher's)
        QCOMPARE(spans[0].second, 1);
        QCOMPARE(spans[1].first, 80 - origin);
        QCOMPARE(trace.taskName(1), QStringLiteral("cpu_burn"));
    }

    void detailCapKeepsTasksCountersAndAnalysis()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 1);
        b.registerTask(registration(1, 800, TaskKind::Thread, 0, QStringLiteral("T1")));
        b.registerTask(registration(2, 801, TaskKind::Thread, 0, QStringLiteral("T2")));
        b.ingest(std::vector<Event> { ev(10, 1, EventKind::SliceBegin, 0),
                                      ev(20, 1, EventKind::LockRequest, 0, 7),
                                      ev(21, 1, EventKind::LockAcquired, 0, 7) });
        QCOMPARE(trace.detailCappedAtNs(), std::int64_t(-1));
        b.setDetailLimit(1); // every byte is over the limit now: the cap comes with the next batch
        b.ingest(std::vector<Event> {
            ev(30, 2, EventKind::LockRequest, 0, 8), ev(31, 2, EventKind::LockAcquired, 0, 8),
            ev(40, 1, EventKind::LockRequest, 0, 8), ev(50, 2, EventKind::LockRequest, 0, 7),
            ev(60, 2, EventKind::SliceBegin, 0), ev(70, 2, EventKind::TaskEnd, 0) });
        QCOMPARE(trace.detailCappedAtNs(), std::int64_t(30));
        // The lanes end at the cap: T1's slice and its hold of lock 7 are closed there; nothing of T2.
        const TaskLane *t1 = trace.laneForTask(1);
        QCOMPARE(t1->sched.size(), std::size_t(1));
        QCOMPARE(t1->sched.end(0), std::int64_t(30));
        QCOMPARE(t1->held.size(), std::size_t(1));
        QVERIFY(!trace.laneForTask(2));
        QVERIFY(trace.openSpans().empty());
        // ... while the analysis saw everything: the deadlock formed after the cap is found.
        QCOMPARE(trace.analysis().deadlocks.size(), std::size_t(1));
        QCOMPARE(trace.task(2)->endNs, std::int64_t(70));
        QCOMPARE(trace.events(), std::uint64_t(9));
    }

    // Step mode: a thread stopped at its gate is a state of its own on the sync track, apart from
    // a lock wait, with the operation it stopped before; the pass ends it, the lock wait follows.
    void gateWaitIsAStateOfItsOwn()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 1);
        b.registerTask(registration(1, 700, TaskKind::Thread, 0, QStringLiteral("thread 1")));
        b.ingest(std::vector<Event> {
            ev(10, 1, EventKind::SliceBegin, 0),
            ev(20, 1, EventKind::GateWait, 0, static_cast<std::uint64_t>(GateOp::Lock), 7) });
        const auto open = std::find_if(trace.openSpans().begin(), trace.openSpans().end(),
                                       [](const OpenSpan &o) { return o.track == 1; });
        QVERIFY(open != trace.openSpans().end());
        QCOMPARE(open->state, SpanState::StepWait);
        QCOMPARE(open->arg, 7u);
        QCOMPARE(open->other, static_cast<std::uint32_t>(GateOp::Lock));
        b.ingest(std::vector<Event> {
            ev(50, 1, EventKind::GatePass, 0), ev(51, 1, EventKind::LockRequest, 0, 7),
            ev(1'000'000, 1, EventKind::LockAcquired, 0, 7), ev(1'100'000, 1, EventKind::TaskEnd, 0) });
        const SpanList &sync = trace.laneForTask(1)->sync;
        QCOMPARE(sync.size(), std::size_t(2));
        QCOMPARE(sync.state(0), SpanState::StepWait);
        QCOMPARE(sync.start(0), std::int64_t(20));
        QCOMPARE(sync.end(0), std::int64_t(50));
        QCOMPARE(sync.state(1), SpanState::LockWait);
    }

    void revisionsMoveWithChangesOnly()
    {
        Trace trace;
        TraceBuilder b(trace);
        b.describeRun(QString(), {}, 1);
        b.registerTask(registration(1, 600, TaskKind::Thread, 0, QStringLiteral("a")));
        b.registerTask(registration(2, 601, TaskKind::Thread, 0, QStringLiteral("b")));
        b.ingest(std::vector<Event> { ev(1, 1, EventKind::SliceBegin, 0), ev(2, 1, EventKind::SliceEnd, 0),
                                      ev(3, 2, EventKind::SliceBegin, 0), ev(4, 2, EventKind::SliceEnd, 0) });
        const std::uint64_t r0 = trace.revision();
        const std::uint64_t laneB = trace.laneForTask(2)->revision;
        b.setLossCounters(trace.dropped(), trace.stalledNs(), trace.stalls()); // the same values: no change
        QCOMPARE(trace.revision(), r0);
        b.ingest(std::vector<Event> { ev(5, 1, EventKind::SliceBegin, 0), ev(6, 1, EventKind::SliceEnd, 0) });
        QVERIFY(trace.revision() > r0);
        QCOMPARE(trace.laneForTask(1)->revision, trace.revision()); // the lane that changed
        QCOMPARE(trace.laneForTask(2)->revision, laneB); // the lane that did not
        const std::uint64_t r1 = trace.revision();
        b.advanceEdgeTo(3); // behind the edge already: no change
        QCOMPARE(trace.revision(), r1);
        b.advanceEdgeTo(100);
        QVERIFY(trace.revision() > r1);
        QCOMPARE(trace.endNs(), std::int64_t(100));
    }
};

QTEST_GUILESS_MAIN(TstTraceBuilder)
#include "tst_tracebuilder.moc"
