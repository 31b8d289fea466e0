#include "timeline/timeline_raster_fill.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRgba64>

#include <algorithm>
#include <cstring>

namespace samtidig {

namespace {

// x * a / 255 for each of the four 8-bit channels, rounded as the raster engine's BYTE_MUL rounds.
QRgb byteMul(QRgb x, std::uint32_t a)
{
    std::uint32_t t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    std::uint32_t u = ((x >> 8) & 0xff00ff) * a;
    u = (u + ((u >> 8) & 0xff00ff) + 0x800080);
    u &= 0xff00ff00;
    return t | u;
}

bool writable(const QImage &image)
{
    return image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_RGB32;
}

} // namespace

RasterRectFill::RasterRectFill(QPainter &painter, const QRectF &clip, bool allowed)
    : m_painter(painter)
{
    QPaintEngine *engine = painter.paintEngine();
    const QTransform &m = painter.deviceTransform();
    if (!allowed || !engine || engine->type() != QPaintEngine::Raster || !engine->paintDevice()
        || engine->paintDevice()->devType() != QInternal::Image || m.type() > QTransform::TxScale
        || m.m11() <= 0 || m.m22() <= 0 || painter.opacity() != 1.0
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return;
    auto *image = static_cast<QImage *>(engine->paintDevice());
    if (!writable(*image))
        return;
    m_sx = m.m11();
    m_sy = m.m22();
    m_dx = m.dx();
    m_dy = m.dy();
    m_scaled = m.type() == QTransform::TxScale;
    // The engine maps a clip rectangle by its corners, each rounded (qt_mapFillRect).
    const QPoint a = m.map(clip.topLeft()).toPoint();
    const QPoint b = m.map(clip.bottomRight()).toPoint();
    const QRect clipRect = QRect(a, b - QPoint(1, 1)).normalized() & image->rect();
    const QRegion system = engine->systemClip();
    const QRegion region = system.isEmpty() ? QRegion(clipRect) : system & clipRect;
    m_clip.assign(region.begin(), region.end());
    m_bits = image->bits(); // the buffer the engine writes: the painter detached it when it began
    m_bytesPerLine = image->bytesPerLine();
}

QRect RasterRectFill::deviceRect(const QRectF &rect) const
{
    // QRasterPaintEngine::fillRect without antialiasing: the rectangle mapped as
    // QTransform::mapRect maps it, then each edge rounded (toNormalizedFillRect).
    double x = rect.x(), y = rect.y(), w = rect.width(), h = rect.height();
    if (m_scaled) {
        x = m_sx * x + m_dx;
        y = m_sy * y + m_dy;
        w *= m_sx;
        h *= m_sy;
    } else {
        x += m_dx;
        y += m_dy;
    }
    int x1 = qRound(x), y1 = qRound(y), x2 = qRound(x + w), y2 = qRound(y + h);
    if (x2 < x1)
        std::swap(x1, x2);
    if (y2 < y1)
        std::swap(y1, y2);
    return QRect(x1, y1, x2 - x1, y2 - y1);
}

QRgb RasterRectFill::premultiplied(const QColor &color)
{
    if (color != m_lastColor) { // the engine premultiplies at 16 bits a channel, then narrows
        m_lastColor = color;
        m_lastPixel = qPremultiply(color.rgba64()).toArgb32();
    }
    return m_lastPixel;
}

void RasterRectFill::blend(const QRect &rect, QRgb color)
{
    const int width = rect.width();
    uchar *row = m_bits + rect.y() * m_bytesPerLine + rect.x() * qsizetype(sizeof(QRgb));
    const std::uint32_t inverse = 255 - qAlpha(color);
    for (int y = 0; y < rect.height(); ++y, row += m_bytesPerLine) {
        auto *pixel = reinterpret_cast<QRgb *>(row);
        if (inverse == 0) {
            std::fill_n(pixel, width, color);
            continue;
        }
        for (int x = 0; x < width; ++x)
            pixel[x] = color + byteMul(pixel[x], inverse);
    }
}

void RasterRectFill::fill(const QRectF &rect, const QColor &color)
{
    if (!m_bits) {
        m_painter.fillRect(rect, color);
        return;
    }
    const QRgb pixel = premultiplied(color);
    if (qAlpha(pixel) == 0) // source-over of nothing: the engine skips it too
        return;
    const QRect r = deviceRect(rect);
    if (r.isEmpty())
        return;
    for (const QRect &clip : m_clip)
        if (const QRect part = r & clip; !part.isEmpty())
            blend(part, pixel);
}

} // namespace samtidig
