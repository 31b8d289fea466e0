// utilizationData() and lockWaitData(): the core utilization lines and the lock-wait bars.
#include "chartdata/chart_data.h"

#include "analysis/unended_lock_waits.h"
#include "analysis/utilization.h"
#include "trace/trace.h"

#include <algorithm>
#include <map>

namespace samtidig {

namespace {
constexpr int kBins = 120; // one point per ~8 px of a typical chart: smooth without noise
constexpr int kMaxBars = 12; // more would not be readable; the longest waits are the interesting ones

struct WaitEntry {
    QString name;
    std::int64_t endedNs = 0;
    std::int64_t unendedNs = 0;
};

// The kMaxBars longest waits, the longest at the top of a horizontal bar chart (i.e. last).
BarChartData waitBars(const QString &title, std::vector<WaitEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const WaitEntry &x, const WaitEntry &y) {
        return x.endedNs + x.unendedNs > y.endedNs + y.unendedNs;
    });
    if (entries.size() > kMaxBars)
        entries.resize(kMaxBars);
    std::reverse(entries.begin(), entries.end());
    BarChartData chart;
    chart.title = title;
    BarSetData ended { Charts::tr("Ended"), {}, false };
    BarSetData unended { Charts::tr("Not ended"), {}, true };
    double top = 0.001;
    for (const WaitEntry &e : entries) {
        chart.categories.append(e.name);
        ended.values.append(double(e.endedNs) / 1e6);
        unended.values.append(double(e.unendedNs) / 1e6);
        top = std::max(top, ended.values.back() + unended.values.back());
        chart.legend = chart.legend || e.unendedNs > 0; // to say what hatching means
    }
    chart.sets = { ended, unended };
    chart.barWidth = 0.6;
    chart.values.title = Charts::tr("Time waited (ms)");
    setNiceRange(chart.values, top * 1.1);
    return chart;
}
} // namespace

UtilizationChartData utilizationData(const Trace *trace)
{
    UtilizationChartData data;
    data.title = Charts::tr("Core utilization over time");
    data.busy.title = Charts::tr("Busy (%)");
    data.busy.max = 100;
    data.busy.tickCount = 6;
    data.busy.precision = 3;
    const std::int64_t endNs = trace ? trace->endNs() : 0;
    const ChartTimeUnit unit = chartTimeUnit(endNs);
    data.time.title = unit.seconds ? Charts::tr("Time since start (s)") : Charts::tr("Time since start (ms)");
    data.hasCores = trace && !trace->cpuLanes().empty();
    if (endNs <= 0)
        return data; // empty axes, 0 to 1
    const std::vector<CoreUtilization> cores = coreUtilization(*trace, kBins);
    const double binUnits = double(endNs) / kBins / unit.divisor;
    for (std::size_t c = 0; c < cores.size(); ++c) {
        LineSeriesData line { Charts::tr("Core %1").arg(c), {} };
        line.points.reserve(static_cast<qsizetype>(cores[c].busy.size()));
        for (std::size_t b = 0; b < cores[c].busy.size(); ++b)
            line.points.append(QPointF((double(b) + 0.5) * binUnits, cores[c].busy[b] * 100.0));
        data.series.push_back(std::move(line));
    }
    // Ticks at round numbers, not at fifths of the run, without stretching the axis.
    data.time.max = double(endNs) / unit.divisor;
    data.time.tickInterval = chartTimeTickInterval(endNs, unit);
    return data;
}

LockWaitChartData lockWaitData(const Trace *trace)
{
    LockWaitChartData data;
    data.emptyText = Charts::tr("No task waited for a lock in this run. The lock scenarios (mutex, deadlock, "
                                "timeouts) show here how long each task waited, and for which lock.");
    if (!trace)
        return data;
    std::map<std::uint32_t, WaitEntry> taskWait;
    std::map<std::uint32_t, WaitEntry> lockWait;
    for (const auto &[lock, stats] : trace->analysis().locks) {
        lockWait[lock].endedNs += stats.totalWaitNs;
        for (const auto &[task, ns] : stats.waitByTask)
            taskWait[task].endedNs += ns;
    }
    for (const UnendedLockWait &w : unendedLockWaits(*trace)) {
        lockWait[w.lock].unendedNs += w.waitedNs;
        taskWait[w.task].unendedNs += w.waitedNs;
    }
    if (lockWait.empty())
        return data;
    std::vector<WaitEntry> perTask;
    std::vector<WaitEntry> perLock;
    for (auto &[lock, e] : lockWait) {
        e.name = trace->nameOf(lock);
        perLock.push_back(e);
    }
    for (auto &[task, e] : taskWait) {
        e.name = trace->taskName(task); // in the current language
        perTask.push_back(e);
    }
    data.hasData = true;
    data.byTask = waitBars(Charts::tr("Waiting for locks, per task"), std::move(perTask));
    data.byLock = waitBars(Charts::tr("Waiting time, per lock"), std::move(perLock));
    return data;
}

} // namespace samtidig
