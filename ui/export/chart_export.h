#pragma once
// The charts under an exported timeline: the window's chart pages (the scenario's outcome, core
// utilization, lock waits) from the same chart data, side by side, painted with the export's
// QPainter, so that they are vector drawings in SVG and PDF like the timeline, and text stays text.

#include <QSizeF>

class QPainter;
class QRectF;

namespace samtidig {

class Trace;

// How many chart pages the trace has something to show on (0: no charts in the picture).
int exportChartCount(const Trace &trace);

// Paints the charts into `target` (device coordinates). They are laid out at `logicalSize` and
// scaled onto the target, so fonts keep the size they have next to the timeline.
void paintExportCharts(QPainter &painter, const QRectF &target, const QSizeF &logicalSize,
                       const Trace &trace);

} // namespace samtidig
