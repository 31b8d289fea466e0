#pragma once
// Aliased solid rectangles written straight into the image a raster QPainter paints on, with the
// raster engine's own rounding, clipping and source-over arithmetic: the pixels of
// QPainter::fillRect at a small part of its cost a call, for the tens of thousands of thin folded
// columns a zoomed-out timeline fills a frame. On any other device (SVG, PDF, a printer) or
// painter state it calls QPainter::fillRect, so vector pictures stay vector.

#include <QColor>
#include <QRect>
#include <QRgb>

#include <cstdint>
#include <vector>

class QPainter;
class QRectF;

namespace samtidig {

class RasterRectFill
{
public:
    // `clip` is the painter's clip at the fills, in its logical coordinates (the raster engine's
    // own clip cannot be asked for); the device's system clip applies as well. `allowed` false
    // fills through QPainter always.
    RasterRectFill(QPainter &painter, const QRectF &clip, bool allowed);
    // As painter.fillRect(rect, color), with antialiasing off.
    void fill(const QRectF &rect, const QColor &color);
    // True when fills go into the image itself.
    bool direct() const { return m_bits != nullptr; }

private:
    QRect deviceRect(const QRectF &rect) const;
    QRgb premultiplied(const QColor &color);
    void blend(const QRect &rect, QRgb color);

    QPainter &m_painter;
    uchar *m_bits = nullptr;
    qsizetype m_bytesPerLine = 0;
    double m_sx = 1, m_sy = 1, m_dx = 0, m_dy = 0; // logical -> device: a scale and a translation
    bool m_scaled = false;
    std::vector<QRect> m_clip; // device pixels, disjoint (a system clip may be several rects)
    QColor m_lastColor; // the last colour asked for, and its premultiplied pixel
    QRgb m_lastPixel = 0;
};

} // namespace samtidig
