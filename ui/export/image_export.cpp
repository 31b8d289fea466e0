#include "export/image_export.h"

#include "export/chart_export.h"
#include "export/svg_compactor.h"
#include "io/atomic_file.h"
#include "scenarios/scenario_registry.h"
#include "session/program_request.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_theme.h"
#include "trace/fidelity_text.h"
#include "trace/scheduling_source_text.h"
#include "trace/trace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <optional>

namespace samtidig {

// Translation context of every text this file puts into pictures and messages.
class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::ImageExport)
};

namespace {

// A4 landscape at the proportions of the paper; wide enough for a label column and a readable plot.
constexpr QSizeF kA4Logical(1400, 990);
constexpr QSizeF kSlideLogical(1920, 1080);
constexpr QSizeF kSlide4x3Logical(1440, 1080);
constexpr double kCssDpi = 96; // logical px per inch (PNG, SVG, custom PDF pages)
constexpr int kPdfResolution = 1200; // device units per inch inside the PDF (vector; only precision)
constexpr double kMinimumFit = 0.35; // below this the text would be unreadable: lanes are clipped instead
constexpr double kPageMargin = 24; // logical px around the timeline on A4 pages and slides
constexpr double kMaximumEnlargement = 1.5; // few lanes on a big page: larger, but not poster-sized
// A slide is read from the back of a room: a few lanes grow until they fill it (or the title's
// width stops them), not a small picture in the middle of the slide.
constexpr double kSlideEnlargement = 3.0;
constexpr double kChartsShare = 0.36; // of a fixed page's height, for the charts under the lanes
constexpr double kChartsGap = 16; // logical px between the lanes and the charts

// Height of the charts strip on a page whose height follows the lanes (custom size, height 0).
double fittedChartsHeight(double width)
{
    return std::clamp(width * 0.2, 260.0, 420.0);
}

QString formatValue(double value, const QString &unit)
{
    const QString number = value == std::floor(value) && std::abs(value) < 1e15
        ? QLocale().toString(static_cast<qlonglong>(value))
        : QLocale().toString(value, 'g', 6);
    return unit.isEmpty() ? number : ImageExport::tr("%1 %2", "value and unit").arg(number, unit);
}

struct Placement {
    QSizeF page; // what the file shows, logical px
    QRectF box; // where the timeline goes on the page, logical px (the rest is background)
    double logicalWidth; // layout width: the content is scaled by box.width() / logicalWidth
    QRectF charts = {}; // where the charts go, logical px; empty: no charts
    double chartsFit = 1; // the charts are laid out at charts.size() / chartsFit
    std::optional<ExportCharts> chartData = {}; // what they show (computed once for the picture)
};

// The charts a picture shows: none unless asked for and the trace has something to chart.
std::optional<ExportCharts> chartsFor(const Trace &trace, const ImageExportOptions &options)
{
    if (!options.charts)
        return std::nullopt;
    ExportCharts charts = exportCharts(trace);
    if (charts.count() == 0)
        return std::nullopt;
    return charts;
}

QSizeF logicalSize(const Trace &trace, const ImageExportOptions &options, bool charts)
{
    switch (options.size) {
    case ExportSizePreset::A4Landscape: return kA4Logical;
    case ExportSizePreset::Slide: return kSlideLogical;
    case ExportSizePreset::Slide4x3: return kSlide4x3Logical;
    case ExportSizePreset::Custom: break;
    }
    const double width = std::max(200, options.width);
    if (options.height > 0)
        return QSizeF(width, options.height);
    const QSizeF preferred = TimelinePainter::preferredSize(trace, exportPaintOptions(trace, options), width);
    const double chartsHeight = charts ? kChartsGap + fittedChartsHeight(width) : 0;
    return QSizeF(width, std::ceil(preferred.height() + chartsHeight));
}

// The narrowest layout in which the title and caption lines are not cut off.
double headerWidth(const TimelinePaintOptions &paint)
{
    const TimelineTheme theme = TimelineTheme::forKind(paint.theme);
    double width = QFontMetricsF(theme.titleFont).horizontalAdvance(paint.title);
    for (const QString &line : paint.caption)
        width = std::max(width, QFontMetricsF(theme.labelFont).horizontalAdvance(line));
    return width + 32; // the header's own margins
}

// Fixed pages scale the content uniformly: down when the lanes do not fit, so nothing is cut off,
// and up (a little) when they are few, so a printed page is readable and not mostly blank.
Placement placeBoxes(const Trace &trace, const TimelinePaintOptions &paint, const ImageExportOptions &options,
                     bool charts)
{
    const QSizeF page = logicalSize(trace, options, charts);
    const bool fixedHeight = options.size != ExportSizePreset::Custom || options.height > 0;
    if (!fixedHeight) {
        if (!charts)
            return { page, QRectF(QPointF(0, 0), page), page.width() };
        const double chartsHeight = fittedChartsHeight(page.width());
        const double lanes = page.height() - chartsHeight - kChartsGap;
        return { page, QRectF(0, 0, page.width(), lanes), page.width(),
                 QRectF(0, lanes + kChartsGap, page.width(), chartsHeight), 1 };
    }
    // Presets are pages and slides: keep clear of the edge, where printers and projectors cut.
    const double margin = options.size == ExportSizePreset::Custom ? 0 : kPageMargin;
    const QRectF pageArea = QRectF(QPointF(0, 0), page).adjusted(margin, margin, -margin, -margin);
    // With charts, the lanes get the upper part of the page and the charts the rest.
    const double chartsHeight = charts ? pageArea.height() * kChartsShare : 0;
    const QRectF area = pageArea.adjusted(0, 0, 0, charts ? -(chartsHeight + kChartsGap) : 0);
    const auto heightAt = [&](double fit) {
        return TimelinePainter::preferredSize(trace, paint, area.width() / fit).height() * fit;
    };
    const double largest = std::clamp(area.width() / headerWidth(paint), kMinimumFit,
                                      isSlidePreset(options.size) ? kSlideEnlargement : kMaximumEnlargement);
    double fit = std::clamp(area.height() / heightAt(1), kMinimumFit, std::max(1.0, largest));
    for (int i = 0; i < 3; ++i) { // the legend re-wraps at another width: converge in a few steps
        const double wanted = heightAt(fit);
        if (wanted <= area.height() + 0.5 || fit <= kMinimumFit)
            break;
        fit = std::max(kMinimumFit, fit * area.height() / wanted);
    }
    const double height = std::min(area.height(), heightAt(fit));
    if (charts) { // lanes and charts as one block, centred on the page
        const double block = height + kChartsGap + chartsHeight;
        const double top = pageArea.top() + (pageArea.height() - block) / 2;
        return { page, QRectF(area.left(), top, area.width(), height), area.width() / fit,
                 QRectF(area.left(), top + height + kChartsGap, area.width(), chartsHeight),
                 std::min(1.0, fit) };
    }
    const QRectF box(area.left(), area.top() + (area.height() - height) / 2, area.width(), height);
    return { page, box, area.width() / fit };
}

Placement placeOnPage(const Trace &trace, const TimelinePaintOptions &paint,
                      const ImageExportOptions &options)
{
    std::optional<ExportCharts> charts = chartsFor(trace, options);
    Placement placement = placeBoxes(trace, paint, options, charts.has_value());
    placement.chartData = std::move(charts);
    return placement;
}

void paintPage(QPainter &painter, const QRectF &deviceTarget, const Trace &trace, TimelinePaintOptions paint,
               const Placement &placement)
{
    const double s = deviceTarget.width() / placement.page.width();
    painter.fillRect(deviceTarget, TimelineTheme::forKind(paint.theme).background);
    paint.logicalWidth = placement.logicalWidth;
    const QRectF &b = placement.box;
    TimelinePainter::paint(painter,
                           QRectF(deviceTarget.left() + b.left() * s, deviceTarget.top() + b.top() * s,
                                  b.width() * s, b.height() * s),
                           trace, paint);
    const QRectF &c = placement.charts;
    if (!c.isEmpty() && placement.chartData)
        paintExportCharts(painter,
                          QRectF(deviceTarget.left() + c.left() * s, deviceTarget.top() + c.top() * s,
                                 c.width() * s, c.height() * s),
                          c.size() / placement.chartsFit, *placement.chartData);
}

} // namespace

