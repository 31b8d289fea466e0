// Async is a way to get concurrency. `co_await loop.sleep()` (Python's
// `await asyncio.sleep()`) gives the other coroutines room to run on the same thread.
#include "scenarios/scenario_async.h"

#include "i18n/recorded_names.h"
#include "record/clock.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/event_loop.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>
#include <set>
#include <thread>
#include <unistd.h>

namespace samtidig {

namespace {

struct Job {
    int steps = 0;
    std::uint64_t workNs = 0;
    std::uint64_t sleepNs = 0;
};

// The kernel thread ids that ran coroutine steps: the results count them rather than assume one.
class StepThreads
{
public:
    void noteThisThread()
    {
        const std::lock_guard lock(m_mutex);
        m_tids.insert(gettid());
    }
    int count() const
    {
        const std::lock_guard lock(m_mutex);
        return static_cast<int>(m_tids.size());
    }

private:
    mutable std::mutex m_mutex;
    std::set<pid_t> m_tids;
};

// One job as a coroutine: compute a bit, then await a sleep, so the loop can run the others.
// Parameters by value: the frame outlives this call, references to temporaries would dangle.
Task asyncJob(EventLoop &loop, Job job, StepThreads &threads)
{
    for (int step = 0; step < job.steps; ++step) {
        threads.noteThisThread();
        cpuWork(job.workNs);
        co_await loop.sleep(std::chrono::nanoseconds(job.sleepNs));
    }
}

// The same job without async: the sleep blocks the thread, nobody else can use it meanwhile.
void blockingJob(const Job &job)
{
    for (int step = 0; step < job.steps; ++step) {
        cpuWork(job.workNs);
        recordedSleep(job.sleepNs);
    }
}

} // namespace

ScenarioInfo AsyncScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("async");
    i.theme = ScenarioTheme::Async;
    i.name = tr("Async and await: coroutines on one thread");
    i.explanation = tr(
        "One thread runs an event loop with several C++20 coroutines, the counterpart of async functions in "
        "Python. Each coroutine computes a little and then awaits a sleep; at every await it hands the "
        "thread back to the loop, which runs the next coroutine that is ready. In the first phase, look at "
        "the coroutine lanes under the event loop thread: they take turns, never two at the same moment, and "
        "while one computes the others are awaiting. That is concurrency on one thread without any extra "
        "threads. In the second phase the same jobs run one after another with ordinary blocking sleeps, "
        "and the thread mostly sleeps; the results compare the two total times.");
    i.notSteppableReason = tr(
        "its coroutines all run on one thread, the event loop's. A step stops a whole thread, so stopping "
        "one coroutine before its await would stop the loop and every other coroutine with it: they cannot "
        "be let go one at a time. Run it (F5) and watch them take turns at each await.");
    // Ranges keep a run under a minute: the blocking phase takes at most 16 x 10 x (50 + 200) ms.
    i.params = {
        { QStringLiteral("coroutines"), tr("Coroutines"), ParamSpec::Type::Integer, 1, 16, 4, QString(),
          tr("How many coroutines share the event loop's thread.") },
        { QStringLiteral("steps"), tr("Awaits per coroutine"), ParamSpec::Type::Integer, 1, 10, 5, QString(),
          tr("How many times each coroutine computes and then awaits a sleep.") },
        { QStringLiteral("work_ms"), tr("Work per step"), ParamSpec::Type::Integer, 1, 50, 20, tr("ms"),
          tr("CPU time a coroutine computes before each await.") },
        { QStringLiteral("sleep_ms"), tr("Sleep per step"), ParamSpec::Type::Integer, 1, 200, 60, tr("ms"),
          tr("How long each awaited sleep lasts.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int) {
        const double n = v.number(QStringLiteral("coroutines"));
        const double steps = v.number(QStringLiteral("steps"));
        const double work = v.number(QStringLiteral("work_ms"));
        const double step = work + v.number(QStringLiteral("sleep_ms"));
        // Async: the computing adds up on one thread, the sleeps overlap. Blocking: all in a row.
        return (std::max(n * steps * work, steps * step) + n * steps * step) / 1000;
    };
    i.timeParams = { QStringLiteral("coroutines"), QStringLiteral("steps"), QStringLiteral("work_ms"),
                     QStringLiteral("sleep_ms") };
    return i;
}

QJsonObject AsyncScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("coroutines"));
    Job job;
    job.steps = params.integer(QStringLiteral("steps"));
    job.workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;
    job.sleepNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("sleep_ms"))) * 1'000'000ull;

    std::uint64_t asyncNs = 0;
    std::uint64_t blockingNs = 0;
    std::uint64_t suspensions = 0;
    std::uint64_t idleNs = 0;
    StepThreads stepThreads;
    QString error;

    context.beginPhase(0, tr("Async: coroutines on one thread"));
    std::thread([&] {
        ScopedTask thread(TaskKind::Thread, tr("event loop thread").toStdString(), context.mainTask());
        EventLoop loop(thread.id());
        const std::uint64_t begin = monotonicNs();
        for (int c = 0; c < count; ++c)
            loop.spawn(recordedName(RecordedWord::Coroutine, c + 1).toStdString(),
                       asyncJob(loop, job, stepThreads));
        try {
            loop.run();
        } catch (const std::exception &e) {
            error = tr("A coroutine failed: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        asyncNs = monotonicNs() - begin;
        suspensions = loop.suspensions();
        idleNs = loop.idleNs();
    }).join();

    context.beginPhase(1, tr("Blocking: one job after another"));
    std::thread([&] {
        ScopedTask thread(TaskKind::Thread, tr("blocking thread").toStdString(), context.mainTask());
        const std::uint64_t begin = monotonicNs();
        for (int c = 0; c < count; ++c)
            blockingJob(job);
        blockingNs = monotonicNs() - begin;
    }).join();

    const double asyncMs = static_cast<double>(asyncNs) / 1e6;
    const double blockingMs = static_cast<double>(blockingNs) / 1e6;
    QJsonObject r;
    r.insert(QStringLiteral("coroutines"), count);
    // Threads that ran a coroutine step: one, the event loop's, however many coroutines.
    r.insert(QStringLiteral("threads_used"), stepThreads.count());
    r.insert(QStringLiteral("async_ms"), asyncMs);
    r.insert(QStringLiteral("blocking_ms"), blockingMs);
    // Below 1: async needed that fraction of the blocking time for the same work.
    r.insert(QStringLiteral("async_to_blocking_ratio"), blockingMs > 0 ? asyncMs / blockingMs : 0.0);
    r.insert(QStringLiteral("suspensions"), static_cast<qint64>(suspensions));
    r.insert(QStringLiteral("expected_suspensions"), count * job.steps);
    // While every coroutine was awaiting, the loop's thread had nothing to do and slept.
    r.insert(QStringLiteral("loop_idle_ms"), static_cast<double>(idleNs) / 1e6);
    if (!error.isEmpty())
        r.insert(QStringLiteral("error"), error);
    return r;
}

} // namespace samtidig
