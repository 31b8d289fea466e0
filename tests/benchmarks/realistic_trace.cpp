#include "realistic_trace.h"

#include "builder/trace_builder.h"
#include "trace/trace.h"

#include <algorithm>
#include <random>
#include <vector>

namespace samtidig {

namespace {

constexpr int kCoroutines = 8;
constexpr std::uint64_t kOriginNs = 1'000'000'000'000ull;
constexpr std::size_t kBatch = 1u << 16; // records handed to the builder at a time

// Name ids: a lock and the variable it protects per pair of CPUs, then the shared ones.
enum : std::uint32_t {
    kRacy = 1,
    kCondition,
    kTimedLock,
    kDeadlockA,
    kDeadlockB,
    kMarker,
    kFirstPairLock = 16,
};
std::uint32_t pairLock(int pair)
{
    return kFirstPairLock + 2 * static_cast<std::uint32_t>(pair);
}
std::uint32_t pairVariable(int pair)
{
    return pairLock(pair) + 1;
}

class Generator
{
public:
    Generator(const RealisticTraceSpec &spec, Trace &trace)
        : m_spec(spec)
        , m_trace(trace)
        , m_threads(spec.taskLanes - 1 - kCoroutines)
        , m_builder(trace)
    {
        registerTasksAndNames();
        m_pending.assign(static_cast<std::size_t>(firstCoroutine()), EventKind::None);
        m_pairValue.assign(static_cast<std::size_t>(spec.cpus / 2 + 1), 0);
    }

    void run()
    {
        for (std::uint64_t tick = 0; m_trace.spanCount() < m_spec.spans; ++tick) {
            oneTick(tick);
            if (m_batch.size() >= kBatch)
                flush();
        }
        deadlock();
        flush();
        m_builder.finish(m_now + 1'000'000);
    }

private:
    // The process (1) and its threads run on the CPUs; coroutines run inside threads 2..9.
    std::uint32_t scheduled() const { return 1 + static_cast<std::uint32_t>(m_threads); }
    std::uint32_t firstCoroutine() const { return 2 + static_cast<std::uint32_t>(m_threads); }

    void registerTasksAndNames()
    {
        m_builder.describeRun(QStringLiteral("realistic"), QJsonObject(), m_spec.cpus);
        m_builder.setSource(SchedulingSource::Kernel, QString());
        m_builder.setOrigin(kOriginNs);
        m_builder.setOutcome(RunOutcome::Deadlock, QString());
        const auto add = [this](std::uint32_t id, std::uint32_t parent, TaskKind kind, const QString &name) {
            TaskInfo info;
            info.id = id;
            info.parent = parent;
            info.kind = kind;
            info.pid = 5000;
            info.tid
                = kind == TaskKind::Coroutine ? 5000 + static_cast<int>(parent) : 5000 + static_cast<int>(id);
            info.name = name;
            m_builder.registerTask(info);
        };
        add(1, 0, TaskKind::Process, QStringLiteral("realistic"));
        for (int i = 0; i < m_threads; ++i)
            add(2 + static_cast<std::uint32_t>(i), 1, TaskKind::Thread,
                QStringLiteral("worker %1").arg(i + 1));
        for (int i = 0; i < kCoroutines; ++i)
            add(firstCoroutine() + static_cast<std::uint32_t>(i), 2 + static_cast<std::uint32_t>(i),
                TaskKind::Coroutine, QStringLiteral("coroutine %1").arg(i + 1));
        const auto name = [this](std::uint32_t id, NameKind kind, const QString &text) {
            m_builder.registerName(NameInfo { id, kind, text });
        };
        name(kRacy, NameKind::Variable, QStringLiteral("racy counter"));
        name(kCondition, NameKind::Condition, QStringLiteral("work ready"));
        name(kTimedLock, NameKind::Lock, QStringLiteral("timed lock"));
        name(kDeadlockA, NameKind::Lock, QStringLiteral("A"));
        name(kDeadlockB, NameKind::Lock, QStringLiteral("B"));
        name(kMarker, NameKind::Marker, QStringLiteral("checkpoint"));
        for (int pair = 0; pair <= m_spec.cpus / 2; ++pair) {
            name(pairLock(pair), NameKind::Lock, QStringLiteral("lock %1").arg(pair + 1));
            name(pairVariable(pair), NameKind::Variable, QStringLiteral("counter %1").arg(pair + 1));
        }
        for (int cpu = 0; cpu < m_spec.cpus; ++cpu)
            m_builder.restoreCpuLane(cpu);
    }

