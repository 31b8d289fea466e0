// A thread or process the kernel switches before its registration is read: its first switch
// records go out under a "tid N" lane (the kernel source's grace has passed); when the
// registration arrives, that lane becomes the task's and every later record lands on it. Driven
// by hand (a scripted scheduling source, registry slots written directly): no timing involved.
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "sched/sched_source.h"
#include "trace/trace.h"
#include "trace/trace_builder.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>

using namespace samtidig;

namespace {

constexpr std::int32_t kChildTid = 424242;
constexpr std::uint64_t kMs = 1'000'000;
constexpr std::uint64_t kOrigin = 1'000'000'000;

// Hands out scripted switch records, resolved as the kernel source resolves them once its grace
// has passed: a tid that does not resolve goes out with task 0 and the tid in `b`.
class ScriptedSchedSource final : public SchedSource
{
public:
    struct Switch {
        std::uint64_t timeNs = 0;
        std::int32_t tid = 0;
        int cpu = 0;
        bool out = false;
        std::uint64_t why = kSliceEndBlocked; // for switch-outs
    };

    SchedulingSource kind() const override { return SchedulingSource::Kernel; }
    bool start(pid_t, QString *) override { return true; }
    std::uint64_t lost() const override { return 0; }
    void drain(const TidResolver &resolve, std::vector<Event> &out) override
    {
        for (const Switch &s : m_queued) {
            const std::uint32_t task = resolve(s.tid);
            Event e;
            e.timeNs = s.timeNs;
            e.task = task;
            e.cpu = static_cast<std::uint16_t>(s.cpu);
            e.kind = s.out ? EventKind::SliceEnd : EventKind::SliceBegin;
            e.a = s.out ? s.why : kSliceEndBlocked;
            e.b = task == 0 ? static_cast<std::uint32_t>(s.tid) : 0;
            out.push_back(e);
        }
        m_queued.clear();
    }

    void in(std::uint64_t t, std::int32_t tid, int cpu = 0) { m_queued.push_back({ t, tid, cpu, false }); }
    void out(std::uint64_t t, std::int32_t tid, std::uint64_t why, int cpu = 0)
    {
        m_queued.push_back({ t, tid, cpu, true, why });
    }

private:
    std::vector<Switch> m_queued;
};

RegionConfig config()
{
    RegionConfig c;
    c.maxRings = 4;
    c.ringCapacity = 256;
    c.maxTasks = 64;
    c.maxNames = 16;
    c.source = SchedulingSource::Kernel;
    return c;
}

// Claims a registry slot as Recorder::registerTask does, but for any tid; `publish` false leaves
// it half-written (a writer preempted mid-registration). Returns its id.
std::uint32_t claimTask(SharedRegion &region, std::int32_t tid, TaskKind kind, std::uint32_t parent,
                        const char *name, bool publish = true)
{
    const std::uint32_t index = region.header()->tasksClaimed.fetch_add(1);
    TaskSlot &slot = region.tasks()[index];
    slot.kind = kind;
    slot.parent = parent;
    slot.pid = tid;
    slot.tid = tid;
    std::strncpy(slot.name, name, kNameLength - 1);
    if (publish)
        slot.ready.store(1, std::memory_order_release);
    return index + 1;
}

// A shared region with its registry, a scripted kernel source and a consumer on both, and what
// RunSession::ingest does with each batch (without the reorder window).
class Session
{
public:
    Session()
        : m_builder(m_trace)
    {
        m_trace.source = SchedulingSource::Kernel;
        m_trace.originNs = kOrigin;
        m_trace.cpuCount = 2;
    }
    bool start(std::string *error)
    {
        if (!region.create(config(), error))
            return false;
        m_consumer.emplace(region, &sched);
        return true;
    }
    void ingest()
    {
        RingConsumer::Batch batch;
        m_consumer->drainOnce();
        m_consumer->take(batch);
        for (const TaskInfo &t : batch.tasks) {
            TaskInfo &slot = m_trace.tasks[t.id];
            const std::int64_t begin = slot.beginNs;
            const std::int64_t end = slot.endNs;
            slot = t;
            slot.beginNs = begin;
            slot.endNs = end;
        }
        std::stable_sort(batch.events.begin(), batch.events.end(),
                         [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
        m_builder.ingest(batch.events);
    }
    void finish(std::uint64_t endNs) { m_builder.finish(endNs); }
    const Trace &trace() const { return m_trace; }

    // The lanes whose task is called `name`.
    std::vector<const TaskLane *> lanesNamed(const QString &name) const
    {
        std::vector<const TaskLane *> out;
        for (const TaskLane &lane : m_trace.taskLanes)
            if (m_trace.taskName(lane.task) == name)
                out.push_back(&lane);
        return out;
    }
    bool anyLaneNamedLike(const QString &prefix) const
    {
        return std::any_of(m_trace.taskLanes.begin(), m_trace.taskLanes.end(), [&](const TaskLane &lane) {
            return m_trace.taskName(lane.task).startsWith(prefix);
        });
    }
    const OpenSpan *openSched(std::uint32_t task) const
    {
        for (const OpenSpan &o : m_trace.openSpans)
            if (o.task == task && o.track == 0)
                return &o;
        return nullptr;
    }

    SharedRegion region;
    ScriptedSchedSource sched;

private:
    std::optional<RingConsumer> m_consumer;
    Trace m_trace;
    TraceBuilder m_builder;
};

std::int64_t rel(std::uint64_t absNs)
{
    return static_cast<std::int64_t>(absNs - kOrigin);
}

} // namespace

class TstLateRegistration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Recorder::attach(nullptr); }

