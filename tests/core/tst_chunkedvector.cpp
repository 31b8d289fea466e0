// ChunkedVector: behaves like std::vector across chunk boundaries (push, insert, erase, erase_if),
// with headroom of at most one chunk.
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
};

QTEST_GUILESS_MAIN(TstChunkedVector)
#include "tst_chunkedvector.moc"