    void emit(std::uint64_t t, std::uint32_t task, int cpu, EventKind kind, std::uint64_t a = 0,
              std::uint64_t b = 0)
    {
        m_tick.push_back(Event { t, task, static_cast<std::uint16_t>(cpu), kind, a, b });
    }

    // What a slice of `task` on `cpu` from `a` to `b` does. CPUs work in pairs: the even one's task
    // and the odd one's share a lock, a counter and a condition.
    void slice(std::uint64_t tick, int cpu, std::uint32_t task, std::uint64_t a, std::uint64_t b)
    {
        const int pair = cpu / 2;
        const bool even = cpu % 2 == 0;
        const int pattern = static_cast<int>((tick + static_cast<std::uint64_t>(pair)) % 8);
        EventKind &pending = m_pending[task];
        if (pending != EventKind::None) { // the sleep or condition wait it blocked in is over
            emit(a - 50, task, cpu, pending,
                 pending == EventKind::CondWake ? std::uint64_t { kCondition } : 0u);
            pending = EventKind::None;
        }
        emit(a, task, cpu, EventKind::SliceBegin);
        std::uint64_t endReason = kSliceEndPreempted;
        // What real runs do now and then (full rings, timeouts, races) comes in one of four of a
        // pair's turns at it; markers (phases, checkpoints) are rarer still.
        const bool rare = (tick / 8 + static_cast<std::uint64_t>(pair)) % 4 == 0;
        const bool seldom = (tick / 8 + static_cast<std::uint64_t>(pair)) % 128 == 0;
        std::uint64_t &value = m_pairValue[static_cast<std::size_t>(pair)];
        switch (pattern) {
        case 0:
        case 1: { // a lock handed over from the even CPU's task to the odd one's
            const std::uint32_t lock = pairLock(pair);
            const std::uint64_t from = even ? a + 200 : a + 700;
            const std::uint64_t got = even ? from : a + 1700; // after the even task's release
            emit(from, task, cpu, EventKind::LockRequest, lock);
            emit(got, task, cpu, EventKind::LockAcquired, lock, got - from);
            emit(got + 100, task, cpu, EventKind::VarRead, pairVariable(pair), value);
            emit(got + 200, task, cpu, EventKind::VarWrite, pairVariable(pair), value + 1);
            ++value;
            emit(even ? a + 1500 : a + 2500, task, cpu, EventKind::LockReleased, lock);
            break;
        }
        case 2: { // the racy counter: now and then both read before either writes (a lost update)
            const bool race = rare;
            if (even) {
                m_racyRead = m_racy;
                emit(a + 300, task, cpu, EventKind::VarRead, kRacy, m_racy);
                if (!race)
                    emit(a + 400, task, cpu, EventKind::VarWrite, kRacy, ++m_racy);
                else
                    emit(a + 800, task, cpu, EventKind::VarWrite, kRacy, m_racy + 1);
            } else {
                const std::uint64_t seen = race ? m_racyRead : m_racy;
                emit(race ? a + 200 : a + 600, task, cpu, EventKind::VarRead, kRacy, seen);
                m_racy = seen + 1;
                emit(a + 700, task, cpu, EventKind::VarWrite, kRacy, m_racy);
            }
            break;
        }
        case 3: // sleeps until its next slice
            emit(b - 20, task, cpu, EventKind::SleepBegin, 1'000'000);
            endReason = kSliceEndBlocked;
            pending = EventKind::SleepEnd;
            break;
        case 4: // the even task waits for a condition the odd one signals
            if (even) {
                emit(b - 20, task, cpu, EventKind::CondWait, kCondition);
                endReason = kSliceEndBlocked;
                pending = EventKind::CondWake;
            } else {
                emit(a + 500, task, cpu, EventKind::CondNotify, kCondition, 0);
            }
            break;
        case 5: // preempted; seldom a marker
            if (even && seldom)
                emit(a + 300, task, cpu, EventKind::Marker, kMarker, tick);
            break;
        case 6: // now and then a full ring, and a lock attempt that times out
            if (even && rare) {
                emit(a + 200, task, cpu, EventKind::Stall, 600);
            } else if (rare) {
                emit(a + 300, task, cpu, EventKind::LockRequest, kTimedLock);
                emit(a + 1100, task, cpu, EventKind::LockTimedOut, kTimedLock, 800);
            }
            break;
        case 7: // threads 2..9 each resume their coroutine for a while
            if (task >= 2 && task < 2 + static_cast<std::uint32_t>(kCoroutines)) {
                const std::uint32_t co = firstCoroutine() + (task - 2);
                emit(a + 100, co, cpu, EventKind::CoResume);
                emit(a + 2000, co, cpu, EventKind::CoSuspend, 5000);
            }
            break;
        }
        emit(b, task, cpu, EventKind::SliceEnd, endReason);
    }