    void lateRegistrationTakesOverTheTidLane()
    {
        Session session;
        std::string error;
        QVERIFY2(session.start(&error), error.c_str());
        Recorder::attach(&session.region);

        const std::uint32_t main = claimTask(session.region, 100, TaskKind::Process, 0, "main");
        // The forked child runs twice and is preempted before its registration is read.
        const std::uint64_t t0 = kOrigin + 10 * kMs;
        session.sched.in(t0, kChildTid);
        session.sched.out(t0 + 1 * kMs, kChildTid, kSliceEndPreempted);
        session.sched.in(t0 + 2 * kMs, kChildTid);
        session.sched.out(t0 + 3 * kMs, kChildTid, kSliceEndPreempted);
        session.ingest();
        QCOMPARE(session.lanesNamed(QStringLiteral("tid %1").arg(kChildTid)).size(), std::size_t(1));
        const std::uint32_t lane = session.lanesNamed(QStringLiteral("tid %1").arg(kChildTid)).front()->task;
        QVERIFY(session.openSched(lane));
        QCOMPARE(session.openSched(lane)->state, SpanState::Runnable);

        // Now it registers, records, starts a thread of its own, and runs on.
        const std::uint32_t child = claimTask(session.region, kChildTid, TaskKind::Process, main, "child");
        const std::uint32_t thread
            = claimTask(session.region, kChildTid + 1, TaskKind::Thread, child, "child worker");
        Recorder::emitFor(child, EventKind::TaskBegin, main, 0, t0 + 4 * kMs);
        Recorder::emitFor(thread, EventKind::TaskBegin, child, 0, t0 + 5 * kMs);
        Recorder::emitFor(child, EventKind::Marker, 7, 0, t0 + 5 * kMs);
        session.sched.in(t0 + 6 * kMs, kChildTid);
        session.sched.out(t0 + 7 * kMs, kChildTid, kSliceEndBlocked);
        session.ingest();
        session.sched.in(t0 + 8 * kMs, kChildTid, 1);
        session.sched.out(t0 + 9 * kMs, kChildTid, kSliceEndPreempted, 1);
        session.ingest();

        // One lane, the child's, under its real name and parent; no "tid N" or placeholder lane.
        const Trace &trace = session.trace();
        QVERIFY(!session.anyLaneNamedLike(QStringLiteral("tid ")));
        QVERIFY(!session.anyLaneNamedLike(QStringLiteral("task ")));
        QCOMPARE(session.lanesNamed(QStringLiteral("child")).size(), std::size_t(1));
        QCOMPARE(session.lanesNamed(QStringLiteral("child")).front()->task, lane);
        const TaskInfo *info = trace.task(lane);
        QVERIFY(info);
        QCOMPARE(info->kind, TaskKind::Process);
        QCOMPARE(info->parent, main);
        QCOMPARE(info->tid, kChildTid);
        QCOMPARE(info->beginNs, rel(t0 + 4 * kMs));
        QVERIFY(!trace.laneForTask(child)); // the registry id is not used for records
        // The child's own thread hangs under the child's lane.
        QCOMPARE(session.lanesNamed(QStringLiteral("child worker")).size(), std::size_t(1));
        QCOMPARE(trace.task(session.lanesNamed(QStringLiteral("child worker")).front()->task)->parent, lane);
        // The child's marker is on its lane.
        QCOMPARE(trace.instants.size(), std::size_t(1));
        QCOMPARE(trace.instants[0].task, lane);

        // Every slice, before and after the registration, with the states in between.
        const SpanList &sched0 = trace.laneForTask(lane)->sched;
        const struct {
            std::uint64_t from, to;
            SpanState state;
        } expected[] = {
            { t0, t0 + 1 * kMs, SpanState::Running },
            { t0 + 1 * kMs, t0 + 2 * kMs, SpanState::Runnable },
            { t0 + 2 * kMs, t0 + 3 * kMs, SpanState::Running },
            { t0 + 3 * kMs, t0 + 6 * kMs, SpanState::Runnable }, // closed by the first slice after it
            { t0 + 6 * kMs, t0 + 7 * kMs, SpanState::Running },
            { t0 + 7 * kMs, t0 + 8 * kMs, SpanState::Blocked },
            { t0 + 8 * kMs, t0 + 9 * kMs, SpanState::Running },
        };
        QCOMPARE(sched0.size(), std::size_t(std::size(expected)));
        for (std::size_t i = 0; i < std::size(expected); ++i) {
            QCOMPARE(sched0.start(i), rel(expected[i].from));
            QCOMPARE(sched0.end(i), rel(expected[i].to));
            QCOMPARE(sched0.state(i), expected[i].state);
        }
        // Open now: the last preemption, from its own time; nothing runnable since the first slices.
        QVERIFY(session.openSched(lane));
        QCOMPARE(session.openSched(lane)->startNs, rel(t0 + 9 * kMs));
        // Both CPUs' lanes name the child's lane as the task that ran.
        for (int cpu = 0; cpu < 2; ++cpu)
            for (std::size_t i = 0; i < trace.cpuLanes[static_cast<std::size_t>(cpu)].spans.size(); ++i)
                QCOMPARE(trace.cpuLanes[static_cast<std::size_t>(cpu)].spans.other(i), lane);

        // Its exit closes the lane: nothing is left open after the end of the run.
        session.sched.in(t0 + 10 * kMs, kChildTid);
        session.sched.out(t0 + 11 * kMs, kChildTid, kSliceEndExited);
        session.ingest();
        QVERIFY(!session.openSched(lane));
        session.finish(t0 + 20 * kMs);
        const SpanList &final = trace.laneForTask(lane)->sched;
        QCOMPARE(final.end(final.size() - 1), rel(t0 + 11 * kMs));
        QCOMPARE(final.state(final.size() - 1), SpanState::Running);
    }

