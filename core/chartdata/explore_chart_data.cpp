#include "chartdata/explore_chart_data.h"

#include "scenarios/result_labels.h"

#include <algorithm>

namespace samtidig {

namespace {
// "ends at 1", "deadlock": what outcome `o` was, in the UI language.
QString outcomeLabel(const ScheduleExplorer::Outcome &o, const std::vector<ScheduleExplorer::Outcome> &all)
{
    if (o.outcome == QLatin1String("deadlock"))
        return Charts::tr("deadlock");
    if (o.result.contains(QStringLiteral("actual")))
        return Charts::tr("ends at %1").arg(o.result.value(QStringLiteral("actual")).toInteger());
    // Otherwise the results that tell this outcome apart from the others.
    QStringList parts;
    for (auto it = o.result.begin(); it != o.result.end(); ++it) {
        const bool differs = std::any_of(all.begin(), all.end(), [&](const auto &other) {
            return other.outcome == o.outcome && other.result.value(it.key()) != it.value();
        });
        if (differs && (it.value().isDouble() || it.value().isString()))
            parts << QStringLiteral("%1 %2").arg(ResultLabels::label(it.key()),
                                                 it.value().toVariant().toString());
    }
    return parts.isEmpty() ? Charts::tr("completed") : parts.join(QStringLiteral(", "));
}
} // namespace

BarChartData exploreData(const std::vector<ScheduleExplorer::Outcome> &outcomes)
{
    BarChartData chart;
    chart.title = Charts::tr("Interleavings by outcome (click a bar to replay its example)");
    chart.horizontal = false;
    chart.valueLabels = true;
    BarSetData set { Charts::tr("Interleavings"), {}, false };
    int most = 1;
    for (const ScheduleExplorer::Outcome &o : outcomes) {
        set.values.append(o.count);
        chart.categories << outcomeLabel(o, outcomes);
        most = std::max(most, o.count);
    }
    chart.sets.push_back(set);
    chart.values.title = Charts::tr("Interleavings");
    chart.values.max = most;
    chart.values.tickCount = std::min(most, 5) + 1;
    chart.values.format = 'f';
    chart.values.precision = 0;
    return chart;
}

} // namespace samtidig
