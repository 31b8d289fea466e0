#pragma once
// Timeline pictures for notes and slides: PNG (QImage at 1x/2x/3x), SVG (QSvgGenerator, text as
// text) and PDF (QPdfWriter, one vector page), all painted by TimelinePainter, the code that draws
// the screen. Each picture carries a title, a caption (date, CPUs, scheduling source), the legend
// and the time axis. Files are rendered in memory and written atomically.

#include "timeline/timeline_options.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <set>

namespace samtidig {

class Trace;

enum class ExportFormat : std::uint8_t { Png, Svg, Pdf };
// Slide is 16:9 (1920 × 1080), Slide4x3 1440 × 1080; new presets go last (settings keep the number).
enum class ExportSizePreset : std::uint8_t { A4Landscape, Slide, Custom, Slide4x3 };
bool isSlidePreset(ExportSizePreset size);

// One picture: everything the export dialog and samtidig-cli's image options choose. The dialog
// fills it from its fields, the CLI from --lanes, --width, --height, --scale, --title, --charts.
struct ImageExportOptions {
    ExportFormat format = ExportFormat::Png;
    TimelinePanes panes = TimelinePanes::Both;
    // Range in the painter's terms (section-relative ns); endNs < 0: the whole run.
    std::int64_t startNs = 0;
    std::int64_t endNs = -1;
    ExportSizePreset size = ExportSizePreset::Slide;
    int width = 1920; // custom size, logical px
    int height = 0; // custom size; 0: as tall as the lanes need
    int scale = 1; // PNG only: 1, 2 or 3 device pixels per logical px
    TimelineThemeKind theme = TimelineThemeKind::Print;
    bool charts = false; // the window's charts (outcome, core utilization, lock waits) under the lanes
    QString title; // empty: defaultExportTitle()
    QDateTime date = QDateTime::currentDateTime(); // for the caption
    // Screen state carried into the picture (collapsed process groups); optional.
    std::set<std::uint32_t> collapsedTasks;
};

// "Lost updates (race): threads = 4, increments = 100000": scenario name and its parameters.
QString defaultExportTitle(const Trace &trace);
// One line under the title: date, CPU count and where the core assignment came from.
QStringList exportCaption(const Trace &trace, const QDateTime &date);
// The painter options for one export (title and caption filled in).
TimelinePaintOptions exportPaintOptions(const Trace &trace, const ImageExportOptions &options);
// The picture's size in logical px (presets are fixed; a custom height of 0 fits the lanes).
QSizeF exportLogicalSize(const Trace &trace, const ImageExportOptions &options);

// In-memory renderings. PNG/SVG/PDF bytes are exactly what exportTimelineImage() writes.
QImage renderTimelineImage(const Trace &trace, const ImageExportOptions &options);
QByteArray renderTimelinePng(const Trace &trace, const ImageExportOptions &options);
QByteArray renderTimelineSvg(const Trace &trace, const ImageExportOptions &options);
QByteArray renderTimelinePdf(const Trace &trace, const ImageExportOptions &options);

// Renders in `options.format` and replaces `path` atomically; *error says what went wrong.
bool exportTimelineImage(const Trace &trace, const ImageExportOptions &options, const QString &path,
                         QString *error);

} // namespace samtidig
