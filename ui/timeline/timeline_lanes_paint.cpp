// Paints the lanes (labels, spans; marks in timeline_marks_paint.cpp) and the arrows between them.
#include "timeline/timeline_marks_paint.h"
#include "timeline/timeline_paint_context.h"
#include "timeline/timeline_raster_fill.h"
#include "timeline/timeline_text.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>
#include <map>
#include <optional>
#include <utility>

namespace samtidig {

namespace {

// Adjacent thin blocks of one colour become one rectangle: fewer fill calls when zoomed out.
class RectBatcher
{
public:
    explicit RectBatcher(RasterRectFill &fill)
        : m_fill(fill)
    { }
    ~RectBatcher() { flush(); }
    void add(const QRectF &r, const QColor &c)
    {
        if (m_open && c == m_color && r.left() <= m_rect.right() + 0.5 && r.top() == m_rect.top()
            && r.height() == m_rect.height()) {
            m_rect.setRight(std::max(m_rect.right(), r.right()));
            return;
        }
        flush();
        m_rect = r;
        m_color = c;
        m_open = true;
    }
    void flush()
    {
        if (m_open)
            m_fill.fill(m_rect, m_color);
        m_open = false;
    }

private:
    RasterRectFill &m_fill;
    QRectF m_rect;
    QColor m_color;
    bool m_open = false;
};

struct Span {
    double x0 = 0;
    double x1 = 0;
};

// Where a row's items go across the plot: what it needs worked out once a row, not once an item.
class SpanX
{
public:
    SpanX(const TimelinePaintContext &ctx, const TimelineRow &row)
        : m_scale(ctx.scale)
        , m_offsetNs(ctx.layout.sections[static_cast<std::size_t>(row.section)].offsetNs)
        , m_left(ctx.frame.plot().left() - 2)
        , m_right(ctx.frame.plot().right() + 2)
    { }
    Span operator()(const LodItem &item) const
    {
        const double x0 = std::max(m_scale.toPixel(item.startNs - m_offsetNs), m_left);
        double x1 = std::min(m_scale.toPixel(item.endNs - m_offsetNs), m_right);
        if (x1 - x0 < 1.0) // a visible minimum, so a single short slice never disappears
            x1 = x0 + 1.0;
        return { x0, x1 };
    }

private:
    TimeScale m_scale;
    std::int64_t m_offsetNs;
    double m_left;
    double m_right;
};

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0) * c.alphaF()));
    return c;
}

void drawPill(QPainter &p, const QRectF &bar, const QString &text, const QFont &font, const QColor &fg,
              const QColor &bg, double maxWidth)
{
    const QFontMetricsF fm(font);
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxWidth - 8);
    if (shown.isEmpty() || shown == QStringLiteral("…"))
        return;
    const double w = fm.horizontalAdvance(shown) + 8;
    const QRectF pill(bar.left() + 3, bar.center().y() - fm.height() / 2, w, fm.height());
    p.fillRect(pill, bg);
    p.setPen(fg);
    p.setFont(font);
    p.drawText(pill, Qt::AlignCenter, shown);
}

