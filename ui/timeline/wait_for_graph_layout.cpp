#include "timeline/wait_for_graph_layout.h"

#include "timeline/timeline_text.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace samtidig {

namespace {

constexpr double kGap = 6; // between two nodes
constexpr double kPadX = 10; // inside a node, left and right
constexpr double kPadY = 4;
constexpr double kMargin = 8; // between the ring and the box
constexpr double kMinSmallPointSize = 7; // the smallest font a label is drawn in
constexpr int kMinSmallPixelSize = 9;

bool overlapAny(const std::vector<WaitForGraphNode> &nodes)
{
    for (std::size_t i = 0; i < nodes.size(); ++i)
        for (std::size_t j = i + 1; j < nodes.size(); ++j)
            if (nodes[i]
                    .rect.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2)
                    .intersects(nodes[j].rect.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2)))
                return true;
    return false;
}

// Points spaced evenly by length along an ellipse, starting at its left end, going clockwise
// (up first on screen): every neighbour is as far from the next, wide or narrow end alike.
std::vector<QPointF> evenlyOnEllipse(std::size_t count, double rx, double ry)
{
    constexpr int kSamples = 2048;
    std::vector<double> length(kSamples + 1, 0.0);
    const auto at = [&](int k) {
        const double a = std::numbers::pi + 2 * std::numbers::pi * k / kSamples;
        return QPointF(rx * std::cos(a), ry * std::sin(a));
    };
    for (int k = 1; k <= kSamples; ++k) {
        const QPointF d = at(k) - at(k - 1);
        length[static_cast<std::size_t>(k)]
            = length[static_cast<std::size_t>(k - 1)] + std::hypot(d.x(), d.y());
    }
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < count; ++i) {
        const double want = length.back() * static_cast<double>(i) / static_cast<double>(count);
        const auto it = std::lower_bound(length.begin(), length.end(), want);
        points.push_back(at(static_cast<int>(it - length.begin())));
    }
    return points;
}

// The ring for these labels in this font: the smallest ellipse (widening first, up to maxWidth)
// on which no two nodes overlap.
WaitForGraphLayout ring(const QStringList &names, const std::vector<bool> &isLock, const QStringList &texts,
                        const QFont &font, double maxWidth)
{
    const QFontMetricsF fm(font);
    WaitForGraphLayout g;
    g.font = font;
    double maxW = 0;
    double maxH = fm.height() + 2 * kPadY;
    for (qsizetype i = 0; i < names.size(); ++i) {
        WaitForGraphNode node;
        node.text = texts[i];
        node.fullName = names[i];
        node.isLock = isLock[static_cast<std::size_t>(i)];
        // Rounded up: a label must never be elided by a fraction of a pixel.
        const double w = std::ceil(fm.horizontalAdvance(node.text)) + 2 * kPadX;
        node.rect = QRectF(0, 0, w, maxH);
        maxW = std::max(maxW, w);
        g.nodes.push_back(node);
    }
    const std::size_t n = g.nodes.size();
    const double rxMax = std::max(maxW, (maxWidth - maxW) / 2 - kMargin);
    double ry = maxH;
    double rx = maxW;
    for (int step = 0; step < 400; ++step) {
        rx = std::min(rxMax, std::max(maxW, 2.6 * ry));
        const std::vector<QPointF> at = evenlyOnEllipse(n, rx, ry);
        for (std::size_t i = 0; i < n; ++i) {
            QRectF &r = g.nodes[i].rect;
            r.moveCenter(at[i]);
        }
        if (!overlapAny(g.nodes))
            break;
        ry += 3;
    }
    const QPointF shift(rx + maxW / 2 + kMargin, ry + maxH / 2 + kMargin + kWaitForGraphTitleHeight);
    for (WaitForGraphNode &node : g.nodes)
        node.rect.translate(shift);
    g.size = QSizeF(2 * rx + maxW + 2 * kMargin, 2 * ry + maxH + 2 * kMargin + kWaitForGraphTitleHeight);
    return g;
}

