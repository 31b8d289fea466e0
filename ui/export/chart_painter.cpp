#include "export/chart_painter.h"

#include "chartdata/chart_data.h"
#include "export/chart_look.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace samtidig {

namespace {

using namespace chart_look;

constexpr double kLogicalDpi = 96;
constexpr double kMargin = 4; // around a chart, as on screen
constexpr double kTickLength = 5;
constexpr double kGap = 4; // between an axis's numbers and its title, or a legend's entries
const QColor kText(0x40, 0x40, 0x44); // the light theme's labels and titles
const QColor kAxisLine(0xd6, 0xd6, 0xd6);

// Point sizes as pixels: a PDF's device has 1200 dpi, the charts keep the size they have on screen.
QFont font(double pt, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pt * kLogicalDpi / 72))));
    f.setBold(bold);
    return f;
}

QString tickText(const ChartAxis &axis, double v)
{
    if (std::abs(v) < 1e-12 * std::max(1.0, std::abs(axis.max)))
        v = 0; // not "-1,2e-17" for a tick computed as a sum
    return QLocale().toString(v, axis.format, axis.precision);
}

// The title at the top of `rect`; returns what is left below it.
QRectF paintTitle(QPainter &painter, const QRectF &rect, const QString &title)
{
    if (title.isEmpty())
        return rect;
    const QFont f = font(kTitlePt, true);
    const QFontMetricsF fm(f);
    painter.setFont(f);
    painter.setPen(kText);
    const QRectF line(rect.left(), rect.top(), rect.width(), fm.height());
    painter.drawText(line, Qt::AlignCenter, fm.elidedText(title, Qt::ElideRight, rect.width()));
    return rect.adjusted(0, fm.height() + kGap, 0, 0);
}

struct LegendEntry {
    QString label;
    QBrush brush;
    QPen border;
};

