// Threads run in parallel inside one process and share its memory.
#include "scenarios/scenario_threads.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"

#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <latch>
#include <thread>
#include <vector>

namespace samtidig {

ScenarioInfo ThreadsScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("threads");
    i.theme = ScenarioTheme::ProcessesAndThreads;
    i.name = tr("Threads sharing memory");
    i.explanation = tr(
        "One process starts several threads; the main thread works too and has its own lane. All of them "
        "belong to the same process, run in parallel on the cores and share its memory. Each thread adds to "
        "one shared counter (an atomic increment, so no update is lost), and at the end every thread sees "
        "the same total. Compare with the processes scenario, where every process has its own copy, and "
        "with the race condition scenario, where the increments are not atomic.");
    i.params = {
        { QStringLiteral("threads"), tr("Threads"), ParamSpec::Type::Integer, 1, 256,
          static_cast<double>(onlineCpuCount(256)), QString(),
          tr("How many threads to start besides the main thread. The default is one per core.") },
        { QStringLiteral("work_ms"), tr("Work per thread"), ParamSpec::Type::Integer, 10, 10000, 800,
          tr("ms"), tr("CPU time each thread spends working.") },
        { QStringLiteral("increments"), tr("Increments per thread"), ParamSpec::Type::Integer, 1, 1000000,
          1000, QString(), tr("How many times each thread adds one to the shared counter.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("threads")) + 1; // the main thread works too
        const double perTask = v.number(QStringLiteral("work_ms")) / 1000
            + v.number(QStringLiteral("increments")) * kCpuWorkCallSeconds; // one cpuWork() each
        return n * perTask / std::min(n, double(cores));
    };
    i.timeParams = { QStringLiteral("threads"), QStringLiteral("work_ms"), QStringLiteral("increments") };
    return i;
}

QJsonObject ThreadsScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("threads"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;
    const int increments = params.integer(QStringLiteral("increments"));
    const std::uint32_t counterName
        = Recorder::registerName(NameKind::Variable, tr("shared counter").toStdString());
    std::atomic<std::int64_t> counter { 0 };

    const auto body = [&] {
        const std::uint64_t slice = workNs / static_cast<std::uint64_t>(increments);
        for (int k = 0; k < increments; ++k) {
            cpuWork(slice);
            const std::int64_t now = counter.fetch_add(1, std::memory_order_relaxed) + 1;
            if (k % (increments / 10 + 1) == 0 || k + 1 == increments)
                Recorder::emit(EventKind::VarWrite, counterName, static_cast<std::uint64_t>(now));
        }
    };

    std::vector<std::thread> threads;
    std::vector<std::int64_t> seen(static_cast<std::size_t>(count), 0);
    threads.reserve(static_cast<std::size_t>(count));
    // Everybody, the main thread too, finishes before any thread reads the one shared total. A latch
    // blocks the early finishers in the kernel; a yield loop here made thousands of context switches a
    // second (each one a switch record, and the kernel's buffer overflowed under a sanitizer's load).
    std::latch done(count + 1);
    for (int t = 0; t < count; ++t) {
        const std::string name = recordedName(RecordedWord::Thread, t + 1).toStdString();
        threads.emplace_back([&, t, name] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            body();
            done.arrive_and_wait();
            seen[static_cast<std::size_t>(t)] = counter.load();
            Recorder::emit(EventKind::VarRead, counterName,
                           static_cast<std::uint64_t>(seen[static_cast<std::size_t>(t)]));
        });
    }
    body(); // the main thread works too, in its own lane
    done.count_down();
    for (auto &th : threads)
        th.join();
    const std::int64_t total = counter.load();
    Recorder::emit(EventKind::VarRead, counterName, static_cast<std::uint64_t>(total));

    QJsonArray seenArray;
    for (std::int64_t v : seen)
        seenArray.append(static_cast<qint64>(v));
    QJsonObject r;
    r.insert(QStringLiteral("threads"), count);
    r.insert(QStringLiteral("shared_counter"), static_cast<qint64>(total));
    r.insert(QStringLiteral("expected"), static_cast<qint64>(count + 1) * increments);
    r.insert(QStringLiteral("seen_by_each_thread"), seenArray);
    return r;
}

} // namespace samtidig
