// Synchronization that waits for a condition, not only for a lock: producers and consumers around a
// bounded buffer.
#include "scenarios/scenario_producer_consumer.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_condition.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace samtidig {

namespace {

// Everything the threads share. Every field below the primitives is guarded by `mutex`.
struct BoundedBuffer {
    BoundedBuffer(std::size_t cap, const std::string &lockName, const std::string &notFullName,
                  const std::string &notEmptyName)
        : capacity(cap)
        , mutex(lockName)
        , notFull(notFullName)
        , notEmpty(notEmptyName)
    { }

    const std::size_t capacity;
    InstrumentedMutex mutex;
    InstrumentedCondition notFull;
    InstrumentedCondition notEmpty;
    std::deque<std::int64_t> items;
    std::int64_t total = 0; // items the producers make in all
    std::int64_t produced = 0;
    std::int64_t consumed = 0;
    std::int64_t producedSum = 0; // every item is a distinct number: equal sums mean none lost or doubled
    std::int64_t consumedSum = 0;
    std::int64_t producerWaits = 0; // a producer found the buffer full
    std::int64_t consumerWaits = 0; // a consumer found the buffer empty
    std::size_t maxFill = 0;
};

void produce(BoundedBuffer &b, std::int64_t item)
{
    std::unique_lock lock(b.mutex);
    if (b.items.size() >= b.capacity)
        ++b.producerWaits;
    b.notFull.wait(lock, [&] { return b.items.size() < b.capacity; });
    b.items.push_back(item);
    b.maxFill = std::max(b.maxFill, b.items.size());
    ++b.produced;
    b.producedSum += item;
    b.notEmpty.notify_one();
}

// Takes one item; false when every item has been taken and none will come.
bool consume(BoundedBuffer &b, std::int64_t *item)
{
    std::unique_lock lock(b.mutex);
    if (b.items.empty() && b.consumed < b.total)
        ++b.consumerWaits;
    b.notEmpty.wait(lock, [&] { return !b.items.empty() || b.consumed == b.total; });
    if (b.items.empty())
        return false;
    *item = b.items.front();
    b.items.pop_front();
    ++b.consumed;
    b.consumedSum += *item;
    b.notFull.notify_one();
    if (b.consumed == b.total)
        b.notEmpty.notify_all(); // the other consumers are waiting for items that will never come
    return true;
}

} // namespace

