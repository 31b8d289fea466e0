// Level-of-detail folding: a million tiny spans fold to at most one block per pixel column with
// the count preserved; wide spans pass through unchanged; the dominant state wins a block.
#include "trace/lod.h"

#include <QTest>

#include <set>

using namespace samtidig;

namespace {

std::uint64_t totalCount(const std::vector<LodItem> &items)
{
    std::uint64_t n = 0;
    for (const LodItem &item : items)
        n += item.count;
    return n;
}

} // namespace

class TstLod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void millionTinySpansFoldPerColumn_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("1920 px") << 1920.0;
        QTest::newRow("300 px") << 300.0;
        QTest::newRow("7 px") << 7.0;
    }
    void millionTinySpansFoldPerColumn()
    {
        QFETCH(double, width);
        SpanList spans;
        constexpr std::int64_t n = 1'000'000;
        spans.reserve(n);
        for (std::int64_t i = 0; i < n; ++i) // 10 ns on, 10 ns off
            spans.append(i * 20, i * 20 + 10, i % 3 ? SpanState::Running : SpanState::Runnable, 0,
                         static_cast<std::uint32_t>(i % 4));
        const LodRequest request { 0, n * 20, width, 1.5 };
        const std::vector<LodItem> items = foldSpans(spans, request);
        QCOMPARE(totalCount(items), std::uint64_t(n));
        QVERIFY(items.size() <= static_cast<std::size_t>(width) + 1);
        const auto columnOf = [&](std::int64_t t) { // exact integer math: no rounding at column edges
            return t * static_cast<std::int64_t>(width) / (n * 20);
        };
        std::set<std::int64_t> columns;
        for (const LodItem &item : items) {
            QVERIFY(item.count > 1);
            QVERIFY(columns.insert(columnOf(item.startNs)).second);
            QVERIFY(item.coverage > 0.3f && item.coverage < 0.7f); // half the time is busy
            QVERIFY(item.mixed);
        }
    }

    void wideSpansPassThrough()
    {
        SpanList spans;
        spans.append(0, 1000, SpanState::Running, 1, 7);
        spans.append(1000, 1005, SpanState::Running, 0, 8); // half a pixel: folded with its neighbours
        spans.append(1005, 1006, SpanState::Runnable, 0, 8);
        spans.append(1006, 1008, SpanState::Runnable, 0, 8);
        spans.append(2000, 5000, SpanState::LockWait, 3, 9);
        const std::vector<LodItem> items
            = foldSpans(spans, LodRequest { 0, 10000, 1000, 1.5 }); // 10 ns a pixel
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(items[0].count, 1u);
        QCOMPARE(items[0].startNs, 0);
        QCOMPARE(items[0].endNs, 1000);
        QCOMPARE(items[0].arg, 1u);
        QCOMPARE(items[0].other, 7u);
        QVERIFY(!items[0].folded());
        QCOMPARE(items[1].count, 3u);
        QCOMPARE(items[1].startNs, 1000);
        QCOMPARE(items[1].endNs, 1008);
        QCOMPARE(items[1].state, SpanState::Running); // the longest state in the block
        QCOMPARE(items[2].state, SpanState::LockWait);
        QCOMPARE(items[2].startNs, 2000);
        QCOMPARE(items[2].endNs, 5000);
        QCOMPARE(items[2].firstIndex, std::size_t(4));
    }

    void everyWideSpanSurvivesAmongTinyOnes()
    {
        SpanList spans;
        std::int64_t t = 0;
        int wide = 0;
        for (int i = 0; i < 100'000; ++i) {
            const bool isWide = i % 1000 == 0;
            const std::int64_t d = isWide ? 50'000 : 3;
            spans.append(t, t + d, SpanState::Running);
            wide += isWide;
            t += d + 2;
        }
        const std::vector<LodItem> items = foldSpans(spans, LodRequest { 0, t, 1000, 1.5 });
        QCOMPARE(totalCount(items), std::uint64_t(100'000));
        const auto passed = std::count_if(items.begin(), items.end(), [](const LodItem &i) {
            return i.count == 1 && i.endNs - i.startNs == 50'000;
        });
        QCOMPARE(passed, wide);
    }

    void visibleRangeOnly()
    {
        SpanList spans;
        for (std::int64_t i = 0; i < 1000; ++i)
            spans.append(i * 100, i * 100 + 50, SpanState::Running);
        const std::vector<LodItem> items
            = foldSpans(spans, LodRequest { 10'000, 20'000, 100, 1.5 }); // 100 ns a pixel
        QCOMPARE(totalCount(items), std::uint64_t(101)); // spans 100..200 intersect [10000, 20000]
        QCOMPARE(items.front().firstIndex, std::size_t(100));
    }

    void emptyAndDegenerateRequests()
    {
        SpanList spans;
        QVERIFY(foldSpans(spans, LodRequest { 0, 100, 100, 1.5 }).empty());
        spans.append(0, 10, SpanState::Running);
        QVERIFY(foldSpans(spans, LodRequest { 0, 100, 0, 1.5 }).empty());
        QVERIFY(foldSpans(spans, LodRequest { 100, 100, 100, 1.5 }).empty());
        const auto zeroLength = [] {
            SpanList s;
            for (int i = 0; i < 10; ++i)
                s.append(50, 50, SpanState::Stalled);
            return s;
        }();
        QCOMPARE(totalCount(foldSpans(zeroLength, LodRequest { 0, 100, 100, 1.5 })), std::uint64_t(10));
    }
};

QTEST_GUILESS_MAIN(TstLod)
#include "tst_lod.moc"
