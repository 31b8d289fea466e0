#include "timeline/time_coordinates.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace samtidig {

namespace {

double unitNs(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Nanoseconds: return 1.0;
    case TimeUnit::Microseconds: return 1e3;
    case TimeUnit::Milliseconds: return 1e6;
    case TimeUnit::Seconds: return 1e9;
    }
    return 1.0;
}

QString withUnit(const QString &number, TimeUnit unit)
{
    return QStringLiteral("%1 %2").arg(number, unitSymbol(unit));
}

} // namespace

std::int64_t TimeScale::toTime(double x) const
{
    return t0 + std::llround((x - left) * nsPerPixel());
}

double TimeScale::toPixelLength(std::int64_t ns) const
{
    return static_cast<double>(ns) / nsPerPixel();
}

TimeUnit tickUnit(std::int64_t stepNs)
{
    if (stepNs >= 100'000'000)
        return TimeUnit::Seconds;
    if (stepNs >= 100'000)
        return TimeUnit::Milliseconds;
    if (stepNs >= 100)
        return TimeUnit::Microseconds;
    return TimeUnit::Nanoseconds;
}

QString unitSymbol(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Nanoseconds: return QStringLiteral("ns");
    case TimeUnit::Microseconds: return QStringLiteral("µs");
    case TimeUnit::Milliseconds: return QStringLiteral("ms");
    case TimeUnit::Seconds: return QStringLiteral("s");
    }
    return {};
}

QString formatTickLabel(std::int64_t timeNs, std::int64_t stepNs, const QLocale &locale)
{
    const TimeUnit unit = tickUnit(stepNs);
    const double per = unitNs(unit);
    // A step of 0.1..0.5 units needs one decimal, but only where the tick is not a whole unit.
    const bool whole = timeNs % static_cast<std::int64_t>(per) == 0;
    const int decimals = static_cast<double>(stepNs) < per && !whole ? 1 : 0;
    return withUnit(locale.toString(static_cast<double>(timeNs) / per, 'f', decimals), unit);
}

std::vector<AxisTick> axisTicks(const TimeScale &scale, double minSpacingPx, const QLocale &locale)
{
    std::vector<AxisTick> ticks;
    const std::int64_t step = niceTickStep(scale.t1 - scale.t0, scale.width, minSpacingPx);
    // First multiple of step at or after t0 (floor division that also works for negative t0).
    std::int64_t t = scale.t0 / step * step;
    if (t < scale.t0)
        t += step;
    for (; t <= scale.t1; t += step)
        ticks.push_back({ t, scale.toPixel(t), formatTickLabel(t, step, locale) });
    return ticks;
}

} // namespace samtidig
