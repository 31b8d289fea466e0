// The runner's results block in a real shared region: what a runner publishes reads back as it was,
// and a damaged block (a size beyond the block's capacity, bytes that are not a JSON object) reads
// as an error naming what is wrong, never past the block.
#include "record/shared_region.h"
#include "runner/runner_results.h"

#include <QJsonArray>
#include <QTest>

#include <cstring>
#include <limits>

using namespace samtidig;

namespace {

RegionConfig smallConfig()
{
    RegionConfig c;
    c.maxRings = 2;
    c.ringCapacity = 64;
    c.maxTasks = 4;
    c.maxNames = 4;
    return c;
}

} // namespace

class TstRunnerResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedResultsReadBack()
    {
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(), &error), error.c_str());
        QVERIFY(readRunnerResults(*region.header()).isEmpty()); // nothing published yet
        const QJsonObject results { { QStringLiteral("expected"), 4000 },
                                    { QStringLiteral("per_thread"), QJsonArray { 1, 2 } },
                                    { QStringLiteral("name"), QStringLiteral("tråd 1") } };
        publishRunnerResults(*region.header(), results);
        QCOMPARE(readRunnerResults(*region.header()), results);
    }

    void oversizedResultsArePublishedAsAnError()
    {
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(), &error), error.c_str());
        publishRunnerResults(*region.header(),
                             { { QStringLiteral("big"), QString(int(kResultsCapacity), QLatin1Char('x')) } });
        const QJsonObject back = readRunnerResults(*region.header());
        QCOMPARE(back.size(), 1);
        QVERIFY2(back.value(QStringLiteral("error")).toString().contains(QLatin1String("64 KiB")),
                 qPrintable(back.value(QStringLiteral("error")).toString()));
    }

    // What a crashed or hostile runner can leave: the size is never trusted beyond the block.
    void badSizeIsReportedNotRead_data()
    {
        QTest::addColumn<quint32>("size");
        QTest::newRow("one past the block") << quint32(kResultsCapacity + 1);
        QTest::newRow("twice the block") << quint32(2 * kResultsCapacity);
        QTest::newRow("largest") << std::numeric_limits<quint32>::max();
    }
    void badSizeIsReportedNotRead()
    {
        QFETCH(quint32, size);
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(), &error), error.c_str());
        publishRunnerResults(*region.header(), { { QStringLiteral("ok"), true } });
        region.header()->resultsSize.store(size);
        const QString message = readRunnerResults(*region.header()).value(QStringLiteral("error")).toString();
        QVERIFY2(message.contains(QString::number(size))
                     && message.contains(QString::number(kResultsCapacity)),
                 qPrintable(message));
    }

    void bytesThatAreNotAnObjectAreReported()
    {
        SharedRegion region;
        std::string error;
        QVERIFY2(region.create(smallConfig(), &error), error.c_str());
        RegionHeader &h = *region.header();
        // A full block of garbage, as far as the capacity allows.
        std::memset(h.results, '{', kResultsCapacity);
        h.resultsSize.store(static_cast<std::uint32_t>(kResultsCapacity));
        QVERIFY(readRunnerResults(h)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("damaged")));
        // Valid JSON, but not an object.
        const char array[] = "[1,2,3]";
        std::memcpy(h.results, array, sizeof array - 1);
        h.resultsSize.store(sizeof array - 1);
        QVERIFY(readRunnerResults(h)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("JSON object")));
    }
};

QTEST_GUILESS_MAIN(TstRunnerResults)
#include "tst_runnerresults.moc"