void paintItems(TimelinePaintContext &ctx, RasterRectFill &fill, const TimelineRow &row,
                const std::vector<LodItem> &items, const QRectF &bar, bool syncTrack)
{
    const SpanX spanX(ctx, row);
    QPainter &p = ctx.painter;
    const QColor taskColor = ctx.theme.taskColor(row.task);
    RectBatcher batch(fill);
    for (const LodItem &item : items) {
        const auto [x0, x1] = spanX(item);
        const QRectF r(x0, bar.top(), x1 - x0, bar.height());
        const bool alert = syncTrack && row.deadlocked && item.state == SpanState::LockWait
            && ctx.layout.deadlockLocks.count(item.arg) && ctx.layout.deadlockTasks.count(item.other);
        if (r.width() < 4 && !alert) { // too thin for a pattern: its colour, weighted by how busy
            QColor c = stateBaseColor(ctx.theme, item.state, taskColor);
            if (item.state == SpanState::Blocked)
                batch.add(QRectF(r.left(), bar.center().y() - 2, r.width(), 4), c);
            else
                batch.add(r, item.folded() ? withAlpha(c, 0.35 + 0.65 * item.coverage) : c);
            continue;
        }
        batch.flush();
        drawStateShape(p, ctx.theme, item.state, r, taskColor, alert);
        if (item.state == SpanState::LockWait && r.width() > 70) {
            const QString text = item.other
                ? TimelineText::tr("waits for %1 (held by %2)")
                      .arg(ctx.trace.nameOf(item.arg), ctx.trace.taskName(item.other))
                : TimelineText::tr("waits for %1").arg(ctx.trace.nameOf(item.arg));
            drawPill(p, r, text, ctx.theme.smallFont, alert ? ctx.theme.problem : ctx.theme.text,
                     QColor(255, 255, 255, 225), r.width() - 6);
        }
    }
}

// Task colours by task id, worked out once a frame (a CPU lane asks for one per slice).
class TaskColors
{
public:
    explicit TaskColors(const TimelineTheme &theme)
        : m_theme(theme)
    { }
    QColor operator()(std::uint32_t task)
    {
        if (task >= kKept)
            return m_theme.taskColor(task);
        if (task >= m_colors.size())
            m_colors.resize(task + 1);
        std::optional<QColor> &c = m_colors[task];
        if (!c)
            c = m_theme.taskColor(task);
        return *c;
    }

private:
    static constexpr std::uint32_t kKept = 4096;
    const TimelineTheme &m_theme;
    std::vector<std::optional<QColor>> m_colors;
};

