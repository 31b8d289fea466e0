// Deadlock with five threads: the dining philosophers, each holding one fork and waiting for the
// next, in a ring.
#include "scenarios/scenario_philosophers.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <QJsonArray>

#include <algorithm>
#include <barrier>
#include <cmath>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace samtidig {

ScenarioInfo PhilosophersScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("philosophers");
    i.steppable = true;
    i.theme = ScenarioTheme::Deadlock;
    i.name = tr("Dining philosophers");
    i.explanation = tr(
        "Philosophers sit around a table with one fork between each pair of neighbours. To eat, a "
        "philosopher locks the fork on the left and then the one on the right; between meals they think. "
        "In the first round every philosopher picks up the left fork at the same moment, so each one holds "
        "a fork and waits for the right neighbour to release the next one. The waits form a ring and "
        "nobody can ever eat: a deadlock with as many threads as philosophers. The detector draws the "
        "ring; the run hangs until you stop it.");
    i.params = {
        { QStringLiteral("philosophers"), tr("Philosophers"), ParamSpec::Type::Integer, 2, 32, 5, QString(),
          tr("How many philosophers, and so how many forks, sit around the table.") },
        { QStringLiteral("meals"), tr("Meals per philosopher"), ParamSpec::Type::Integer, 1, 100, 3,
          QString(), tr("How many times each philosopher wants to eat.") },
        { QStringLiteral("think_ms"), tr("Thinking time"), ParamSpec::Type::Integer, 0, 2000, 200, tr("ms"),
          tr("How long a philosopher sleeps between meals, varied at random by up to half.") },
        { QStringLiteral("eat_ms"), tr("Eating time"), ParamSpec::Type::Integer, 0, 2000, 150, tr("ms"),
          tr("CPU work a philosopher does while holding both forks.") },
        { QStringLiteral("force_deadlock"), tr("Force the deadlock"), ParamSpec::Type::Boolean, 0, 1, 1,
          QString(),
          tr("Everybody takes the left fork at the same moment in the first round, so the deadlock happens "
             "in every run. Turn it off to let the timing decide.") },
    };
    i.mayHang = true;
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double think = 1.5 * v.number(QStringLiteral("think_ms")); // the longest random pause
        if (v.flag(QStringLiteral("force_deadlock")))
            return think / 1000; // hangs in the first round
        // At most every other philosopher eats at a time, and no more than there are cores.
        const double n = v.number(QStringLiteral("philosophers"));
        const double eating = std::max(1.0, std::min(double(cores), std::floor(n / 2)));
        return v.number(QStringLiteral("meals")) * (think + n * v.number(QStringLiteral("eat_ms")) / eating)
            / 1000;
    };
    i.timeParams = { QStringLiteral("philosophers"), QStringLiteral("meals"), QStringLiteral("think_ms"),
                     QStringLiteral("eat_ms") };
    return i;
}

QJsonObject PhilosophersScenario::run(const ParamValues &params, RunContext &context) const
{
    const int count = params.integer(QStringLiteral("philosophers"));
    const int meals = params.integer(QStringLiteral("meals"));
    const auto thinkNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("think_ms"))) * 1'000'000u;
    const auto eatNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("eat_ms"))) * 1'000'000u;
    const bool force = params.flag(QStringLiteral("force_deadlock"));

    std::vector<std::unique_ptr<InstrumentedMutex>> forks;
    forks.reserve(static_cast<std::size_t>(count));
    for (int f = 0; f < count; ++f)
        forks.push_back(
            std::make_unique<InstrumentedMutex>(recordedName(RecordedWord::Fork, f + 1).toStdString()));
    // Completes only when every philosopher holds a left fork; then all reach for the right one.
    std::barrier allHoldLeft(count);
    StepGate::expectThreads(count);
    std::vector<int> eaten(static_cast<std::size_t>(count), 0);
    // Who eats right now, checked by each philosopher as it starts to eat: two neighbours share a
    // fork, so they can never eat at the same time, and at most half the table eats at once.
    std::mutex table;
    std::vector<bool> eating(static_cast<std::size_t>(count), false);
    int eatingNow = 0;
    int mostEatingAtOnce = 0;
    int neighboursTogether = 0;

    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(count));
    for (int p = 0; p < count; ++p) {
        const std::string name = recordedName(RecordedWord::Philosopher, p + 1).toStdString();
        threads.emplace_back([&, p, name] {
            ScopedTask task(TaskKind::Thread, name, context.mainTask());
            const StepThread step(p + 1);
            InstrumentedMutex &left = *forks[static_cast<std::size_t>(p)];
            InstrumentedMutex &right = *forks[static_cast<std::size_t>((p + 1) % count)];
            std::mt19937_64 random(std::random_device {}() + static_cast<unsigned>(p));
            std::uniform_real_distribution<double> vary(0.5, 1.5);
            for (int meal = 0; meal < meals; ++meal) {
                if (thinkNs > 0)
                    recordedSleep(static_cast<std::uint64_t>(static_cast<double>(thinkNs) * vary(random)));
                left.lock();
                if (force && meal == 0 && !StepGate::on()) // stepped, the schedule decides
                    allHoldLeft.arrive_and_wait();
                right.lock();
                {
                    const std::lock_guard seat(table);
                    const auto at = [count](int i) { return static_cast<std::size_t>((i + count) % count); };
                    if (eating[at(p - 1)] || eating[at(p + 1)])
                        ++neighboursTogether;
                    eating[at(p)] = true;
                    mostEatingAtOnce = std::max(mostEatingAtOnce, ++eatingNow);
                }
                if (eatNs > 0)
                    cpuWork(eatNs);
                {
                    const std::lock_guard seat(table);
                    eating[static_cast<std::size_t>(p)] = false;
                    --eatingNow;
                }
                ++eaten[static_cast<std::size_t>(p)];
                right.unlock();
                left.unlock();
            }
        });
    }
    for (auto &th : threads)
        th.join();

    QJsonArray perPhilosopher;
    for (int n : eaten)
        perPhilosopher.append(n);
    QJsonObject r;
    r.insert(QStringLiteral("philosophers"), count);
    r.insert(QStringLiteral("meals_eaten"), perPhilosopher);
    // Only when the timing let the run finish: the forks kept neighbours apart.
    r.insert(QStringLiteral("most_eating_at_once"), mostEatingAtOnce);
    r.insert(QStringLiteral("neighbours_eating_together"), neighboursTogether);
    return r;
}

} // namespace samtidig