namespace {

struct TitleParts {
    QString name;
    QString parameters; // "Threads: 2, Work per thread: 60 ms"; empty if none
};

TitleParts titleParts(const Trace &trace)
{
    if (trace.scenario() == QLatin1String(kProgramScenarioId))
        return { ImageExport::tr("Your program: %1").arg(ProgramRequest::commandLine(trace.parameters())),
                 QString() };
    const Scenario *scenario = findScenario(trace.scenario());
    if (!scenario)
        return { trace.scenario().isEmpty() ? ImageExport::tr("Imported trace")
                                            : ImageExport::tr("Scenario %1").arg(trace.scenario()),
                 QString() };
    const ScenarioInfo info = scenario->info();
    QStringList values;
    for (const ParamSpec &spec : info.params) {
        const auto it = trace.parameters().constFind(spec.name);
        if (it == trace.parameters().constEnd() || !it->isDouble())
            continue;
        const QString label = spec.label.isEmpty() ? spec.name : spec.label;
        values << ImageExport::tr("%1: %2", "parameter name and value")
                      .arg(label, formatValue(it->toDouble(), spec.unit));
    }
    return { info.name, values.join(ImageExport::tr(", ", "separator between parameters")) };
}

// A header wider than the picture would be cut off: move the parameters to a caption line of
// their own, and elide what still does not fit.
void fitHeader(const Trace &trace, TimelinePaintOptions &paint, bool defaultTitle, double width)
{
    if (headerWidth(paint) <= width)
        return;
    const TitleParts parts = titleParts(trace);
    if (defaultTitle && !parts.parameters.isEmpty()) {
        paint.title = parts.name;
        paint.caption.prepend(parts.parameters);
    }
    const TimelineTheme theme = TimelineTheme::forKind(paint.theme);
    paint.title = QFontMetricsF(theme.titleFont).elidedText(paint.title, Qt::ElideRight, width - 32);
    for (QString &line : paint.caption)
        line = QFontMetricsF(theme.labelFont).elidedText(line, Qt::ElideRight, width - 32);
}

} // namespace

