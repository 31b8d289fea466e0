#pragma once
// A chart's value or time axis as data: its range, where its ticks go and how their numbers are
// written, chosen here so that the window's charts and an exported picture read the same numbers.

#include <QString>

#include <cstdint>
#include <vector>

namespace samtidig {

struct ChartAxis {
    QString title;
    double min = 0;
    double max = 1;
    int tickCount = 5; // ticks spread evenly from min to max, both ends included
    double tickInterval = 0; // > 0: ticks at the multiples of this instead (time axes)
    char format = 'g'; // tick numbers as QLocale::toString(v, format, precision) writes them
    int precision = 4;
};

// Where the axis's ticks are, min to max.
std::vector<double> chartAxisTicks(const ChartAxis &axis);

// 0 to at least `top` at round numbers (1, 2 or 5 x 10^k a step), about five ticks: the
// "loose nice numbers" of Heckbert's Graphics Gems label algorithm.
void setNiceRange(ChartAxis &axis, double top);

// A time span of the charts' axes: the unit that keeps the numbers readable (ms below 10 s).
struct ChartTimeUnit {
    double divisor = 1e6; // ns per unit
    bool seconds = false;
};
ChartTimeUnit chartTimeUnit(std::int64_t spanNs);
// The time axis's tick interval in `unit`s, at round numbers for about five ticks (0, 250, 500 ms):
// the 1-2-5 step (niceTickStep) for a fifth of the span, or half of it where that is enough.
double chartTimeTickInterval(std::int64_t spanNs, const ChartTimeUnit &unit);

} // namespace samtidig
