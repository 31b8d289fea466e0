#include "analysis/describe.h"

#include "trace/trace.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace samtidig {

namespace {
// The value the overwriting task read at staleReadNs, from the trace's read instants.
std::optional<std::uint64_t> staleReadValue(const Trace &trace, const LostUpdate &lost)
{
    auto it = std::lower_bound(trace.instants().begin(), trace.instants().end(), lost.staleReadNs,
                               [](const Instant &i, std::int64_t t) { return i.timeNs < t; });
    for (; it != trace.instants().end() && it->timeNs == lost.staleReadNs; ++it)
        if (it->kind == InstantKind::VarRead && it->task == lost.overwritingTask && it->a == lost.variable)
            return it->b;
    return std::nullopt;
}
} // namespace

QString describeDeadlock(const Trace &trace, const DeadlockCycle &cycle)
{
    const std::size_t n = std::min(cycle.tasks.size(), cycle.locks.size());
    QStringList parts;
    for (std::size_t i = 0; i < n; ++i) {
        // tasks[i] waits for locks[i]; it holds what the task before it in the cycle waits for.
        const std::uint32_t held = cycle.locks[(i + n - 1) % n];
        parts << Analysis::tr("%1 holds %2 and waits for %3")
                     .arg(trace.taskName(cycle.tasks[i]), trace.nameOf(held), trace.nameOf(cycle.locks[i]));
    }
    return parts.join(QStringLiteral("; "));
}

QString describeLockOrder(const Trace &trace, const LockOrderCycle &cycle)
{
    const std::size_t n = std::min(cycle.tasks.size(), cycle.locks.size());
    QStringList parts;
    for (std::size_t i = 0; i < n; ++i)
        parts << Analysis::tr("%1 takes %2, then %3")
                     .arg(trace.taskName(cycle.tasks[i]), trace.nameOf(cycle.locks[i]),
                          trace.nameOf(cycle.locks[(i + 1) % n]));
    return parts.join(QStringLiteral("; "));
}

QString describeLostUpdate(const Trace &trace, const LostUpdate &lost)
{
    const QString value = QString::number(lost.lostValue);
    const QString writer = trace.taskName(lost.lostTask);
    const QString overwriter = trace.taskName(lost.overwritingTask);
    if (const auto read = staleReadValue(trace, lost))
        return Analysis::tr("write of %1 by %2 was overwritten by %3, which had read %4 before it")
            .arg(value, writer, overwriter, QString::number(*read));
    return Analysis::tr("write of %1 by %2 was overwritten by %3, which had read the variable before it")
        .arg(value, writer, overwriter);
}

} // namespace samtidig
