#pragma once
// Internal to the timeline painter: the marks on a task lane (instants: reads, writes, timeouts,
// lost updates, ...), as small cached images on raster targets and as vector symbols elsewhere.

#include "timeline/timeline_paint_context.h"

#include <QImage>
#include <QPaintEngine>

#include <array>
#include <cmath>

namespace samtidig {

// The symbols as small images for raster targets (the window, PNG): blitting one costs a small
// part of drawMarkSymbol's antialiased strokes and fills, which were most of a zoomed-out frame.
// SVG and PDF keep the vector symbols. Every task row has the same height, so one image a kind.
class MarkSprites
{
public:
    MarkSprites(QPainter &p, const TimelineTheme &theme)
        : m_theme(theme)
        , m_enabled(p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster)
        , m_dpr(p.device() ? p.device()->devicePixelRatioF() : 1.0)
        , m_trim(m_dpr == 1.0 && p.transform().type() <= QTransform::TxTranslate)
    { }
    bool enabled() const { return m_enabled; }
    void draw(QPainter &p, TimelineMark::Kind kind, double x, const QRectF &rowRect, const QRectF &bar)
    {
        if (m_rowHeight != rowRect.height()) {
            for (QImage &i : m_images)
                i = QImage();
            m_rowHeight = rowRect.height();
        }
        const std::size_t slot = static_cast<std::size_t>(kind) % m_images.size();
        QImage &image = m_images[slot];
        if (image.isNull()) {
            const QSizeF size(kWidth, rowRect.height() + 2 * kPad);
            image = QImage((size * m_dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(m_dpr);
            image.fill(Qt::transparent);
            QPainter sp(&image);
            sp.setRenderHint(QPainter::Antialiasing, true);
            const QPointF shift(-rowRect.left(), kPad - rowRect.top());
            drawMarkSymbol(sp, m_theme, kind, kWidth / 2, rowRect.translated(shift), bar.translated(shift));
            sp.end();
            m_inked[slot] = m_trim ? inkedRect(image) : image.rect();
        }
        const QRect &ink = m_inked[slot];
        if (ink.isEmpty())
            return;
        // Only the inked part: the same pixels, without blending the transparent rest of the image.
        p.drawImage(QPointF(std::round(x - kWidth / 2) + ink.x(), rowRect.top() - kPad + ink.y()), image,
                    ink);
    }

private:
    // The smallest rectangle holding every pixel that is not fully transparent.
    static QRect inkedRect(const QImage &image)
    {
        int left = image.width(), right = -1, top = image.height(), bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(line[x]) == 0)
                    continue;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
        return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
    }

    static constexpr double kWidth = 24; // wider than any symbol, halo included
    static constexpr double kPad = 8; // symbols reach a little above and below their row
    const TimelineTheme &m_theme;
    bool m_enabled = false;
    qreal m_dpr = 1;
    double m_rowHeight = 0;
    bool m_trim = false; // device pixels are logical pixels: a part of a sprite lands where it would
    std::array<QImage, 16> m_images;
    std::array<QRect, 16> m_inked;
};

// Draws a task row's marks: runs of reads and writes as one shape, other symbols at most one per
// few pixels of their kind.
void paintMarks(TimelinePaintContext &ctx, MarkSprites &sprites, const TimelineRow &row,
                const QRectF &rowRect, const QRectF &bar);

} // namespace samtidig