ScenarioInfo ProducerConsumerScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("producer-consumer");
    i.steppable = true;
    i.theme = ScenarioTheme::Synchronization;
    i.name = tr("Producers and consumers: a bounded buffer");
    i.explanation = tr(
        "Producer threads make items and put them into a buffer with room for only a few; consumer threads "
        "take them out and process them. A mutex protects the buffer, and two condition variables let a "
        "thread wait without using the CPU: a producer waits until the buffer is not full, a consumer until "
        "it is not empty. In the first half of the run the producers are faster, so the buffer fills up and "
        "the producer lanes show waits for the condition \"not full\". Halfway through, the producers slow "
        "down, and now the consumers wait for \"not empty\". After a wait a thread must also get the mutex "
        "back, which is why a short lock wait can follow the condition wait.");
    // Ranges keep a run under a minute even on one core: at most 400 items of at most 100 ms of CPU.
    i.params = {
        { QStringLiteral("producers"), tr("Producers"), ParamSpec::Type::Integer, 1, 8, 2, QString(),
          tr("How many threads make items.") },
        { QStringLiteral("consumers"), tr("Consumers"), ParamSpec::Type::Integer, 1, 16, 2, QString(),
          tr("How many threads take items out of the buffer.") },
        { QStringLiteral("capacity"), tr("Buffer capacity"), ParamSpec::Type::Integer, 1, 64, 4, QString(),
          tr("How many items fit in the buffer at once.") },
        { QStringLiteral("items"), tr("Items per producer"), ParamSpec::Type::Integer, 1, 50, 30, QString(),
          tr("How many items each producer makes.") },
        { QStringLiteral("produce_ms"), tr("Time to make an item"), ParamSpec::Type::Integer, 1, 20, 8,
          tr("ms"),
          tr("CPU time a producer needs per item in the first half; in the second half it needs four times "
             "as long.") },
        { QStringLiteral("consume_ms"), tr("Time to process an item"), ParamSpec::Type::Integer, 1, 20, 20,
          tr("ms"), tr("CPU time a consumer needs per item.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double producers = v.number(QStringLiteral("producers"));
        const double items = v.number(QStringLiteral("items"));
        const double perProducer = 2.5 * items * v.number(QStringLiteral("produce_ms")); // x1, then x4
        const double consuming = producers * items * v.number(QStringLiteral("consume_ms"));
        const double cpu = producers * perProducer + consuming;
        return std::max({ perProducer, consuming / v.number(QStringLiteral("consumers")), cpu / cores })
            / 1000;
    };
    i.timeParams = { QStringLiteral("producers"), QStringLiteral("items"), QStringLiteral("produce_ms"),
                     QStringLiteral("consume_ms") };
    return i;
}

QJsonObject ProducerConsumerScenario::run(const ParamValues &params, RunContext &context) const
{
    const int producers = params.integer(QStringLiteral("producers"));
    const int consumers = params.integer(QStringLiteral("consumers"));
    const int items = params.integer(QStringLiteral("items"));
    const auto produceNs
        = static_cast<std::uint64_t>(params.integer(QStringLiteral("produce_ms"))) * 1'000'000ull;
    const auto consumeNs
        = static_cast<std::uint64_t>(params.integer(QStringLiteral("consume_ms"))) * 1'000'000ull;

    BoundedBuffer buffer(static_cast<std::size_t>(params.integer(QStringLiteral("capacity"))),
                         tr("buffer lock").toStdString(), tr("not full").toStdString(),
                         tr("not empty").toStdString());
    buffer.total = static_cast<std::int64_t>(producers) * items;

    // Stepped, the producers are threads 1 to P and the consumers P + 1 onwards.
    StepGate::expectThreads(producers + consumers);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(producers) + static_cast<std::size_t>(consumers));
    for (int p = 0; p < producers; ++p) {
        threads.emplace_back([&, p, name = recordedName(RecordedWord::Producer, p + 1).toStdString()] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            const StepThread step(p + 1);
            for (int k = 0; k < items; ++k) {
                // Fast in the first half (the buffer fills), slow in the second (it runs dry).
                cpuWork(k < items / 2 ? produceNs : 4 * produceNs);
                produce(buffer, static_cast<std::int64_t>(p) * items + k + 1);
            }
        });
    }
    for (int c = 0; c < consumers; ++c) {
        threads.emplace_back([&, c, name = recordedName(RecordedWord::Consumer, c + 1).toStdString()] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            const StepThread step(producers + c + 1);
            std::int64_t item = 0;
            while (consume(buffer, &item))
                cpuWork(consumeNs);
        });
    }
    for (auto &th : threads)
        th.join();

    // Every thread has been joined: the buffer's fields need no lock any more.
    QJsonObject r;
    r.insert(QStringLiteral("producers"), producers);
    r.insert(QStringLiteral("consumers"), consumers);
    r.insert(QStringLiteral("capacity"), static_cast<qint64>(buffer.capacity));
    r.insert(QStringLiteral("items_produced"), static_cast<qint64>(buffer.produced));
    r.insert(QStringLiteral("items_consumed"), static_cast<qint64>(buffer.consumed));
    r.insert(QStringLiteral("items_expected"), static_cast<qint64>(buffer.total));
    // Every item carries a distinct number, so equal sums show nothing was lost or taken twice.
    r.insert(QStringLiteral("checksum_equal"), buffer.producedSum == buffer.consumedSum);
    r.insert(QStringLiteral("max_fill"), static_cast<qint64>(buffer.maxFill));
    r.insert(QStringLiteral("producer_waits"), static_cast<qint64>(buffer.producerWaits));
    r.insert(QStringLiteral("consumer_waits"), static_cast<qint64>(buffer.consumerWaits));
    r.insert(QStringLiteral("condition_waits"),
             static_cast<qint64>(buffer.notFull.waits() + buffer.notEmpty.waits()));
    r.insert(QStringLiteral("notifications"),
             static_cast<qint64>(buffer.notFull.notifies() + buffer.notEmpty.notifies()));
    return r;
}

} // namespace samtidig
