#include "support/synthetic_trace.h"

#include "builder/trace_builder.h"
#include "trace/trace.h"

#include <QJsonArray>

#include <random>
#include <vector>

namespace samtidig {

namespace {

enum : std::uint32_t { kLockA = 1, kLockB = 2, kCounter = 3, kPhaseOne = 4, kCheckpoint = 5, kCond = 6 };

void registerTasksAndNames(const SyntheticTraceSpec &spec, TraceBuilder &t)
{
    const auto add
        = [&t](std::uint32_t id, std::uint32_t parent, int tid, TaskKind kind, const QString &name) {
              TaskInfo info;
              info.id = id;
              info.parent = parent;
              info.pid = 4242;
              info.tid = tid;
              info.kind = kind;
              info.name = name;
              t.registerTask(info);
          };
    add(1, 0, 4242, TaskKind::Process, QStringLiteral("synthetic"));
    for (int i = 0; i < spec.threads; ++i)
        add(static_cast<std::uint32_t>(2 + i), 1, 4243 + i, TaskKind::Thread,
            QStringLiteral("worker %1").arg(i));
    add(static_cast<std::uint32_t>(2 + spec.threads), 2, 4243, TaskKind::Coroutine,
        QStringLiteral("coroutine ø"));
    const auto name = [&t](std::uint32_t id, NameKind kind, const QString &text) {
        t.registerName({ id, kind, text });
    };
    name(kLockA, NameKind::Lock, QStringLiteral("mutex A"));
    name(kLockB, NameKind::Lock, QStringLiteral("mutex B"));
    name(kCounter, NameKind::Variable, QStringLiteral("counter"));
    name(kPhaseOne, NameKind::Marker, QStringLiteral("phase 1"));
    name(kCheckpoint, NameKind::Marker, QStringLiteral("checkpoint"));
    name(kCond, NameKind::Condition, QStringLiteral("ready"));
}

void fillAnalysis(TraceBuilder &t)
{
    AnalysisResults &a = t.restoreAnalysis();
    a.deadlocks.push_back({ t.trace().endNs() / 2, { 2, 3 }, { kLockA, kLockB } });
    a.lockOrderWarnings.push_back({ { kLockA, kLockB }, { 2, 3 } });
    a.lostUpdates.push_back({ kCounter, 2, 1000, 7, 3, 2000, 7, 900 });
    LockStats s;
    s.lock = kLockA;
    s.acquisitions = 100;
    s.contended = 40;
    s.timeouts = 1;
    s.totalWaitNs = 123456;
    s.maxWaitNs = 9999;
    s.waitByTask = { { 2, 100000 }, { 3, 23456 } };
    a.locks[kLockA] = s;
}

} // namespace

void makeSyntheticTrace(const SyntheticTraceSpec &spec, Trace &t)
{
    TraceBuilder builder(t);
    builder.describeRun(QStringLiteral("synthetic"),
                        QJsonObject { { QStringLiteral("threads"), spec.threads },
                                      { QStringLiteral("label"), QStringLiteral("æøå") } },
                        0);
    builder.setResults(
        QJsonObject { { QStringLiteral("expected"), 1000 },
                      { QStringLiteral("actual"), QJsonArray { 1, 2.5, QStringLiteral("x") } } });
    builder.setSource(SchedulingSource::Kernel, QStringLiteral("synthetic: no kernel involved"));
    builder.setOrigin(1'000'000'000'000ull);
    builder.setLossCounters(3, 0, 0);
    registerTasksAndNames(spec, builder);

    std::mt19937 rng(spec.seed);
    const auto jitter = [&rng](std::uint64_t lo, std::uint64_t hi) {
        return std::uniform_int_distribution<std::uint64_t>(lo, hi)(rng);
    };
    std::vector<Event> events;
    events.reserve(spec.events + 16);
    std::uint64_t now = t.originNs() + 1000;
    const auto emit = [&](std::uint32_t task, std::uint16_t cpu, EventKind kind, std::uint64_t a = 0,
                          std::uint64_t b = 0) {
        now += jitter(50, 3000);
        events.push_back(Event { now, task, cpu, kind, a, b });
    };
    const std::uint32_t coroutine = static_cast<std::uint32_t>(2 + spec.threads);
    for (std::uint32_t task = 1; task <= coroutine; ++task)
        emit(task, 0, EventKind::TaskBegin, task == 1 ? 0 : 1);
    emit(1, 0, EventKind::PhaseBegin, 0, kPhaseOne);
    std::uint64_t counter = 0;
    for (std::size_t step = 0; events.size() < spec.events; ++step) {
        const auto task = static_cast<std::uint32_t>(2 + step % static_cast<std::size_t>(spec.threads));
        const auto cpu = static_cast<std::uint16_t>(jitter(0, static_cast<std::uint64_t>(spec.cpus - 1)));
        const std::uint32_t lock = (step % 3 == 0) ? kLockB : kLockA;
        emit(task, cpu, EventKind::SliceBegin);
        emit(task, cpu, EventKind::LockRequest, lock);
        now += jitter(0, 2) == 0 ? 5000 : 0; // sometimes contended: a wait span and a hand-over flow
        emit(task, cpu, EventKind::LockAcquired, lock);
        emit(task, cpu, EventKind::VarRead, kCounter, counter);
        emit(task, cpu, EventKind::VarWrite, kCounter, ++counter);
        // Every fifth step another thread waits for the lock meanwhile: a wait span and a hand-over flow.
        const auto waiter
            = static_cast<std::uint32_t>(2 + (step + 1) % static_cast<std::size_t>(spec.threads));
        const bool contended = step % 5 == 0 && waiter != task;
        const auto otherCpu = static_cast<std::uint16_t>((cpu + 1) % spec.cpus);
        if (contended) {
            emit(waiter, otherCpu, EventKind::SliceBegin);
            emit(waiter, otherCpu, EventKind::LockRequest, lock);
            emit(waiter, otherCpu, EventKind::SliceEnd, 0);
        }
        emit(task, cpu, EventKind::LockReleased, lock);
        if (contended) {
            emit(waiter, otherCpu, EventKind::SliceBegin);
            emit(waiter, otherCpu, EventKind::LockAcquired, lock);
            emit(waiter, otherCpu, EventKind::LockReleased, lock);
            emit(waiter, otherCpu, EventKind::SliceEnd, 1);
        }
        if (step % 16 == 0) {
            emit(task, cpu, EventKind::SleepBegin, 10000);
            emit(task, cpu, EventKind::SleepEnd);
        }
        if (step % 64 == 0) {
            emit(task, cpu, EventKind::Marker, kCheckpoint, step);
            emit(coroutine, cpu, EventKind::CoResume);
            emit(coroutine, cpu, EventKind::CoSuspend, 1000);
        }
        emit(task, cpu, EventKind::SliceEnd, step % 2);
    }
    emit(2, 0, EventKind::LockTimedOut, kLockA, 4000);
    for (std::uint32_t task = 2; task <= coroutine; ++task)
        emit(task, 0, EventKind::TaskEnd);
    emit(1, 0, EventKind::Exit, 0);
    emit(1, 0, EventKind::TaskEnd);

    builder.ingest(events);
    builder.finish(now + 1000);
    builder.setOutcome(RunOutcome::Completed, QStringLiteral("all good"));
    fillAnalysis(builder);
}

Trace syntheticTrace(std::size_t events)
{
    Trace trace;
    SyntheticTraceSpec spec;
    spec.events = events;
    makeSyntheticTrace(spec, trace);
    return trace;
}

} // namespace samtidig
