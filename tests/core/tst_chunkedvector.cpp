// ChunkedVector: behaves like std::vector across chunk boundaries (push, insert, erase, erase_if),
// with headroom of at most one chunk; its chunks come from the arena, go back to it, and the arena
// keeps only a few empty slabs.
#include "trace/chunked_vector.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

using namespace samtidig;

namespace {
struct Item {
    std::int64_t t = 0;
    std::uint32_t a = 0;
};
bool same(const ChunkedVector<Item> &c, const std::vector<Item> &v)
{
    if (c.size() != v.size())
        return false;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (c[i].t != v[i].t || c[i].a != v[i].a)
            return false;
    return true;
}
} // namespace

class TstChunkedVector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesVector()
    {
        ChunkedVector<Item> c;
        std::vector<Item> v;
        std::mt19937 rng(7);
        for (int i = 0; i < 100000; ++i) {
            const std::uint32_t r = rng();
            const int op = static_cast<int>(r % 100);
            if (op < 90 || v.empty()) {
                c.push_back({ i, r });
                v.push_back({ i, r });
            } else if (op < 95) {
                const auto at = static_cast<std::ptrdiff_t>(r % (v.size() + 1));
                c.insert(c.begin() + at, { -i, r });
                v.insert(v.begin() + at, { -i, r });
            } else if (op < 98) {
                const auto at = static_cast<std::ptrdiff_t>(r % v.size());
                c.erase(c.begin() + at);
                v.erase(v.begin() + at);
            } else if (op < 99) {
                const auto odd = [](const Item &x) { return x.a % 7 == 0; };
                QCOMPARE(c.eraseIf(odd), static_cast<std::size_t>(std::erase_if(v, odd)));
            } else {
                c.pop_back();
                v.pop_back();
            }
        }
        QVERIFY(same(c, v));
        QVERIFY(c.capacity() - c.size() < ChunkedVector<Item>::kChunk);
    }
    void searchesLikeVector()
    {
        ChunkedVector<Item> c;
        for (int i = 0; i < 5000; ++i)
            c.push_back({ 2 * i, 0 });
        const ChunkedVector<Item> &cc = c;
        const auto it = std::lower_bound(cc.begin(), cc.end(), std::int64_t(3001),
                                         [](const Item &x, std::int64_t t) { return x.t < t; });
        QCOMPARE(it - cc.begin(), 1501);
        QCOMPARE(it->t, std::int64_t(3002));
    }
    void smallStaysSmall()
    {
        ChunkedVector<Item> c { { 1, 2 }, { 3, 4 } };
        QCOMPARE(c.size(), std::size_t(2));
        QVERIFY(c.capacity() <= 16);
        c = std::vector<Item> { { 5, 6 } };
        QCOMPARE(c.front().t, std::int64_t(5));
        QCOMPARE(c.size(), std::size_t(1));
    }
    // 24-byte elements: a chunk holds 682 of them (not rounded down to 512).
    void oddElementSize()
    {
        struct Odd {
            std::int64_t t = 0;
            std::uint32_t a = 0, b = 0, c = 0, d = 0;
        };
        static_assert(sizeof(Odd) == 24);
        QCOMPARE(ChunkedVector<Odd>::kChunk, std::size_t(682));
        ChunkedVector<Odd> v;
        for (std::uint32_t i = 0; i < 5000; ++i)
            v.push_back({ i, i, i + 1, i + 2, i + 3 });
        for (std::uint32_t i = 0; i < 5000; ++i)
            QVERIFY(v[i].t == i && v[i].d == i + 3);
        QVERIFY(v.memoryBytes() < 5000 * sizeof(Odd) + chunk_arena::kChunkBytes + 256);
    }
    void movesOwnership()
    {
        ChunkedVector<Item> a;
        for (int i = 0; i < 3000; ++i)
            a.push_back({ i, 0 });
        ChunkedVector<Item> b(std::move(a));
        QCOMPARE(b.size(), std::size_t(3000));
        QCOMPARE(b[2999].t, std::int64_t(2999));
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        a.push_back({ 1, 1 });
        a = std::move(b);
        QCOMPARE(a.size(), std::size_t(3000));
        QCOMPARE(a[1000].t, std::int64_t(1000));
    }
    // Chunks a freed vector gave back serve the next one; empty slabs beyond a few are unmapped.
    void arenaReusesAndStaysBounded()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("under AddressSanitizer chunks come from operator new (so ASan sees their bounds)");
#endif
        const chunk_arena::Stats before = chunk_arena::stats();
        {
            std::vector<ChunkedVector<std::int64_t>> columns(4);
            for (int i = 0; i < 4'000'000; ++i) // 32 MB: 16 slabs
                columns[static_cast<std::size_t>(i % 4)].push_back(i);
            const chunk_arena::Stats full = chunk_arena::stats();
            QVERIFY(full.chunksInUse >= before.chunksInUse + 4'000'000 * 8 / chunk_arena::kChunkBytes);
            QVERIFY(full.slabs >= before.slabs + 15);
        }
        const chunk_arena::Stats after = chunk_arena::stats();
        QCOMPARE(after.chunksInUse, before.chunksInUse);
        QVERIFY(after.emptySlabs <= chunk_arena::kKeepEmptySlabs);
        QVERIFY(after.slabs <= before.slabs + chunk_arena::kKeepEmptySlabs);
        // A second trace of the same size maps at most what was unmapped, not 16 new slabs on top.
        {
            ChunkedVector<std::int64_t> again;
            for (int i = 0; i < 1'000'000; ++i)
                again.push_back(i);
            QVERIFY(chunk_arena::stats().slabs <= after.slabs + 4);
        }
    }
};

QTEST_GUILESS_MAIN(TstChunkedVector)
#include "tst_chunkedvector.moc"
