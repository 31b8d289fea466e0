#pragma once
// What each chart shows, as plain data computed from the trace: which kind of chart, its titles,
// its series with their values and labels, its axes, or that there is nothing to show. The
// window's chart pages and an exported picture draw the same data; neither decides anything.
// English source strings in the "Charts" translation context.

#include "chartdata/chart_axis.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace samtidig {

class Trace;

// The translation context lupdate collects the charts' texts under.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

struct BarSetData {
    QString label;
    QList<double> values; // one per category
    bool unended = false; // waits still going on (or cut off): drawn hatched
};

// Bars, one per category; several sets are stacked.
struct BarChartData {
    QString title;
    bool horizontal = true; // names left of the bars, where they have room in any language
    QStringList categories; // in drawing order: bottom up (horizontal) or left to right
    std::vector<BarSetData> sets;
    ChartAxis values;
    bool legend = false;
    bool valueLabels = false; // each bar's value written on it
    double barWidth = 0.5; // of a category's band
};

struct OutcomeTableRow {
    QString key;
    QString keyToolTip;
    QString value;
    QString valueToolTip;
};

// The scenario's own result (see OutcomeChart), or a recorded program's run.
struct OutcomeChartData {
    enum class Kind { None, Counter, Phases, Table, Program };
    Kind kind = Kind::None;
    BarChartData chart; // Counter and Phases
    QString summary; // the sentence beside the chart; for None, what this page will show
    QString programText; // Program: its run in words, one paragraph per finding
    QStringList tableHeader; // two columns
    std::vector<OutcomeTableRow> table;
    bool tableShown = false;
};

struct LineSeriesData {
    QString name;
    QList<QPointF> points;
};

// How busy each core was over the run, one line per core.
struct UtilizationChartData {
    bool hasCores = false; // the trace has CPU lanes (without, the chart is empty axes)
    QString title;
    std::vector<LineSeriesData> series;
    ChartAxis time;
    ChartAxis busy; // per cent
};

// Total wait per task and per lock, the longest waits first.
struct LockWaitChartData {
    bool hasData = false;
    QString emptyText; // what the page says when no task waited
    BarChartData byTask;
    BarChartData byLock;
};

OutcomeChartData outcomeData(const Trace *trace);
UtilizationChartData utilizationData(const Trace *trace);
LockWaitChartData lockWaitData(const Trace *trace);

inline OutcomeChartData outcomeData(const Trace &trace)
{
    return outcomeData(&trace);
}
inline UtilizationChartData utilizationData(const Trace &trace)
{
    return utilizationData(&trace);
}
inline LockWaitChartData lockWaitData(const Trace &trace)
{
    return lockWaitData(&trace);
}

} // namespace samtidig
