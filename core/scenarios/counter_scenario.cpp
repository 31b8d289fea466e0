#include "scenarios/counter_params.h"

#include "scenarios/scenario.h"

#include <algorithm>

namespace samtidig {

std::vector<ParamSpec> CounterParams::all(const QString &windowHelp, const QString &workHelp)
{
    return {
        { QStringLiteral("threads"), tr("Threads"), ParamSpec::Type::Integer, 2, 256,
          static_cast<double>(std::max(2, onlineCpuCount(256))), QString(),
          tr("How many threads increment the counter. The default is one per core, and at least two.") },
        { QStringLiteral("increments"), tr("Increments per thread"), ParamSpec::Type::Integer, 1, 1000, 100,
          QString(), tr("How many times each thread adds one to the shared counter.") },
        { QStringLiteral("window_us"), tr("Time between read and write"), ParamSpec::Type::Integer, 0, 10000,
          2000, tr("µs"), windowHelp },
        { QStringLiteral("work_us"), tr("Work between increments"), ParamSpec::Type::Integer, 0, 50000, 8000,
          tr("µs"), workHelp },
    };
}

} // namespace samtidig
