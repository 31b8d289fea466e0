#include "trace/time_steps.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace samtidig {

std::int64_t niceTickStep(std::int64_t rangeNs, double widthPx, double minSpacingPx)
{
    if (rangeNs <= 0 || widthPx <= 0)
        return 1;
    const double minStep = static_cast<double>(rangeNs) * std::max(1.0, minSpacingPx) / widthPx;
    std::int64_t magnitude = 1;
    while (true) {
        for (const std::int64_t m : { 1, 2, 5 }) {
            if (static_cast<double>(m * magnitude) >= minStep)
                return m * magnitude;
        }
        if (magnitude > INT64_MAX / 100)
            return magnitude * 10;
        magnitude *= 10;
    }
}

QString formatDuration(std::int64_t ns, const QLocale &locale)
{
    const std::int64_t a = std::llabs(ns);
    if (a < 1'000)
        return QStringLiteral("%1 ns").arg(locale.toString(ns));
    double per = 1e3;
    QString symbol = QStringLiteral("µs");
    if (a >= 1'000'000'000) {
        per = 1e9;
        symbol = QStringLiteral("s");
    } else if (a >= 1'000'000) {
        per = 1e6;
        symbol = QStringLiteral("ms");
    }
    const double v = static_cast<double>(ns) / per;
    const double av = std::abs(v);
    const int decimals = av >= 100 ? 0 : (av >= 10 ? 1 : 2);
    return QStringLiteral("%1 %2").arg(locale.toString(v, 'f', decimals), symbol);
}

} // namespace samtidig