    void unregisteredThreadKeepsItsTidLane()
    {
        Session session;
        std::string error;
        QVERIFY2(session.start(&error), error.c_str());
        claimTask(session.region, 100, TaskKind::Process, 0, "main");
        const std::uint64_t t0 = kOrigin + 10 * kMs;
        session.sched.in(t0, 777);
        session.sched.out(t0 + 1 * kMs, 777, kSliceEndBlocked);
        session.ingest();
        session.sched.in(t0 + 2 * kMs, 777);
        session.sched.out(t0 + 3 * kMs, 777, kSliceEndPreempted);
        session.ingest();
        session.finish(t0 + 5 * kMs);
        const auto lanes = session.lanesNamed(QStringLiteral("tid 777"));
        QCOMPARE(lanes.size(), std::size_t(1));
        QCOMPARE(session.trace().taskLanes.size(), std::size_t(1));
        QCOMPARE(lanes.front()->sched.size(), std::size_t(4)); // running, blocked, running, runnable
        QCOMPARE(lanes.front()->sched.state(3), SpanState::Runnable);
    }

    // A tid whose unregistered thread exited and that a registered thread gets later is that
    // thread's alone: the helper's lane stays as it was.
    void reusedTidAfterExitIsANewTask()
    {
        Session session;
        std::string error;
        QVERIFY2(session.start(&error), error.c_str());
        const std::uint32_t main = claimTask(session.region, 100, TaskKind::Process, 0, "main");
        const std::uint64_t t0 = kOrigin + 10 * kMs;
        session.sched.in(t0, kChildTid);
        session.sched.out(t0 + 1 * kMs, kChildTid, kSliceEndExited);
        session.ingest();
        const std::uint32_t reuser = claimTask(session.region, kChildTid, TaskKind::Thread, main, "reuser");
        session.sched.in(t0 + 2 * kMs, kChildTid);
        session.sched.out(t0 + 3 * kMs, kChildTid, kSliceEndBlocked);
        session.ingest();
        session.finish(t0 + 5 * kMs);
        const auto helper = session.lanesNamed(QStringLiteral("tid %1").arg(kChildTid));
        QCOMPARE(helper.size(), std::size_t(1));
        QCOMPARE(helper.front()->sched.size(), std::size_t(1));
        const auto lanes = session.lanesNamed(QStringLiteral("reuser"));
        QCOMPARE(lanes.size(), std::size_t(1));
        QCOMPARE(lanes.front()->task, reuser);
        QCOMPARE(lanes.front()->sched.start(0), rel(t0 + 2 * kMs));
    }

