#include "support/scenario_ingest.h"

#include "record/recorder.h"
#include "sync/instrumented_mutex.h"
#include "sync/shared_variable.h"

#include <barrier>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace samtidig {

namespace {
// Records per round of the loop below: own lock taken and released (3), racy read and write (2).
constexpr int kRecordsPerRound = 5;
// Every this many rounds a thread takes the shared lock too: waits and hand-overs in the stream.
constexpr int kSharedLockEvery = 512;
} // namespace

ScenarioInfo IngestScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("ingest");
    i.theme = ScenarioTheme::More;
    // Not translated: hidden from the browser and `list`, used by benchmarks only.
    i.name = QStringLiteral("Ingest stream");
    i.explanation = QStringLiteral(
        "Threads record locks and a racy counter as fast as they can, then two of them deadlock.");
    i.params = {
        { QStringLiteral("threads"), QStringLiteral("Threads"), ParamSpec::Type::Integer, 2, 8, 2, QString(),
          QString() },
        { QStringLiteral("million_events"), QStringLiteral("Million events"), ParamSpec::Type::Integer, 1, 60,
          20, QString(), QString() },
    };
    i.mayHang = true;
    i.hidden = true;
    i.estimatedSeconds
        = [](const ParamValues &v, int) { return v.number(QStringLiteral("million_events")) / 10; };
    return i;
}

QJsonObject IngestScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("threads"));
    const std::int64_t rounds = std::int64_t { params.integer(QStringLiteral("million_events")) } * 1'000'000
        / (kRecordsPerRound * count);
    InstrumentedMutex shared("shared");
    InstrumentedMutex a("A");
    InstrumentedMutex b("B");
    RecordedCounter counter("racy counter");
    std::vector<std::unique_ptr<InstrumentedMutex>> own;
    own.reserve(static_cast<std::size_t>(count));
    for (int t = 0; t < count; ++t)
        own.push_back(std::make_unique<InstrumentedMutex>("own " + std::to_string(t + 1)));
    std::barrier bothHoldOne(2);

    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(count));
    for (int t = 0; t < count; ++t) {
        threads.emplace_back([&, t] {
            ScopedTask task(TaskKind::Thread, "writer " + std::to_string(t + 1), context.mainTask());
            InstrumentedMutex &mine = *own[static_cast<std::size_t>(t)];
            for (std::int64_t round = 0; round < rounds; ++round) {
                {
                    const std::lock_guard guard(mine);
                    if (round % kSharedLockEvery == 0) {
                        const std::lock_guard both(shared);
                    }
                }
                counter.write(counter.read() + 1); // a race: lost updates when threads interleave
            }
            if (t >= 2)
                return;
            // The first two end in a deadlock: each holds one lock and waits for the other's.
            InstrumentedMutex &first = t == 0 ? a : b;
            InstrumentedMutex &second = t == 0 ? b : a;
            first.lock();
            bothHoldOne.arrive_and_wait();
            second.lock();
        });
    }
    for (auto &th : threads)
        th.join();
    return {}; // never reached: the first two threads never return
}

} // namespace samtidig