// The legend centred at the bottom of `rect`; returns what is left above it.
QRectF paintLegend(QPainter &painter, const QRectF &rect, const std::vector<LegendEntry> &entries)
{
    if (entries.empty())
        return rect;
    const QFont f = font(kLegendPt);
    const QFontMetricsF fm(f);
    const double marker = std::round(fm.height() * 0.6);
    double width = 0;
    for (const LegendEntry &e : entries)
        width += marker + kGap + fm.horizontalAdvance(e.label) + 3 * kGap;
    width -= 3 * kGap;
    const double y = rect.bottom() - fm.height();
    double x = rect.center().x() - std::min(width, rect.width()) / 2;
    painter.setFont(f);
    for (const LegendEntry &e : entries) {
        const QRectF box(x, y + (fm.height() - marker) / 2, marker, marker);
        painter.fillRect(box, Qt::white);
        painter.setPen(e.border);
        painter.setBrush(e.brush);
        painter.drawRect(box);
        x += marker + kGap;
        painter.setPen(kText);
        painter.drawText(QRectF(x, y, rect.right() - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         e.label);
        x += fm.horizontalAdvance(e.label) + 3 * kGap;
    }
    painter.setBrush(Qt::NoBrush);
    return rect.adjusted(0, 0, 0, -(fm.height() + 3 * kGap));
}

double toX(const ChartAxis &axis, const QRectF &plot, double v)
{
    return plot.left() + (v - axis.min) / (axis.max - axis.min) * plot.width();
}

double toY(const ChartAxis &axis, const QRectF &plot, double v)
{
    return plot.bottom() - (v - axis.min) / (axis.max - axis.min) * plot.height();
}

// Height a horizontal value axis takes under the plot: tick, numbers, title.
double bottomAxisHeight(const ChartAxis &axis)
{
    const double title = axis.title.isEmpty() ? 0 : QFontMetricsF(font(kAxisTitlePt)).height() + kGap;
    return kTickLength + QFontMetricsF(font(kAxisLabelsPt)).height() + title;
}

// The value axis under `plot`: grid lines, ticks, numbers, title.
void paintBottomAxis(QPainter &painter, const QRectF &plot, const ChartAxis &axis)
{
    const QFont labels = font(kAxisLabelsPt);
    const QFontMetricsF fm(labels);
    painter.setFont(labels);
    for (const double v : chartAxisTicks(axis)) {
        const double x = toX(axis, plot, v);
        painter.setPen(QPen(gridLine(), 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QPen(kAxisLine, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + kTickLength));
        const QString text = tickText(axis, v);
        const double w = fm.horizontalAdvance(text);
        painter.setPen(kText);
        painter.drawText(QRectF(x - w / 2 - 1, plot.bottom() + kTickLength, w + 2, fm.height()),
                         Qt::AlignCenter, text);
    }
    painter.setPen(QPen(kAxisLine, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!axis.title.isEmpty()) {
        const QFont title = font(kAxisTitlePt);
        painter.setFont(title);
        painter.setPen(kText);
        const double top = plot.bottom() + kTickLength + fm.height() + kGap;
        painter.drawText(QRectF(plot.left(), top, plot.width(), QFontMetricsF(title).height()),
                         Qt::AlignCenter, axis.title);
    }
}

// Width the numbers and title of a vertical value axis take left of the plot.
double leftAxisWidth(const ChartAxis &axis)
{
    const QFontMetricsF fm(font(kAxisLabelsPt));
    double widest = 0;
    for (const double v : chartAxisTicks(axis))
        widest = std::max(widest, fm.horizontalAdvance(tickText(axis, v)));
    const double title = axis.title.isEmpty() ? 0 : QFontMetricsF(font(kAxisTitlePt)).height() + kGap;
    return title + widest + kGap + kTickLength;
}

void paintLeftAxis(QPainter &painter, const QRectF &plot, const ChartAxis &axis, double left)
{
    const QFont labels = font(kAxisLabelsPt);
    const QFontMetricsF fm(labels);
    painter.setFont(labels);
    for (const double v : chartAxisTicks(axis)) {
        const double y = toY(axis, plot, v);
        painter.setPen(QPen(gridLine(), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QPen(kAxisLine, 1));
        painter.drawLine(QPointF(plot.left() - kTickLength, y), QPointF(plot.left(), y));
        painter.setPen(kText);
        painter.drawText(
            QRectF(left, y - fm.height() / 2, plot.left() - kTickLength - kGap - left, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickText(axis, v));
    }
    painter.setPen(QPen(kAxisLine, 1));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    if (!axis.title.isEmpty()) { // turned to read bottom up, as Qt Charts does
        const QFont title = font(kAxisTitlePt);
        const double h = QFontMetricsF(title).height();
        painter.save();
        painter.setFont(title);
        painter.setPen(kText);
        painter.translate(left, plot.bottom());
        painter.rotate(-90);
        painter.drawText(QRectF(0, 0, plot.height(), h), Qt::AlignCenter, axis.title);
        painter.restore();
    }
}

} // namespace

void paintBarChart(QPainter &painter, const QRectF &rect, const BarChartData &data, const QColor &color,
                   const QColor &border)
{
    painter.save();
    painter.setClipRect(rect);
    QRectF area = paintTitle(painter, rect.adjusted(kMargin, kMargin, -kMargin, -kMargin), data.title);
    std::vector<LegendEntry> legend;
    const QPen borderPen(border, 1);
    const auto brushOf = [&color](const BarSetData &set) {
        return set.unended ? QBrush(color, Qt::BDiagPattern) : QBrush(color);
    };
    if (data.legend)
        for (const BarSetData &set : data.sets)
            legend.push_back({ set.label, brushOf(set), borderPen });
    area = paintLegend(painter, area, legend);

    // Names left of the bars, values on the axis below (the only layout the exported charts use).
    const QFontMetricsF names(font(kAxisLabelsPt));
    double widest = 0;
    for (const QString &name : data.categories)
        widest = std::max(widest, names.horizontalAdvance(name));
    widest = std::min(widest, area.width() * 0.4);
    const double lastLabel = names.horizontalAdvance(tickText(data.values, data.values.max)) / 2;
    const QRectF plot
        = area.adjusted(widest + kGap + kTickLength, 0, -lastLabel, -bottomAxisHeight(data.values));
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    paintBottomAxis(painter, plot, data.values);

    const double band = plot.height() / std::max<qsizetype>(1, data.categories.size());
    painter.setFont(font(kAxisLabelsPt));
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const double top = plot.bottom() - band * double(i + 1);
        painter.setPen(QPen(gridLine(), 1));
        painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top));
        painter.setPen(QPen(kAxisLine, 1));
        painter.drawLine(QPointF(plot.left() - kTickLength, top), QPointF(plot.left(), top));
        painter.setPen(kText);
        painter.drawText(QRectF(area.left(), top, widest, band), Qt::AlignRight | Qt::AlignVCenter,
                         names.elidedText(data.categories[i], Qt::ElideRight, widest));
        double from = 0;
        for (const BarSetData &set : data.sets) {
            const double v = i < set.values.size() ? set.values[i] : 0;
            if (v <= 0)
                continue;
            const double x0 = toX(data.values, plot, from);
            const double x1 = toX(data.values, plot, std::min(from + v, data.values.max));
            from += v;
            const QRectF bar(x0, top + band * (1 - data.barWidth) / 2, x1 - x0, band * data.barWidth);
            if (set.unended)
                painter.fillRect(bar, Qt::white);
            painter.setPen(borderPen);
            painter.setBrush(brushOf(set));
            painter.drawRect(bar);
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.setPen(QPen(kAxisLine, 1));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    painter.restore();
}

void paintUtilizationChart(QPainter &painter, const QRectF &rect, const UtilizationChartData &data)
{
    painter.save();
    painter.setClipRect(rect);
    QRectF area = paintTitle(painter, rect.adjusted(kMargin, kMargin, -kMargin, -kMargin), data.title);
    std::vector<LegendEntry> legend;
    for (std::size_t c = 0; c < data.series.size(); ++c)
        legend.push_back({ data.series[c].name, QBrush(coreLine(c)), QPen(coreLine(c), 1) });
    area = paintLegend(painter, area, legend);

    const double left = leftAxisWidth(data.busy);
    const QFontMetricsF fm(font(kAxisLabelsPt));
    const double lastLabel = fm.horizontalAdvance(tickText(data.time, data.time.max)) / 2;
    const QRectF plot = area.adjusted(left, fm.height() / 2, -lastLabel, -bottomAxisHeight(data.time));
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    paintLeftAxis(painter, plot, data.busy, area.left());
    paintBottomAxis(painter, plot, data.time);

    painter.setClipRect(plot.adjusted(-1, -1, 1, 1), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t c = 0; c < data.series.size(); ++c) {
        QPainterPath path;
        for (const QPointF &p : data.series[c].points) {
            const QPointF at(toX(data.time, plot, p.x()), toY(data.busy, plot, p.y()));
            if (path.elementCount() == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        QPen pen(coreLine(c), kCoreLineWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace samtidig
