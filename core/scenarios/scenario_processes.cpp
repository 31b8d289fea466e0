// Processes run independently on the cores and do not share memory.
#include "scenarios/scenario_processes.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"

#include <QJsonArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

namespace samtidig {

namespace {
// The "global counter" each process increments: after fork every child has its own copy.
std::int64_t g_counter = 0;
// The report page: slots 0..63 each child's final counter, 64..127 the CPUs it ran on.
constexpr std::size_t kCpuSlots = 64;
} // namespace

ScenarioInfo ProcessesScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("processes");
    i.theme = ScenarioTheme::ProcessesAndThreads;
    i.name = tr("Processes on several cores");
    i.explanation = tr(
        "The runner forks several processes that each do the same CPU-bound work. Look at the core lanes: "
        "with more than one core, the processes run at the same time on different cores. Each process "
        "increments a global counter, but processes do not share memory: after fork every child has its own "
        "copy, so each child counts only its own increments and the parent's copy stays at 0. Compare with "
        "the threads scenario, where all threads share one counter.");
    i.params = {
        { QStringLiteral("processes"), tr("Processes"), ParamSpec::Type::Integer, 1, 64,
          static_cast<double>(onlineCpuCount(64)), QString(),
          tr("How many child processes to fork. The default is one per core of this machine.") },
        { QStringLiteral("work_ms"), tr("Work per process"), ParamSpec::Type::Integer, 10, 10000, 800,
          tr("ms"), tr("CPU time each process spends working.") },
        { QStringLiteral("increments"), tr("Increments per process"), ParamSpec::Type::Integer, 1, 1000000,
          1000, QString(), tr("How many times each process increments its counter.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("processes"));
        const double perTask = v.number(QStringLiteral("work_ms")) / 1000
            + v.number(QStringLiteral("increments")) * kCpuWorkCallSeconds; // one cpuWork() each
        return n * perTask / std::min(n, double(cores));
    };
    i.timeParams = { QStringLiteral("processes"), QStringLiteral("work_ms"), QStringLiteral("increments") };
    return i;
}

QJsonObject ProcessesScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("processes"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;
    const int increments = params.integer(QStringLiteral("increments"));

    // Children report their final copy through a small shared page, since they share nothing else.
    auto *report = static_cast<std::int64_t *>(
        mmap(nullptr, sizeof(std::int64_t) * 128, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    if (report == MAP_FAILED)
        return { { QStringLiteral("error"),
                   tr("Could not map the page the children report their counters through (mmap: %1).")
                       .arg(QString::fromLocal8Bit(std::strerror(errno))) } };
    std::memset(report, 0, sizeof(std::int64_t) * 128);
    const std::uint32_t counterName = Recorder::registerName(NameKind::Variable, tr("counter").toStdString());

    g_counter = 0;
    std::vector<pid_t> pids;
    QJsonArray errors;
    for (int p = 0; p < count; ++p) {
        QString error;
        const pid_t pid = context.forkTask(
            recordedName(RecordedWord::Process, p + 1),
            [&, p](std::uint32_t) {
                const std::uint64_t slice = workNs / static_cast<std::uint64_t>(increments);
                std::uint64_t cpusSeen = 0; // bit c: this child ran on CPU c (CPUs above 63 count as 63)
                for (int k = 0; k < increments; ++k) {
                    cpuWork(slice);
                    cpusSeen |= std::uint64_t { 1 } << std::clamp(sched_getcpu(), 0, 63);
                    ++g_counter;
                    if (k % (increments / 10 + 1) == 0 || k + 1 == increments)
                        Recorder::emit(EventKind::VarWrite, counterName,
                                       static_cast<std::uint64_t>(g_counter));
                }
                report[p] = g_counter;
                report[kCpuSlots + static_cast<std::size_t>(p)] = static_cast<std::int64_t>(cpusSeen);
                return 0;
            },
            &error);
        if (pid < 0)
            errors.append(error);
        else
            pids.push_back(pid);
    }
    QJsonArray childValues;
    QJsonArray exitStatuses;
    for (std::size_t k = 0; k < pids.size(); ++k)
        exitStatuses.append(context.waitTask(pids[k]));
    QJsonArray childCpus;
    for (std::size_t k = 0; k < pids.size(); ++k) {
        childValues.append(static_cast<qint64>(report[k]));
        QJsonArray cpus;
        const auto mask = static_cast<std::uint64_t>(report[kCpuSlots + k]);
        for (int cpu = 0; cpu < 64; ++cpu)
            if (mask & (std::uint64_t { 1 } << cpu))
                cpus.append(cpu);
        childCpus.append(cpus);
    }
    Recorder::emit(EventKind::VarRead, counterName, static_cast<std::uint64_t>(g_counter));
    munmap(report, sizeof(std::int64_t) * 128);

    QJsonObject r;
    r.insert(QStringLiteral("processes"), count);
    r.insert(QStringLiteral("parent_counter"), static_cast<qint64>(g_counter));
    r.insert(QStringLiteral("child_counters"), childValues);
    r.insert(QStringLiteral("child_cpus"), childCpus); // which CPUs ran each child
    r.insert(QStringLiteral("expected_per_child"), increments);
    r.insert(QStringLiteral("exit_statuses"), exitStatuses);
    if (!errors.isEmpty())
        r.insert(QStringLiteral("errors"), errors);
    return r;
}

} // namespace samtidig
