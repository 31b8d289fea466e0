#include "session/summary.h"

#include "trace/trace.h"

#include <QJsonArray>

#include <set>

namespace samtidig {

QJsonObject runSummary(const Trace &trace)
{
    QJsonObject o;
    o.insert(QStringLiteral("scenario"), trace.scenario);
    o.insert(QStringLiteral("parameters"), trace.parameters);
    o.insert(QStringLiteral("outcome"), QString::fromLatin1(runOutcomeName(trace.outcome)));
    if (!trace.outcomeDetail.isEmpty())
        o.insert(QStringLiteral("outcome_detail"), trace.outcomeDetail);
    o.insert(QStringLiteral("wall_ms"), static_cast<double>(trace.endNs) / 1e6);
    o.insert(QStringLiteral("events"), static_cast<qint64>(trace.events));
    o.insert(QStringLiteral("dropped"), static_cast<qint64>(trace.dropped));
    o.insert(QStringLiteral("stalled_ms"), static_cast<double>(trace.stalledNs) / 1e6);
    o.insert(QStringLiteral("scheduling_source"), QString::fromLatin1(schedulingSourceName(trace.source).data()));
    if (!trace.sourceNote.isEmpty())
        o.insert(QStringLiteral("scheduling_source_note"), trace.sourceNote);
    o.insert(QStringLiteral("cpu_count"), trace.cpuCount);
    QJsonArray cpus;
    for (const CpuLane &lane : trace.cpuLanes)
        if (!lane.spans.empty())
            cpus.append(lane.cpu);
    o.insert(QStringLiteral("cpus_used"), cpus);
    o.insert(QStringLiteral("tasks"), static_cast<int>(trace.tasks.size()));
    o.insert(QStringLiteral("spans"), static_cast<qint64>(trace.spanCount()));
    o.insert(QStringLiteral("results"), trace.results);

    QJsonObject analysis;
    QJsonArray deadlocks;
    for (const DeadlockCycle &c : trace.analysis.deadlocks) {
        QJsonObject d;
        d.insert(QStringLiteral("detected_ms"), static_cast<double>(c.detectedNs) / 1e6);
        QJsonArray tasks;
        for (std::uint32_t t : c.tasks)
            tasks.append(trace.taskName(t));
        QJsonArray locks;
        for (std::uint32_t l : c.locks)
            locks.append(trace.nameOf(l));
        d.insert(QStringLiteral("tasks"), tasks);
        d.insert(QStringLiteral("locks"), locks);
        deadlocks.append(d);
    }
    analysis.insert(QStringLiteral("deadlocks"), deadlocks);
    QJsonArray order;
    for (const LockOrderCycle &c : trace.analysis.lockOrderWarnings) {
        QJsonArray locks;
        for (std::uint32_t l : c.locks)
            locks.append(trace.nameOf(l));
        order.append(locks);
    }
    analysis.insert(QStringLiteral("lock_order_cycles"), order);
    analysis.insert(QStringLiteral("lost_updates"), static_cast<qint64>(trace.analysis.lostUpdates.size()));
    QJsonObject locks;
    for (const auto &[id, s] : trace.analysis.locks) {
        QJsonObject l;
        l.insert(QStringLiteral("acquisitions"), static_cast<qint64>(s.acquisitions));
        l.insert(QStringLiteral("contended"), static_cast<qint64>(s.contended));
        l.insert(QStringLiteral("timeouts"), static_cast<qint64>(s.timeouts));
        l.insert(QStringLiteral("total_wait_ms"), static_cast<double>(s.totalWaitNs) / 1e6);
        l.insert(QStringLiteral("max_wait_ms"), static_cast<double>(s.maxWaitNs) / 1e6);
        locks.insert(trace.nameOf(id), l);
    }
    analysis.insert(QStringLiteral("locks"), locks);
    o.insert(QStringLiteral("analysis"), analysis);
    return o;
}

} // namespace samtidig