bool isSlidePreset(ExportSizePreset size)
{
    return size == ExportSizePreset::Slide || size == ExportSizePreset::Slide4x3;
}

QString defaultExportTitle(const Trace &trace)
{
    const TitleParts parts = titleParts(trace);
    if (parts.parameters.isEmpty())
        return parts.name;
    return ImageExport::tr("%1 (%2)", "scenario name and its parameters").arg(parts.name, parts.parameters);
}

QStringList exportCaption(const Trace &trace, const QDateTime &date)
{
    const QString when = QLocale().toString(date, QLocale::ShortFormat);
    const QString source = schedulingSourceText(trace, SourceWording::Phrase);
    // An imported trace may not say how many CPUs its machine had: then the count is left out.
    if (trace.cpuCount() <= 0)
        return { ImageExport::tr("Exported from Samtidig %1 · %2", "caption under the title: date, source")
                     .arg(when, source) };
    return { ImageExport::tr("Exported from Samtidig %1 · CPUs: %2 · %3", "caption under the title")
                 .arg(when, QLocale().toString(trace.cpuCount()), source) };
}

TimelinePaintOptions exportPaintOptions(const Trace &trace, const ImageExportOptions &options)
{
    TimelinePaintOptions paint;
    paint.panes = options.panes;
    paint.startNs = options.startNs;
    paint.endNs = options.endNs;
    paint.theme = options.theme;
    const bool defaultTitle = options.title.isEmpty() || options.title == defaultExportTitle(trace);
    paint.title = defaultTitle ? defaultExportTitle(trace) : options.title;
    paint.caption = exportCaption(trace, options.date);
    // Where the picture is not the kernel's exact truth, the image says so as the window does.
    if (const QString notExact = fidelityShort(trace); !notExact.isEmpty())
        paint.caption << notExact;
    const double width = options.size == ExportSizePreset::A4Landscape ? kA4Logical.width() - 2 * kPageMargin
        : options.size == ExportSizePreset::Slide    ? kSlideLogical.width() - 2 * kPageMargin
        : options.size == ExportSizePreset::Slide4x3 ? kSlide4x3Logical.width() - 2 * kPageMargin
                                                     : std::max(200, options.width);
    fitHeader(trace, paint, defaultTitle, width);
    paint.locale = QLocale();
    paint.collapsedTasks = options.collapsedTasks;
    paint.showLegend = true;
    paint.showAxis = true;
    paint.showDeadlock = true;
    return paint;
}

