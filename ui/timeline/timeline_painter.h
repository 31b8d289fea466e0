#pragma once
// The one routine that paints a trace's timeline: the same code draws the widget and every
// export (QImage, QSvgGenerator, QPdfWriter), so an exported picture is what the user saw, with
// title, caption, legend and time axis. Works in logical coordinates on any QPainter.

#include "timeline/timeline_layout.h"
#include "timeline/timeline_options.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace samtidig {

// Where each part of the picture goes, in logical coordinates of the painted area.
struct TimelineFrame {
    QRectF header; // title and caption (export)
    QRectF banner; // deadlock sentence
    QRectF axis;
    QRectF lanes; // the (scrollable) lanes viewport, label column included
    QRectF legend;
    double labelWidth = 0;

    QRectF plot() const { return lanes.adjusted(labelWidth, 0, 0, 0); }
    double plotLeft() const { return lanes.left() + labelWidth; }
    double plotWidth() const { return std::max(1.0, lanes.width() - labelWidth); }
};

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::TimelinePainter)
public:
    // Export entry point: lays the trace out and paints everything into `target` (in the painter's
    // current coordinates). Give the target the height from preferredSize() to show every lane.
    // With options.logicalWidth set, the content is laid out at that width and scaled to fit.
    static void paint(QPainter &painter, const QRectF &target, const Trace &trace,
                      const TimelinePaintOptions &options);
    // The size (logical px) that shows every lane and the legend at the given width.
    static QSizeF preferredSize(const Trace &trace, const TimelinePaintOptions &options, double width);

    // The plot width a layout must be built for, in a picture `width` logical px wide.
    static double plotWidthFor(double width, const TimelinePaintOptions &options);
    static TimelineFrame frame(const Trace &trace, const TimelineLayout &layout,
                               const TimelinePaintOptions &options, const QSizeF &size);
    // Screen path: paints a cached layout into a frame (the widget builds both outside paintEvent).
    static void paintLayout(QPainter &painter, const TimelineFrame &frame, const Trace &trace,
                            const TimelineLayout &layout, const TimelinePaintOptions &options);

    // The full name of the deadlock banner's wait-for graph node at pos, or empty.
    static QString bannerToolTip(const Trace &trace, const TimelineLayout &layout, const TimelineFrame &frame,
                                 const TimelinePaintOptions &options, const QPointF &pos);

    // Geometry shared with hit testing: a task lane's lock band and state bar, a row's toggle.
    static QRectF heldBand(const QRectF &rowRect);
    static QRectF stateBar(const QRectF &rowRect, bool cpuLane);
    static QRectF toggleRect(const TimelineRow &row, const QRectF &rowRect);
};

} // namespace samtidig
