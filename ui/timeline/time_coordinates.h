#pragma once
// Pure time <-> pixel math and axis ticks for the timeline (no painting, no state), so the
// numbers the user reads can be tested with data tables.

#include "trace/time_steps.h" // niceTickStep, formatDuration: the one rule for round times

#include <QString>

#include <algorithm>
#include <cstdint>
#include <vector>

class QLocale;

namespace samtidig {

// A visible time range mapped onto `width` pixels starting at x = `left`.
struct TimeScale {
    std::int64_t t0 = 0;
    std::int64_t t1 = 1;
    double left = 0;
    double width = 1;

    // Inline: called for every draw item of a frame.
    double nsPerPixel() const
    {
        return static_cast<double>(std::max<std::int64_t>(1, t1 - t0)) / std::max(1e-9, width);
    }
    double toPixel(std::int64_t t) const // may lie outside [left, left + width]
    {
        return left + static_cast<double>(t - t0) / nsPerPixel();
    }
    std::int64_t toTime(double x) const; // rounded to the nearest ns
    double toPixelLength(std::int64_t ns) const;
};

enum class TimeUnit { Nanoseconds, Microseconds, Milliseconds, Seconds };

struct AxisTick {
    std::int64_t timeNs = 0;
    double x = 0;
    QString label;
};

// The unit a tick step is labelled in: the largest unit in which the step is at least 0.1.
TimeUnit tickUnit(std::int64_t stepNs);
QString unitSymbol(TimeUnit unit); // "ns", "µs", "ms", "s"
// "1,5 ms" (Danish) / "1.5 ms" (English): t in the step's unit with the decimals the step needs.
QString formatTickLabel(std::int64_t timeNs, std::int64_t stepNs, const QLocale &locale);
// Ticks at multiples of the nice step inside the scale's range.
std::vector<AxisTick> axisTicks(const TimeScale &scale, double minSpacingPx, const QLocale &locale);

} // namespace samtidig
