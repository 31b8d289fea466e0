#include "scenarios/scenario_spin.h"

#include "i18n/recorded_names.h"
#include "record/clock.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"

#include <QJsonArray>

#include <algorithm>
#include <sched.h>
#include <thread>
#include <vector>

namespace samtidig {

ScenarioInfo SpinScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("spin");
    i.theme = ScenarioTheme::More;
    i.name = tr("CPU-bound threads");
    i.explanation = tr(
        "Several threads that only compute. Unpinned, the kernel spreads them over the cores and the core "
        "lanes are full. Pinned to one core, they must share it: the core lane shows their slices one after "
        "another, and each thread's lane alternates between running and runnable (ready, but waiting for the "
        "core). Each thread's measured CPU time is in the results, so you can check the slices against it.");
    i.params = {
        { QStringLiteral("threads"), tr("Threads"), ParamSpec::Type::Integer, 1, 256, 4, QString(),
          tr("How many CPU-bound threads to start.") },
        { QStringLiteral("work_ms"), tr("Work per thread"), ParamSpec::Type::Integer, 10, 10000, 500,
          tr("ms"), tr("CPU time each thread spends working.") },
        { QStringLiteral("pin_cpu"), tr("Pin to core"), ParamSpec::Type::Integer, -1, 1023, -1, QString(),
          tr("Run every thread on this core only; -1 lets the kernel choose.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("threads"));
        const double onCores = v.number(QStringLiteral("pin_cpu")) >= 0 ? 1.0 : std::min(n, double(cores));
        return n * v.number(QStringLiteral("work_ms")) / onCores / 1000;
    };
    i.timeParams = { QStringLiteral("threads"), QStringLiteral("work_ms") };
    return i;
}

QJsonObject SpinScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("threads"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;
    const int pin = params.integer(QStringLiteral("pin_cpu"));
    if (pin >= context.cpuCount())
        return { { QStringLiteral("error"),
                   tr("Pin to core (pin_cpu) is %1, but this machine has only cores 0 to %2.")
                       .arg(pin)
                       .arg(context.cpuCount() - 1) } };

    std::vector<std::uint64_t> cpuTimes(static_cast<std::size_t>(count), 0);
    std::vector<std::uint32_t> taskIds(static_cast<std::size_t>(count), 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < count; ++t) {
        const std::string name = recordedName(RecordedWord::Worker, t + 1).toStdString();
        threads.emplace_back([&, t, name] {
            if (pin >= 0) {
                cpu_set_t set;
                CPU_ZERO(&set);
                CPU_SET(pin, &set);
                sched_setaffinity(0, sizeof(set), &set);
            }
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            taskIds[static_cast<std::size_t>(t)] = task.id();
            const std::uint64_t before = threadCpuNs();
            cpuWork(workNs);
            cpuTimes[static_cast<std::size_t>(t)] = threadCpuNs() - before;
        });
    }
    for (auto &th : threads)
        th.join();
    QJsonObject perTask;
    for (int t = 0; t < count; ++t)
        perTask.insert(QString::number(taskIds[static_cast<std::size_t>(t)]),
                       static_cast<qint64>(cpuTimes[static_cast<std::size_t>(t)]));
    QJsonObject r;
    r.insert(QStringLiteral("threads"), count);
    r.insert(QStringLiteral("pinned_cpu"), pin);
    // Measured with CLOCK_THREAD_CPUTIME_ID around the work, keyed by task id.
    r.insert(QStringLiteral("thread_cpu_ns"), perTask);
    return r;
}

} // namespace samtidig
