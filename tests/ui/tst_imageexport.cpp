// Image export: PNG at size and scale with every lane painted, SVG that parses and says what it
// shows, PDF with one page of the chosen size, atomic writes, and SVG size bounded by the level of
// detail on a million-event trace.
#include "builder/trace_builder.h"
#include "export/chart_export.h"
#include "export/export_dialog.h"
#include "export/image_export.h"
#include "export/svg_compactor.h"
#include "i18n/language.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "support/synthetic_trace.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_text.h"
#include "timeline/timeline_theme.h"
#include "timeline/timeline_widget.h"
#include "trace/fidelity_text.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/recording_actions.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace samtidig;

namespace {

const Trace &smallTrace()
{
    static const Trace trace = [] {
        Trace t;
        SyntheticTraceSpec spec;
        spec.threads = 3;
        spec.cpus = 2;
        spec.events = 4000;
        makeSyntheticTrace(spec, t);
        return t;
    }();
    return trace;
}

// Pixels in a lane's plot area that are neither page, stripe nor grid: the lane shows something.
int paintedPixels(const QImage &image, const QRectF &logicalRect, const TimelineTheme &theme)
{
    const double dpr = image.devicePixelRatio();
    const QRect r = QRectF(logicalRect.topLeft() * dpr, logicalRect.size() * dpr)
                        .toAlignedRect()
                        .intersected(image.rect());
    const QRgb plain[]
        = { theme.background.rgb(), theme.laneStripe.rgb(), theme.grid.rgb(), theme.separator.rgb() };
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (std::find(std::begin(plain), std::end(plain), image.pixel(x, y) | 0xff000000u)
                == std::end(plain))
                ++count;
    return count;
}

} // namespace

class TstImageExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("SamtidigTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_imageexport"));
        QSettings().clear();
        installLanguage(QStringLiteral("en"));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void pngHasRequestedSizeAndPaintedLanes_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("panes");
        QTest::newRow("1x both") << 1 << int(TimelinePanes::Both);
        QTest::newRow("2x both") << 2 << int(TimelinePanes::Both);
        QTest::newRow("3x cores") << 3 << int(TimelinePanes::Cores);
        QTest::newRow("1x tasks") << 1 << int(TimelinePanes::Tasks);
    }
    // An image says where its picture is not the kernel's exact truth, in the window's words: a
    // caption line under the title, none for an exact trace.
    void captionSaysWhenThePictureIsNotExact()
    {
        Trace trace;
        SyntheticTraceSpec spec;
        spec.threads = 2;
        spec.cpus = 2;
        spec.events = 400;
        makeSyntheticTrace(spec, trace);
        ImageExportOptions options;
        const QStringList exact = exportPaintOptions(trace, options).caption;
        QCOMPARE(exact, exportCaption(trace, options.date));
        TraceBuilder(trace).addLateRecords(2);
        TraceBuilder(trace).setLossCounters(trace.dropped(), 4'000'000, 5);
        const QStringList notExact = exportPaintOptions(trace, options).caption;
        QCOMPARE(notExact.size(), exact.size() + 1);
        QCOMPARE(notExact.last(), fidelityShort(trace));
        QVERIFY2(notExact.last().contains(QStringLiteral("moved in time"))
                     && notExact.last().contains(QStringLiteral("waited 5 time")),
                 qPrintable(notExact.last()));
    }

    void pngHasRequestedSizeAndPaintedLanes()
    {
        QFETCH(int, scale);
        QFETCH(int, panes);
        ImageExportOptions options;
        options.size = ExportSizePreset::Custom;
        options.width = 1200;
        options.height = 0;
        options.scale = scale;
        options.panes = static_cast<TimelinePanes>(panes);
        const Trace &trace = smallTrace();
        const QSizeF logical = exportLogicalSize(trace, options);
        QImage decoded;
        QVERIFY(decoded.loadFromData(renderTimelinePng(trace, options), "PNG"));
        QCOMPARE(decoded.size(), QSize(1200 * scale, qRound(logical.height()) * scale));
        decoded.setDevicePixelRatio(scale);

        // Where the painter put each lane, from the same layout code.
        const TimelinePaintOptions paint = exportPaintOptions(trace, options);
        const TimelineLayout layout
            = buildTimelineLayout(trace, paint, TimelinePainter::plotWidthFor(logical.width(), paint));
        const TimelineFrame frame = TimelinePainter::frame(trace, layout, paint, logical);
        const TimelineTheme theme = TimelineTheme::forKind(paint.theme);
        int lanes = 0;
        for (const TimelineRow &row : layout.rows) {
            if (row.kind != TimelineRow::Kind::Cpu && row.kind != TimelineRow::Kind::Task)
                continue;
            if (row.main.empty() && row.sync.empty() && row.held.empty())
                continue;
            ++lanes;
            const QRectF plot(frame.plotLeft(), frame.lanes.top() + row.y, frame.plotWidth(), row.height);
            QVERIFY2(paintedPixels(decoded, plot, theme) > 20 * scale * scale,
                     qPrintable(QStringLiteral("lane '%1' looks empty").arg(row.label)));
        }
        QVERIFY(lanes >= (panes == int(TimelinePanes::Cores) ? 2 : 3));
    }

    void presetsHaveFixedSizes()
    {
        ImageExportOptions options;
        options.size = ExportSizePreset::Slide;
        QImage slide;
        QVERIFY(slide.loadFromData(renderTimelinePng(smallTrace(), options), "PNG"));
        QCOMPARE(slide.size(), QSize(1920, 1080));
        options.size = ExportSizePreset::A4Landscape;
        options.scale = 2;
        QImage a4;
        QVERIFY(a4.loadFromData(renderTimelinePng(smallTrace(), options), "PNG"));
        QCOMPARE(a4.size(), QSize(2800, 1980));
    }

    void svgParsesWithTitleAndLegend()
    {
        ImageExportOptions options;
        options.format = ExportFormat::Svg;
        options.title = QStringLiteral("Race with 4 threads");
        const QByteArray svg = renderTimelineSvg(smallTrace(), options);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 1920, 1080));
        QVERIFY(svg.contains("<title>Race with 4 threads</title>"));
        QVERIFY(svg.contains(">Race with 4 threads</text>")); // drawn as text, not as outlines
        QVERIFY(svg.contains(TimelineText::legendLabel(LegendEntry::Running).toUtf8()));
        QVERIFY(svg.contains(TimelineText::legendLabel(LegendEntry::LockWait).toUtf8()));
        QVERIFY(svg.contains(TimelineText::cpuLabel(0).toUtf8()));
        // The run's deadlock, as on screen: the banner sentence and the small wait-for graph.
        QVERIFY(!smallTrace().analysis().deadlocks.empty());
        QVERIFY2(svg.contains(">Wait-for graph</text>"), "wait-for graph");
        QVERIFY2(QRegularExpression(
                     QStringLiteral(">Deadlock: worker \\d holds mutex [AB] and waits for mutex [AB]"))
                     .match(QString::fromUtf8(svg))
                     .hasMatch(),
                 "deadlock banner");
        // The time axis says its unit.
        QVERIFY2(svg.contains(" ms</text>") || svg.contains(" s</text>") || svg.contains(" µs</text>"),
                 "axis unit");
    }

    // The compacted SVG draws the same picture as QSvgGenerator's own output.
    void compactSvgKeepsThePicture()
    {
        QByteArray raw;
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(1200, 700));
        generator.setViewBox(QRectF(0, 0, 1200, 700));
        QPainter painter(&generator);
        TimelinePaintOptions options;
        options.theme = TimelineThemeKind::Print;
        options.title = QStringLiteral("Compaction & <escaping> \"check\"");
        TimelinePainter::paint(painter, QRectF(0, 0, 1200, 700), smallTrace(), options);
        painter.setTransform(QTransform::fromScale(0.5, 0.5)); // a group with a transform too
        painter.setPen(QPen(Qt::red, 3));
        painter.drawLine(QPointF(0, 0), QPointF(400, 300));
        painter.end();

        const QByteArray compact = compactSvg(raw);
        QVERIFY(compact.size() < raw.size() / 2);
        QVERIFY(compact.contains("Compaction &amp; &lt;escaping&gt; \"check\""));
        const auto render = [](const QByteArray &svg) {
            QImage image(1200, 700, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            QSvgRenderer renderer(svg);
            renderer.render(&p);
            return image;
        };
        const QImage before = render(raw);
        const QImage after = render(compact);
        int differing = 0;
        for (int y = 0; y < before.height(); ++y)
            for (int x = 0; x < before.width(); ++x) {
                const QRgb a = before.pixel(x, y), b = after.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                        + std::abs(qBlue(a) - qBlue(b))
                    > 24)
                    ++differing;
            }
        QVERIFY2(differing < before.width() * before.height() / 500, qPrintable(QString::number(differing)));
        QVERIFY(compactSvg("not xml <<") == "not xml <<");
    }

    void defaultTitleNamesTheRun()
    {
        Trace trace;
        TraceBuilder(trace).restoreRun().scenario = QStringLiteral("race");
        TraceBuilder(trace).restoreRun().parameters.insert(QStringLiteral("threads"), 4);
        const QString title = defaultExportTitle(trace);
        QVERIFY2(title.contains(QLatin1String("4")), qPrintable(title));
        QVERIFY(!exportCaption(trace, QDateTime::currentDateTime()).isEmpty());
    }

    // Every place a picture names the scheduling source says what is so: the kernel's records, the
    // estimate, or a trace imported from another program's Chrome trace, which has no CPU count.
    void captionAndLaneHeaderNameTheSource()
    {
        Trace trace;
        TraceBuilder(trace).restoreRun().cpuCount = 2;
        TraceBuilder(trace).setSource(SchedulingSource::Kernel, QString());
        const QDateTime date = QDateTime::currentDateTime();
        QVERIFY(exportCaption(trace, date)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("CPUs: 2 · cores from the kernel's context switches")));
        QCOMPARE(TimelineText::sourceNote(trace), QStringLiteral("Cores: kernel context switches"));
        TraceBuilder(trace).setSource(SchedulingSource::Estimate, QString());
        QVERIFY(exportCaption(trace, date)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("CPUs: 2 · cores estimated from work chunks")));
        QCOMPARE(TimelineText::sourceNote(trace), QStringLiteral("Cores: estimated from work chunks"));

        Trace imported;
        QString error;
        QVERIFY2(importChromeTraceFromBytes(R"([{"ph":"X","pid":1,"tid":2,"ts":10,"dur":5,"name":"a"}])",
                                            &imported, &error),
                 qPrintable(error));
        const QString caption = exportCaption(imported, date).join(QLatin1Char(' '));
        QVERIFY2(caption.endsWith(QStringLiteral(" · imported from a Chrome trace")), qPrintable(caption));
        QVERIFY2(!caption.contains(QLatin1String("CPUs")) && !caption.contains(QLatin1String("estimated")),
                 qPrintable(caption));
        QCOMPARE(TimelineText::sourceNote(imported), QStringLiteral("Imported from a Chrome trace"));
        // The picture itself: the lane header as drawn.
        ImageExportOptions options;
        options.format = ExportFormat::Svg;
        const QString svg = QString::fromUtf8(renderTimelineSvg(imported, options));
        QVERIFY(svg.contains(QLatin1String(">Imported from a Chrome trace</text>")));
        QVERIFY(svg.contains(QStringLiteral(" · imported from a Chrome trace</text>")));
        QVERIFY(!svg.contains(QLatin1String("CPUs: 0"))
                && !svg.contains(QLatin1String("estimated from work chunks")));
    }

    void pdfHasOnePageOfChosenSize_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4 landscape") << int(ExportSizePreset::A4Landscape) << QSizeF(841.9, 595.3);
        QTest::newRow("slide") << int(ExportSizePreset::Slide) << QSizeF(1440, 810);
    }
    void pdfHasOnePageOfChosenSize()
    {
        QFETCH(int, preset);
        QFETCH(QSizeF, points);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timeline.pdf"));
        ImageExportOptions options;
        options.format = ExportFormat::Pdf;
        options.size = static_cast<ExportSizePreset>(preset);
        QString error;
        QVERIFY2(exportTimelineImage(smallTrace(), options, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Count 1"));
        const QRegularExpression mediaBox(
            QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
        const auto boxes = mediaBox.globalMatch(QString::fromLatin1(pdf));
        int pages = 0;
        for (auto it = boxes; it.hasNext();) {
            const auto m = it.next();
            ++pages;
            QVERIFY2(std::abs(m.captured(1).toDouble() - points.width()) < 1.5, qPrintable(m.captured(0)));
            QVERIFY2(std::abs(m.captured(2).toDouble() - points.height()) < 1.5, qPrintable(m.captured(0)));
        }
        QCOMPARE(pages, 1);
    }

    void badPathsLeaveNoFile()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ImageExportOptions options;
        options.size = ExportSizePreset::Custom;
        options.width = 400;
        const QStringList bad = { dir.filePath(QStringLiteral("not-a-folder/x.png")),
                                  dir.filePath(QStringLiteral("missing/x.png")), dir.path(),
                                  QStringLiteral("/proc/samtidig-export.png"), QString() };
        for (const QString &path : bad) {
            QString error;
            QVERIFY2(!exportTimelineImage(smallTrace(), options, path, &error), qPrintable(path));
            QVERIFY2(!error.isEmpty(), qPrintable(path));
        }
        QVERIFY(!QFile::exists(QStringLiteral("/proc/samtidig-export.png")));
        // Nothing but the blocker is left behind: no temporary files.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("not-a-folder") });
    }

    // A full disk: a clear message naming the file and the reason, the old file intact, no
    // temporary file left behind. A 64 KiB tmpfs needs root (CI runs as root).
    void fullDiskKeepsTheOldImage()
    {
        QTemporaryDir dir;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir.path() });
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString path = dir.filePath(QStringLiteral("big.png"));
        QString error;
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old picture");
        }
        ImageExportOptions options;
        options.size = ExportSizePreset::A4Landscape;
        options.scale = 3; // 4200 x 2970 px: far more than 64 KiB
        const bool ok = exportTimelineImage(smallTrace(), options, path, &error);
        QByteArray content;
        {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                content = f.readAll();
        }
        const QStringList left
            = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QProcess::execute(QStringLiteral("umount"), { dir.path() });
        QVERIFY(!ok);
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QCOMPARE(content, QByteArray("old picture"));
        QCOMPARE(left, QStringList { QStringLiteral("big.png") });
    }

    void replacesExistingFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.svg"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        ImageExportOptions options;
        options.format = ExportFormat::Svg;
        QString error;
        QVERIFY2(exportTimelineImage(smallTrace(), options, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QSvgRenderer(file.readAll()).isValid());
    }

    void exportDialogPreviewsAndRemembers()
    {
        TimelinePaintOptions visible;
        visible.startNs = 1'000'000;
        visible.endNs = 5'000'000;
        visible.panes = TimelinePanes::Tasks;
        {
            ExportDialog dialog(smallTrace(), visible);
            QCOMPARE(dialog.options().panes, TimelinePanes::Tasks); // as on screen the first time
            QCOMPARE(dialog.options().endNs, 5'000'000);
            QVERIFY(!dialog.preview().isNull());
            ImageExportOptions chosen = dialog.options();
            chosen.format = ExportFormat::Pdf;
            chosen.size = ExportSizePreset::A4Landscape;
            chosen.theme = TimelineThemeKind::Screen;
            chosen.title = QStringLiteral("My own title");
            dialog.setOptions(chosen);
            QCOMPARE(dialog.options().format, ExportFormat::Pdf);
            QCOMPARE(dialog.options().title, QStringLiteral("My own title"));
            QCOMPARE(dialog.options().scale, 1); // scale is for PNG only
            dialog.rememberChoices();
        }
        ExportDialog again(smallTrace(), std::nullopt); // no view: the whole run
        QCOMPARE(again.options().format, ExportFormat::Pdf);
        QCOMPARE(again.options().size, ExportSizePreset::A4Landscape);
        QCOMPARE(again.options().theme, TimelineThemeKind::Screen);
        QCOMPARE(again.options().endNs, -1);
        QVERIFY(again.options().title != QStringLiteral("My own title")); // titles belong to one run
        // A4 landscape preview keeps the page's proportions.
        QVERIFY(std::abs(double(again.preview().width()) / again.preview().height() - 1400.0 / 990) < 0.01);
    }

    void recordingActionsOpenSaveRecentAndDrop()
    {
        MainWindow window;
        auto *actions = window.findChild<RecordingActions *>();
        QVERIFY(actions);
        QVERIFY(window.fileMenu()->actions().contains(actions->actions().open));
        QVERIFY(!actions->actions().save->isEnabled()); // nothing recorded yet
        QTemporaryDir dir;

        // A failed open says why and leaves the window's trace as it was.
        const QString bad = dir.filePath(QStringLiteral("bad.samtidig"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("definitely not a recording");
        badFile.close();
        const Trace *before = window.currentTrace();
        const std::size_t tasksBefore = before->tasks().size();
        QString error;
        QVERIFY(!actions->openFile(bad, &error));
        QVERIFY2(error.contains(QLatin1String("it is not a Samtidig recording")), qPrintable(error));
        QCOMPARE(window.currentTrace(), before);
        QCOMPARE(window.currentTrace()->tasks().size(), tasksBefore);
        // File -> Open reads through the same checks as samtidig-cli: a device or FIFO is refused at
        // once instead of blocking the window or filling its memory.
        QVERIFY(!actions->openFile(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains(QLatin1String("character device")), qPrintable(error));
        const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), { fifo }) == 0);
        QVERIFY(!actions->openFile(fifo, &error));
        QVERIFY2(error.contains(QLatin1String("named pipe")), qPrintable(error));
        QCOMPARE(window.currentTrace(), before);

        // A good one opens, enables saving and export, and goes on the recent list.
        const QString good = dir.filePath(QStringLiteral("good.samtidig"));
        QVERIFY(writeRecording(smallTrace(), good, &error));
        QVERIFY2(actions->openFile(good, &error), qPrintable(error));
        QCOMPARE(window.currentTrace()->tasks().size(), smallTrace().tasks().size());
        QVERIFY(actions->actions().save->isEnabled());
        QCOMPARE(RecordingActions::recentFiles().value(0), QFileInfo(good).absoluteFilePath());

        const QString saved = dir.filePath(QStringLiteral("again.samtidig"));
        QVERIFY2(actions->saveRecording(saved, &error), qPrintable(error));
        QVERIFY2(actions->exportChromeJson(dir.filePath(QStringLiteral("again.json")), &error),
                 qPrintable(error));
        QVERIFY2(actions->openFile(dir.filePath(QStringLiteral("again.json")), &error), qPrintable(error));

        // Missing files leave the recent list; it never grows past eight.
        QFile::remove(good);
        QVERIFY(!RecordingActions::recentFiles().contains(QFileInfo(good).absoluteFilePath()));
        for (int i = 0; i < 10; ++i) {
            const QString path = dir.filePath(QStringLiteral("r%1.samtidig").arg(i));
            QVERIFY(writeRecording(smallTrace(), path, &error));
            RecordingActions::addRecentFile(path);
        }
        QCOMPARE(RecordingActions::recentFiles().size(), RecordingActions::kMaxRecentFiles);

        // Dropping a recording onto the window opens it.
        window.openTrace(std::make_unique<Trace>());
        QVERIFY(window.currentTrace()->tasks().empty());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(saved) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.currentTrace()->tasks().size(), smallTrace().tasks().size());

        // Copy image: a PNG on the clipboard.
        QVERIFY(actions->copyImageToClipboard());
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasFormat(QStringLiteral("image/png")));
        QImage pasted;
        QVERIFY(pasted.loadFromData(copied->data(QStringLiteral("image/png")), "PNG"));
        QCOMPARE(pasted.width(), 1600);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("clipboard")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // "Optionally the charts": the window's chart pages under the lanes, on fixed pages and on
    // pages that grow with the lanes, vector in SVG, and a choice the dialog offers and remembers.
    void chartsUnderTheLanes()
    {
        Trace trace;
        SyntheticTraceSpec spec;
        spec.threads = 3;
        spec.cpus = 2;
        spec.events = 4000;
        makeSyntheticTrace(spec, trace);
        TraceBuilder(trace).restoreRun().scenario = QStringLiteral("race");
        TraceBuilder(trace).restoreRun().results.insert(QStringLiteral("expected"), 200);
        TraceBuilder(trace).restoreRun().results.insert(QStringLiteral("actual"), 150);
        QVERIFY(exportCharts(trace).count() >= 2); // the outcome and the cores' utilization
        QCOMPARE(exportCharts(Trace {}).count(), 0);

        // Dark pixels (axes, bars, text) in the lower quarter of a slide: the charts are painted there.
        const auto inkBelow = [](const QImage &image, double fromY) {
            int ink = 0;
            for (int y = int(image.height() * fromY); y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            return ink;
        };
        ImageExportOptions options;
        options.size = ExportSizePreset::Slide;
        QImage plain, charted;
        QVERIFY(plain.loadFromData(renderTimelinePng(trace, options), "PNG"));
        options.charts = true;
        QVERIFY(charted.loadFromData(renderTimelinePng(trace, options), "PNG"));
        QCOMPARE(charted.size(), QSize(1920, 1080));
        QVERIFY2(inkBelow(charted, 0.75) > 2000, qPrintable(QString::number(inkBelow(charted, 0.75))));
        QVERIFY(charted != plain);

        // A page as tall as the lanes grows by the charts' height.
        options.size = ExportSizePreset::Custom;
        options.width = 1200;
        options.height = 0;
        const double tall = exportLogicalSize(trace, options).height();
        options.charts = false;
        const double short_ = exportLogicalSize(trace, options).height();
        QVERIFY2(tall >= short_ + 250, qPrintable(QStringLiteral("%1 vs %2").arg(tall).arg(short_)));
        options.charts = true;
        QImage grown;
        QVERIFY(grown.loadFromData(renderTimelinePng(trace, options), "PNG"));
        QCOMPARE(grown.height(), qRound(tall));

        // Text stays text in the SVG, and the charts speak the UI language.
        options.format = ExportFormat::Svg;
        const QByteArray svg = renderTimelineSvg(trace, options);
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains(">Core utilization over time</text>"));
        QVERIFY(svg.contains(">Shared counter at the end of the run</text>"));
        installLanguage(QStringLiteral("da"));
        const QByteArray danish = renderTimelineSvg(trace, options);
        installLanguage(QStringLiteral("en"));
        QVERIFY(danish.contains(QStringLiteral(">Kerneudnyttelse over tid</text>").toUtf8()));
        options.format = ExportFormat::Pdf;
        options.size = ExportSizePreset::A4Landscape;
        const QByteArray pdf = renderTimelinePdf(trace, options);
        QVERIFY(pdf.startsWith("%PDF-") && pdf.contains("/Count 1"));

        // A trace with nothing to chart changes nothing.
        Trace bare;
        TraceBuilder(bare).restoreTask(1) = TaskInfo {};
        options.size = ExportSizePreset::Custom;
        options.format = ExportFormat::Png;
        options.charts = true;
        const double withCharts = exportLogicalSize(bare, options).height();
        options.charts = false;
        QCOMPARE(exportLogicalSize(bare, options).height(), withCharts);

        // The dialog offers the charts when there are some, and remembers the choice.
        {
            ExportDialog dialog(trace, std::nullopt);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("exportCharts"));
            QVERIFY(box && box->isEnabled() && !box->text().isEmpty());
            box->setChecked(true);
            QVERIFY(dialog.options().charts);
            dialog.rememberChoices();
        }
        {
            ExportDialog again(trace, std::nullopt);
            QVERIFY(again.options().charts);
            ExportDialog nothing(bare, std::nullopt);
            QVERIFY(!nothing.findChild<QCheckBox *>(QStringLiteral("exportCharts"))->isEnabled());
            QVERIFY(!nothing.options().charts);
        }
        QSettings().remove(QStringLiteral("export")); // the next test starts from no remembered choice
    }

    // "As on screen" (the dialog's second colour choice, TimelineThemeKind::Screen): the picture
    // has the window timeline's tinted page and label column, not the print theme's white, still
    // shows every lane, and the choice made in the dialog is what the preview, the file and the
    // clipboard copy are rendered with.
    void screenThemeLooksLikeTheWindow()
    {
        const Trace &trace = smallTrace();
        const TimelineTheme screen = TimelineTheme::forKind(TimelineThemeKind::Screen);
        const TimelineTheme print = TimelineTheme::forKind(TimelineThemeKind::Print);
        QVERIFY(screen.background != print.background); // else nothing here tells them apart
        QVERIFY(screen.labelBackground != print.labelBackground);
        const auto rgb = [](const QImage &image, double x, double y) {
            const double dpr = image.devicePixelRatio();
            return image.pixel(int(x * dpr), int(y * dpr)) | 0xff000000u;
        };

        ImageExportOptions options;
        options.size = ExportSizePreset::Custom;
        options.width = 1200;
        options.height = 0;
        options.theme = TimelineThemeKind::Screen;
        const QImage image = renderTimelineImage(trace, options);
        const TimelinePaintOptions paint = exportPaintOptions(trace, options);
        QCOMPARE(paint.theme, TimelineThemeKind::Screen);
        const QSizeF logical = exportLogicalSize(trace, options);
        const TimelineLayout layout
            = buildTimelineLayout(trace, paint, TimelinePainter::plotWidthFor(logical.width(), paint));
        const TimelineFrame frame = TimelinePainter::frame(trace, layout, paint, logical);
        QCOMPARE(rgb(image, 0, 0), screen.background.rgb());
        QCOMPARE(rgb(image, logical.width() - 1, logical.height() - 1), screen.background.rgb());

        // The widget paints the same colours: that is what "as on screen" promises.
        TimelineWidget widget;
        widget.resize(1200, 700);
        widget.setTrace(&trace);
        const QImage shown = widget.grab().toImage();
        const TimelineFrame &onScreen = widget.currentFrame();
        QCOMPARE(rgb(shown, 1, onScreen.axis.top() + 1), screen.background.rgb()); // the widget has no title
        QCOMPARE(rgb(image, 1, frame.axis.top() + 1), screen.background.rgb());

        int lanes = 0;
        for (const TimelineRow &row : layout.rows) {
            if (row.kind != TimelineRow::Kind::Cpu && row.kind != TimelineRow::Kind::Task)
                continue;
            ++lanes;
            const double y = frame.lanes.top() + row.y + row.height / 2;
            QCOMPARE(rgb(image, 2, y), screen.labelBackground.rgb()); // left of the lane's name
            QCOMPARE(rgb(shown, 2, onScreen.lanes.top() + row.y + row.height / 2),
                     screen.labelBackground.rgb());
            const QRectF plot(frame.plotLeft(), frame.lanes.top() + row.y, frame.plotWidth(), row.height);
            if (!row.main.empty() || !row.sync.empty() || !row.held.empty())
                QVERIFY2(paintedPixels(image, plot, screen) > 20,
                         qPrintable(QStringLiteral("lane '%1' looks empty").arg(row.label)));
        }
        QVERIFY(lanes >= 5); // two cores and three threads

        // The print theme of the same picture is white where the screen one is tinted.
        options.theme = TimelineThemeKind::Print;
        const QImage printed = renderTimelineImage(trace, options);
        QCOMPARE(printed.size(), image.size());
        QCOMPARE(rgb(printed, 0, 0), print.background.rgb());
        QCOMPARE(rgb(printed, 2, frame.lanes.top() + layout.rows.back().y + 2), print.labelBackground.rgb());

        // SVG: the page and label column fills are the screen colours, which print never uses.
        options.format = ExportFormat::Svg;
        const QByteArray printSvg = renderTimelineSvg(trace, options);
        options.theme = TimelineThemeKind::Screen;
        const QByteArray screenSvg = renderTimelineSvg(trace, options);
        QVERIFY(QSvgRenderer(screenSvg).isValid());
        for (const QColor &c : { screen.background, screen.labelBackground }) {
            const QRegularExpression fill(QStringLiteral("fill(:|=\")") + c.name()); // CSS class or attribute
            QVERIFY2(fill.match(QString::fromUtf8(screenSvg)).hasMatch(), qPrintable(c.name()));
            QVERIFY2(!fill.match(QString::fromUtf8(printSvg)).hasMatch(), qPrintable(c.name()));
        }

        // The dialog: choosing "As on screen" in its colour box reaches the options, the preview and
        // the file it writes; the choice is remembered and used by Copy image.
        {
            ExportDialog dialog(trace, std::nullopt);
            QComboBox *colours = nullptr;
            for (QComboBox *box : dialog.findChildren<QComboBox *>())
                if (box->count() == 2 && box->itemText(1) == QLatin1String("As on screen"))
                    colours = box;
            QVERIFY(colours);
            QCOMPARE(dialog.options().theme, TimelineThemeKind::Print); // nothing remembered yet
            QCOMPARE(rgb(dialog.preview(), 0, 0), print.background.rgb());
            colours->setCurrentIndex(1);
            QCOMPARE(dialog.options().theme, TimelineThemeKind::Screen);
            QTRY_COMPARE(rgb(dialog.preview(), 0, 0), screen.background.rgb());
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("screen.png"));
            QString error;
            QVERIFY2(exportTimelineImage(trace, dialog.options(), path, &error), qPrintable(error));
            QImage written;
            QVERIFY(written.load(path));
            QCOMPARE(rgb(written, 0, 0), screen.background.rgb());
            dialog.rememberChoices();
        }
        QCOMPARE(ExportDialog::rememberedOptions(trace, std::nullopt).theme, TimelineThemeKind::Screen);
        {
            auto copy = std::make_unique<Trace>(); // a Trace does not copy: through the file format
            QString error;
            QVERIFY2(readRecordingFromBytes(recordingToBytes(trace), copy.get(), &error), qPrintable(error));
            MainWindow window;
            window.openTrace(std::move(copy));
            auto *actions = window.findChild<RecordingActions *>();
            QVERIFY(actions && actions->copyImageToClipboard());
            QImage pasted;
            QVERIFY(pasted.loadFromData(
                QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("image/png")), "PNG"));
            QCOMPARE(rgb(pasted, 0, 0), screen.background.rgb());
        }
        QSettings().remove(QStringLiteral("export"));
    }

    void svgOfMillionEventsStaysSmall()
    {
        Trace trace;
        SyntheticTraceSpec spec;
        spec.threads = 8;
        spec.cpus = 8;
        spec.events = 1'000'000;
        makeSyntheticTrace(spec, trace);
        QVERIFY(trace.events() >= 900'000);
        ImageExportOptions options;
        options.format = ExportFormat::Svg;
        const QByteArray svg = renderTimelineSvg(trace, options);
        qInfo("SVG of %llu events: %.2f MB", static_cast<unsigned long long>(trace.events()),
              svg.size() / 1e6);
        if (qEnvironmentVariableIsSet("SAMTIDIG_KEEP_EXPORT")) { // to look at the picture by hand
            QFile keep(qEnvironmentVariable("SAMTIDIG_KEEP_EXPORT"));
            if (keep.open(QIODevice::WriteOnly))
                keep.write(svg);
        }
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY2(svg.size() <= 5'000'000, qPrintable(QString::number(svg.size())));
        options.format = ExportFormat::Pdf;
        const QByteArray pdf = renderTimelinePdf(trace, options);
        qInfo("PDF of the same: %.2f MB", pdf.size() / 1e6);
        QVERIFY2(pdf.size() <= 5'000'000, qPrintable(QString::number(pdf.size())));

        // As the CLI exports: 1920 wide at scale 1, as tall as the lanes need (no enlargement).
        options.format = ExportFormat::Svg;
        options.size = ExportSizePreset::Custom;
        options.width = 1920;
        options.height = 0;
        const QByteArray cliSvg = renderTimelineSvg(trace, options);
        qInfo("SVG at 1920 x fit: %.2f MB", cliSvg.size() / 1e6);
        QVERIFY2(cliSvg.size() <= 5'000'000, qPrintable(QString::number(cliSvg.size())));
    }
};

QTEST_MAIN(TstImageExport)
#include "tst_imageexport.moc"
