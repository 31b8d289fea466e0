#pragma once
// The charts under an exported timeline: the window's chart pages (the scenario's outcome, core
// utilization, lock waits) from the same chart data, side by side, painted with the export's
// QPainter, so that they are vector drawings in SVG and PDF like the timeline, and text stays text.

#include "chartdata/chart_data.h"

#include <QSizeF>

#include <optional>

class QPainter;
class QRectF;

namespace samtidig {

class Trace;

// The chart pages with something to show, as the window's panel computes them: computed once for
// a picture (the data walks the whole trace), then placed and painted.
struct ExportCharts {
    std::optional<OutcomeChartData> outcome;
    std::optional<UtilizationChartData> utilization;
    std::optional<LockWaitChartData> locks;
    int count() const
    {
        return int(outcome.has_value()) + int(utilization.has_value()) + int(locks.has_value());
    }
};
ExportCharts exportCharts(const Trace &trace);

// Paints the charts into `target` (device coordinates). They are laid out at `logicalSize` and
// scaled onto the target, so fonts keep the size they have next to the timeline.
void paintExportCharts(QPainter &painter, const QRectF &target, const QSizeF &logicalSize,
                       const ExportCharts &charts);

} // namespace samtidig
