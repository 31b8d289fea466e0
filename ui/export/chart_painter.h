#pragma once
// Chart data drawn with a QPainter, for exported pictures: a title, bars or lines, axes with their
// ticks, numbers and titles, and a legend. Text stays text (vector in SVG and PDF). Sizes are
// logical pixels; the painter's transform scales them onto the device.

#include <QColor>

#include <vector>

class QPainter;
class QRectF;

namespace samtidig {

struct BarChartData;
struct UtilizationChartData;

// Horizontal bars in `color`, outlined in `border`; a set of waits not ended is drawn hatched,
// stacked on the others.
void paintBarChart(QPainter &painter, const QRectF &rect, const BarChartData &data, const QColor &color,
                   const QColor &border);
// One line per core.
void paintUtilizationChart(QPainter &painter, const QRectF &rect, const UtilizationChartData &data);

} // namespace samtidig
