#pragma once
// Internal to the timeline painter: what every paint pass needs, and the state-bar drawing shared
// by the lanes and the legend (so a legend swatch is drawn by exactly the code that draws lanes).

#include "timeline/time_coordinates.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_theme.h"

#include <QPainter>

namespace samtidig {

struct TimelinePaintContext {
    QPainter &painter;
    const Trace &trace;
    const TimelineLayout &layout;
    const TimelinePaintOptions &options;
    const TimelineFrame &frame;
    TimelineTheme theme;
    TimeScale scale; // section-relative times -> x

    double x(const TimelineRow &row, std::int64_t absoluteNs) const
    {
        return scale.toPixel(absoluteNs - layout.sections[static_cast<std::size_t>(row.section)].offsetNs);
    }
    double rowTop(const TimelineRow &row) const { return frame.lanes.top() + row.y - options.verticalScroll; }
    QRectF rowRect(const TimelineRow &row) const
    {
        return QRectF(frame.lanes.left(), rowTop(row), frame.lanes.width(), row.height);
    }
};

// Draws one state in `rect`: fill and pattern, so state never depends on colour alone.
// `taskColor` is used by Running/Working/Runnable; `alert` draws the deadlock variant.
void drawStateShape(QPainter &painter, const TimelineTheme &theme, SpanState state, const QRectF &rect,
                    const QColor &taskColor, bool alert);
QColor stateBaseColor(const TimelineTheme &theme, SpanState state, const QColor &taskColor);
// A time the run stood paused: veiled and hatched, edged with dashes (lanes and legend).
void drawPausedBand(QPainter &painter, const TimelineTheme &theme, const QRectF &band);
void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &from, double size);
// One instant's symbol (clock for a timeout, red X for a lost write, ...) at x in a lane.
void drawMarkSymbol(QPainter &painter, const TimelineTheme &theme, TimelineMark::Kind kind, double x,
                    const QRectF &rowRect, const QRectF &bar);

// Step mode: the row of step numbers under the time axis (timeline_step_marks.cpp).
inline constexpr double kStepRowHeight = 18;
double stepRowHeight(const TimelineLayout &layout); // kStepRowHeight for a stepped run, else 0
void paintStepRow(TimelinePaintContext &ctx, const QRectF &row);
void paintStepLines(TimelinePaintContext &ctx); // a faint line down the lanes at each step

// Passes (timeline_lanes_paint.cpp, timeline_overlays.cpp).
void paintLanes(TimelinePaintContext &ctx);
void paintArrows(TimelinePaintContext &ctx);
void paintAxis(TimelinePaintContext &ctx);
void paintHeader(TimelinePaintContext &ctx);
void paintBanner(TimelinePaintContext &ctx); // the deadlock sentence and, at its right, the wait-for graph
void paintLegend(TimelinePaintContext &ctx);
double legendHeight(const TimelineLayout &layout, const TimelineTheme &theme, double width);
double bannerHeight(const Trace &trace, const TimelineLayout &layout, const TimelineTheme &theme,
                    double width);
// The full name of the wait-for graph node at pos (its label may be abbreviated), or empty.
QString bannerToolTip(const Trace &trace, const TimelineLayout &layout, const TimelineTheme &theme,
                      const QRectF &banner, const QPointF &pos);

} // namespace samtidig