    // A writer preempted between claiming its slot and publishing it does not hold back the
    // registrations after it: their records and switches resolve in the same pass.
    void halfWrittenSlotHoldsBackNoOne()
    {
        Session session;
        std::string error;
        QVERIFY2(session.start(&error), error.c_str());
        Recorder::attach(&session.region);
        const std::uint32_t main = claimTask(session.region, 100, TaskKind::Process, 0, "main");
        const std::uint32_t stuck = claimTask(session.region, 200, TaskKind::Process, main, "stuck", false);
        const std::uint32_t child = claimTask(session.region, kChildTid, TaskKind::Process, main, "child");
        const std::uint64_t t0 = kOrigin + 10 * kMs;
        Recorder::emitFor(child, EventKind::TaskBegin, main, 0, t0);
        session.sched.in(t0 + 1 * kMs, kChildTid);
        session.ingest();
        QVERIFY(!session.anyLaneNamedLike(QStringLiteral("tid ")));
        QCOMPARE(session.lanesNamed(QStringLiteral("child")).size(), std::size_t(1));
        QCOMPARE(session.lanesNamed(QStringLiteral("child")).front()->task, child);
        QVERIFY(!session.trace().task(stuck));
        session.region.tasks()[stuck - 1].ready.store(1, std::memory_order_release);
        session.ingest();
        QVERIFY(session.trace().task(stuck));
        QCOMPARE(session.trace().taskName(stuck), QStringLiteral("stuck"));
    }
};

QTEST_GUILESS_MAIN(TstLateRegistration)
#include "tst_lateregistration.moc"
