// Step mode on the timeline: under the time axis, a numbered mark where each step was taken (the
// moment its thread passed its gate), and a faint line down the lanes there, so a stepped run reads
// by step number as well as by time. Drawn by the shared painter: exported pictures show them too.
#include "timeline/timeline_paint_context.h"
#include "timeline/timeline_text.h"

#include <QFontMetricsF>

namespace samtidig {

namespace {

double markX(const TimelinePaintContext &ctx, const TimelineStepMark &mark)
{
    return ctx.scale.toPixel(mark.timeNs
                             - ctx.layout.sections[static_cast<std::size_t>(mark.section)].offsetNs);
}

bool inPlot(const TimelinePaintContext &ctx, double x)
{
    return x >= ctx.frame.plotLeft() - 0.5 && x <= ctx.frame.plotLeft() + ctx.frame.plotWidth() + 0.5;
}

} // namespace

double stepRowHeight(const TimelineLayout &layout)
{
    return layout.stepped ? kStepRowHeight : 0;
}

void paintStepRow(TimelinePaintContext &ctx, const QRectF &row)
{
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    p.save();
    p.setFont(t.smallFont);
    p.setPen(t.mutedText);
    p.drawText(QRectF(row.left() + 10, row.top(), ctx.frame.labelWidth - 14, row.height()),
               Qt::AlignVCenter | Qt::AlignLeft, TimelineText::tr("Steps"));
    const QFontMetricsF fm(t.smallFont);
    const double badgeH = std::min(row.height() - 2, fm.height() + 2);
    double lastRight = -1e9; // a number that would overlap the one before it is left out; its tick stays
    for (const TimelineStepMark &mark : ctx.layout.stepMarks) {
        const double x = markX(ctx, mark);
        if (!inPlot(ctx, x))
            continue;
        p.fillRect(QRectF(x - 0.5, row.bottom() - 4, 1, 4), t.stepWait);
        const QString number = ctx.options.locale.toString(mark.number);
        const double w = std::max(badgeH, fm.horizontalAdvance(number) + 6);
        const QRectF badge(x - w / 2, row.top() + 1, w, badgeH);
        if (badge.left() < lastRight + 2)
            continue;
        lastRight = badge.right();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(t.stepWait);
        p.drawRoundedRect(badge, 3, 3);
        p.setPen(TimelineTheme::textOn(t.stepWait));
        p.drawText(badge, Qt::AlignCenter, number);
    }
    p.restore();
}

void paintStepLines(TimelinePaintContext &ctx)
{
    if (ctx.layout.stepMarks.empty())
        return;
    QPainter &p = ctx.painter;
    QColor color = ctx.theme.stepWait;
    color.setAlpha(120);
    p.save();
    p.setPen(QPen(color, 1, Qt::DotLine));
    const QRectF lanes = ctx.frame.lanes;
    for (const TimelineStepMark &mark : ctx.layout.stepMarks) {
        const double x = markX(ctx, mark);
        if (inPlot(ctx, x))
            p.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()));
    }
    p.restore();
}

} // namespace samtidig
