// SpanList: ordering, visible-range search, overlap handling.
#include "trace/span_list.h"

#include <QTest>

#include <algorithm>
#include <vector>

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
    // The compact columns give back exactly what was appended: long durations, values that start
    // late in a track, and late arrivals before long spans.
    void compactColumnsRoundTrip()
    {
        struct S {
            std::int64_t start, end;
            SpanState state;
            std::uint32_t arg, other;
        };
        const std::int64_t hour = 3'600'000'000'000;
        const std::vector<S> appended {
            { 0, 10, SpanState::Running, 0, 0 },
            { 10, 10 + hour, SpanState::Blocked, 0, 0 }, // longer than 32 bits of ns
            { 20 + hour, 30 + hour, SpanState::Running, 7, 0 }, // first arg
            { 40 + hour, 50 + hour, SpanState::Running, 0, 9 }, // first other
            { 5, 6, SpanState::Runnable, 0, 0 }, // out of order, before the long one
            { INT64_MIN, INT64_MAX, SpanState::Stalled, 1, 1 }, // hostile input still round-trips
        };
        SpanList list;
        std::vector<S> expected;
        for (const S &s : appended) {
            list.append(s.start, s.end, s.state, s.arg, s.other);
            expected.insert(std::upper_bound(expected.begin(), expected.end(), s.start,
                                             [](std::int64_t t, const S &e) { return t < e.start; }),
                            s);
        }
        QCOMPARE(list.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(list.start(i), expected[i].start);
            QCOMPARE(list.end(i), expected[i].end);
            QCOMPARE(list.state(i), expected[i].state);
            QCOMPARE(list.arg(i), expected[i].arg);
            QCOMPARE(list.other(i), expected[i].other);
        }
    }
    void uniformColumnsTakeNoRoom()
    {
        SpanList held;
        for (int i = 0; i < 1000; ++i)
            held.append(i * 10, i * 10 + 5, SpanState::LockHeld, 3);
        QCOMPARE(held.usedBytes(), std::size_t(1000 * (8 + 4 + 4))); // start, duration, arg
    }
};

QTEST_GUILESS_MAIN(TstSpanList)
#include "tst_spanlist.moc"
