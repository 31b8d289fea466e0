#pragma once
// Round numbers for time: the 1-2-5 step every time axis ticks at (the timeline's and the charts'),
// and a duration as text. Pure functions of their arguments.

#include <QString>

#include <cstdint>

class QLocale;

namespace samtidig {

// The smallest step of 1, 2 or 5 x 10^k ns for which ticks lie at least minSpacingPx apart.
std::int64_t niceTickStep(std::int64_t rangeNs, double widthPx, double minSpacingPx);
// A duration for tooltips with three significant digits: "850 ns", "12,3 µs", "1,50 s".
QString formatDuration(std::int64_t ns, const QLocale &locale);

} // namespace samtidig
