// RasterRectFill writes the pixels QPainter::fillRect writes (rounding, clipping, source-over),
// and a timeline with many folded columns paints the same pixels through it as through QPainter:
// exported into images of every raster kind and painted by the widget, scaled and scrolled.
// SVG and PDF painters are left to QPainter, so vector pictures stay vector.
#include "builder/trace_builder.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_raster_fill.h"
#include "timeline/timeline_theme.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTest>

#include <random>

using namespace samtidig;

namespace {

constexpr std::uint64_t kOriginNs = 1'000'000'000;

// Two threads of one process on two CPUs, each with thousands of short slices (20-60 us) over
// 300 ms, taking a lock now and then and sleeping now and then: zoomed out, every lane folds into
// a column a pixel, in several states, colours and coverages; zoomed in, thin and wide items meet.
void buildBusy(Trace &trace)
{
    TraceBuilder builder(trace);
    builder.describeRun(QStringLiteral("busy"), QJsonObject(), 2);
    builder.setSource(SchedulingSource::Kernel, QString());
    builder.setOrigin(kOriginNs);
    const auto task = [&](std::uint32_t id, std::uint32_t parent, TaskKind kind, const QString &name) {
        TaskInfo info;
        info.id = id;
        info.parent = parent;
        info.kind = kind;
        info.pid = 400;
        info.tid = 400 + static_cast<int>(id) - 1;
        info.name = name;
        builder.registerTask(info);
    };
    task(1, 0, TaskKind::Process, QStringLiteral("busy"));
    task(2, 1, TaskKind::Thread, QStringLiteral("worker 1"));
    task(3, 1, TaskKind::Thread, QStringLiteral("worker 2"));
    builder.registerName(NameInfo { 10, NameKind::Lock, QStringLiteral("lock") });
    builder.restoreCpuLane(1);
    std::mt19937 random(7);
    std::vector<Event> events;
    for (std::uint32_t t = 1; t <= 3; ++t)
        events.push_back(Event { kOriginNs, t, 0, EventKind::TaskBegin, t == 1 ? 0u : 1u, 0 });
    for (const std::uint32_t t : { 2u, 3u }) {
        const auto cpu = static_cast<std::uint16_t>(t - 2);
        std::uint64_t now = kOriginNs + 1000;
        for (int slice = 0; now < kOriginNs + 300'000'000; ++slice) {
            const std::uint64_t length = 20'000 + random() % 40'000;
            const int pattern = static_cast<int>(random() % 4);
            events.push_back(Event { now, t, cpu, EventKind::SliceBegin, 0, 0 });
            std::uint64_t reason = kSliceEndPreempted;
            if (pattern == 0) {
                events.push_back(Event { now + 1000, t, cpu, EventKind::LockRequest, 10, 0 });
                events.push_back(Event { now + 3000, t, cpu, EventKind::LockAcquired, 10, 2000 });
                events.push_back(Event { now + length - 2000, t, cpu, EventKind::LockReleased, 10, 0 });
            } else if (pattern == 1) {
                events.push_back(Event { now + length - 100, t, cpu, EventKind::SleepBegin, 30'000, 0 });
                reason = kSliceEndBlocked;
            }
            events.push_back(Event { now + length, t, cpu, EventKind::SliceEnd, reason, 0 });
            now += length + 5'000 + random() % 20'000;
            if (pattern == 1)
                events.push_back(Event { now - 50, t, cpu, EventKind::SleepEnd, 0, 0 });
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.timeNs < b.timeNs; });
    builder.ingest(events);
    builder.finish(kOriginNs + 301'000'000);
    builder.setOutcome(RunOutcome::Completed, QString());
}

// How many lane items of a layout are folded columns.
std::size_t foldedItems(const TimelineLayout &layout)
{
    std::size_t n = 0;
    for (const TimelineRow &row : layout.rows)
        for (const auto *track : { &row.main, &row.sync, &row.held })
            n += static_cast<std::size_t>(
                std::count_if(track->begin(), track->end(), [](const LodItem &i) { return i.folded(); }));
    return n;
}

// How many pixels differ, and where the first one is.
QString difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.format() != b.format())
        return QStringLiteral("sizes or formats differ");
    int count = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y) && count++ == 0)
                first = QPoint(x, y);
    if (count == 0)
        return QString();
    return QStringLiteral("%1 pixels differ, the first at (%2, %3): %4 vs %5")
        .arg(count)
        .arg(first.x())
        .arg(first.y())
        .arg(a.pixel(first), 8, 16)
        .arg(b.pixel(first), 8, 16);
}

