#include "support/gil_check.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <algorithm>
#include <utility>

namespace samtidig::test {

double gilHeldOnCpuOrReady(const QJsonArray &events)
{
    using Span = std::pair<double, double>;
    QMap<int, std::pair<int, int>> lanes; // chrome tid -> (task, track)
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("name")).toString() != QLatin1String("thread_name"))
            continue;
        const QJsonObject ids
            = e.value(QStringLiteral("args")).toObject().value(QStringLiteral("samtidig")).toObject();
        lanes[e.value(QStringLiteral("tid")).toInt()]
            = { ids.value(QStringLiteral("task")).toInt(), ids.value(QStringLiteral("track")).toInt() };
    }
    QMap<int, QList<Span>> held; // task -> GIL holds (µs)
    QMap<int, QList<Span>> accounted; // task -> running, runnable, or waiting for the GIL's mutex
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")).toString() != QLatin1String("X"))
            continue;
        const auto [task, track] = lanes.value(e.value(QStringLiteral("tid")).toInt(), { 0, -1 });
        const double from = e.value(QStringLiteral("ts")).toDouble();
        const Span span { from, from + e.value(QStringLiteral("dur")).toDouble() };
        const QString cat = e.value(QStringLiteral("cat")).toString();
        const QString lock
            = e.value(QStringLiteral("args")).toObject().value(QStringLiteral("lock")).toString();
        if (track == 2 && cat == QLatin1String("lock_held") && lock == QLatin1String("GIL")) {
            if (span.second - span.first >= 1000)
                held[task] << span;
        } else if ((track == 0 && (cat == QLatin1String("running") || cat == QLatin1String("runnable")))
                   || (track == 1 && cat == QLatin1String("lock_wait")
                       && lock.startsWith(QLatin1String("GIL mutex")))) {
            accounted[task] << span;
        }
    }
    double heldUs = 0;
    double coveredUs = 0;
    for (auto it = held.begin(); it != held.end(); ++it) {
        QList<Span> merged; // the accounted spans as a union: a lock wait begins before the thread blocks
        QList<Span> spans = accounted.value(it.key());
        std::sort(spans.begin(), spans.end());
        for (const Span &s : spans)
            if (!merged.isEmpty() && s.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, s.second);
            else
                merged << s;
        for (const auto &[a, b] : it.value()) {
            heldUs += b - a;
            for (const auto &[c, d] : merged)
                coveredUs += std::max(0.0, std::min(b, d) - std::max(a, c));
        }
    }
    return heldUs > 0 ? coveredUs / heldUs : -1;
}

} // namespace samtidig::test
