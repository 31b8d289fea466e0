// Paints what frames the lanes: export header, deadlock banner with its wait-for graph, time
// axis, and the legend of every colour and pattern in use.
#include "timeline/timeline_paint_context.h"
#include "timeline/timeline_text.h"
#include "timeline/wait_for_graph_layout.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace samtidig {

namespace {

constexpr double kSwatchWidth = 26;
constexpr double kLegendRowHeight = 20;
constexpr double kGraphMaxHeight = 220; // taller rings get abbreviated labels, then are shortened
constexpr double kGraphMinWidth = 260;

// The ring of the first cycle, sized for a banner `width` wide: at most 55 % of it.
WaitForGraphLayout bannerGraph(const Trace &trace, const TimelineLayout &layout, const TimelineTheme &theme,
                               double width)
{
    QStringList tasks;
    QStringList locks;
    if (!layout.deadlocks.empty()) {
        const DeadlockCycle &c = layout.deadlocks.front();
        for (const std::uint32_t task : c.tasks)
            tasks << trace.taskName(task);
        for (const std::uint32_t lock : c.locks)
            locks << trace.nameOf(lock);
    }
    return layoutWaitForGraph(tasks, locks, theme.smallFont, std::max(kGraphMinWidth, width * 0.55),
                              kGraphMaxHeight);
}

QRectF bannerGraphRect(const QRectF &banner, const WaitForGraphLayout &g)
{
    return QRectF(banner.right() - g.size.width() - 10, banner.top() + 8, g.size.width(), g.size.height());
}

QRectF bannerTextRect(const QRectF &banner, const WaitForGraphLayout &g)
{
    return banner.adjusted(40, 10, -(g.size.width() + 26), -10);
}

// Where a line from a rect's centre towards `to` leaves the rect.
QPointF exitPoint(const QRectF &r, const QPointF &to)
{
    const QPointF d = to - r.center();
    const double sx = std::abs(d.x()) > 1e-9 ? r.width() / 2 / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? r.height() / 2 / std::abs(d.y()) : 1e9;
    return r.center() + d * std::min({ sx, sy, 1.0 });
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
    case LegendEntry::GilHeld: { // the band as the lanes draw it, named GIL in the same small letters
        const QRectF band(r.left(), r.top() + 2, r.width(), 8);
        drawStateShape(p, t, SpanState::LockHeld, band, task, false);
        QFont font = t.smallFont;
        font.setPixelSize(8);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(band.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("GIL"));
        break;
    }
    case LegendEntry::Sleeping: drawStateShape(p, t, SpanState::Sleeping, r, task, false); break;
    case LegendEntry::Awaiting: drawStateShape(p, t, SpanState::Awaiting, r, task, false); break;
    case LegendEntry::CondWait: drawStateShape(p, t, SpanState::CondWait, r, task, false); break;
    case LegendEntry::Stalled: drawStateShape(p, t, SpanState::Stalled, r, task, false); break;
    case LegendEntry::StepWait: drawStateShape(p, t, SpanState::StepWait, r, task, false); break;
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
    case LegendEntry::WaitsFor: {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(t.lockWait, 1.2, Qt::DashLine));
        const QPointF from(r.left() + 2, r.top());
        const QPointF to(r.right() - 2, r.bottom());
        p.drawLine(from, to);
        drawArrowHead(p, to, from, 6);
        break;
    }
    case LegendEntry::Timeout:
    case LegendEntry::LostUpdate:
    case LegendEntry::Overwrite:
    case LegendEntry::Write:
    case LegendEntry::Read:
    case LegendEntry::Notify:
    case LegendEntry::Fork:
    case LegendEntry::Exit:
    case LegendEntry::Marker: {
        using K = TimelineMark::Kind;
        K kind = K::Marker;
        for (const K k :
             { K::Timeout, K::LostWrite, K::Overwrite, K::Write, K::Read, K::Notify, K::Fork, K::Exit })
            if (legendEntryFor(k) == e)
                kind = k;
        p.setRenderHint(QPainter::Antialiasing, true);
        // Marks on a bar's edge (write, read, notify) show against a short bar of the task's colour.
        const bool onEdge = kind == K::Write || kind == K::Read || kind == K::Notify;
        const QRectF bar = kind == K::Notify
            ? QRectF(r.left(), r.center().y(), r.width(), r.height() / 2)
            : QRectF(r.left(), r.top(), r.width(), onEdge ? r.height() / 2 - 0.5 : r.height());
        if (onEdge)
            p.fillRect(bar, t.taskColor(0).lighter(160));
        // The overwrite triangle sits on its row's lock band: move that band onto the swatch.
        const QRectF markRow = kind == K::Marker ? r.adjusted(0, -2, 0, 2)
            : kind == K::Overwrite
            ? row.translated(0, r.center().y() - TimelinePainter::heldBand(row).center().y())
            : row;
        drawMarkSymbol(p, t, kind, r.center().x(), markRow, bar);
        break;
    }
    case LegendEntry::Paused: {
        // The band over a short bar of the task's colour: the lanes under a pause look like this.
        p.fillRect(r, t.taskColor(0));
        drawPausedBand(p, t, r);
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

// Tasks (rounded) and locks (square, in the lock colour) alternate around the ring: each task
// points at the lock it waits for, each lock at the task that holds it.
void drawWaitForGraph(TimelinePaintContext &ctx, const WaitForGraphLayout &g, const QRectF &box)
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
    p.drawText(QRectF(box.left() + 8, box.top() + 3, box.width() - 16, kWaitForGraphTitleHeight),
               Qt::AlignTop | Qt::AlignLeft,
               g.abbreviated ? TimelineText::tr("Wait-for graph (hover for full names)")
                             : TimelineText::tr("Wait-for graph"));
    const std::size_t n = g.nodes.size();
    if (n == 0)
        return;
    const QPointF origin = box.topLeft();
    for (std::size_t i = 0; i < n; ++i) {
        const QRectF a = g.nodes[i].rect.translated(origin);
        const QRectF b = g.nodes[(i + 1) % n].rect.translated(origin);
        const QPointF from = exitPoint(a, b.center());
        const QPointF to = exitPoint(b, a.center());
        const bool elided = g.nodes[i].elided || g.nodes[(i + 1) % n].elided;
        p.setPen(QPen(t.problem, 1.6, elided ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(from, to);
        drawArrowHead(p, to, from, 7);
    }
    p.setFont(g.font);
    for (const WaitForGraphNode &node : g.nodes) {
        const QRectF r = node.rect.translated(origin);
        p.setPen(QPen(t.problem, 1.4));
        if (node.elided) {
            p.setPen(t.mutedText);
            p.drawText(r, Qt::AlignCenter, node.text);
            continue;
        } else if (node.isLock) {
            p.setBrush(t.lockHeld); // the colour of a held lock in the lanes
            p.drawRect(r);
        } else {
            p.setBrush(Qt::white);
            p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        }
        p.setPen(node.isLock ? TimelineTheme::textOn(t.lockHeld) : t.text);
        p.drawText(r, Qt::AlignCenter, node.text);
    }
}

} // namespace

double bannerHeight(const Trace &trace, const TimelineLayout &layout, const TimelineTheme &theme,
                    double width)
{
    if (layout.deadlockSentences.isEmpty())
        return 0;
    QFont font = theme.labelFont;
    font.setBold(true);
    const QFontMetricsF fm(font);
    const WaitForGraphLayout graph = bannerGraph(trace, layout, theme, width);
    const QRectF text = bannerTextRect(QRectF(0, 0, width, 1000), graph);
    const QRectF used
        = fm.boundingRect(text, Qt::TextWordWrap, layout.deadlockSentences.join(QLatin1Char('\n')));
    return std::max(used.height() + 20, graph.size.height() + 16);
}

QString bannerToolTip(const Trace &trace, const TimelineLayout &layout, const TimelineTheme &theme,
                      const QRectF &banner, const QPointF &pos)
{
    if (layout.deadlockSentences.isEmpty() || !banner.contains(pos))
        return {};
    const WaitForGraphLayout graph = bannerGraph(trace, layout, theme, banner.width());
    const QPointF at = pos - bannerGraphRect(banner, graph).topLeft();
    for (const WaitForGraphNode &node : graph.nodes)
        if (node.rect.contains(at))
            return node.isLock ? TimelineText::tr("Lock: %1").arg(node.fullName) : node.fullName;
    return {};
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
    const WaitForGraphLayout graph = bannerGraph(ctx.trace, ctx.layout, t, b.width());
    p.drawText(bannerTextRect(b, graph), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               ctx.layout.deadlockSentences.join(QLatin1Char('\n')));
    drawWaitForGraph(ctx, graph, bannerGraphRect(b, graph));
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
    // The time scale on top; in a stepped run, the row of step numbers under it.
    const double stepRow = stepRowHeight(ctx.layout);
    const QRectF time(a.left(), a.top(), a.width(), a.height() - stepRow);
    // Where the cores' lanes come from, once there are lanes (before a run it is not known yet).
    if (ctx.options.showSourceNote && !ctx.layout.rows.empty()) {
        p.setPen(t.mutedText);
        QString note = TimelineText::sourceNote(ctx.trace);
        if (ctx.layout.sections.size() > 1)
            note += QLatin1Char('\n') + TimelineText::tr("Time since the start of each phase");
        p.drawText(QRectF(time.left() + 10, time.top(), ctx.frame.labelWidth - 14, time.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, note);
    }
    if (ctx.layout.rows.empty())
        return; // no lane to measure: a time scale of nothing ("-20 ns … 20 ns") would only puzzle
    if (stepRow > 0)
        paintStepRow(ctx, QRectF(a.left(), time.bottom(), a.width(), stepRow));
    p.setFont(t.smallFont);
    const QFontMetricsF fm(t.smallFont);
    const double left = ctx.frame.plotLeft();
    const double right = left + ctx.frame.plotWidth();
    p.setPen(t.text);
    for (const AxisTick &tick : axisTicks(ctx.scale, 96, ctx.options.locale)) {
        p.fillRect(QRectF(tick.x, time.bottom() - 7, 1, 6), t.separator.darker(130));
        const double w = fm.horizontalAdvance(tick.label) + 4;
        const double x = std::clamp(tick.x - w / 2, left, right + 10 - w);
        p.drawText(QRectF(x, time.top() + 2, w, time.height() - 10), Qt::AlignCenter, tick.label);
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