// An image whose pixels are not all alike, so a blend that reads them wrongly shows.
QImage noise(QSize size, QImage::Format format, double dpr, unsigned seed)
{
    QImage image(size, format);
    image.setDevicePixelRatio(dpr);
    std::mt19937 random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = random();
            const int a = format == QImage::Format_RGB32 ? 255 : qAlpha(c);
            line[x] = qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), a));
        }
    }
    return image;
}

// Exports `trace` (as TimelinePainter::paint does for a PNG) into an image of `format`, with the
// thin columns filled directly or through QPainter.
QImage exported(const Trace &trace, TimelinePaintOptions options, bool direct, QImage::Format format,
                double dpr)
{
    options.directRasterFills = direct;
    const QSizeF size = TimelinePainter::preferredSize(trace, options, 900);
    QImage image((size * dpr).toSize(), format);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    TimelinePainter::paint(p, QRectF(QPointF(0, 0), size), trace, options);
    p.end();
    return image;
}

} // namespace

class TstTimelineRasterFill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsAsQPainterFills_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<QTransform>("transform");
        const auto formats = { QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32 };
        for (const QImage::Format format : formats) {
            const char *name = format == QImage::Format_RGB32 ? "rgb32" : "argb32pm";
            QTest::addRow("%s identity", name) << int(format) << 1.0 << QTransform();
            QTest::addRow("%s translated", name) << int(format) << 1.0 << QTransform::fromTranslate(3.3, 7.5);
            QTest::addRow("%s magnified", name) << int(format) << 1.0 << QTransform::fromScale(1.5, 1.5);
            QTest::addRow("%s scaled and moved", name)
                << int(format) << 1.0 << QTransform(1.25, 0, 0, 0.8, 10.5, -2.25);
            QTest::addRow("%s device pixel ratio 2", name) << int(format) << 2.0 << QTransform();
            QTest::addRow("%s ratio 1.5, moved", name)
                << int(format) << 1.5 << QTransform::fromTranslate(0.25, 0.75);
        }
    }

    // Random rectangles (fractional edges, some thinner than a pixel, some reaching past the clip)
    // in random colours (opaque, translucent, invisible) over random pixels: byte for byte.
    void fillsAsQPainterFills()
    {
        QFETCH(int, format);
        QFETCH(double, dpr);
        QFETCH(QTransform, transform);
        const auto imageFormat = static_cast<QImage::Format>(format);
        const QImage start = noise(QSize(301, 203), imageFormat, dpr, 1);
        std::mt19937 random(2);
        const auto uniform = [&](double from, double to) {
            return std::uniform_real_distribution<double>(from, to)(random);
        };
        for (int round = 0; round < 20; ++round) {
            QImage byQt = start, direct = start;
            const QRectF clip(uniform(-10, 60), uniform(-10, 40), uniform(80, 250), uniform(50, 180));
            QPainter qt(&byQt), ours(&direct);
            for (QPainter *p : { &qt, &ours }) {
                p->setTransform(transform);
                p->setClipRect(clip);
            }
            RasterRectFill fill(ours, clip, true);
            QVERIFY(fill.direct());
            for (int i = 0; i < 400; ++i) {
                const QRectF r(uniform(-20, 280), uniform(-20, 200), uniform(0, i % 3 ? 3 : 40),
                               uniform(0, i % 5 ? 20 : 2));
                QColor c(int(random() % 256), int(random() % 256), int(random() % 256));
                switch (i % 4) {
                case 0: break; // opaque
                case 1: c.setAlphaF(float(uniform(0, 1))); break;
                case 2: c.setAlpha(int(random() % 256)); break;
                case 3: c.setAlphaF(float(0.35 + 0.65 * uniform(0, 1)) * c.alphaF()); break;
                }
                qt.fillRect(r, c);
                fill.fill(r, c);
            }
            qt.end();
            ours.end();
            const QString diff = difference(byQt, direct);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
            QVERIFY(direct != start); // something was filled
        }
    }

    // QWidget::render of a region of two rectangles, moved: the system clip is two rectangles, and
    // the painter is redirected by an offset. Nothing outside the region is touched.
    void keepsToTheSystemClip()
    {
        Trace trace;
        buildBusy(trace);
        TimelineWidget widget;
        widget.resize(900, 400);
        widget.setTrace(&trace);
        QVERIFY(foldedItems(widget.currentLayout()) > 1000);
        const QRegion region = QRegion(0, 0, 900, 150) + QRegion(300, 220, 400, 100);
        const QPoint offset(13, 7);
        const QImage start = noise(widget.size() + QSize(20, 20), QImage::Format_ARGB32_Premultiplied, 1, 3);
        QImage rendered = start;
        widget.QWidget::render(&rendered, offset, region, QWidget::DrawWindowBackground);
        QImage byQt = start;
        QPainter p(&byQt);
        p.translate(offset);
        TimelinePaintOptions options = widget.exportOptions();
        options.theme = TimelineThemeKind::Screen;
        options.directRasterFills = false;
        p.fillRect(widget.rect(), TimelineTheme::forKind(options.theme).background);
        TimelinePainter::paintLayout(p, widget.currentFrame(), trace, widget.currentLayout(), options);
        p.end();
        const QRegion inside = region.translated(offset);
        int differ = 0, touchedOutside = 0;
        for (int y = 0; y < start.height(); ++y)
            for (int x = 0; x < start.width(); ++x) {
                if (inside.contains(QPoint(x, y)))
                    differ += rendered.pixel(x, y) != byQt.pixel(x, y);
                else
                    touchedOutside += rendered.pixel(x, y) != start.pixel(x, y);
            }
        QCOMPARE(differ, 0);
        QCOMPARE(touchedOutside, 0);
    }

    void exportsTheSamePixels_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<double>("logicalWidth");
        QTest::addColumn<double>("zoom"); // the part of the run in view
        QTest::newRow("argb32pm, whole run") << int(QImage::Format_ARGB32_Premultiplied) << 1.0 << 0.0 << 1.0;
        QTest::newRow("rgb32, whole run") << int(QImage::Format_RGB32) << 1.0 << 0.0 << 1.0;
        QTest::newRow("device pixel ratio 2")
            << int(QImage::Format_ARGB32_Premultiplied) << 2.0 << 0.0 << 1.0;
        QTest::newRow("laid out wider, scaled to fit")
            << int(QImage::Format_ARGB32_Premultiplied) << 1.0 << 1300.0 << 1.0;
        QTest::newRow("zoomed in: thin and wide items meet")
            << int(QImage::Format_ARGB32_Premultiplied) << 1.0 << 0.0 << 0.05;
        QTest::newRow("zoomed in, ratio 1.5") << int(QImage::Format_RGB32) << 1.5 << 0.0 << 0.1;
    }

    void exportsTheSamePixels()
    {
        QFETCH(int, format);
        QFETCH(double, dpr);
        QFETCH(double, logicalWidth);
        QFETCH(double, zoom);
        Trace trace;
        buildBusy(trace);
        TimelinePaintOptions options;
        options.logicalWidth = logicalWidth;
        options.startNs = trace.endNs() / 3;
        options.endNs = options.startNs + static_cast<std::int64_t>(double(trace.endNs()) * zoom);
        if (zoom == 1.0)
            options.startNs = 0;
        const TimelineLayout layout = buildTimelineLayout(trace, options, 700);
        QVERIFY2(foldedItems(layout) > (zoom == 1.0 ? 2000u : 20u),
                 qPrintable(QString::number(foldedItems(layout))));
        const auto imageFormat = static_cast<QImage::Format>(format);
        const QImage direct = exported(trace, options, true, imageFormat, dpr);
        const QImage byQt = exported(trace, options, false, imageFormat, dpr);
        const QString diff = difference(direct, byQt);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        int ink = 0; // not an empty picture: the lanes are coloured
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x) {
                const QColor c = direct.pixelColor(x, y);
                ink += c.saturation() > 100 && c.value() > 60;
            }
        QVERIFY2(ink > 5000, qPrintable(QString::number(ink)));
    }

    // The window: its own paintEvent through QWidget::render and grab(), magnified and scrolled.
    void widgetPaintsTheSamePixels_data()
    {
        QTest::addColumn<double>("magnification");
        QTest::addColumn<int>("scroll");
        QTest::newRow("as shown") << 1.0 << 0;
        QTest::newRow("magnified 1.5") << 1.5 << 0;
        QTest::newRow("scrolled a part of a lane") << 1.0 << 37;
        QTest::newRow("magnified 1.25, scrolled") << 1.25 << 23;
    }

    void widgetPaintsTheSamePixels()
    {
        QFETCH(double, magnification);
        QFETCH(int, scroll);
        Trace trace;
        buildBusy(trace);
        TimelineWidget widget;
        widget.resize(900, 260); // fewer rows than the lanes: a scroll bar
        widget.setTrace(&trace);
        widget.setMagnification(magnification);
        auto *scrollBar = widget.findChild<QScrollBar *>();
        QVERIFY(scrollBar && scrollBar->maximum() > 0);
        scroll = std::min(scroll, scrollBar->maximum());
        scrollBar->setValue(scroll);
        QVERIFY(foldedItems(widget.currentLayout()) > 1000);
        TimelinePaintOptions options = widget.exportOptions();
        options.theme = TimelineThemeKind::Screen;
        options.verticalScroll = scroll;
        options.directRasterFills = false;
        QImage byQt(widget.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&byQt);
        p.fillRect(widget.rect(), TimelineTheme::forKind(options.theme).background);
        p.scale(magnification, magnification);
        TimelinePainter::paintLayout(p, widget.currentFrame(), trace, widget.currentLayout(), options);
        p.end();
        QImage rendered(widget.size(), QImage::Format_ARGB32_Premultiplied);
        widget.QWidget::render(&rendered, QPoint(), QRegion(), QWidget::DrawWindowBackground);
        QString diff = difference(rendered, byQt);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("render: ") + diff));
        QImage grabbed = widget.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QRect lanes(0, 0, widget.width() - scrollBar->width(), widget.height());
        diff = difference(grabbed.copy(lanes), byQt.copy(lanes));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("grab: ") + diff));
    }

    // Vector devices, and painters the engine would not fill as plain rectangles, go through
    // QPainter (an SVG keeps its rectangles as rectangles).
    void leavesOtherPaintersToQPainter()
    {
        QImage image(50, 50, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&image);
            QVERIFY(RasterRectFill(p, image.rect(), true).direct());
            QVERIFY(!RasterRectFill(p, image.rect(), false).direct());
            p.rotate(10);
            QVERIFY(!RasterRectFill(p, image.rect(), true).direct());
            p.resetTransform();
            p.setOpacity(0.5);
            QVERIFY(!RasterRectFill(p, image.rect(), true).direct());
            p.setOpacity(1);
            p.setCompositionMode(QPainter::CompositionMode_Multiply);
            QVERIFY(!RasterRectFill(p, image.rect(), true).direct());
        }
        QImage indexed(50, 50, QImage::Format_ARGB32); // not premultiplied: the engine converts
        {
            QPainter p(&indexed);
            QVERIFY(!RasterRectFill(p, indexed.rect(), true).direct());
        }
        QPicture picture;
        {
            QPainter p(&picture);
            QVERIFY(!RasterRectFill(p, QRectF(0, 0, 50, 50), true).direct());
        }
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(50, 50));
        {
            QPainter p(&generator);
            RasterRectFill fill(p, QRectF(0, 0, 50, 50), true);
            QVERIFY(!fill.direct());
            fill.fill(QRectF(10, 10, 1.5, 20), QColor(200, 0, 0, 128));
        }
        QVERIFY(svg.data().contains("<rect"));
    }
};

QTEST_MAIN(TstTimelineRasterFill)
#include "tst_timelinerasterfill.moc"
