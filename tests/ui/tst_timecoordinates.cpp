// Time <-> pixel math and axis ticks: nice 1/2/5 steps, unit choice and locale-aware labels.
#include "timeline/time_coordinates.h"

#include <QLocale>
#include <QTest>

using namespace samtidig;

class TstTimeCoordinates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeToPixel_data()
    {
        QTest::addColumn<qint64>("t0");
        QTest::addColumn<qint64>("t1");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("x");
        QTest::newRow("start") << qint64(0) << qint64(1000) << 0.0 << 100.0 << qint64(0) << 0.0;
        QTest::newRow("end") << qint64(0) << qint64(1000) << 0.0 << 100.0 << qint64(1000) << 100.0;
        QTest::newRow("middle, offset")
            << qint64(0) << qint64(1000) << 200.0 << 100.0 << qint64(500) << 250.0;
        QTest::newRow("shifted range")
            << qint64(5000) << qint64(6000) << 0.0 << 1000.0 << qint64(5250) << 250.0;
        QTest::newRow("before the range")
            << qint64(1000) << qint64(2000) << 0.0 << 100.0 << qint64(0) << -100.0;
        QTest::newRow("seconds on 1920 px")
            << qint64(0) << qint64(10'000'000'000) << 0.0 << 1920.0 << qint64(5'000'000'000) << 960.0;
    }
    void timeToPixel()
    {
        QFETCH(qint64, t0);
        QFETCH(qint64, t1);
        QFETCH(double, left);
        QFETCH(double, width);
        QFETCH(qint64, t);
        QFETCH(double, x);
        const TimeScale scale { t0, t1, left, width };
        QCOMPARE(scale.toPixel(t), x);
        QCOMPARE(scale.toTime(x), t); // and back
    }

    void tickStep_data()
    {
        QTest::addColumn<qint64>("range");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<qint64>("step");
        QTest::newRow("1 ms over 1000 px, 100 px apart")
            << qint64(1'000'000) << 1000.0 << 100.0 << qint64(100'000);
        QTest::newRow("rounds up to 2") << qint64(1'500'000) << 1000.0 << 100.0 << qint64(200'000);
        QTest::newRow("rounds up to 5") << qint64(4'000'000) << 1000.0 << 100.0 << qint64(500'000);
        QTest::newRow("nanoseconds") << qint64(100) << 1000.0 << 100.0 << qint64(10);
        QTest::newRow("smallest step is 1 ns") << qint64(10) << 1000.0 << 100.0 << qint64(1);
        QTest::newRow("seconds") << qint64(60'000'000'000) << 1200.0 << 90.0 << qint64(5'000'000'000);
    }
    void tickStep()
    {
        QFETCH(qint64, range);
        QFETCH(double, width);
        QFETCH(double, spacing);
        QFETCH(qint64, step);
        QCOMPARE(niceTickStep(range, width, spacing), step);
    }

    void tickLabel_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("label");
        QTest::newRow("da half ms") << "da_DK" << qint64(1'500'000) << qint64(500'000)
                                    << QStringLiteral("1,5 ms");
        QTest::newRow("en half ms") << "en_US" << qint64(1'500'000) << qint64(500'000)
                                    << QStringLiteral("1.5 ms");
        QTest::newRow("da whole ms") << "da_DK" << qint64(2'000'000) << qint64(500'000)
                                     << QStringLiteral("2 ms");
        QTest::newRow("zero") << "da_DK" << qint64(0) << qint64(200'000'000) << QStringLiteral("0 s");
        QTest::newRow("da seconds") << "da_DK" << qint64(1'200'000'000) << qint64(200'000'000)
                                    << QStringLiteral("1,2 s");
        QTest::newRow("microseconds")
            << "en_US" << qint64(40'000) << qint64(10'000) << QStringLiteral("40 µs");
        QTest::newRow("tenth of a µs") << "da_DK" << qint64(300) << qint64(100) << QStringLiteral("0,3 µs");
        QTest::newRow("nanoseconds") << "en_US" << qint64(50) << qint64(10) << QStringLiteral("50 ns");
    }
    void tickLabel()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, t);
        QFETCH(qint64, step);
        QFETCH(QString, label);
        QCOMPARE(formatTickLabel(t, step, QLocale(locale)), label);
    }

    void axisTicksCoverTheRange()
    {
        const TimeScale scale { 250'000, 3'250'000, 100, 600 };
        const auto ticks = axisTicks(scale, 100, QLocale(QStringLiteral("da_DK")));
        QCOMPARE(ticks.size(), std::size_t(6)); // 0,5 ms steps from 0,5 ms to 3 ms
        QCOMPARE(ticks.front().timeNs, 500'000);
        QCOMPARE(ticks.front().label, QStringLiteral("0,5 ms"));
        QCOMPARE(ticks.back().label, QStringLiteral("3 ms"));
        for (std::size_t i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].x - ticks[i - 1].x >= 100);
        QCOMPARE(ticks.front().x, 150.0);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("ns") << qint64(850) << QStringLiteral("850 ns");
        QTest::newRow("µs") << qint64(12'340) << QStringLiteral("12,3 µs");
        QTest::newRow("ms") << qint64(1'500'000) << QStringLiteral("1,50 ms");
        QTest::newRow("s") << qint64(123'400'000'000) << QStringLiteral("123 s");
    }
    void duration()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ns, QLocale(QStringLiteral("da_DK"))), text);
    }
};

QTEST_MAIN(TstTimeCoordinates)
#include "tst_timecoordinates.moc"
