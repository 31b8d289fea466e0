#pragma once
// Colours, fonts and patterns of the timeline, for the screen and for print. Task and state
// colours come from the Okabe-Ito palette (distinguishable with colour-blindness), and every
// state also has its own pattern, so no state is carried by colour alone.

#include "timeline/timeline_options.h"

#include <QColor>
#include <QFont>

#include <cstdint>

class QPainter;
class QRectF;

namespace samtidig {

struct TimelineTheme {
    QColor background;
    QColor laneStripe; // every other lane
    QColor labelBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor separator;
    QColor selection;
    QColor hover;
    QColor blocked; // off CPU for a reason the kernel knows
    QColor lockWait; // vermillion, hatched
    QColor lockHeld; // dark band
    QColor sleeping; // sky blue, dashes
    QColor awaiting; // reddish purple, dashes
    QColor condWait;
    QColor stalled;
    QColor stepWait; // indigo, upright bars: stopped at a gate, waiting for its step
    QColor flow; // lock hand-over arrows
    QColor problem; // deadlock, lost update: red plus a symbol or outline
    QColor bannerBackground;
    QColor finished;

    QFont labelFont; // lane names
    QFont smallFont; // pid/tid, slice text, tick labels
    QFont headerFont; // section and phase headers
    QFont titleFont; // export title

    static TimelineTheme forKind(TimelineThemeKind kind);

    // A stable colour per task id (Okabe-Ito without the colours reserved for states/problems).
    QColor taskColor(std::uint32_t task) const;
    // Black or white, whichever reads better on `fill`.
    static QColor textOn(const QColor &fill);
};

// Patterns are drawn as vector lines aligned to absolute x, so adjacent spans line up and SVG/PDF
// exports stay sharp. `spacing` in logical px.
void drawHatch(QPainter &painter, const QRectF &rect, const QColor &color, double spacing, double width);
void drawDashes(QPainter &painter, const QRectF &rect, const QColor &color);
void drawDots(QPainter &painter, const QRectF &rect, const QColor &color);

} // namespace samtidig
