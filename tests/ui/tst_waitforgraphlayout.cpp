// The deadlock banner's wait-for graph: a ring of tasks and locks, alternating, for every cycle
// length the scenarios allow, with no two nodes overlapping and every label whole in its node.
#include "timeline/timeline_theme.h"
#include "timeline/wait_for_graph_layout.h"

#include <QFontMetricsF>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace samtidig;

namespace {

// The philosophers scenario's names: "philosopher i" waits for "fork i".
void philosophers(int n, QStringList *tasks, QStringList *locks)
{
    for (int i = 1; i <= n; ++i) {
        *tasks << QStringLiteral("philosopher %1").arg(i);
        *locks << QStringLiteral("fork %1").arg(i);
    }
}

} // namespace

class TstWaitForGraphLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringIsReadable_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<double>("maxWidth");
        QTest::addColumn<double>("maxHeight");
        QTest::addColumn<bool>("whole"); // every task and lock drawn (else the middle is one node)
        QTest::newRow("2, the deadlock scenario") << 2 << 400.0 << 220.0 << true;
        QTest::newRow("5, the default table") << 5 << 560.0 << 220.0 << true;
        QTest::newRow("5, a narrow window") << 5 << 260.0 << 220.0 << true;
        QTest::newRow("32, a 1280 px window") << 32 << 350.0 << 220.0 << false;
        QTest::newRow("32, a wide export") << 32 << 1800.0 << 600.0 << true;
    }
    void ringIsReadable()
    {
        QFETCH(int, length);
        QFETCH(double, maxWidth);
        QFETCH(double, maxHeight);
        QFETCH(bool, whole);
        QStringList tasks;
        QStringList locks;
        philosophers(length, &tasks, &locks);
        QStringList names; // around the ring: task, the lock it waits for, the next task, ...
        for (int i = 0; i < length; ++i)
            names << tasks[i] << locks[i];
        const QFont font = TimelineTheme::forKind(TimelineThemeKind::Screen).smallFont;
        const WaitForGraphLayout g = layoutWaitForGraph(tasks, locks, font, maxWidth, maxHeight);
        QVERIFY2(g.size.width() <= maxWidth, qPrintable(QString::number(g.size.width())));
        QVERIFY2(g.size.height() <= maxHeight || whole, qPrintable(QString::number(g.size.height())));
        const bool elided
            = std::any_of(g.nodes.begin(), g.nodes.end(), [](const auto &n) { return n.elided; });
        QCOMPARE(!elided, whole);
        QCOMPARE(g.nodes.size() == std::size_t(2 * length), whole);
        const QFontMetricsF fm(g.font);
        QVERIFY(g.font.pixelSize() >= 9 || g.font.pointSizeF() >= 7); // smaller, but still readable
        qsizetype at = 0; // where in `names` the node is
        for (std::size_t i = 0; i < g.nodes.size(); ++i) {
            const WaitForGraphNode &node = g.nodes[i];
            if (node.elided) {
                // Stands for all but the last task and lock, and names them all for the tooltip.
                const qsizetype left = names.size() - at - 2;
                QCOMPARE(node.fullName, names.mid(at, left).join(QStringLiteral(", ")));
                at += left;
            } else {
                // Alternating: task, then the lock it waits for; the full name kept for the tooltip.
                QCOMPARE(node.fullName, names[at]);
                QCOMPARE(node.isLock, at % 2 == 1);
                ++at;
            }
            QVERIFY2(fm.horizontalAdvance(node.text) <= node.rect.width()
                         && fm.height() <= node.rect.height(),
                     qPrintable(node.text));
            QVERIFY2(QRectF(QPointF(0, 0), g.size).contains(node.rect), qPrintable(node.text));
            for (std::size_t j = i + 1; j < g.nodes.size(); ++j)
                QVERIFY2(!node.rect.intersects(g.nodes[j].rect),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(node.text, g.nodes[j].text)));
        }
        QCOMPARE(at, names.size());
        // A ring: going round, the node centres turn the same way all the time (a convex polygon).
        int turns = 0;
        const std::size_t n = g.nodes.size();
        for (std::size_t i = 0; i < n && n > 2; ++i) {
            const QPointF a = g.nodes[i].rect.center();
            const QPointF b = g.nodes[(i + 1) % n].rect.center();
            const QPointF c = g.nodes[(i + 2) % n].rect.center();
            const double cross = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
            turns += cross > 0 ? 1 : -1;
        }
        QCOMPARE(std::abs(turns), int(n > 2 ? n : 0));
        // Full names while they fit; the 32-ring abbreviates ("p12", "f12").
        if (length <= 5 && maxWidth >= 400)
            QVERIFY(!g.abbreviated);
        if (length == 32)
            QVERIFY(g.abbreviated);
    }

    void abbreviations_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("philosopher") << QStringLiteral("philosopher 12") << QStringLiteral("p12");
        QTest::newRow("fork") << QStringLiteral("fork 3") << QStringLiteral("f3");
        QTest::newRow("Danish") << QStringLiteral("gaffel 7") << QStringLiteral("g7");
        QTest::newRow("no number") << QStringLiteral("counter lock") << QStringLiteral("cou");
        QTest::newRow("short") << QStringLiteral("A") << QStringLiteral("A");
    }
    void abbreviations()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(abbreviatedName(name), expected);
    }
};

QTEST_MAIN(TstWaitForGraphLayout)
#include "tst_waitforgraphlayout.moc"
