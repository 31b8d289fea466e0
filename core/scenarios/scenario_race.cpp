// Shared memory lets threads disturb each other: a race condition.
#include "scenarios/scenario_race.h"

#include "scenarios/counter_scenario.h"
#include "sync/cpu_work.h"
#include "sync/shared_variable.h"

#include <algorithm>

namespace samtidig {

ScenarioInfo RaceScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("race");
    i.steppable = true;
    i.theme = ScenarioTheme::Synchronization;
    i.name = tr("Race condition: lost updates");
    i.explanation = tr(
        "Several threads add one to the same shared counter, many times each. Every increment is two "
        "steps: the thread reads the counter, works a little, and then writes back the value it read plus "
        "one. When another thread writes the counter between those two steps, that write is overwritten "
        "and its update is lost: whoever writes last wins. The marked writes in the chart are the lost "
        "ones, each linked to the write that overwrote it. The results compare the expected total with "
        "the actual one; the mutex scenario shows the fix.");
    i.params = CounterParams::all(
        tr("CPU work a thread does after reading the counter and before writing it back. A "
           "wider window loses more updates."),
        tr("CPU work a thread does between two increments, outside the read and write."));
    i.estimatedSeconds = [](const ParamValues &v, int cores) {
        const double n = v.number(QStringLiteral("threads"));
        // An increment's own cost (its read, its write and their records): about 1.2 µs of CPU time
        // (256 threads x 1000 increments with no waits: 0.16 s on 2 cores).
        const double perThreadUs = v.number(QStringLiteral("increments"))
            * (v.number(QStringLiteral("window_us")) + v.number(QStringLiteral("work_us")) + 1.2);
        return n * perThreadUs / std::min(n, double(cores)) / 1e6;
    };
    // Each thread does a read and a write per increment: (n*s)! / (s!)^n orders of n*s steps.
    i.interleavings = [](const ParamValues &v) {
        const int n = v.integer(QStringLiteral("threads"));
        const int s = 2 * v.integer(QStringLiteral("increments"));
        double count = 1;
        int placed = 0;
        for (int t = 0; t < n && count < 1e18; ++t)
            for (int k = 1; k <= s; ++k)
                count = count * ++placed / k; // multiplies in the binomials C(placed, s) one by one
        return count;
    };
    i.timeParams = { QStringLiteral("threads"), QStringLiteral("increments"), QStringLiteral("window_us"),
                     QStringLiteral("work_us") };
    return i;
}

QJsonObject RaceScenario::run(const ParamValues &params, RunContext &context) const
{
    const CounterRun run = CounterRun::from(params);
    RecordedCounter counter(tr("shared counter").toStdString());
    run.runThreads(context, [&] {
        // counter = counter + 1, split into its two memory operations with room between.
        const std::int64_t seen = counter.read();
        if (run.windowNs > 0)
            cpuWork(run.windowNs);
        counter.write(seen + 1);
    });
    return run.results(counter.peek());
}

} // namespace samtidig
