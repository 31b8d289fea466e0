// SpanList: ordering, visible-range search, overlap handling.
#include "trace/span_list.h"

#include <QTest>

using namespace samtidig;

class TstSpanList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void visible_data()
    {
        QTest::addColumn<qint64>("t0");
        QTest::addColumn<qint64>("t1");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        // spans: [0,10] [20,30] [40,50]
        QTest::newRow("all") << qint64(-5) << qint64(100) << 0 << 3;
        QTest::newRow("middle only") << qint64(15) << qint64(35) << 1 << 2;
        QTest::newRow("gap") << qint64(11) << qint64(19) << 1 << 1;
        QTest::newRow("touch end") << qint64(10) << qint64(10) << 0 << 1;
        QTest::newRow("before") << qint64(-10) << qint64(-1) << 0 << 0;
        QTest::newRow("after") << qint64(51) << qint64(60) << 3 << 3;
    }
    void visible()
    {
        QFETCH(qint64, t0);
        QFETCH(qint64, t1);
        QFETCH(int, first);
        QFETCH(int, last);
        SpanList list;
        list.append(0, 10, SpanState::Running);
        list.append(20, 30, SpanState::Runnable);
        list.append(40, 50, SpanState::Running);
        const auto [f, l] = list.visible(t0, t1);
        QCOMPARE(int(f), first);
        QCOMPARE(int(l), last);
    }
    void outOfOrderAppendKeepsSorted()
    {
        SpanList list;
        list.append(20, 30, SpanState::Running, 2);
        list.append(0, 10, SpanState::Running, 1);
        list.append(40, 45, SpanState::Running, 3);
        QCOMPARE(list.start(0), 0);
        QCOMPARE(list.arg(0), 1u);
        QCOMPARE(list.arg(1), 2u);
        QCOMPARE(list.arg(2), 3u);
    }
    void overlappingLongSpanStaysVisible()
    {
        SpanList list;
        list.append(0, 1000, SpanState::LockHeld, 1);
        list.append(10, 20, SpanState::LockHeld, 2);
        list.append(30, 40, SpanState::LockHeld, 3);
        const auto [f, l] = list.visible(500, 600);
        QCOMPARE(int(f), 0);
        QCOMPARE(int(l), 3);
    }
};

QTEST_GUILESS_MAIN(TstSpanList)
#include "tst_spanlist.moc"
