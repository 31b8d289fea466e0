// The standard cure for deadlock: every thread takes the locks in one global order.
#include "scenarios/scenario_lock_ordering.h"

#include "analysis/lock_order_graph.h"
#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <QJsonArray>

#include <algorithm>
#include <latch>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace samtidig {

namespace {

enum : std::uint32_t { kLockA = 1, kLockB = 2 };

// The order in which the threads really asked for the locks, kept as the analysis keeps it (held
// lock -> requested lock): the results show the edges and how many cycles they form.
class ObservedLockOrder
{
public:
    void request(std::uint32_t task, const std::vector<std::uint32_t> &held, std::uint32_t lock)
    {
        const std::lock_guard guard(m_mutex);
        m_cycles += static_cast<int>(m_graph.request(task, held, lock).size());
        for (const std::uint32_t h : held)
            m_edges.emplace(h, lock);
    }
    QJsonArray edges() const
    {
        const std::lock_guard guard(m_mutex);
        QJsonArray out;
        for (const auto &[from, to] : m_edges)
            out.append(QStringLiteral("%1 \u2192 %2").arg(name(from), name(to)));
        return out;
    }
    int cycles() const
    {
        const std::lock_guard guard(m_mutex);
        return m_cycles;
    }

private:
    static QString name(std::uint32_t lock)
    {
        return lock == kLockA ? QStringLiteral("A") : QStringLiteral("B");
    }

    mutable std::mutex m_mutex;
    LockOrderGraph m_graph;
    std::set<std::pair<std::uint32_t, std::uint32_t>> m_edges;
    int m_cycles = 0;
};

} // namespace

ScenarioInfo LockOrderingScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("lock-ordering");
    i.steppable = true;
    i.theme = ScenarioTheme::Deadlock;
    i.name = tr("Lock ordering: no deadlock");
    i.explanation = tr(
        "The two threads and the two locks of the deadlock scenario, with one rule added: every thread "
        "takes the locks in the same order, first A and then B. A thread that holds A can then only wait for "
        "B, whose holder never waits for A, so the waits can never form a cycle. The threads start at the "
        "same moment and one of them waits for A; look at the hand-over when it is released. The run "
        "finishes every time, and the lock-order analysis finds no cycle to warn about.");
    i.params = {
        { QStringLiteral("rounds"), tr("Rounds per thread"), ParamSpec::Type::Integer, 1, 100, 3, QString(),
          tr("How many times each thread takes both locks.") },
        { QStringLiteral("hold_ms"), tr("Work holding a lock"), ParamSpec::Type::Integer, 0, 5000, 100,
          tr("ms"), tr("CPU work a thread does after taking each lock.") },
        { QStringLiteral("work_ms"), tr("Work between rounds"), ParamSpec::Type::Integer, 0, 5000, 100,
          tr("ms"), tr("CPU work a thread does between rounds, holding no lock.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int) {
        // Both threads need A for both of their locked steps, so their rounds take turns.
        return v.number(QStringLiteral("rounds"))
            * (v.number(QStringLiteral("work_ms")) + 4 * v.number(QStringLiteral("hold_ms"))) / 1000;
    };
    i.timeParams = { QStringLiteral("rounds"), QStringLiteral("hold_ms"), QStringLiteral("work_ms") };
    return i;
}

QJsonObject LockOrderingScenario::run(const ParamValues &params, RunContext &context) const
{
    const int rounds = params.integer(QStringLiteral("rounds"));
    const auto holdNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("hold_ms"))) * 1'000'000u;
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000u;
    InstrumentedMutex a("A");
    InstrumentedMutex b("B");
    std::latch start(2); // both want A at the same moment, as both wanted their first lock before
    StepGate::expectThreads(2);
    int done[2] = { 0, 0 };
    ObservedLockOrder order;

    const auto body = [&](int index) {
        ScopedTask task(TaskKind::Thread, recordedName(RecordedWord::Thread, index + 1).toStdString(),
                        context.mainTask());
        const StepThread step(index + 1);
        start.arrive_and_wait();
        for (int round = 0; round < rounds; ++round) {
            if (round > 0 && workNs > 0)
                cpuWork(workNs);
            // The global order: A before B, in every thread.
            order.request(task.id(), {}, kLockA);
            const std::lock_guard first(a);
            if (holdNs > 0)
                cpuWork(holdNs);
            order.request(task.id(), { kLockA }, kLockB);
            const std::lock_guard second(b);
            if (holdNs > 0)
                cpuWork(holdNs);
            ++done[index];
        }
    };
    std::thread one(body, 0);
    std::thread two(body, 1);
    one.join();
    two.join();

    const LockWaitTotals waitsA = a.totals();
    const LockWaitTotals waitsB = b.totals();
    QJsonObject r;
    r.insert(QStringLiteral("rounds_completed"), QJsonArray { done[0], done[1] });
    r.insert(QStringLiteral("lock_waits"), static_cast<qint64>(waitsA.waits + waitsB.waits));
    r.insert(QStringLiteral("total_wait_ns"), static_cast<qint64>(waitsA.totalWaitNs + waitsB.totalWaitNs));
    // The point: the only order seen is A before B, so no cycle; and each thread got both locks in
    // every round (rounds_completed).
    r.insert(QStringLiteral("lock_order"), order.edges());
    r.insert(QStringLiteral("lock_order_cycles"), order.cycles());
    return r;
}

} // namespace samtidig