    void oneTick(std::uint64_t tick)
    {
        const std::uint64_t start = m_now + 500;
        std::uint64_t end = start;
        for (int cpu = 0; cpu < m_spec.cpus; ++cpu) {
            const auto task = static_cast<std::uint32_t>(
                1
                + (tick * static_cast<std::uint64_t>(m_spec.cpus) + static_cast<std::uint64_t>(cpu))
                    % scheduled());
            const std::uint64_t a = start + static_cast<std::uint64_t>(cpu) * 150;
            const std::uint64_t b = a + 4000 + m_rng() % 4000;
            slice(tick, cpu, task, a, b);
            end = std::max(end, b);
        }
        m_now = end;
        std::stable_sort(m_tick.begin(), m_tick.end(),
                         [](const Event &x, const Event &y) { return x.timeNs < y.timeNs; });
        m_batch.insert(m_batch.end(), m_tick.begin(), m_tick.end());
        m_tick.clear();
    }

    // Threads 2 and 3 each take one of A and B and then ask for the other: the wait-for cycle.
    void deadlock()
    {
        const std::uint64_t t = m_now + 1000;
        for (const std::uint32_t task : { 2u, 3u }) {
            const int cpu = static_cast<int>(task - 2);
            if (m_pending[task] != EventKind::None)
                emit(t - 50, task, cpu, m_pending[task],
                     m_pending[task] == EventKind::CondWake ? std::uint64_t { kCondition } : 0u);
            m_pending[task] = EventKind::None;
        }
        emit(t, 2, 0, EventKind::SliceBegin);
        emit(t + 100, 2, 0, EventKind::LockRequest, kDeadlockA);
        emit(t + 100, 2, 0, EventKind::LockAcquired, kDeadlockA);
        emit(t + 150, 3, 1, EventKind::SliceBegin);
        emit(t + 200, 3, 1, EventKind::LockRequest, kDeadlockB);
        emit(t + 200, 3, 1, EventKind::LockAcquired, kDeadlockB);
        emit(t + 300, 2, 0, EventKind::LockRequest, kDeadlockB);
        emit(t + 310, 2, 0, EventKind::SliceEnd, kSliceEndBlocked);
        emit(t + 400, 3, 1, EventKind::LockRequest, kDeadlockA);
        emit(t + 410, 3, 1, EventKind::SliceEnd, kSliceEndBlocked);
        m_now = t + 1000;
        m_batch.insert(m_batch.end(), m_tick.begin(), m_tick.end());
        m_tick.clear();
    }

    void flush()
    {
        m_builder.ingest(m_batch);
        m_batch.clear();
    }

    const RealisticTraceSpec m_spec;
    Trace &m_trace;
    const int m_threads;
    TraceBuilder m_builder;
    std::mt19937 m_rng { 7 };
    std::uint64_t m_now = kOriginNs;
    std::vector<Event> m_tick;
    std::vector<Event> m_batch;
    std::vector<EventKind> m_pending; // by task: what ends its wait when it runs again
    std::vector<std::uint64_t> m_pairValue;
    std::uint64_t m_racy = 0;
    std::uint64_t m_racyRead = 0;
};

} // namespace

std::unique_ptr<Trace> makeRealisticTrace(const RealisticTraceSpec &spec)
{
    auto trace = std::make_unique<Trace>();
    Generator(spec, *trace).run();
    return trace;
}

} // namespace samtidig
