#pragma once
// What one timeline picture should contain: panes, time range, theme, legend, axis, export title.
// The same struct drives the screen and every export device.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <set>

namespace samtidig {

enum class TimelinePanes : std::uint8_t { Cores = 1, Tasks = 2, Both = 3 };
enum class TimelineThemeKind : std::uint8_t { Screen, Print };

struct TimelinePaintOptions {
    TimelinePanes panes = TimelinePanes::Both;
    // Visible range in ns (relative to the trace origin, or to each phase's start in two-phase
    // runs). endNs < 0: the whole trace.
    std::int64_t startNs = 0;
    std::int64_t endNs = -1;
    TimelineThemeKind theme = TimelineThemeKind::Screen;
    bool showLegend = true;
    bool showAxis = true;
    bool showDeadlock = true; // banner sentence and the small wait-for graph
    bool showSourceNote = true; // "Scheduling: kernel context switches" above the lane labels
    QString title; // export: drawn above everything when not empty
    QStringList caption; // export: lines under the title
    QLocale locale; // for numbers on the axis (decimal comma in Danish)
    double labelWidth = 210; // logical px of the lane label column
    // Layout width in logical px when painting into a device with another size (PDF at 1200 dpi):
    // the painter scales so fonts and lines keep their logical size. 0: the target's width.
    double logicalWidth = 0;
    double verticalScroll = 0; // screen: logical px the lanes are scrolled up by
    // Content y range (lanes, before scrolling) whose rows are laid out in detail: spans, marks,
    // wait arrows. Rows outside keep their place and labels. The window lays out what it shows
    // (a busy trace's zoomed-out layout costs per row); exports and tests lay out everything.
    // An empty range (detailBottom <= detailTop): the rows alone, no spans, marks or arrows at all.
    double detailTop = -std::numeric_limits<double>::infinity();
    double detailBottom = std::numeric_limits<double>::infinity();
    std::set<std::uint32_t> collapsedTasks; // processes whose threads and coroutines are hidden
    std::uint32_t selectedTask = 0;
    std::uint32_t hoveredTask = 0;
    // On a raster image the thin folded columns of the lanes are written into it directly: the
    // pixels QPainter's fills would give, at a small part of the cost. False: QPainter fills them.
    bool directRasterFills = true;

    bool showCores() const { return static_cast<int>(panes) & static_cast<int>(TimelinePanes::Cores); }
    bool showTasks() const { return static_cast<int>(panes) & static_cast<int>(TimelinePanes::Tasks); }
};

} // namespace samtidig
