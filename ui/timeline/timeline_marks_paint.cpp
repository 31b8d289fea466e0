// Paints the marks on task lanes: the symbol of each kind, and runs of dense reads and writes.
#include "timeline/timeline_marks_paint.h"

#include "timeline/timeline_painter.h"

#include <QPainterPath>

#include <utility>

namespace samtidig {

void drawMarkSymbol(QPainter &p, const TimelineTheme &t, TimelineMark::Kind kind, double x,
                    const QRectF &rowRect, const QRectF &bar)
{
    const double cy = bar.center().y();
    using K = TimelineMark::Kind;
    switch (kind) {
    case K::Timeout: // a small clock
        p.setPen(QPen(t.lockWait, 1.5));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x, cy), 5.5, 5.5);
        p.drawLine(QPointF(x, cy), QPointF(x, cy - 3.5));
        p.drawLine(QPointF(x, cy), QPointF(x + 2.8, cy));
        break;
    case K::LostWrite: // red X with a white halo, on the write that was lost
        for (const auto &[color, width] :
             { std::pair { QColor(Qt::white), 5.0 }, std::pair { t.problem, 2.4 } }) {
            p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(x - 5, cy - 5), QPointF(x + 5, cy + 5));
            p.drawLine(QPointF(x - 5, cy + 5), QPointF(x + 5, cy - 5));
        }
        break;
    case K::Overwrite: { // red triangle on the write that overwrote it
        QPainterPath tri;
        const double y = TimelinePainter::heldBand(rowRect).center().y();
        tri.moveTo(x - 5, y - 4);
        tri.lineTo(x + 5, y - 4);
        tri.lineTo(x, y + 5);
        tri.closeSubpath();
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(t.problem);
        p.drawPath(tri);
        break;
    }
    case K::Write: {
        QPainterPath tri;
        tri.moveTo(x - 3, bar.bottom() + 3);
        tri.lineTo(x + 3, bar.bottom() + 3);
        tri.lineTo(x, bar.bottom() - 2);
        tri.closeSubpath();
        p.fillPath(tri, t.text);
        break;
    }
    case K::Read:
        p.setPen(QPen(t.mutedText, 1));
        p.drawLine(QPointF(x, bar.bottom() - 3), QPointF(x, bar.bottom() + 2));
        break;
    case K::Marker:
        p.setPen(QPen(t.text, 1, Qt::DashLine));
        p.drawLine(QPointF(x, rowRect.top() + 1), QPointF(x, rowRect.bottom() - 1));
        p.fillRect(QRectF(x, rowRect.top() + 1, 6, 4), t.text);
        break;
    case K::Fork:
        p.setPen(QPen(t.text, 1.3));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x, cy), 3.5, 3.5);
        break;
    case K::Exit: p.fillRect(QRectF(x - 3, cy - 3, 6, 6), t.text); break;
    case K::Notify: {
        QPainterPath tri;
        tri.moveTo(x - 3.5, bar.top() + 3);
        tri.lineTo(x + 3.5, bar.top() + 3);
        tri.lineTo(x, bar.top() - 3);
        tri.closeSubpath();
        p.fillPath(tri, t.condWait.darker(130));
        break;
    }
    case K::Stall: break; // the Stalled span shows it
    }
}

namespace {

// Reads and writes are the dense marks: zoomed out, a busy lane has one of each in nearly every
// pixel column. A run of them closer than kMarkRunPx is drawn as one shape (the gaps between them
// would not show), instead of a thousand strokes and fills a row.
constexpr double kMarkRunPx = 1.5;
constexpr double kSymbolGapPx = 6;

class MarkRun
{
public:
    // Extends the run by a mark at x; returns false (leaving the run as it was) if x is too far.
    bool extend(double x)
    {
        if (m_open && x - m_x1 > kMarkRunPx)
            return false;
        m_x0 = m_open ? m_x0 : x;
        m_x1 = x;
        m_open = true;
        return true;
    }
    bool open() const { return m_open; }
    double x0() const { return m_x0; }
    double x1() const { return m_x1; }
    void close() { m_open = false; }

private:
    double m_x0 = 0;
    double m_x1 = 0;
    bool m_open = false;
};

} // namespace

void paintMarks(TimelinePaintContext &ctx, MarkSprites &sprites, const TimelineRow &row,
                const QRectF &rowRect, const QRectF &bar)
{
    QPainter &p = ctx.painter;
    MarkRun reads;
    MarkRun writes;
    const auto drawReads = [&] { // a short vertical line at the bar's bottom edge, or a band of them
        if (reads.open())
            p.fillRect(QRectF(reads.x0() - 0.5, bar.bottom() - 3, reads.x1() - reads.x0() + 1, 5),
                       ctx.theme.mutedText);
        reads.close();
    };
    const auto drawWrites = [&] { // a small triangle pointing up, or the band a run of them makes
        if (!writes.open())
            return;
        if (writes.x1() == writes.x0() && sprites.enabled()) {
            sprites.draw(p, TimelineMark::Kind::Write, writes.x0(), rowRect, bar);
            writes.close();
            return;
        }
        QPainterPath shape;
        shape.moveTo(writes.x0() - 3, bar.bottom() + 3);
        shape.lineTo(writes.x1() + 3, bar.bottom() + 3);
        shape.lineTo(writes.x1(), bar.bottom() - 2);
        if (writes.x1() > writes.x0())
            shape.lineTo(writes.x0(), bar.bottom() - 2);
        shape.closeSubpath();
        p.fillPath(shape, ctx.theme.text);
        writes.close();
    };
    // Other marks are symbols up to 11 px wide: one more within kSymbolGapPx of the last one of its
    // kind would be drawn over it (lost updates come in bursts of hundreds a pixel column apart).
    std::array<double, 16> lastSymbolX;
    lastSymbolX.fill(-1e9);
    for (const TimelineMark &m : row.marks) {
        const double x = ctx.x(row, m.timeNs);
        switch (m.kind) {
        case TimelineMark::Kind::Read:
            if (!reads.extend(x)) {
                drawReads();
                reads.extend(x);
            }
            break;
        case TimelineMark::Kind::Write:
            if (!writes.extend(x)) {
                drawWrites();
                writes.extend(x);
            }
            break;
        default: {
            double &last = lastSymbolX[static_cast<std::size_t>(m.kind) % lastSymbolX.size()];
            if (x - last < kSymbolGapPx)
                break;
            last = x;
            if (sprites.enabled())
                sprites.draw(p, m.kind, x, rowRect, bar);
            else
                drawMarkSymbol(p, ctx.theme, m.kind, x, rowRect, bar);
            break;
        }
        }
    }
    drawReads();
    drawWrites();
}

} // namespace samtidig
