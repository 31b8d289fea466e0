#include "scenarios/scenario_registry.h"

#include "scenarios/scenario_processes.h"
#include "scenarios/scenario_spin.h"
#include "scenarios/scenario_threads.h"

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
    static const SpinScenario spin;
    static const std::vector<const Scenario *> all = {&processes, &threads, &spin};
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
