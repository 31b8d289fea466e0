// A read-write lock: readers go in together, a writer only alone.
#include "scenarios/scenario_rwlock.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_rwlock.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <thread>
#include <vector>

namespace samtidig {

namespace {

// A writer updates the rows one by one; a reader checks that all rows show the same version. With
// the lock working, a reader can never see a half-written table.
struct Table {
    std::array<std::int64_t, 8> rows {};
};

constexpr std::uint64_t kWriterPauseNs = 120'000'000; // between two writes
constexpr int kThinkMinMs = 20; // a reader's pause between reads, randomised
constexpr int kThinkMaxMs = 50;

} // namespace

ScenarioInfo RwLockScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("rwlock");
    i.theme = ScenarioTheme::Synchronization;
    i.name = tr("Reader-writer lock");
    i.explanation = tr(
        "Several reader threads and a writer share a table protected by a reader-writer lock. Readers only "
        "look at the table, so they may hold the lock at the same time: in the lock rows of the reader "
        "lanes, the held spans overlap. A writer changes the table, so it must hold the lock alone: while "
        "it writes, no reader is inside, and it has to wait until every reader has left. On Linux the "
        "standard library lets new readers in even while a writer waits, so with many busy readers a writer "
        "can wait for a long time. The results count the most readers inside at once and check that no "
        "reader ever saw a half-written table.");
    // Ranges keep a run under a minute even on one core: at most 16 x 40 x 30 ms of reading plus
    // 4 x 20 x (30 + 120) ms of writing.
    i.params = {
        { QStringLiteral("readers"), tr("Readers"), ParamSpec::Type::Integer, 1, 16, 4, QString(),
          tr("How many threads read the table.") },
        { QStringLiteral("writers"), tr("Writers"), ParamSpec::Type::Integer, 0, 4, 1, QString(),
          tr("How many threads change the table.") },
        { QStringLiteral("reads"), tr("Reads per reader"), ParamSpec::Type::Integer, 1, 40, 25, QString(),
          tr("How many times each reader reads the table.") },
        { QStringLiteral("writes"), tr("Writes per writer"), ParamSpec::Type::Integer, 1, 20, 8, QString(),
          tr("How many times each writer changes the table.") },
        { QStringLiteral("read_ms"), tr("Time to read"), ParamSpec::Type::Integer, 1, 30, 10, tr("ms"),
          tr("CPU time a reader spends inside the lock per read.") },
        { QStringLiteral("write_ms"), tr("Time to write"), ParamSpec::Type::Integer, 1, 30, 20, tr("ms"),
          tr("CPU time a writer spends inside the lock per write.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double reads = v.number(QStringLiteral("reads"));
        const double read = v.number(QStringLiteral("read_ms"));
        const double writes = v.number(QStringLiteral("writes"));
        const double write = v.number(QStringLiteral("write_ms"));
        const double perReader = reads * ((kThinkMinMs + kThinkMaxMs) / 2.0 + read);
        const double perWriter = v.number(QStringLiteral("writers")) > 0 // no writers: no writes
            ? writes * (static_cast<double>(kWriterPauseNs) / 1e6 + write)
            : 0;
        const double cpu = v.number(QStringLiteral("readers")) * reads * read
            + v.number(QStringLiteral("writers")) * writes * write;
        return std::max({ perReader, perWriter, cpu / cores }) / 1000;
    };
    i.timeParams = { QStringLiteral("readers"), QStringLiteral("reads"), QStringLiteral("read_ms"),
                     QStringLiteral("writes"), QStringLiteral("write_ms") };
    return i;
}

QJsonObject RwLockScenario::run(const ParamValues &params, RunContext &context) const
{
    const int readers = params.integer(QStringLiteral("readers"));
    const int writers = params.integer(QStringLiteral("writers"));
    const int reads = params.integer(QStringLiteral("reads"));
    const int writes = params.integer(QStringLiteral("writes"));
    const auto readNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("read_ms"))) * 1'000'000ull;
    const auto writeNs
        = static_cast<std::uint64_t>(params.integer(QStringLiteral("write_ms"))) * 1'000'000ull;

    InstrumentedRwLock lock(recordedName(RecordedFixed::Table).toStdString());
    Table table;
    std::atomic<std::int64_t> tornReads { 0 };

    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(readers) + static_cast<std::size_t>(writers));
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, name = recordedName(RecordedWord::Writer, w + 1).toStdString()] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            for (int k = 0; k < writes; ++k) {
                recordedSleep(kWriterPauseNs);
                const std::unique_lock guard(lock);
                const std::int64_t version = table.rows[0] + 1;
                for (std::int64_t &row : table.rows) {
                    row = version;
                    cpuWork(writeNs / table.rows.size());
                }
            }
        });
    }
    for (int r = 0; r < readers; ++r) {
        threads.emplace_back([&, r, name = recordedName(RecordedWord::Reader, r + 1).toStdString()] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            std::minstd_rand random(static_cast<unsigned>(r) * 7919u + 17u);
            std::uniform_int_distribution<int> thinkMs(kThinkMinMs, kThinkMaxMs);
            for (int k = 0; k < reads; ++k) {
                recordedSleep(static_cast<std::uint64_t>(thinkMs(random)) * 1'000'000ull);
                const std::shared_lock guard(lock);
                const std::int64_t first = table.rows[0];
                cpuWork(readNs);
                for (std::int64_t row : table.rows)
                    if (row != first)
                        tornReads.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    for (auto &th : threads)
        th.join();

    QJsonObject r;
    r.insert(QStringLiteral("readers"), readers);
    r.insert(QStringLiteral("writers"), writers);
    r.insert(QStringLiteral("reads"), static_cast<qint64>(lock.reads()));
    r.insert(QStringLiteral("writes"), static_cast<qint64>(lock.writes()));
    // More than 1: readers really were inside together.
    r.insert(QStringLiteral("max_concurrent_readers"), lock.maxReaders());
    r.insert(QStringLiteral("writer_waits"), static_cast<qint64>(lock.writerWaits()));
    r.insert(QStringLiteral("writer_wait_ms"), static_cast<double>(lock.writerWaitNs()) / 1e6);
    r.insert(QStringLiteral("reader_waits"), static_cast<qint64>(lock.readerWaits()));
    // Both 0 when the lock works: nobody inside with a writer, no half-written table seen.
    r.insert(QStringLiteral("exclusion_violations"), static_cast<qint64>(lock.exclusionViolations()));
    r.insert(QStringLiteral("torn_reads"), static_cast<qint64>(tornReads.load()));
    return r;
}

} // namespace samtidig
