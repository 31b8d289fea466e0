// Parallelism (several cores at the same time) versus concurrency (one core, switching between
// tasks so it looks almost parallel).
#include "scenarios/scenario_parallel_vs_concurrent.h"

#include "record/clock.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"

#include <QJsonArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <sched.h>
#include <set>
#include <thread>
#include <vector>

namespace samtidig {

namespace {

// Work is done in chunks so each thread can note which cores it ran on, for the results.
constexpr std::uint64_t kChunkNs = 20'000'000;

struct PhaseResult {
    std::uint64_t wallNs = 0;
    std::set<int> cpusSeen;
};

// The last core this process may run on: pinning there leaves core 0, which usually takes more
// interrupts, to the rest of the machine.
int lastAllowedCpu(const cpu_set_t &allowed)
{
    for (int cpu = CPU_SETSIZE - 1; cpu >= 0; --cpu)
        if (CPU_ISSET(cpu, &allowed))
            return cpu;
    return 0;
}

QJsonArray toJson(const std::set<int> &cpus)
{
    QJsonArray a;
    for (int cpu : cpus)
        a.append(cpu);
    return a;
}

} // namespace

ScenarioInfo ParallelVsConcurrentScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("parallel-vs-concurrent");
    i.theme = ScenarioTheme::ParallelismAndConcurrency;
    i.name = tr("Parallelism versus concurrency");
    i.explanation = tr(
        "The same CPU-bound tasks run twice, one thread each. In the first phase the kernel may spread them "
        "over all cores: that is parallelism, and the core lanes are busy at the same time. In the second "
        "phase every thread is pinned to one core: that is concurrency, and the single core lane shows short "
        "slices of one task after another, while each task lane switches between running and waiting for "
        "the core. Only one piece of code runs at any moment, but the switches are so fast that it looks "
        "almost parallel. The results compare the two wall times: the speedup is close to the number of "
        "cores when there are at least as many tasks as cores.");
    // Ranges keep a run under a minute even on one core: 2 phases x 64 tasks x 400 ms at most.
    i.params = {
        { QStringLiteral("tasks"), tr("Tasks"), ParamSpec::Type::Integer, 1, 64,
          static_cast<double>(std::min(64, 2 * onlineCpuCount(64))), QString(),
          tr("How many CPU-bound threads run in each phase. The default is two per core of this machine.") },
        { QStringLiteral("work_ms"), tr("Work per task"), ParamSpec::Type::Integer, 10, 400, 250, tr("ms"),
          tr("CPU time each task needs; the same in both phases.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("tasks"));
        const double work = n * v.number(QStringLiteral("work_ms"));
        return (work / std::min(n, double(cores)) + work) / 1000; // spread, then on one core
    };
    i.timeParams = { QStringLiteral("tasks"), QStringLiteral("work_ms") };
    return i;
}

QJsonObject ParallelVsConcurrentScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("tasks"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;

    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        return { { QStringLiteral("error"),
                   tr("Could not read which cores this process may use (sched_getaffinity): %1")
                       .arg(QString::fromLocal8Bit(std::strerror(errno))) } };
    const int pinnedCpu = lastAllowedCpu(allowed);

    const auto runPhase = [&](bool pinned) {
        PhaseResult result;
        std::mutex seenMutex;
        std::vector<std::thread> threads;
        threads.reserve(static_cast<std::size_t>(count));
        const std::uint64_t begin = monotonicNs();
        for (int t = 0; t < count; ++t) {
            const QString name
                = pinned ? tr("task %1 (one core)").arg(t + 1) : tr("task %1 (all cores)").arg(t + 1);
            threads.emplace_back([&, name = name.toStdString()] {
                ScopedTask task(TaskKind::Thread, name, context.mainTask());
                std::set<int> seen;
                for (std::uint64_t done = 0; done < workNs; done += kChunkNs) {
                    cpuWork(std::min<std::uint64_t>(kChunkNs, workNs - done));
                    seen.insert(sched_getcpu());
                }
                const std::lock_guard guard(seenMutex);
                result.cpusSeen.insert(seen.begin(), seen.end());
            });
        }
        for (auto &th : threads)
            th.join();
        result.wallNs = monotonicNs() - begin;
        return result;
    };

    context.beginPhase(0, tr("Parallel: all cores"));
    const PhaseResult parallel = runPhase(false);

    // Threads inherit the affinity of the thread that creates them, so pinning the main thread
    // first means every task is on the one core from its first instruction. Pinned before the phase
    // begins, so that nothing of this phase runs anywhere else, not even the main thread.
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(pinnedCpu, &one);
    if (sched_setaffinity(0, sizeof(one), &one) != 0)
        return { { QStringLiteral("error"),
                   tr("Could not pin the process to core %1 (sched_setaffinity): %2")
                       .arg(pinnedCpu)
                       .arg(QString::fromLocal8Bit(std::strerror(errno))) } };
    context.beginPhase(1, tr("Concurrent: one core"));
    const PhaseResult oneCore = runPhase(true);
    sched_setaffinity(0, sizeof(allowed), &allowed);

    const double parallelMs = static_cast<double>(parallel.wallNs) / 1e6;
    const double oneCoreMs = static_cast<double>(oneCore.wallNs) / 1e6;
    QJsonObject r;
    r.insert(QStringLiteral("cpu_count"), context.cpuCount());
    r.insert(QStringLiteral("tasks"), count);
    r.insert(QStringLiteral("work_ms"), params.integer(QStringLiteral("work_ms")));
    r.insert(QStringLiteral("wall_parallel_ms"), parallelMs);
    r.insert(QStringLiteral("wall_one_core_ms"), oneCoreMs);
    // How many times faster the parallel phase was: about min(tasks, cores) on an idle machine.
    r.insert(QStringLiteral("speedup"), parallelMs > 0 ? oneCoreMs / parallelMs : 0.0);
    r.insert(QStringLiteral("pinned_core"), pinnedCpu);
    r.insert(QStringLiteral("cores_used_parallel"), toJson(parallel.cpusSeen));
    r.insert(QStringLiteral("cores_used_one_core"), toJson(oneCore.cpusSeen));
    return r;
}

} // namespace samtidig
