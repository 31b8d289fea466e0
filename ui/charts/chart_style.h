#pragma once
// The look every chart shares (quiet theme, no animation while live, compact margins), so the
// three chart pages read as one tool. Internal to ui/charts/.

class QChart;
class QAbstractAxis;
class QValueAxis;

namespace samtidig {

struct ChartAxis;

void applyChartStyle(QChart *chart);
// Axis numbers in the UI language (decimal comma in Danish). Qt Charts formats with the C locale
// unless told otherwise, so every chart calls this when made and again on a language change.
// Localized labels need a format with a precision ("%.4g"): Qt 6.4 draws none for "%g" or "%d".
void applyChartLocale(QChart *chart);
void styleAxis(QAbstractAxis *axis);
// Title, legend and every axis's text at `scale` times their usual size (presentation mode).
void applyChartTextScale(QChart *chart, double scale);
// The axis the data chose: title, range, ticks and the format of their numbers.
void applyAxis(QValueAxis *axis, const ChartAxis &data);

} // namespace samtidig
