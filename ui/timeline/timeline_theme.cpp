#include "timeline/timeline_theme.h"

#include <QPainter>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace samtidig {

namespace {

// Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, yellow. Vermillion is kept
// for lock waits and red for problems, so a task never looks like one.
constexpr std::array<QRgb, 6> kTaskPalette { 0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xF0E442 };

QFont font(double pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(static_cast<int>(std::lround(pixelSize)));
    f.setBold(bold);
    return f;
}

} // namespace

TimelineTheme TimelineTheme::forKind(TimelineThemeKind kind)
{
    TimelineTheme t;
    const bool print = kind == TimelineThemeKind::Print;
    t.background = print ? QColor(Qt::white) : QColor(0xFB, 0xFB, 0xFC);
    t.laneStripe = print ? QColor(0xF6, 0xF6, 0xF6) : QColor(0xF1, 0xF2, 0xF5);
    t.labelBackground = print ? QColor(Qt::white) : QColor(0xEE, 0xF0, 0xF3);
    t.text = QColor(0x1E, 0x1E, 0x24);
    t.mutedText = QColor(0x6A, 0x6E, 0x78);
    t.grid = print ? QColor(0xE2, 0xE2, 0xE2) : QColor(0xDD, 0xE0, 0xE6);
    t.separator = QColor(0xB8, 0xBC, 0xC6);
    t.selection = QColor(0x00, 0x00, 0x00);
    t.hover = QColor(0x00, 0x72, 0xB2, 28);
    t.blocked = QColor(0x9A, 0x9E, 0xA8);
    t.lockWait = QColor(0xD5, 0x5E, 0x00);
    t.lockHeld = QColor(0x33, 0x33, 0x3B);
    t.sleeping = QColor(0x56, 0xB4, 0xE9);
    t.awaiting = QColor(0xCC, 0x79, 0xA7);
    t.condWait = QColor(0x00, 0x9E, 0x73);
    t.stalled = QColor(0x55, 0x55, 0x55);
    t.stepWait = QColor(0x4B, 0x3F, 0xA0);
    t.flow = QColor(0x30, 0x30, 0x38);
    t.problem = QColor(0xD0, 0x10, 0x10);
    t.bannerBackground = QColor(0xFF, 0xE8, 0xE6);
    t.finished = QColor(0xC8, 0xCA, 0xD0);
    t.labelFont = font(12, false);
    t.smallFont = font(10, false);
    t.headerFont = font(11.5, true);
    t.titleFont = font(17, true);
    return t;
}

QColor TimelineTheme::taskColor(std::uint32_t task) const
{
    const QColor base = QColor::fromRgb(kTaskPalette[task % kTaskPalette.size()]);
    // Beyond six tasks, alternate darker and lighter shades of the same six colours.
    switch ((task / kTaskPalette.size()) % 3) {
    case 1: return base.darker(135);
    case 2: return base.lighter(125);
    default: return base;
    }
}

QColor TimelineTheme::textOn(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.55 ? QColor(0x10, 0x10, 0x14) : QColor(Qt::white);
}

void drawHatch(QPainter &painter, const QRectF &rect, const QColor &color, double spacing, double width)
{
    // Lines x + y = c, c a multiple of spacing: "/" hatching anchored to absolute coordinates.
    const double x0 = rect.left(), x1 = rect.right(), y0 = rect.top(), y1 = rect.bottom();
    QVarLengthArray<QLineF, 128> lines;
    for (double c = std::ceil((x0 + y0) / spacing) * spacing; c <= x1 + y1; c += spacing) {
        const double xa = std::max(x0, c - y1);
        const double xb = std::min(x1, c - y0);
        if (xb > xa)
            lines.append(QLineF(xa, c - xa, xb, c - xb));
    }
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(lines.constData(), static_cast<int>(lines.size()));
}

void drawDashes(QPainter &painter, const QRectF &rect, const QColor &color)
{
    // Two rows of short dashes, offset: reads as "resting", unlike the diagonal lock-wait hatch.
    QVarLengthArray<QLineF, 128> lines;
    const double rows[2] = { rect.top() + rect.height() * 0.35, rect.top() + rect.height() * 0.7 };
    for (int r = 0; r < 2; ++r) {
        const double phase = r == 0 ? 0.0 : 4.0;
        for (double x = std::floor((rect.left() - phase) / 8.0) * 8.0 + phase; x < rect.right(); x += 8.0) {
            const double xa = std::max(x, rect.left());
            const double xb = std::min(x + 4.0, rect.right());
            if (xb > xa)
                lines.append(QLineF(xa, rows[r], xb, rows[r]));
        }
    }
    painter.setPen(QPen(color, 1.4, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(lines.constData(), static_cast<int>(lines.size()));
}

void drawDots(QPainter &painter, const QRectF &rect, const QColor &color)
{
    QVarLengthArray<QPointF, 128> points;
    const double y = rect.center().y();
    for (double x = std::ceil(rect.left() / 4.0) * 4.0; x <= rect.right(); x += 4.0)
        points.append(QPointF(x, y));
    painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawPoints(points.constData(), static_cast<int>(points.size()));
}

} // namespace samtidig
