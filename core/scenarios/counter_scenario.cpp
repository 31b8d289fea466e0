#include "scenarios/counter_scenario.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "scenarios/scenario.h"
#include "sync/cpu_work.h"
#include "sync/step_gate.h"

#include <algorithm>
#include <latch>
#include <string>
#include <thread>

namespace samtidig {

std::vector<ParamSpec> CounterParams::all(const QString &windowHelp, const QString &workHelp)
{
    return {
        { QStringLiteral("threads"), tr("Threads"), ParamSpec::Type::Integer, 2, 256,
          static_cast<double>(std::max(2, onlineCpuCount(256))), QString(),
          tr("How many threads increment the counter. The default is one per core, and at least two.") },
        { QStringLiteral("increments"), tr("Increments per thread"), ParamSpec::Type::Integer, 1, 1000, 100,
          QString(), tr("How many times each thread adds one to the shared counter.") },
        { QStringLiteral("window_us"), tr("Time between read and write"), ParamSpec::Type::Integer, 0, 10000,
          2000, tr("µs"), windowHelp },
        { QStringLiteral("work_us"), tr("Work between increments"), ParamSpec::Type::Integer, 0, 50000, 8000,
          tr("µs"), workHelp },
    };
}

CounterRun CounterRun::from(const ParamValues &params)
{
    CounterRun run;
    run.threads = params.integer(QStringLiteral("threads"));
    run.increments = params.integer(QStringLiteral("increments"));
    run.windowNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("window_us"))) * 1000u;
    run.workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_us"))) * 1000u;
    return run;
}

void CounterRun::runThreads(RunContext &context, const std::function<void()> &increment) const
{
    // Everybody starts incrementing at the same moment, so the threads overlap from the first step.
    std::latch start(threads);
    StepGate::expectThreads(threads);
    std::vector<std::thread> running;
    running.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        const std::string name = recordedName(RecordedWord::Thread, t + 1).toStdString();
        running.emplace_back([&, name, t] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            const StepThread step(t + 1);
            start.arrive_and_wait();
            for (int k = 0; k < increments; ++k) {
                if (workNs > 0)
                    cpuWork(workNs);
                increment();
            }
        });
    }
    for (auto &th : running)
        th.join();
}

QJsonObject CounterRun::results(std::int64_t actual) const
{
    const qint64 expected = static_cast<qint64>(threads) * increments;
    QJsonObject r;
    r.insert(QStringLiteral("threads"), threads);
    r.insert(QStringLiteral("increments_per_thread"), increments);
    r.insert(QStringLiteral("expected"), expected);
    r.insert(QStringLiteral("actual"), static_cast<qint64>(actual));
    r.insert(QStringLiteral("lost"), expected - static_cast<qint64>(actual));
    return r;
}

} // namespace samtidig
