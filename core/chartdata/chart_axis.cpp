#include "chartdata/chart_axis.h"

#include "trace/time_steps.h"

#include <cmath>

namespace samtidig {

namespace {
// x rounded to 1, 2, 5 or 10 x 10^k: up (ceiling) or to the nearest.
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling)
        q = q <= 1 ? 1 : q <= 2 ? 2 : q <= 5 ? 5 : 10;
    else
        q = q < 1.5 ? 1 : q < 3 ? 2 : q < 7 ? 5 : 10;
    return q * z;
}
} // namespace

std::vector<double> chartAxisTicks(const ChartAxis &axis)
{
    std::vector<double> ticks;
    if (!(axis.max > axis.min))
        return ticks;
    if (axis.tickInterval > 0) {
        const double first = std::ceil(axis.min / axis.tickInterval - 1e-9);
        for (double k = first;; ++k) {
            const double v = k * axis.tickInterval;
            if (v > axis.max + axis.tickInterval * 1e-9)
                break;
            ticks.push_back(v);
        }
        return ticks;
    }
    const int n = std::max(2, axis.tickCount);
    for (int i = 0; i < n; ++i)
        ticks.push_back(axis.min + (axis.max - axis.min) * i / (n - 1));
    return ticks;
}

void setNiceRange(ChartAxis &axis, double top)
{
    constexpr int kTicks = 5;
    const double range = niceNumber(top, true);
    const double step = niceNumber(range / (kTicks - 1), false);
    const double steps = std::ceil(top / step);
    axis.min = 0;
    axis.max = steps * step;
    axis.tickCount = static_cast<int>(steps) + 1;
    axis.tickInterval = 0;
}

ChartTimeUnit chartTimeUnit(std::int64_t spanNs)
{
    if (spanNs >= 10'000'000'000)
        return { 1e9, true };
    return { 1e6, false };
}

double chartTimeTickInterval(std::int64_t spanNs, const ChartTimeUnit &unit)
{
    const double fifth = static_cast<double>(spanNs) / 5;
    const double step = static_cast<double>(niceTickStep(spanNs, 5, 1));
    return (step / 2 >= fifth ? step / 2 : step) / unit.divisor;
}

} // namespace samtidig
