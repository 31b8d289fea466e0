// Synchronization with a mutex: one thread at a time in the critical section; the others wait until
// it is released.
#include "scenarios/scenario_mutex.h"

#include "i18n/recorded_names.h"
#include "scenarios/counter_scenario.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_mutex.h"
#include "sync/shared_variable.h"

#include <algorithm>
#include <mutex>

namespace samtidig {

ScenarioInfo MutexScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("mutex");
    i.steppable = true;
    i.theme = ScenarioTheme::Synchronization;
    i.name = tr("Mutex: no lost updates");
    i.explanation = tr(
        "The same threads and the same shared counter as in the race condition scenario, but now each "
        "thread locks a mutex before it reads the counter and releases it after it has written the new "
        "value. Only one thread at a time can hold the mutex, so no other thread can write between the "
        "read and the write, and no update is lost. The price is waiting: look for the lock waits in the "
        "thread lanes, the thread that held the lock meanwhile, and the hand-over when it is released. "
        "The results show an exact count together with how often and how long threads waited.");
    i.params = CounterParams::all(
        tr("CPU work a thread does after reading the counter and before writing it back, "
           "while it holds the mutex."),
        tr("CPU work a thread does between two increments, without holding the mutex."));
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("threads"));
        const double increments = n * v.number(QStringLiteral("increments"));
        const double window = v.number(QStringLiteral("window_us"));
        // The windows run one at a time (inside the mutex); the rest spreads over the cores. An
        // increment's own cost (lock, read, write, unlock and their records) is about 1.7 µs one at a
        // time, 3.4 µs of CPU (256 threads x 1000 increments with no waits: 0.43 s on 2 cores).
        return std::max(increments * (window + 1.7),
                        increments * (window + v.number(QStringLiteral("work_us")) + 3.4)
                            / std::min(n, double(cores)))
            / 1e6;
    };
    i.timeParams = { QStringLiteral("threads"), QStringLiteral("increments"), QStringLiteral("window_us"),
                     QStringLiteral("work_us") };
    return i;
}

QJsonObject MutexScenario::run(const ParamValues &params, RunContext &context) const
{
    const CounterRun run = CounterRun::from(params);
    RecordedCounter counter(tr("shared counter").toStdString());
    InstrumentedMutex mutex(recordedName(RecordedFixed::CounterLock).toStdString());
    run.runThreads(context, [&] {
        const std::lock_guard guard(mutex);
        const std::int64_t seen = counter.read();
        if (run.windowNs > 0)
            cpuWork(run.windowNs);
        counter.write(seen + 1);
    });
    const LockWaitTotals waits = mutex.totals();
    QJsonObject r = run.results(counter.peek());
    r.insert(QStringLiteral("lock_acquisitions"), static_cast<qint64>(waits.acquisitions));
    r.insert(QStringLiteral("lock_waits"), static_cast<qint64>(waits.waits));
    r.insert(QStringLiteral("total_wait_ns"), static_cast<qint64>(waits.totalWaitNs));
    r.insert(QStringLiteral("max_wait_ns"), static_cast<qint64>(waits.maxWaitNs));
    return r;
}

} // namespace samtidig
