// Paints what frames the lanes: export header, deadlock banner with its wait-for graph, time
// axis, and the legend of every colour and pattern in use.
#include "timeline/timeline_paint_context.h"
#include "timeline/timeline_text.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace samtidig {

namespace {

constexpr double kGraphWidth = 250;
constexpr double kGraphHeight = 104;
constexpr double kSwatchWidth = 26;
constexpr double kLegendRowHeight = 20;

QRectF bannerTextRect(const QRectF &banner)
{
    return banner.adjusted(40, 10, -(kGraphWidth + 16), -10);
}

std::vector<LegendEntry> usedEntries(const TimelineLayout &layout)
{
    std::vector<LegendEntry> used;
    for (int i = 0; i < static_cast<int>(LegendEntry::Count_); ++i)
        if (layout.uses(static_cast<LegendEntry>(i)))
            used.push_back(static_cast<LegendEntry>(i));
    return used;
}

// Lays the legend out left to right, wrapping; calls place(entry, swatchRect, textRect).
template<typename Place>
double flowLegend(const TimelineLayout &layout, const TimelineTheme &theme, double left, double top,
                  double width, Place place)
{
    const QFontMetricsF fm(theme.smallFont);
    const double startX = left + 12;
    double x = startX;
    double y = top + 10;
    for (const LegendEntry e : usedEntries(layout)) {
        const double textW = fm.horizontalAdvance(TimelineText::legendLabel(e));
        const double itemW = kSwatchWidth + 6 + textW + 20;
        if (x + itemW > left + width && x > startX) {
            x = startX;
            y += kLegendRowHeight;
        }
        place(e, QRectF(x, y + 4, kSwatchWidth, 12),
              QRectF(x + kSwatchWidth + 6, y, textW + 4, kLegendRowHeight));
        x += itemW;
    }
    return y + kLegendRowHeight + 6 - top;
}

void drawSwatch(TimelinePaintContext &ctx, LegendEntry e, const QRectF &r)
{
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    const QColor task = t.taskColor(0);
    const QRectF row(r.left(), r.top() - 15, r.width(), 34); // a virtual lane around the swatch bar
    p.setRenderHint(QPainter::Antialiasing, false);
    switch (e) {
    case LegendEntry::Running:
        for (int i = 0; i < 3; ++i)
            p.fillRect(QRectF(r.left() + i * r.width() / 3, r.top(), r.width() / 3, r.height()),
                       t.taskColor(static_cast<std::uint32_t>(i)));
        break;
    case LegendEntry::Working: drawStateShape(p, t, SpanState::Working, r, task, false); break;
    case LegendEntry::Runnable: drawStateShape(p, t, SpanState::Runnable, r, task, false); break;
    case LegendEntry::Blocked: drawStateShape(p, t, SpanState::Blocked, r, task, false); break;
    case LegendEntry::LockWait: drawStateShape(p, t, SpanState::LockWait, r, task, false); break;
    case LegendEntry::LockHeld:
        drawStateShape(p, t, SpanState::LockHeld, QRectF(r.left(), r.top() + 2, r.width(), 8), task, false);
        break;
    case LegendEntry::Sleeping: drawStateShape(p, t, SpanState::Sleeping, r, task, false); break;
    case LegendEntry::Awaiting: drawStateShape(p, t, SpanState::Awaiting, r, task, false); break;
    case LegendEntry::CondWait: drawStateShape(p, t, SpanState::CondWait, r, task, false); break;
    case LegendEntry::Stalled: drawStateShape(p, t, SpanState::Stalled, r, task, false); break;
    case LegendEntry::Deadlock: drawStateShape(p, t, SpanState::LockWait, r, task, true); break;
    case LegendEntry::Folded:
        for (int i = 0; i < static_cast<int>(r.width()); i += 2) {
            QColor c = task;
            c.setAlphaF(static_cast<float>(0.35 + 0.65 * std::abs(std::sin(i * 0.7))));
            p.fillRect(QRectF(r.left() + i, r.top(), 2, r.height()), c);
        }
        break;
    case LegendEntry::HandOver: {
        p.setRenderHint(QPainter::Antialiasing, true);
        QPainterPath path(QPointF(r.left(), r.top()));
        path.cubicTo(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()),
                     QPointF(r.right(), r.bottom()));
        p.setPen(QPen(t.flow, 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        drawArrowHead(p, QPointF(r.right(), r.bottom()), QPointF(r.center().x(), r.bottom()), 6);
        break;
    }
    case LegendEntry::Timeout:
    case LegendEntry::LostUpdate:
    case LegendEntry::Write:
    case LegendEntry::Marker: {
        using K = TimelineMark::Kind;
        const K kind = e == LegendEntry::Timeout ? K::Timeout
            : e == LegendEntry::LostUpdate       ? K::LostWrite
            : e == LegendEntry::Write            ? K::Write
                                                 : K::Marker;
        p.setRenderHint(QPainter::Antialiasing, true);
        // A write mark hangs at a bar's bottom edge: end the bar mid-swatch so it sits on the row.
        const QRectF bar(r.left(), r.top(), r.width(),
                         e == LegendEntry::Write ? r.height() / 2 - 0.5 : r.height());
        drawMarkSymbol(p, t, kind, r.center().x(), e == LegendEntry::Marker ? r.adjusted(0, -2, 0, 2) : row,
                       bar);
        break;
    }
    case LegendEntry::Finished:
        p.setPen(QPen(t.finished.darker(115), 1.5, Qt::DotLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    case LegendEntry::Count_: break;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
}

void drawWaitForGraph(TimelinePaintContext &ctx, const DeadlockCycle &cycle, const QRectF &box)
{
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    p.fillRect(box, QColor(255, 255, 255, 235));
    p.setPen(QPen(t.problem.lighter(150), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    QFont titleFont = t.smallFont;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(t.text);
    p.drawText(box.adjusted(8, 3, -8, 0), Qt::AlignTop | Qt::AlignLeft, TimelineText::tr("Wait-for graph"));
    const std::size_t n = std::min(cycle.tasks.size(), cycle.locks.size());
    if (n == 0)
        return;
    const QPointF centre(box.center().x(), box.center().y() + 8);
    const double rx = box.width() / 2 - 50;
    const double ry = box.height() / 2 - 28;
    const QFontMetricsF fm(t.smallFont);
    std::vector<QRectF> nodes;
    for (std::size_t i = 0; i < n; ++i) {
        const double a
            = std::numbers::pi + 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const QPointF c(centre.x() + rx * std::cos(a), centre.y() + ry * std::sin(a));
        const QString name = fm.elidedText(ctx.trace.taskName(cycle.tasks[i]), Qt::ElideRight, 78);
        const double w = fm.horizontalAdvance(name) + 14;
        nodes.emplace_back(c.x() - w / 2, c.y() - 10, w, 20);
    }
    for (std::size_t i = 0; i < n; ++i) { // edge: tasks[i] waits for locks[i], held by tasks[i + 1]
        const QRectF &a = nodes[i];
        const QRectF &b = nodes[(i + 1) % n];
        // Bend each edge to its left: a pair of opposite edges (a two-task cycle) then form an oval.
        const QPointF d = b.center() - a.center();
        const double len = std::max(1e-6, std::hypot(d.x(), d.y()));
        const QPointF ctrl = (a.center() + b.center()) / 2 + QPointF(d.y(), -d.x()) / len * 30;
        const auto at = [&](double s) {
            return (1 - s) * (1 - s) * a.center() + 2 * (1 - s) * s * ctrl + s * s * b.center();
        };
        double s0 = 0, s1 = 1; // leave the curve where it exits the nodes
        while (s0 < 0.5 && a.contains(at(s0)))
            s0 += 0.01;
        while (s1 > 0.5 && b.contains(at(s1)))
            s1 -= 0.01;
        QPainterPath path(at(s0));
        for (double s = s0; s <= s1; s += 0.02)
            path.lineTo(at(s));
        path.lineTo(at(s1));
        p.setPen(QPen(t.problem, 1.8));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        drawArrowHead(p, at(s1), at(s1 - 0.06), 8);
        const QString lock = ctx.trace.nameOf(cycle.locks[i]);
        const QPointF lp = at(0.5);
        const QRectF lr(lp.x() - fm.horizontalAdvance(lock) / 2 - 4, lp.y() - 8,
                        fm.horizontalAdvance(lock) + 8, 16);
        p.fillRect(lr, QColor(255, 255, 255, 230));
        p.setPen(t.problem.darker(120));
        p.setFont(t.smallFont);
        p.drawText(lr, Qt::AlignCenter, lock);
    }
    for (std::size_t i = 0; i < n; ++i) {
        p.setPen(QPen(t.problem, 1.5));
        p.setBrush(Qt::white);
        p.drawRoundedRect(nodes[i], 5, 5);
        p.setPen(t.text);
        p.setFont(t.smallFont);
        p.drawText(nodes[i], Qt::AlignCenter,
                   fm.elidedText(ctx.trace.taskName(cycle.tasks[i]), Qt::ElideRight, 78));
    }
}

} // namespace

double bannerHeight(const TimelineLayout &layout, const TimelineTheme &theme, double width)
{
    if (layout.deadlockSentences.isEmpty())
        return 0;
    QFont font = theme.labelFont;
    font.setBold(true);
    const QFontMetricsF fm(font);
    const QRectF text = bannerTextRect(QRectF(0, 0, width, 1000));
    const QRectF used
        = fm.boundingRect(text, Qt::TextWordWrap, layout.deadlockSentences.join(QLatin1Char('\n')));
    return std::max(used.height() + 20, kGraphHeight + 16);
}

void paintBanner(TimelinePaintContext &ctx)
{
    const QRectF b = ctx.frame.banner;
    if (b.height() <= 0 || ctx.layout.deadlockSentences.isEmpty())
        return;
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(b, t.bannerBackground);
    p.fillRect(QRectF(b.left(), b.top(), 5, b.height()), t.problem);
    QPainterPath warn; // a warning triangle with "!"
    const QPointF c(b.left() + 22, b.top() + 22);
    warn.moveTo(c.x(), c.y() - 9);
    warn.lineTo(c.x() + 10, c.y() + 8);
    warn.lineTo(c.x() - 10, c.y() + 8);
    warn.closeSubpath();
    p.fillPath(warn, t.problem);
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(c.x(), c.y() - 3), QPointF(c.x(), c.y() + 2));
    p.drawPoint(QPointF(c.x(), c.y() + 5));
    QFont font = t.labelFont;
    font.setBold(true);
    p.setFont(font);
    p.setPen(t.problem.darker(140));
    p.drawText(bannerTextRect(b), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               ctx.layout.deadlockSentences.join(QLatin1Char('\n')));
    const QRectF graph(b.right() - kGraphWidth - 10, b.top() + 8, kGraphWidth, b.height() - 16);
    drawWaitForGraph(ctx, ctx.layout.deadlocks.front(), graph);
}

void paintHeader(TimelinePaintContext &ctx)
{
    const QRectF h = ctx.frame.header;
    if (h.height() <= 0)
        return;
    QPainter &p = ctx.painter;
    double y = h.top() + 12;
    if (!ctx.options.title.isEmpty()) {
        p.setFont(ctx.theme.titleFont);
        p.setPen(ctx.theme.text);
        const double th = QFontMetricsF(ctx.theme.titleFont).height();
        p.drawText(QRectF(h.left() + 12, y, h.width() - 24, th), Qt::AlignLeft | Qt::AlignVCenter,
                   ctx.options.title);
        y += th + 4;
    }
    p.setFont(ctx.theme.labelFont);
    p.setPen(ctx.theme.mutedText);
    const double lh = QFontMetricsF(ctx.theme.labelFont).height();
    for (const QString &line : ctx.options.caption) {
        p.drawText(QRectF(h.left() + 12, y, h.width() - 24, lh), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lh + 2;
    }
}

void paintAxis(TimelinePaintContext &ctx)
{
    const QRectF a = ctx.frame.axis;
    if (a.height() <= 0)
        return;
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    p.fillRect(a, t.background);
    p.fillRect(QRectF(a.left(), a.bottom() - 1, a.width(), 1), t.separator);
    p.setFont(t.smallFont);
    if (ctx.options.showSourceNote) {
        p.setPen(t.mutedText);
        QString note = TimelineText::sourceNote(ctx.trace);
        if (ctx.layout.sections.size() > 1)
            note += QLatin1Char('\n') + TimelineText::tr("Time since the start of each phase");
        p.drawText(QRectF(a.left() + 10, a.top(), ctx.frame.labelWidth - 14, a.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, note);
    }
    const QFontMetricsF fm(t.smallFont);
    const double left = ctx.frame.plotLeft();
    const double right = left + ctx.frame.plotWidth();
    p.setPen(t.text);
    for (const AxisTick &tick : axisTicks(ctx.scale, 96, ctx.options.locale)) {
        p.fillRect(QRectF(tick.x, a.bottom() - 7, 1, 6), t.separator.darker(130));
        const double w = fm.horizontalAdvance(tick.label) + 4;
        const double x = std::clamp(tick.x - w / 2, left, right + 10 - w);
        p.drawText(QRectF(x, a.top() + 2, w, a.height() - 10), Qt::AlignCenter, tick.label);
    }
}

double legendHeight(const TimelineLayout &layout, const TimelineTheme &theme, double width)
{
    if (layout.legendMask == 0)
        return 0;
    return flowLegend(layout, theme, 0, 0, width, [](LegendEntry, const QRectF &, const QRectF &) {});
}

void paintLegend(TimelinePaintContext &ctx)
{
    const QRectF l = ctx.frame.legend;
    if (l.height() <= 0)
        return;
    QPainter &p = ctx.painter;
    p.fillRect(l, ctx.theme.background);
    p.fillRect(QRectF(l.left(), l.top(), l.width(), 1), ctx.theme.separator);
    flowLegend(ctx.layout, ctx.theme, l.left(), l.top(), l.width(),
               [&](LegendEntry e, const QRectF &swatch, const QRectF &text) {
                   drawSwatch(ctx, e, swatch);
                   p.setFont(ctx.theme.smallFont);
                   p.setPen(ctx.theme.text);
                   p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, TimelineText::legendLabel(e));
               });
}

} // namespace samtidig
