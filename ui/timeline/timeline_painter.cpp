#include "timeline/timeline_painter.h"

#include "timeline/timeline_paint_context.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>

namespace samtidig {

namespace {
constexpr double kRightMargin = 12; // room for the last tick label
constexpr double kAxisHeight = 28;
} // namespace

double TimelinePainter::plotWidthFor(double width, const TimelinePaintOptions &options)
{
    return std::max(1.0, width - kRightMargin - options.labelWidth);
}

TimelineFrame TimelinePainter::frame(const Trace &trace, const TimelineLayout &layout,
                                     const TimelinePaintOptions &options, const QSizeF &size)
{
    const TimelineTheme theme = TimelineTheme::forKind(options.theme);
    const double width = size.width();
    TimelineFrame f;
    f.labelWidth = options.labelWidth;
    double y = 0;
    if (!options.title.isEmpty() || !options.caption.isEmpty()) {
        const double titleH = options.title.isEmpty() ? 0 : QFontMetricsF(theme.titleFont).height() + 4;
        const double captionH
            = static_cast<double>(options.caption.size()) * (QFontMetricsF(theme.labelFont).height() + 2);
        f.header = QRectF(0, y, width, 12 + titleH + captionH + 8);
        y = f.header.bottom();
    } else {
        f.header = QRectF(0, y, width, 0);
    }
    const double bannerH = options.showDeadlock ? bannerHeight(trace, layout, theme, width) : 0;
    f.banner = QRectF(0, y, width, bannerH);
    y += bannerH;
    f.axis = QRectF(0, y, width - kRightMargin, options.showAxis ? kAxisHeight + stepRowHeight(layout) : 0);
    y = f.axis.bottom();
    const double legendH = options.showLegend ? legendHeight(layout, theme, width) : 0;
    const double lanesH = std::max(0.0, size.height() - y - legendH);
    f.lanes = QRectF(0, y, width - kRightMargin, lanesH);
    f.legend = QRectF(0, f.lanes.bottom(), width, legendH);
    return f;
}

QString TimelinePainter::bannerToolTip(const Trace &trace, const TimelineLayout &layout,
                                       const TimelineFrame &frame, const TimelinePaintOptions &options,
                                       const QPointF &pos)
{
    return samtidig::bannerToolTip(trace, layout, TimelineTheme::forKind(options.theme), frame.banner, pos);
}

QSizeF TimelinePainter::preferredSize(const Trace &trace, const TimelinePaintOptions &options, double width)
{
    const TimelineLayout layout = buildTimelineLayout(trace, options, plotWidthFor(width, options));
    const TimelineFrame f = frame(trace, layout, options, QSizeF(width, 0));
    return QSizeF(width, f.lanes.top() + layout.contentHeight + 6 + f.legend.height());
}

void TimelinePainter::paint(QPainter &painter, const QRectF &target, const Trace &trace,
                            const TimelinePaintOptions &options)
{
    const double logicalWidth = options.logicalWidth > 0 ? options.logicalWidth : target.width();
    const double s = target.width() / std::max(1.0, logicalWidth);
    const QSizeF size(logicalWidth, target.height() / s);
    const TimelineLayout layout = buildTimelineLayout(trace, options, plotWidthFor(logicalWidth, options));
    const TimelineFrame f = frame(trace, layout, options, size);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(s, s);
    painter.fillRect(QRectF(QPointF(0, 0), size), TimelineTheme::forKind(options.theme).background);
    paintLayout(painter, f, trace, layout, options);
    painter.restore();
}

void TimelinePainter::paintLayout(QPainter &painter, const TimelineFrame &frame, const Trace &trace,
                                  const TimelineLayout &layout, const TimelinePaintOptions &options)
{
    TimelinePaintContext ctx { painter,
                               trace,
                               layout,
                               options,
                               frame,
                               TimelineTheme::forKind(options.theme),
                               TimeScale { layout.startNs, layout.endNs, frame.plotLeft(),
                                           frame.plotWidth() } };
    painter.save();
    paintHeader(ctx);
    paintBanner(ctx);
    paintAxis(ctx);
    painter.save();
    painter.setClipRect(frame.lanes);
    paintLanes(ctx);
    painter.setClipRect(frame.plot());
    paintStepLines(ctx);
    paintArrows(ctx);
    painter.restore();
    paintLegend(ctx);
    painter.restore();
}

QRectF TimelinePainter::heldBand(const QRectF &rowRect)
{
    return QRectF(rowRect.left(), rowRect.top() + 3, rowRect.width(), 8);
}

QRectF TimelinePainter::stateBar(const QRectF &rowRect, bool cpuLane)
{
    if (cpuLane)
        return QRectF(rowRect.left(), rowRect.top() + 3, rowRect.width(), rowRect.height() - 6);
    return QRectF(rowRect.left(), rowRect.top() + 13, rowRect.width(), rowRect.height() - 17);
}

QRectF TimelinePainter::toggleRect(const TimelineRow &row, const QRectF &rowRect)
{
    return QRectF(rowRect.left() + 6 + row.depth * 14, rowRect.top() + 4, 12, 14);
}

QColor stateBaseColor(const TimelineTheme &theme, SpanState state, const QColor &taskColor)
{
    switch (state) {
    case SpanState::Running:
    case SpanState::Working: return taskColor;
    case SpanState::Runnable: return QColor(taskColor.red(), taskColor.green(), taskColor.blue(), 90);
    case SpanState::Blocked: return theme.blocked;
    case SpanState::LockWait: return theme.lockWait;
    case SpanState::LockHeld: return theme.lockHeld;
    case SpanState::Sleeping: return theme.sleeping;
    case SpanState::Awaiting: return theme.awaiting;
    case SpanState::CondWait: return theme.condWait;
    case SpanState::Stalled: return theme.stalled;
    case SpanState::StepWait: return theme.stepWait;
    case SpanState::Count_: break;
    }
    return theme.blocked;
}

void drawStateShape(QPainter &p, const TimelineTheme &theme, SpanState state, const QRectF &r,
                    const QColor &taskColor, bool alert)
{
    const bool patterned = r.width() >= 4;
    const auto tinted = [](QColor c, int alpha) {
        c.setAlpha(alpha);
        return c;
    };
    switch (state) {
    case SpanState::Running: p.fillRect(r, taskColor); break;
    case SpanState::Working:
        p.fillRect(r, taskColor);
        if (patterned) // estimated: a lighter top edge tells it apart from kernel-measured running
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 2), taskColor.lighter(150));
        break;
    case SpanState::Runnable:
        p.fillRect(r, tinted(taskColor, 70));
        if (patterned)
            drawDots(p, r, taskColor.darker(125));
        break;
    case SpanState::Blocked:
        p.fillRect(QRectF(r.left(), r.center().y() - 2, r.width(), 4), theme.blocked);
        break;
    case SpanState::LockWait: {
        const QColor c = alert ? theme.problem : theme.lockWait;
        p.fillRect(r, tinted(c, alert ? 60 : 40));
        if (patterned) {
            drawHatch(p, r, c, 5, alert ? 1.8 : 1.3);
            p.setPen(QPen(c, alert ? 2 : 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        break;
    }
    case SpanState::LockHeld: p.fillRect(r, alert ? theme.problem : theme.lockHeld); break;
    case SpanState::Sleeping: {
        // A thin band, unlike the full-height "ready" bar: the task asked for no CPU at all.
        const QRectF band(r.left(), r.center().y() - r.height() * 0.22, r.width(), r.height() * 0.44);
        p.fillRect(band, tinted(theme.sleeping, 110));
        if (patterned) {
            p.fillRect(QRectF(band.left(), band.top(), band.width(), 1.2), theme.sleeping.darker(150));
            p.fillRect(QRectF(band.left(), band.bottom() - 1.2, band.width(), 1.2),
                       theme.sleeping.darker(150));
        }
        break;
    }
    case SpanState::Awaiting: {
        const QColor c = stateBaseColor(theme, state, taskColor);
        p.fillRect(r, tinted(c, 60));
        if (patterned)
            drawDashes(p, r, c.darker(130));
        break;
    }
    case SpanState::CondWait:
        p.fillRect(r, tinted(theme.condWait, 50));
        if (patterned) {
            drawDashes(p, r, theme.condWait.darker(140));
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 1.5), theme.condWait);
            p.fillRect(QRectF(r.left(), r.bottom() - 1.5, r.width(), 1.5), theme.condWait);
        }
        break;
    case SpanState::Stalled:
        p.fillRect(r, theme.stalled);
        if (patterned)
            drawHatch(p, r, QColor(255, 255, 255, 150), 4, 1);
        break;
    case SpanState::StepWait:
        // Upright bars, like a pause sign: neither a lock's hatching nor the kernel's grey band.
        p.fillRect(r, tinted(theme.stepWait, 45));
        if (patterned) {
            for (double x = std::ceil(r.left() / 6) * 6; x + 2 <= r.right(); x += 6)
                p.fillRect(QRectF(x, r.top() + r.height() * 0.2, 2, r.height() * 0.6), theme.stepWait);
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 1.5), theme.stepWait);
            p.fillRect(QRectF(r.left(), r.bottom() - 1.5, r.width(), 1.5), theme.stepWait);
        }
        break;
    case SpanState::Count_: break;
    }
}

void drawArrowHead(QPainter &p, const QPointF &tip, const QPointF &from, double size)
{
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - u * size + n * size * 0.5);
    head.lineTo(tip - u * size - n * size * 0.5);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

} // namespace samtidig
