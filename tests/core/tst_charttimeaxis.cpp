// The charts' time axis: the unit (ms below 10 s) and the tick interval, the timeline's 1-2-5
// step for a fifth of the run or half of a 5 step (250 ms) where that is enough.
#include "chartdata/chart_axis.h"

#include <QTest>

using namespace samtidig;

class TstChartTimeAxis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tickInterval_data()
    {
        QTest::addColumn<qint64>("spanNs");
        QTest::addColumn<bool>("seconds");
        QTest::addColumn<double>("interval");
        QTest::newRow("1 s: a fifth is 200 ms") << qint64(1'000'000'000) << false << 200.0;
        QTest::newRow("1.1 s: 250 ms, not 500") << qint64(1'100'000'000) << false << 250.0;
        QTest::newRow("1.2 s: 250 ms") << qint64(1'200'000'000) << false << 250.0;
        QTest::newRow("2.4 s: 500 ms") << qint64(2'400'000'000) << false << 500.0;
        QTest::newRow("2.5 s: 500 ms") << qint64(2'500'000'000) << false << 500.0;
        QTest::newRow("3 s: 1000 ms") << qint64(3'000'000'000) << false << 1000.0;
        QTest::newRow("0.7 s: 200 ms") << qint64(700'000'000) << false << 200.0;
        QTest::newRow("40 ms: 10 ms") << qint64(40'000'000) << false << 10.0;
        QTest::newRow("3 ms: 1 ms") << qint64(3'000'000) << false << 1.0;
        QTest::newRow("12 s: 2.5 s") << qint64(12'000'000'000) << true << 2.5;
        QTest::newRow("30 s: 10 s") << qint64(30'000'000'000) << true << 10.0;
        QTest::newRow("5 min: 100 s") << qint64(300'000'000'000) << true << 100.0;
    }
    void tickInterval()
    {
        QFETCH(qint64, spanNs);
        QFETCH(bool, seconds);
        QFETCH(double, interval);
        const ChartTimeUnit unit = chartTimeUnit(spanNs);
        QCOMPARE(unit.seconds, seconds);
        const double got = chartTimeTickInterval(spanNs, unit);
        QCOMPARE(got, interval);
        // About five ticks at most, never fewer than two.
        const double ticks = static_cast<double>(spanNs) / unit.divisor / got;
        QVERIFY2(ticks <= 5.0 && ticks >= 2.0, qPrintable(QString::number(ticks)));
    }
};

QTEST_GUILESS_MAIN(TstChartTimeAxis)
#include "tst_charttimeaxis.moc"
