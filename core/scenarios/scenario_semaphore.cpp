// A semaphore generalises the mutex from "one at a time" to "K at a time".
#include "scenarios/scenario_semaphore.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_semaphore.h"
#include "sync/step_gate.h"

#include <algorithm>
#include <latch>
#include <thread>
#include <vector>

namespace samtidig {

namespace {
// A worker's pause between two uses of the pool, so the others get a chance at the permit.
constexpr std::uint64_t kPauseNs = 10'000'000;
} // namespace

ScenarioInfo SemaphoreScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("semaphore");
    i.steppable = true;
    i.theme = ScenarioTheme::Synchronization;
    i.name = tr("Semaphore: at most K at a time");
    i.explanation = tr(
        "A semaphore is a counter of permits: a thread takes a permit before it uses a shared resource and "
        "gives it back afterwards, and when no permit is left it waits. Here several workers want to use a "
        "pool that only K of them may use at the same time, like a limited number of database connections. "
        "In the chart, at most K worker lanes hold the semaphore at any moment and the others wait for it; "
        "each time one worker gives its permit back, a waiting worker gets it. A mutex is the special case "
        "K = 1. The results show the most holders seen at once, which is never more than K.");
    // Ranges keep a run under a minute: with K = 1 at most 32 x 10 x 150 ms one after another.
    i.params = {
        { QStringLiteral("workers"), tr("Workers"), ParamSpec::Type::Integer, 1, 32, 6, QString(),
          tr("How many threads want to use the pool.") },
        { QStringLiteral("permits"), tr("Permits (K)"), ParamSpec::Type::Integer, 1, 32, 2, QString(),
          tr("How many workers may use the pool at the same time.") },
        { QStringLiteral("rounds"), tr("Uses per worker"), ParamSpec::Type::Integer, 1, 10, 4, QString(),
          tr("How many times each worker uses the pool.") },
        { QStringLiteral("work_ms"), tr("Time per use"), ParamSpec::Type::Integer, 1, 150, 80, tr("ms"),
          tr("CPU time a worker spends while it holds a permit.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double rounds = v.number(QStringLiteral("rounds"));
        const double atOnce = std::min(
            { v.number(QStringLiteral("permits")), v.number(QStringLiteral("workers")), double(cores) });
        return (v.number(QStringLiteral("workers")) * rounds * v.number(QStringLiteral("work_ms")) / atOnce
                + rounds * static_cast<double>(kPauseNs) / 1e6)
            / 1000;
    };
    i.timeParams = { QStringLiteral("workers"), QStringLiteral("rounds"), QStringLiteral("work_ms") };
    return i;
}

QJsonObject SemaphoreScenario::run(const ParamValues &params, RunContext &context) const
{
    const int workers = params.integer(QStringLiteral("workers"));
    const int permits = params.integer(QStringLiteral("permits"));
    const int rounds = params.integer(QStringLiteral("rounds"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;

    InstrumentedSemaphore pool(tr("pool").toStdString(), permits);
    std::latch start(workers); // everybody asks at once, so the limit is reached at the first round
    StepGate::expectThreads(workers);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w, name = recordedName(RecordedWord::Worker, w + 1).toStdString()] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            const StepThread step(w + 1);
            start.arrive_and_wait();
            for (int k = 0; k < rounds; ++k) {
                {
                    const SemaphorePermit permit(pool);
                    cpuWork(workNs);
                }
                recordedSleep(kPauseNs);
            }
        });
    }
    for (auto &th : threads)
        th.join();

    QJsonObject r;
    r.insert(QStringLiteral("workers"), workers);
    r.insert(QStringLiteral("permits"), permits);
    // Equal to permits when there were more workers than permits; never above.
    r.insert(QStringLiteral("max_concurrent_holders"), pool.maxHolders());
    r.insert(QStringLiteral("acquisitions"), static_cast<qint64>(pool.acquisitions()));
    r.insert(QStringLiteral("waits"), static_cast<qint64>(pool.waits()));
    r.insert(QStringLiteral("total_wait_ms"), static_cast<double>(pool.totalWaitNs()) / 1e6);
    return r;
}

} // namespace samtidig