QSizeF exportLogicalSize(const Trace &trace, const ImageExportOptions &options)
{
    return logicalSize(trace, options, chartsFor(trace, options).has_value());
}

QImage renderTimelineImage(const Trace &trace, const ImageExportOptions &options)
{
    const TimelinePaintOptions paint = exportPaintOptions(trace, options);
    const Placement placement = placeOnPage(trace, paint, options);
    const int scale = std::clamp(options.scale, 1, 3);
    const QSize pixels(static_cast<int>(std::lround(placement.page.width())) * scale,
                       static_cast<int>(std::lround(placement.page.height())) * scale);
    // Opaque: the page is always filled, and an RGB PNG is smaller than an RGBA one.
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    paintPage(painter, QRectF(QPointF(0, 0), placement.page), trace, paint, placement);
    painter.end();
    return image;
}

QByteArray renderTimelinePng(const Trace &trace, const ImageExportOptions &options)
{
    const QImage image = renderTimelineImage(trace, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray renderTimelineSvg(const Trace &trace, const ImageExportOptions &options)
{
    const TimelinePaintOptions paint = exportPaintOptions(trace, options);
    const Placement placement = placeOnPage(trace, paint, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(static_cast<int>(kCssDpi));
    svg.setSize(placement.page.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), placement.page));
    svg.setTitle(paint.title);
    svg.setDescription(paint.caption.join(QLatin1Char('\n')));
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    paintPage(painter, QRectF(QPointF(0, 0), placement.page), trace, paint, placement);
    painter.end();
    return compactSvg(bytes);
}

QByteArray renderTimelinePdf(const Trace &trace, const ImageExportOptions &options)
{
    const TimelinePaintOptions paint = exportPaintOptions(trace, options);
    const Placement placement = placeOnPage(trace, paint, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kPdfResolution);
    pdf.setTitle(paint.title);
    pdf.setCreator(QStringLiteral("Samtidig"));
    if (options.size == ExportSizePreset::A4Landscape) {
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    } else {
        // Pixels at 96 per inch, so a 1920 px slide is a 20 x 11.25 inch page, as presentation tools do.
        const QSizeF points = placement.page * (72.0 / kCssDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
    }
    QPainter painter;
    if (!painter.begin(&pdf))
        return {};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF device(0, 0, pdf.width(), pdf.height());
    // The page's device rect may differ slightly in proportion from the logical page (rounding to
    // points): map the logical page onto the device width and keep proportions.
    paintPage(
        painter,
        QRectF(device.topLeft(),
               QSizeF(device.width(), device.width() * placement.page.height() / placement.page.width())),
        trace, paint, placement);
    painter.end();
    return bytes;
}

bool exportTimelineImage(const Trace &trace, const ImageExportOptions &options, const QString &path,
                         QString *error)
{
    if (!checkWritable(path, error)) // before rendering, which takes a while for a large image
        return false;
    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::Png: bytes = renderTimelinePng(trace, options); break;
    case ExportFormat::Svg: bytes = renderTimelineSvg(trace, options); break;
    case ExportFormat::Pdf: bytes = renderTimelinePdf(trace, options); break;
    }
    if (bytes.isEmpty()) {
        *error = ImageExport::tr("Could not render the image for '%1'.").arg(path);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace samtidig
