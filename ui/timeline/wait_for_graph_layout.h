#pragma once
// Where the deadlock banner's wait-for graph puts its nodes: tasks and the locks they wait for,
// alternating around an ellipse, so a cycle is drawn as a ring for any length (2 to 32 and more).
// Long rings get abbreviated labels ("p12" for "philosopher 12") and then a smaller font; the
// full name is kept for the tooltip. Pure geometry, tested apart from painting.

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace samtidig {

struct WaitForGraphNode {
    QRectF rect; // relative to the graph's top left
    QString text; // what is drawn
    QString fullName; // for the tooltip when text is abbreviated
    bool isLock = false;
    bool elided = false; // stands for the part of the ring left out; fullName lists it
};

struct WaitForGraphLayout {
    QSizeF size; // the graph's box, title row included
    QFont font;
    // tasks[0], locks[0], tasks[1], locks[1], ...: node 2i waits for node 2i+1, which node 2i+2 holds.
    std::vector<WaitForGraphNode> nodes;
    bool abbreviated = false;
};

// The smallest ring, at most maxWidth wide, that fits the names without overlap: with full names in
// the given font if that is at most maxHeight high, else abbreviated, else also in a smaller font
// (then, if still too high, with only the start and end of the ring and one node for the rest).
WaitForGraphLayout layoutWaitForGraph(const QStringList &tasks, const QStringList &locks, const QFont &font,
                                      double maxWidth, double maxHeight);

// "philosopher 12" -> "p12", "fork 3" -> "f3"; a name without a number keeps its first three letters.
QString abbreviatedName(const QString &name);

// The title row above the ring.
inline constexpr double kWaitForGraphTitleHeight = 18;

} // namespace samtidig