void paintCpuItems(TimelinePaintContext &ctx, RasterRectFill &fill, TaskColors &colors,
                   const TimelineRow &row, const QRectF &bar)
{
    const SpanX spanX(ctx, row);
    QPainter &p = ctx.painter;
    const QFontMetricsF fm(ctx.theme.smallFont);
    {
        RectBatcher batch(fill);
        for (const LodItem &item : row.main) {
            const auto [x0, x1] = spanX(item);
            const QColor c = colors(item.other);
            batch.add(QRectF(x0, bar.top(), x1 - x0, bar.height()),
                      item.folded() ? withAlpha(c, 0.35 + 0.65 * item.coverage) : c);
        }
    }
    p.setFont(ctx.theme.smallFont);
    for (const LodItem &item : row.main) { // the task's name on every slice wide enough for it
        const auto [x0, x1] = spanX(item);
        if (item.folded() || x1 - x0 < 28)
            continue;
        const QString name = fm.elidedText(ctx.trace.taskName(item.other), Qt::ElideRight, x1 - x0 - 8);
        if (name.isEmpty() || name == QStringLiteral("…"))
            continue;
        p.setPen(TimelineTheme::textOn(colors(item.other)));
        p.drawText(QRectF(x0 + 4, bar.top(), x1 - x0 - 8, bar.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   name);
    }
}

void paintHeld(TimelinePaintContext &ctx, const TimelineRow &row, const QRectF &band)
{
    const SpanX spanX(ctx, row);
    QPainter &p = ctx.painter;
    QFont font = ctx.theme.smallFont;
    font.setPixelSize(8);
    font.setBold(true);
    const QFontMetricsF fm(font);
    p.setFont(font);
    // A lock's name and its width, measured once per row: a busy row has thousands of bands.
    std::map<std::uint32_t, std::pair<QString, double>> names;
    for (const LodItem &item : row.held) {
        const auto [x0, x1] = spanX(item);
        const bool alert = row.deadlocked && ctx.layout.deadlockLocks.count(item.arg);
        const QRectF r(x0, band.top(), x1 - x0, band.height());
        drawStateShape(p, ctx.theme, SpanState::LockHeld, r, QColor(), alert);
        if (item.folded() || r.width() < 12)
            continue;
        auto it = names.find(item.arg);
        if (it == names.end()) {
            QString name = ctx.trace.nameOf(item.arg);
            const double width = fm.horizontalAdvance(name);
            it = names.emplace(item.arg, std::pair { std::move(name), width }).first;
        }
        if (r.width() > it->second.second + 8) {
            p.setPen(Qt::white);
            p.drawText(r.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, it->second.first);
        }
    }
}

void paintLabel(TimelinePaintContext &ctx, const TimelineRow &row, const QRectF &r)
{
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    const double right = r.left() + ctx.frame.labelWidth - 6;
    if (row.kind == TimelineRow::Kind::Cpu) {
        p.setFont(t.labelFont);
        p.setPen(t.text);
        p.drawText(QRectF(r.left() + 14, r.top(), right - r.left() - 14, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, row.label);
        return;
    }
    double x = r.left() + 6 + row.depth * 14;
    if (row.hasChildren) { // a disclosure triangle: collapses the process's threads and coroutines
        const QRectF tr = TimelinePainter::toggleRect(row, r);
        QPainterPath tri;
        const QPointF c = tr.center();
        if (row.collapsed) {
            tri.moveTo(c.x() - 2.5, c.y() - 4.5);
            tri.lineTo(c.x() + 3.5, c.y());
            tri.lineTo(c.x() - 2.5, c.y() + 4.5);
        } else {
            tri.moveTo(c.x() - 4.5, c.y() - 2.5);
            tri.lineTo(c.x() + 4.5, c.y() - 2.5);
            tri.lineTo(c.x(), c.y() + 3.5);
        }
        tri.closeSubpath();
        p.fillPath(tri, t.mutedText);
    }
    x += 14;
    const QRectF swatch(x, r.top() + 8, 10, 10);
    p.fillRect(swatch, t.taskColor(row.task)); // finished too: the lane keeps its colour key
    if (row.deadlocked) {
        p.setPen(QPen(t.problem, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch.adjusted(-1, -1, 1, 1));
    }
    x += 16;
    QFont nameFont = t.labelFont;
    const TaskInfo *info = ctx.trace.task(row.task);
    nameFont.setBold(row.deadlocked || (info && info->kind == TaskKind::Process));
    p.setFont(nameFont);
    p.setPen(row.deadlocked ? t.problem : (row.finished ? t.mutedText : t.text));
    const double w = std::max(10.0, right - x);
    p.drawText(QRectF(x, r.top() + 4, w, 16), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(nameFont).elidedText(row.label, Qt::ElideRight, w));
    p.setFont(t.smallFont);
    p.setPen(t.mutedText);
    p.drawText(QRectF(x, r.top() + 19, w, 13), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(t.smallFont).elidedText(row.sublabel, Qt::ElideRight, w));
}

void paintHeaderRow(TimelinePaintContext &ctx, const TimelineRow &row, const QRectF &r)
{
    QPainter &p = ctx.painter;
    const TimelineTheme &t = ctx.theme;
    const bool phase = row.kind == TimelineRow::Kind::PhaseHeader;
    p.fillRect(r, phase ? t.labelBackground.darker(106) : t.background);
    QFont font = t.headerFont;
    if (phase)
        font.setPixelSize(font.pixelSize() + 2);
    p.setFont(font);
    p.setPen(phase ? t.text : t.mutedText);
    p.drawText(r.adjusted(10, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, row.label);
    p.fillRect(QRectF(r.left(), r.bottom() - 1, r.width(), 1), t.separator);
}

void paintFinished(TimelinePaintContext &ctx, const TimelineRow &row, const QRectF &bar)
{
    const TaskInfo *info = ctx.trace.task(row.task);
    if (!info || info->endNs < 0)
        return;
    const double x = std::max(ctx.x(row, info->endNs), ctx.frame.plotLeft());
    const double right = ctx.frame.plot().right();
    if (x >= right)
        return;
    ctx.painter.setPen(QPen(ctx.theme.finished, 1, Qt::DotLine));
    ctx.painter.drawLine(QPointF(x, bar.center().y()), QPointF(right, bar.center().y()));
}

} // namespace

namespace {
// Times the run stood paused (Run → Pause): a grey hatched band over every lane of each section,
// labelled, so what the tasks seem to do there is read as standing still, not as run time.
// Rows [firstRow, lastRow) are those in view: a band is drawn over them only.
void paintPausedSpans(TimelinePaintContext &ctx, int firstRow, int lastRow)
{
    QPainter &p = ctx.painter;
    const TimelineFrame &f = ctx.frame;
    const TimelineTheme &t = ctx.theme;
    const auto &sections = ctx.layout.sections;
    if (ctx.trace.pausedSpans().empty())
        return;
    for (std::size_t index = 0; index < sections.size(); ++index) {
        const TimelineSection &section = sections[index];
        double top = f.lanes.bottom();
        double bottom = f.lanes.top();
        for (int i = firstRow; i < lastRow; ++i)
            if (const TimelineRow &row = ctx.layout.rows[static_cast<std::size_t>(i)];
                row.section == static_cast<int>(index) && row.kind != TimelineRow::Kind::PhaseHeader) {
                top = std::min(top, ctx.rowTop(row));
                bottom = std::max(bottom, ctx.rowTop(row) + row.height);
            }
        top = std::max(top, f.lanes.top());
        bottom = std::min(bottom, f.lanes.bottom());
        if (bottom <= top)
            continue;
        for (const PausedSpan &span : ctx.trace.pausedSpans()) {
            const std::int64_t start = std::max(span.startNs, section.clipStartNs);
            const std::int64_t end
                = std::min(span.endNs < 0 ? ctx.trace.endNs() : span.endNs, section.clipEndNs);
            const double left = std::max(ctx.scale.toPixel(start - section.offsetNs), f.plotLeft());
            const double right = std::min(ctx.scale.toPixel(end - section.offsetNs), f.lanes.right());
            if (end < start || right <= left - 2)
                continue;
            const QRectF band(QPointF(left, top), QPointF(std::max(right, left + 2), bottom));
            drawPausedBand(p, t, band);
            p.setFont(t.labelFont);
            const QString text = TimelineText::tr("Paused");
            if (QFontMetricsF(t.labelFont).horizontalAdvance(text) + 8 < band.width()) {
                const QRectF label = QRectF(band.left() + 4, band.top() + 4, band.width() - 8,
                                            QFontMetricsF(t.labelFont).height() + 2);
                p.fillRect(label.adjusted(-2, 0, 2, 0), t.background);
                p.setPen(t.text);
                p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }
}
} // namespace

void drawPausedBand(QPainter &p, const TimelineTheme &t, const QRectF &band)
{
    QColor veil = t.background;
    veil.setAlpha(170);
    p.fillRect(band, veil);
    p.fillRect(band, QBrush(t.mutedText, Qt::FDiagPattern));
    p.setPen(QPen(t.mutedText, 1, Qt::DashLine));
    p.drawLine(band.topLeft(), band.bottomLeft());
    p.drawLine(band.topRight(), band.bottomRight());
}

void paintLanes(TimelinePaintContext &ctx)
{
    QPainter &p = ctx.painter;
    const TimelineLayout &layout = ctx.layout;
    const TimelineFrame &f = ctx.frame;
    const TimelineTheme &t = ctx.theme;
    p.fillRect(QRectF(f.lanes.left(), f.lanes.top(), f.labelWidth, f.lanes.height()), t.labelBackground);
    if (layout.rows.empty()) {
        p.setFont(t.labelFont);
        p.setPen(t.mutedText);
        // Before any run (an empty trace of no scenario) say what to do; a run just started waits.
        const bool nothingRun = ctx.trace.scenario().isEmpty() && ctx.trace.events() == 0;
        p.drawText(f.plot().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   nothingRun
                       ? TimelineText::tr("Nothing has run yet. Pick a scenario on the left and press Run "
                                          "(F5): every thread will appear here, live, on the cores "
                                          "that run it.")
                       : TimelineText::tr("No events recorded yet."));
        return;
    }
    const int firstRow = std::max(0, layout.rowAt(ctx.options.verticalScroll));
    int lastRow = firstRow;
    while (lastRow < static_cast<int>(layout.rows.size())
           && ctx.rowTop(layout.rows[static_cast<std::size_t>(lastRow)]) < f.lanes.bottom())
        ++lastRow;
    const auto ticks = axisTicks(ctx.scale, 96, ctx.options.locale);
    // Pass 1: backgrounds, headers, grid.
    for (int i = firstRow; i < lastRow; ++i) {
        const TimelineRow &row = layout.rows[static_cast<std::size_t>(i)];
        const QRectF r = ctx.rowRect(row);
        const QRectF plotPart(f.plotLeft(), r.top(), f.plotWidth(), r.height());
        if (row.kind == TimelineRow::Kind::PhaseHeader || row.kind == TimelineRow::Kind::SectionHeader) {
            paintHeaderRow(ctx, row, r);
            continue;
        }
        if (i % 2)
            p.fillRect(plotPart, t.laneStripe);
        if (row.task != 0 && row.task == ctx.options.hoveredTask)
            p.fillRect(r, t.hover);
    }
    p.setPen(QPen(t.grid, 1));
    for (const AxisTick &tick : ticks)
        p.drawLine(QPointF(tick.x, f.lanes.top()), QPointF(tick.x, f.lanes.bottom()));
    p.fillRect(QRectF(f.plotLeft() - 1, f.lanes.top(), 1, f.lanes.height()), t.separator);
    // A phase title runs across the plot: paint it again over the grid so no line crosses its text.
    for (int i = firstRow; i < lastRow; ++i) {
        const TimelineRow &row = layout.rows[static_cast<std::size_t>(i)];
        if (row.kind == TimelineRow::Kind::PhaseHeader)
            paintHeaderRow(ctx, row, ctx.rowRect(row));
    }
    // Pass 2: spans (aliased, so edges stay crisp at any device pixel ratio), then marks and labels.
    MarkSprites sprites(p, t);
    TaskColors colors(t);
    for (int i = firstRow; i < lastRow; ++i) {
        const TimelineRow &row = layout.rows[static_cast<std::size_t>(i)];
        if (row.kind != TimelineRow::Kind::Cpu && row.kind != TimelineRow::Kind::Task)
            continue;
        const QRectF r = ctx.rowRect(row);
        const bool cpu = row.kind == TimelineRow::Kind::Cpu;
        const QRectF bar = TimelinePainter::stateBar(r, cpu);
        p.save();
        p.setClipRect(f.plot(), Qt::IntersectClip);
        p.setRenderHint(QPainter::Antialiasing, false);
        RasterRectFill fill(p, f.plot(), ctx.options.directRasterFills); // the clip just set
        if (cpu) {
            paintCpuItems(ctx, fill, colors, row, bar);
        } else {
            paintFinished(ctx, row, bar);
            paintItems(ctx, fill, row, row.main, bar, false);
            paintItems(ctx, fill, row, row.sync, bar, true);
            paintHeld(ctx, row, TimelinePainter::heldBand(r));
            p.setRenderHint(QPainter::Antialiasing, true);
            paintMarks(ctx, sprites, row, r, bar);
        }
        p.restore();
        p.setRenderHint(QPainter::Antialiasing, true);
        paintLabel(ctx, row, r);
        if (row.task != 0 && row.task == ctx.options.selectedTask) {
            p.setPen(QPen(t.selection, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }
    if (ctx.trace.detailCappedAtNs() >= 0 && layout.sections.size() == 1) {
        // Where detail stopped being kept: the lanes end here, the counters and analysis did not.
        const double x = std::max(ctx.scale.toPixel(ctx.trace.detailCappedAtNs()), f.plotLeft());
        if (x < f.lanes.right()) {
            const QRectF rest(QPointF(x, f.lanes.top()), f.lanes.bottomRight());
            p.fillRect(rest, QBrush(t.mutedText, Qt::BDiagPattern));
            p.setPen(QPen(t.mutedText, 1.5));
            p.drawLine(QPointF(x, f.lanes.top()), QPointF(x, f.lanes.bottom()));
            p.setFont(t.labelFont);
            p.drawText(rest.adjusted(6, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       TimelineText::detailCapped());
        }
    }
    paintPausedSpans(ctx, firstRow, lastRow);
    if (ctx.trace.outcome() == RunOutcome::Running && layout.sections.size() == 1) { // the live edge
        const double x = ctx.scale.toPixel(ctx.trace.endNs());
        p.setPen(QPen(t.mutedText, 1, Qt::DashLine));
        p.drawLine(QPointF(x, f.lanes.top()), QPointF(x, f.lanes.bottom()));
    }
}

namespace {
constexpr double kArrowReachPx = 12; // how far past its rows an arrow's head and pen may reach
} // namespace

void paintArrows(TimelinePaintContext &ctx)
{
    QPainter &p = ctx.painter;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const auto &rows = ctx.layout.rows;
    // An arrow lies between its two rows (a hand-over's curve too): one whose rows are both above
    // or both below the lanes in view is clipped away whole, so it is not drawn at all.
    const double top = ctx.frame.lanes.top() - kArrowReachPx;
    const double bottom = ctx.frame.lanes.bottom() + kArrowReachPx;
    for (const TimelineArrow &a : ctx.layout.arrows) {
        const TimelineRow &from = rows[static_cast<std::size_t>(a.fromRow)];
        const TimelineRow &to = rows[static_cast<std::size_t>(a.toRow)];
        const double fromTop = ctx.rowTop(from);
        const double toTop = ctx.rowTop(to);
        if (std::max(fromTop + from.height, toTop + to.height) < top || std::min(fromTop, toTop) > bottom)
            continue;
        const QRectF fromBar = TimelinePainter::stateBar(ctx.rowRect(from), false);
        const QRectF toBar = TimelinePainter::stateBar(ctx.rowRect(to), false);
        const double x1 = ctx.x(from, a.fromNs);
        const double x2 = ctx.x(to, a.toNs);
        switch (a.kind) {
        case TimelineArrow::Kind::HandOver: {
            const QPointF p1(x1, fromBar.center().y());
            const QPointF p2(x2, toBar.center().y());
            const double k = std::max(10.0, std::abs(p2.x() - p1.x()) / 2);
            QPainterPath path(p1);
            const QPointF c2(p2.x() - k, p2.y());
            path.cubicTo(QPointF(p1.x() + k, p1.y()), c2, p2);
            QColor c = ctx.theme.flow;
            c.setAlpha(200);
            p.setPen(QPen(c, 1.2));
            p.drawPath(path);
            drawArrowHead(p, p2, c2, 6);
            break;
        }
        case TimelineArrow::Kind::WaitsFor: {
            const bool down = to.y > from.y;
            const QPointF p1(x1 + 4, down ? fromBar.bottom() : fromBar.top());
            const QPointF p2(x1 + 4, down ? toBar.top() - 1 : toBar.bottom() + 1);
            p.setPen(QPen(a.deadlock ? ctx.theme.problem : ctx.theme.lockWait, a.deadlock ? 2.0 : 1.2,
                          a.deadlock ? Qt::SolidLine : Qt::DashLine));
            p.drawLine(p1, p2);
            drawArrowHead(p, p2, p1, a.deadlock ? 8 : 6);
            break;
        }
        case TimelineArrow::Kind::Overwrites: {
            const QPointF p1(x1, TimelinePainter::heldBand(ctx.rowRect(from)).center().y());
            const QPointF p2(x2, toBar.center().y());
            p.setPen(QPen(ctx.theme.problem, 1.2, Qt::DashLine));
            p.drawLine(p1, p2);
            break;
        }
        }
    }
}

} // namespace samtidig
