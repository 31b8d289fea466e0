#include "scenarios/scenario_registry.h"

#include "scenarios/scenario_async.h"
#include "scenarios/scenario_crash.h"
#include "scenarios/scenario_firehose.h"
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
} // namespace

const std::vector<const Scenario *> &allScenarios()
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
    static const CrashScenario crash; // hidden, test-only: last so it never shifts the others
    static const FirehoseScenario firehose; // hidden, benchmarks only
    static const std::vector<const Scenario *> all
        = { &processes, &threads, &race, &mutex, &deadlock, &philosophers, &timeout, &lockOrdering,
            &parallelVsConcurrent, &async, &producerConsumer, &rwlock, &semaphore, &spin, &crash, &firehose };
    return all;
}

const Scenario *findScenario(const QString &id)
{
    for (const Scenario *s : allScenarios())
        if (s->info().id == id)
            return s;
    return nullptr;
}

QString themeName(ScenarioTheme theme) { return Themes::name(theme); }

} // namespace samtidig
