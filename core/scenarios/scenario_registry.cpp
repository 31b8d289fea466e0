#include "scenarios/scenario_registry.h"

#include "scenarios/scenario_async.h"
#include "scenarios/scenario_deadlock.h"
#include "scenarios/scenario_lock_ordering.h"
#include "scenarios/scenario_mutex.h"
#include "scenarios/scenario_parallel_vs_concurrent.h"
#include "scenarios/scenario_philosophers.h"
#include "scenarios/scenario_processes.h"
#include "scenarios/scenario_producer_consumer.h"
#include "scenarios/scenario_race.h"
#include "scenarios/scenario_rwlock.h"
#include "scenarios/scenario_semaphore.h"
#include "scenarios/scenario_spin.h"
#include "scenarios/scenario_threads.h"
#include "scenarios/scenario_timeout.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace samtidig {

namespace {
class Themes
{
    Q_DECLARE_TR_FUNCTIONS(Themes)
public:
    static QString name(ScenarioTheme theme)
    {
        switch (theme) {
        case ScenarioTheme::ProcessesAndThreads: return tr("Processes and threads");
        case ScenarioTheme::Synchronization: return tr("Synchronization");
        case ScenarioTheme::Deadlock: return tr("Deadlock");
        case ScenarioTheme::ParallelismAndConcurrency: return tr("Parallelism and concurrency");
        case ScenarioTheme::Async: return tr("Async");
        case ScenarioTheme::More: return tr("More");
        }
        return {};
    }
};
class RunTimeLimit
{
    Q_DECLARE_TR_FUNCTIONS(RunTimeLimit)
public:
    static QString tooLong(const QString &values, double seconds, int cores)
    {
        return tr("With %1, a run would take about %2 s on this machine when it is idle (cores: %3); "
                  "the limit is %4 s. Lower one of these values.")
            .arg(values, QString::number(seconds, 'f', 0))
            .arg(cores)
            .arg(kMaxRunSeconds);
    }
};

QString valueText(const ParamSpec &spec, double value)
{
    // Whole numbers in full: "increments = 1000000", not "1e+06".
    const QString number = value == std::floor(value) && std::abs(value) < 1e15
        ? QString::number(static_cast<qint64>(value))
        : QString::number(value);
    QString text = QStringLiteral("%1 = %2").arg(spec.name, number);
    if (!spec.unit.isEmpty())
        text += QLatin1Char(' ') + spec.unit;
    return text;
}
} // namespace

bool checkRunTime(const ScenarioInfo &info, const ParamValues &values, int cores, QString *error)
{
    if (!info.estimatedSeconds)
        return true;
    const double seconds = info.estimatedSeconds(values, std::max(1, cores));
    if (seconds <= kMaxRunSeconds)
        return true;
    QStringList named;
    for (const ParamSpec &spec : info.params)
        if (info.timeParams.contains(spec.name))
            named << valueText(spec, values.number(spec.name));
    *error = RunTimeLimit::tooLong(named.join(QStringLiteral(", ")), seconds, cores);
    return false;
}

namespace {
std::vector<const Scenario *> &registry()
{
    // Explicit list (not self-registration): a static library drops unreferenced objects.
    static const ProcessesScenario processes;
    static const ThreadsScenario threads;
    static const RaceScenario race;
    static const MutexScenario mutex;
    static const DeadlockScenario deadlock;
    static const PhilosophersScenario philosophers;
    static const TimeoutScenario timeout;
    static const LockOrderingScenario lockOrdering;
    static const ParallelVsConcurrentScenario parallelVsConcurrent;
    static const AsyncScenario async;
    static const ProducerConsumerScenario producerConsumer;
    static const RwLockScenario rwlock;
    static const SemaphoreScenario semaphore;
    static const SpinScenario spin;
    static std::vector<const Scenario *> all = { &processes,
                                                 &threads,
                                                 &race,
                                                 &mutex,
                                                 &deadlock,
                                                 &philosophers,
                                                 &timeout,
                                                 &lockOrdering,
                                                 &parallelVsConcurrent,
                                                 &async,
                                                 &producerConsumer,
                                                 &rwlock,
                                                 &semaphore,
                                                 &spin };
    return all;
}
} // namespace

const std::vector<const Scenario *> &allScenarios()
{
    return registry();
}

void registerScenario(const Scenario *scenario)
{
    const QString id = scenario->info().id;
    Q_ASSERT(scenario->info().hidden);
    if (!findScenario(id))
        registry().push_back(scenario);
}

const Scenario *findScenario(const QString &id)
{
    for (const Scenario *s : allScenarios())
        if (s->info().id == id)
            return s;
    return nullptr;
}

QString themeName(ScenarioTheme theme)
{
    return Themes::name(theme);
}

} // namespace samtidig
