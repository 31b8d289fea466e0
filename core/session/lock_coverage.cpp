#include "session/lock_coverage.h"

#include "analysis/program_shape.h"
#include "builder/trace_builder.h"
#include "record/region_layout.h"
#include "trace/trace.h"

#include <QJsonObject>

#include <algorithm>
#include <cstdint>
#include <map>

namespace samtidig {

QJsonArray processesWithoutLockRecords(const Trace &trace, const TraceBuilder &builder,
                                       const RegionHeader &header)
{
    const std::uint32_t claimed = header.preloadMarksClaimed.load(std::memory_order_acquire);
    if (claimed > kMaxPreloadMarks)
        return {};
    std::map<std::int32_t, std::uint64_t> latestMark; // pid -> its latest mark
    for (std::uint32_t i = 0; i < claimed; ++i) {
        const std::int32_t pid = header.preloadMarks[i].pid.load(std::memory_order_acquire);
        if (pid == 0)
            continue; // claimed, not yet written: the process died between the two stores
        std::uint64_t &latest = latestMark[pid];
        latest = std::max(latest, header.preloadMarks[i].sinceNs.load(std::memory_order_relaxed));
    }
    QJsonArray out;
    for (const ProcessNode &n : processTree(trace)) {
        const auto mark = latestMark.find(n.pid);
        if (mark != latestMark.end() && mark->second >= builder.lastExecNs(n.pid))
            continue;
        out.append(
            QJsonObject { { QStringLiteral("pid"), n.pid }, { QStringLiteral("command"), n.command } });
    }
    return out;
}

} // namespace samtidig
