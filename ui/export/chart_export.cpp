#include "export/chart_export.h"

#include "export/chart_look.h"
#include "export/chart_painter.h"
#include "trace/trace.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QRectF>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace samtidig {

namespace {

constexpr double kLogicalDpi = 96;
constexpr int kSpacing = 16; // logical px between two charts
constexpr int kInnerSpacing = 6; // between the parts of one chart page, as the window's layouts
// The share of the strip's width each page gets, as in the window's proportions.
constexpr int kOutcomeStretch = 5;
constexpr int kUtilizationStretch = 3;
constexpr int kLockStretch = 4;
const QColor kText(0x1e, 0x1e, 0x24); // the window's text, on paper
const QColor kRowShade(0xf5, 0xf5, 0xf5); // every other table row
const QColor kHeaderShade(0xee, 0xee, 0xee);
const QColor kHeaderLine(0xc8, 0xc8, 0xc8);

// The window's text font at its size on screen, in pixels (a PDF has 1200 dpi).
QFont textFont()
{
    QFont f = QGuiApplication::font();
    if (f.pointSizeF() > 0)
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(f.pointSizeF() * kLogicalDpi / 72))));
    return f;
}

// Word-wrapped text from the top of `rect`, cut off at its bottom; returns the height it took.
double paintText(QPainter &painter, const QRectF &rect, const QString &text)
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    const QFont f = textFont();
    const QFontMetricsF fm(f);
    painter.setFont(f);
    painter.setPen(kText);
    double y = rect.top();
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, f);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, y - rect.top()));
            y += fm.lineSpacing();
        }
        layout.endLayout();
        if (y > rect.bottom() + fm.lineSpacing())
            break;
        layout.draw(&painter, rect.topLeft());
    }
    return y - rect.top();
}

// A two-column table as the window's: a header, a grid, shaded rows, the first column as wide as
// its text, what does not fit cut off.
void paintTable(QPainter &painter, const QRectF &rect, const OutcomeChartData &data)
{
    const QFont f = textFont();
    const QFontMetricsF fm(f);
    const double header = std::ceil(fm.height() + 4);
    const double row = std::max(30.0, std::ceil(fm.height() + 8)); // the window's row height
    const double pad = 4;
    double first = fm.horizontalAdvance(data.tableHeader.value(0));
    for (const OutcomeTableRow &r : data.table)
        first = std::max(first, fm.horizontalAdvance(r.key));
    first = std::min(first + 2 * pad, rect.width() * 0.6);
    const double second = rect.width() - first - 2 * pad;
    painter.save();
    painter.setClipRect(rect);
    painter.setFont(f);
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), header), kHeaderShade);
    painter.setPen(kText);
    painter.drawText(QRectF(rect.left(), rect.top(), first, header), Qt::AlignCenter,
                     data.tableHeader.value(0));
    painter.drawText(QRectF(rect.left() + first, rect.top(), rect.width() - first, header), Qt::AlignCenter,
                     data.tableHeader.value(1));
    double y = rect.top() + header;
    for (std::size_t i = 0; i < data.table.size() && y < rect.bottom(); ++i, y += row) {
        if (i % 2 == 1)
            painter.fillRect(QRectF(rect.left(), y, rect.width(), row), kRowShade);
        painter.setPen(kText);
        painter.drawText(QRectF(rect.left() + pad, y, first - 2 * pad, row), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(data.table[i].key, Qt::ElideRight, first - 2 * pad));
        painter.drawText(QRectF(rect.left() + first + pad, y, second, row), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(data.table[i].value, Qt::ElideRight, second));
        painter.setPen(kHeaderLine);
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    const double bottom = std::min(y, rect.bottom());
    painter.setPen(kHeaderLine);
    painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom));
    painter.drawLine(QPointF(rect.left() + first, rect.top()), QPointF(rect.left() + first, bottom));
    painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() - 1, bottom - rect.top()));
    painter.restore();
}

// The outcome page: the chart (or a program's run in words) left, the sentence and the table right.
void paintOutcome(QPainter &painter, const QRectF &rect, const OutcomeChartData &data)
{
    const double leftWidth = (rect.width() - kInnerSpacing) * 3 / 5;
    const QRectF left(rect.left(), rect.top(), leftWidth, rect.height());
    const QRectF right(left.right() + kInnerSpacing, rect.top(), rect.width() - leftWidth - kInnerSpacing,
                       rect.height());
    if (data.kind == OutcomeChartData::Kind::Program) {
        painter.save();
        painter.setClipRect(left);
        paintText(painter, left.adjusted(8, 6, -8, -6), data.programText);
        painter.restore();
    } else {
        paintBarChart(painter, left, data.chart, chart_look::outcomeBar(), chart_look::outcomeBar());
    }
    painter.save();
    painter.setClipRect(right);
    const double summary = paintText(painter, right, data.summary);
    painter.restore();
    if (data.tableShown) {
        const double top = right.top() + summary + (summary > 0 ? kInnerSpacing : 0);
        paintTable(painter, QRectF(right.left(), top, right.width(), right.bottom() - top), data);
    }
}

void paintLockWaits(QPainter &painter, const QRectF &rect, const LockWaitChartData &data)
{
    const double half = (rect.width() - kInnerSpacing) / 2;
    paintBarChart(painter, QRectF(rect.left(), rect.top(), half, rect.height()), data.byTask,
                  chart_look::taskWaitBar(), chart_look::taskWaitBar().darker(120));
    paintBarChart(painter, QRectF(rect.right() - half, rect.top(), half, rect.height()), data.byLock,
                  chart_look::lockWaitBar(), chart_look::lockWaitBar().darker(120));
}

} // namespace

ExportCharts exportCharts(const Trace &trace)
{
    ExportCharts pages;
    OutcomeChartData outcome = outcomeData(trace);
    if (outcome.kind != OutcomeChartData::Kind::None)
        pages.outcome = std::move(outcome);
    UtilizationChartData utilization = utilizationData(trace);
    if (utilization.hasCores)
        pages.utilization = std::move(utilization);
    LockWaitChartData locks = lockWaitData(trace);
    if (locks.hasData)
        pages.locks = std::move(locks);
    return pages;
}

void paintExportCharts(QPainter &painter, const QRectF &target, const QSizeF &logicalSize,
                       const ExportCharts &pages)
{
    if (pages.count() == 0 || logicalSize.isEmpty())
        return;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logicalSize.width(), target.height() / logicalSize.height());
    const QRectF strip(QPointF(0, 0), logicalSize);
    painter.fillRect(strip, Qt::white); // the charts' own light theme, as on paper
    const int stretch = (pages.outcome ? kOutcomeStretch : 0) + (pages.utilization ? kUtilizationStretch : 0)
        + (pages.locks ? kLockStretch : 0);
    const double perStretch = (strip.width() - kSpacing * (pages.count() - 1)) / stretch;
    double x = 0;
    const auto next = [&](int share) {
        const QRectF r(x, 0, perStretch * share, strip.height());
        x = r.right() + kSpacing;
        return r;
    };
    if (pages.outcome)
        paintOutcome(painter, next(kOutcomeStretch), *pages.outcome);
    if (pages.utilization)
        paintUtilizationChart(painter, next(kUtilizationStretch), *pages.utilization);
    if (pages.locks)
        paintLockWaits(painter, next(kLockStretch), *pages.locks);
    painter.restore();
}

} // namespace samtidig