// ring() is pure and costs thousands of sin/cos per try: a frame asks for the same ring several
// times (the frame's height, the banner, a tooltip), so the last few answers are kept.
WaitForGraphLayout cachedRing(const QStringList &names, const std::vector<bool> &isLock,
                              const QStringList &texts, const QFont &font, double maxWidth)
{
    struct Entry {
        QStringList names;
        std::vector<bool> isLock;
        QStringList texts;
        QFont font;
        double maxWidth = 0;
        WaitForGraphLayout result;
    };
    constexpr std::size_t kKept = 4;
    thread_local std::vector<Entry> kept;
    for (const Entry &e : kept)
        if (e.maxWidth == maxWidth && e.names == names && e.isLock == isLock && e.texts == texts
            && e.font == font)
            return e.result;
    if (kept.size() == kKept)
        kept.erase(kept.begin());
    kept.push_back({ names, isLock, texts, font, maxWidth, ring(names, isLock, texts, font, maxWidth) });
    return kept.back().result;
}

} // namespace

QString abbreviatedName(const QString &name)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
    const QString trimmed = name.trimmed();
    const QRegularExpressionMatch m = number.match(trimmed);
    if (m.hasMatch() && m.capturedStart() > 0)
        return trimmed.left(1) + m.captured(1);
    return trimmed.left(3);
}

WaitForGraphLayout layoutWaitForGraph(const QStringList &tasks, const QStringList &locks, const QFont &font,
                                      double maxWidth, double maxHeight)
{
    const qsizetype n = std::min(tasks.size(), locks.size());
    QStringList names;
    QStringList shortNames;
    std::vector<bool> isLock;
    for (qsizetype i = 0; i < n; ++i) {
        for (const bool lock : { false, true }) {
            const QString &name = lock ? locks[i] : tasks[i];
            names << name;
            shortNames << abbreviatedName(name);
            isLock.push_back(lock);
        }
    }
    // Abbreviations that two names share would say less than the full names: keep those.
    for (qsizetype i = 0; i < shortNames.size(); ++i)
        if (shortNames.count(shortNames[i]) > 1 && names.count(names[i]) == 1)
            shortNames[i] = names[i];
    QFont small = font;
    if (font.pixelSize() > 0)
        small.setPixelSize(std::max(kMinSmallPixelSize, static_cast<int>(font.pixelSize() * 0.85)));
    else
        small.setPointSizeF(std::max(kMinSmallPointSize, font.pointSizeF() * 0.85));
    WaitForGraphLayout g = cachedRing(names, isLock, names, font, maxWidth);
    if (g.size.height() <= maxHeight || n == 0)
        return g;
    g = cachedRing(names, isLock, shortNames, font, maxWidth);
    g.abbreviated = true;
    if (g.size.height() <= maxHeight)
        return g;
    g = cachedRing(names, isLock, shortNames, small, maxWidth);
    g.abbreviated = true;
    // Still too high: keep the first tasks and locks and the last pair, one node for the rest.
    for (qsizetype keep = names.size() - 4; g.size.height() > maxHeight && keep >= 2; keep -= 2) {
        QStringList kept = names.mid(0, keep);
        QStringList keptText = shortNames.mid(0, keep);
        std::vector<bool> keptLock(isLock.begin(), isLock.begin() + keep);
        const qsizetype left = names.size() - keep - 2;
        //: stands for the part of a long deadlock ring not drawn; %n how many tasks and locks
        keptText << TimelineText::tr("… %n more", nullptr, static_cast<int>(left));
        kept << names.mid(keep, left).join(QStringLiteral(", "));
        keptLock.push_back(false);
        kept << names.mid(names.size() - 2);
        keptText << shortNames.mid(names.size() - 2);
        keptLock.push_back(false);
        keptLock.push_back(true);
        g = cachedRing(kept, keptLock, keptText, small, maxWidth);
        g.nodes[static_cast<std::size_t>(keep)].elided = true;
        g.abbreviated = true;
    }
    return g;
}

} // namespace samtidig
