#pragma once
// The look every chart shares (quiet theme, no animation while live, compact margins), so the
// three chart pages read as one tool. Internal to ui/charts/.

#include <QString>

#include <cstdint>

class QChart;
class QAbstractAxis;

namespace samtidig {

void applyChartStyle(QChart *chart);
// Axis numbers in the UI language (decimal comma in Danish). Qt Charts formats with the C locale
// unless told otherwise, so every chart calls this when made and again on a language change.
// Localized labels need a format with a precision ("%.4g"): Qt 6.4 draws none for "%g" or "%d".
void applyChartLocale(QChart *chart);
void styleAxis(QAbstractAxis *axis);
// Title, legend and every axis's text at `scale` times their usual size (presentation mode).
void applyChartTextScale(QChart *chart, double scale);

// A time span of the chart's axes: the unit that keeps the numbers readable (ms below 10 s).
struct ChartTimeUnit {
    double divisor = 1e6; // ns per unit
    bool seconds = false;
};
ChartTimeUnit chartTimeUnit(std::int64_t spanNs);
// The time axis's tick interval in `unit`s, at round numbers for about five ticks (0, 250, 500 ms):
// the timeline's 1-2-5 step (niceTickStep) for a fifth of the span, or half of it where that is enough.
double chartTimeTickInterval(std::int64_t spanNs, const ChartTimeUnit &unit);

} // namespace samtidig
