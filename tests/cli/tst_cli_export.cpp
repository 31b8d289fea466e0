// samtidig-cli's image export as a user runs it: a real run to PNG, SVG and PDF, a saved recording
// exported again, and Danish text in the picture with --lang da.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Result = samtidig::test::CliResult;
using samtidig::test::runCli;

constexpr int kExportTimeoutMs = 120000; // a long guard: exports render large pictures

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Width and height from a PNG's IHDR chunk (this test links Qt Core only, no image decoder).
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&](int at) {
        return int((uchar(png[at]) << 24) | (uchar(png[at + 1]) << 16) | (uchar(png[at + 2]) << 8)
                   | uchar(png[at + 3]));
    };
    return { be32(16), be32(20) };
}

QStringList threadsRun()
{
    return { QStringLiteral("run"),       QStringLiteral("threads"), QStringLiteral("--set"),
             QStringLiteral("threads=2"), QStringLiteral("--set"),   QStringLiteral("work_ms=60") };
}

// Finished Danish translations of whole English texts (no placeholders), from the source tree's
// .ts file (SAMTIDIG_SOURCE_DIR, set by CMake). Says why when the file cannot be read.
QList<QPair<QString, QString>> danishTranslations(QString *error)
{
    QList<QPair<QString, QString>> pairs;
    QFile ts(qEnvironmentVariable("SAMTIDIG_SOURCE_DIR") + QStringLiteral("/translations/samtidig_da.ts"));
    if (!ts.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(ts.fileName(), ts.errorString());
        return pairs;
    }
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (finished && !text.isEmpty() && text != source && !source.contains(QLatin1Char('%')))
                pairs.append({ source, text });
        }
    }
    return pairs;
}

} // namespace

class TstCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runWritesAllThreeFormats()
    {
        QTemporaryDir dir;
        const Result r
            = runCli(threadsRun() << QStringLiteral("--png") << dir.filePath(QStringLiteral("a.png"))
                                  << QStringLiteral("--svg") << dir.filePath(QStringLiteral("a.svg"))
                                  << QStringLiteral("--pdf") << dir.filePath(QStringLiteral("a.pdf")),
                     kExportTimeoutMs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSize png = pngSize(readAll(dir.filePath(QStringLiteral("a.png"))));
        QCOMPARE(png.width(), 1920);
        QVERIFY(png.height() > 200);
        const QByteArray svg = readAll(dir.filePath(QStringLiteral("a.svg")));
        QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("</svg>"));
        QVERIFY(svg.contains("<text"));
        QVERIFY(readAll(dir.filePath(QStringLiteral("a.pdf"))).startsWith("%PDF-"));
        // No temporary files left next to the outputs.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void savedRecordingExportsAgain()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("r.samtidig"));
        Result r = runCli(threadsRun() << QStringLiteral("--save") << recording, kExportTimeoutMs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString png = dir.filePath(QStringLiteral("b.png"));
        r = runCli({ QStringLiteral("export"), recording, QStringLiteral("--png"), png,
                     QStringLiteral("--width"), QStringLiteral("1000"), QStringLiteral("--scale"),
                     QStringLiteral("2"), QStringLiteral("--lanes"), QStringLiteral("tasks") },
                   kExportTimeoutMs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSize image = pngSize(readAll(png));
        QCOMPARE(image.width(), 2000);
        QVERIFY(image.height() > 100);
    }

    // --charts adds the window's charts under the lanes: a taller picture, still 1920 wide, with the
    // charts drawn as vector shapes and text in SVG and PDF.
    void chartsUnderTheLanes()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("r.samtidig"));
        QVERIFY(runCli(threadsRun() << QStringLiteral("--save") << recording, kExportTimeoutMs).exitCode
                == 0);
        const QString plain = dir.filePath(QStringLiteral("plain.png"));
        const QString charts = dir.filePath(QStringLiteral("charts.png"));
        const QString svg = dir.filePath(QStringLiteral("charts.svg"));
        const QString pdf = dir.filePath(QStringLiteral("charts.pdf"));
        Result r = runCli({ QStringLiteral("export"), recording, QStringLiteral("--png"), plain },
                          kExportTimeoutMs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("export"), recording, QStringLiteral("--charts"), QStringLiteral("--png"),
                     charts, QStringLiteral("--svg"), svg, QStringLiteral("--pdf"), pdf },
                   kExportTimeoutMs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSize without = pngSize(readAll(plain));
        const QSize with = pngSize(readAll(charts));
        QCOMPARE(with.width(), 1920);
        QVERIFY2(with.height() >= without.height() + 250,
                 qPrintable(QStringLiteral("%1 vs %2").arg(with.height()).arg(without.height())));
        const QByteArray drawing = readAll(svg);
        QVERIFY(drawing.contains(">Core utilization over time</text>"));
        QVERIFY(drawing.contains(">Shared counter</text>")
                || drawing.contains(">Result</text>")); // outcome table
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        // The switch takes no value: the next option is read as usual.
        r = runCli({ QStringLiteral("export"), recording, QStringLiteral("--charts") }, kExportTimeoutMs);
        QCOMPARE(r.exitCode, 2); // no output asked for
        QVERIFY2(r.err.contains(QLatin1String("at least one output")), qPrintable(r.err));
        // An option without its value says so, instead of calling the option unknown.
        for (const char *option : { "--trace", "--summary", "--png", "--width" }) {
            r = runCli({ QStringLiteral("export"), recording, QLatin1String(option) }, kExportTimeoutMs);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String(option) + QLatin1String(" needs a value")),
                     qPrintable(r.err));
        }
    }

    void unwritableOutputIsReported()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("r.samtidig"));
        QVERIFY(runCli(threadsRun() << QStringLiteral("--save") << recording, kExportTimeoutMs).exitCode
                == 0);
        const QString bad = dir.filePath(QStringLiteral("no/such/folder/x.png"));
        const Result r
            = runCli({ QStringLiteral("export"), recording, QStringLiteral("--png"), bad }, kExportTimeoutMs);
        QCOMPARE(r.exitCode, 6); // CliOutputFailed
        QVERIFY2(r.err.contains(QLatin1String("no/such/folder")), qPrintable(r.err));
        QVERIFY(!QFile::exists(bad));
    }

    // A full disk (a 64 KiB tmpfs, as root): exit status 6, a message naming the file and the
    // reason, and no half-written file or temporary left behind.
    void fullDiskIsReported()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("r.samtidig"));
        QVERIFY(runCli(threadsRun() << QStringLiteral("--save") << recording, kExportTimeoutMs).exitCode
                == 0);
        QTemporaryDir tiny;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=64k"), QStringLiteral("tmpfs"), tiny.path() });
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString png = tiny.filePath(QStringLiteral("big.png"));
        const Result r = runCli({ QStringLiteral("export"), recording, QStringLiteral("--png"), png,
                                  QStringLiteral("--scale"), QStringLiteral("3") },
                                kExportTimeoutMs);
        const QStringList left
            = QDir(tiny.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QProcess::execute(QStringLiteral("umount"), { tiny.path() });
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(png) && r.err.contains(QLatin1String("disk is full")), qPrintable(r.err));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // What a new user may name by mistake: a device that never ends, a FIFO nobody writes, a huge
    // file that is no recording. Refused at once (a hang or a read to the end would hit the guard
    // below, or the machine's memory), exit status 6, a message naming the file and what it is.
    void notARecordingIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                                   << QStringLiteral("character device, not a file");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("named pipe (FIFO), not a file");
        QTest::newRow("2 GB of zeros")
            << QStringLiteral("zeros") << QStringLiteral("it is not a Samtidig recording");
    }
    void notARecordingIsRefusedAtOnce()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = what;
        if (what == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("run.samtidig"));
            QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), { path }) == 0);
        } else if (what == QLatin1String("zeros")) {
            path = dir.filePath(QStringLiteral("zeros.samtidig"));
            QVERIFY(QProcess::execute(QStringLiteral("truncate"),
                                      { QStringLiteral("-s"), QStringLiteral("2G"), path })
                    == 0);
        }
        const QString png = dir.filePath(QStringLiteral("x.png"));
        const Result r = runCli({ QStringLiteral("export"), path, QStringLiteral("--png"), png }, 20000);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(path) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }

    void danishImageHasDanishText()
    {
        QString error;
        const auto pairs = danishTranslations(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(pairs.size() > 100, qPrintable(QString::number(pairs.size())));
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("r.samtidig"));
        QVERIFY(runCli(threadsRun() << QStringLiteral("--save") << recording, kExportTimeoutMs).exitCode
                == 0);
        const QString en = dir.filePath(QStringLiteral("en.svg"));
        const QString da = dir.filePath(QStringLiteral("da.svg"));
        // With the charts, so that their titles, axes and tables are checked too.
        QVERIFY(runCli({ QStringLiteral("export"), recording, QStringLiteral("--svg"), en,
                         QStringLiteral("--charts") },
                       kExportTimeoutMs)
                    .exitCode
                == 0);
        QVERIFY(runCli({ QStringLiteral("export"), recording, QStringLiteral("--svg"), da,
                         QStringLiteral("--charts"), QStringLiteral("--lang"), QStringLiteral("da") },
                       kExportTimeoutMs)
                    .exitCode
                == 0);
        const QString english = QString::fromUtf8(readAll(en));
        const QString danish = QString::fromUtf8(readAll(da));
        // One English text can have another translation in another context ("Lost updates" is
        // "Tabte opdateringer" in the results table and "Tabt" under a bar): any of them will do.
        QMap<QString, QStringList> translations;
        for (const auto &[source, translation] : pairs)
            translations[source] << translation;
        int checked = 0;
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            const QString drawn = QLatin1Char('>') + it.key().toHtmlEscaped() + QLatin1String("</text>");
            if (!english.contains(drawn))
                continue; // not a text this picture shows
            ++checked;
            bool found = false;
            for (const QString &translation : it.value())
                found = found
                    || danish.contains(QLatin1Char('>') + translation.toHtmlEscaped()
                                       + QLatin1String("</text>"));
            QVERIFY2(found,
                     qPrintable(QStringLiteral("'%1' is not drawn as '%2'")
                                    .arg(it.key(), it.value().join(QStringLiteral("' or '")))));
        }
        // The charts' own texts are among them.
        QVERIFY2(english.contains(QLatin1String(">Core utilization over time</text>")), "chart title (en)");
        QVERIFY2(danish.contains(QStringLiteral(">Kerneudnyttelse over tid</text>")), "chart title (da)");
        // Lane headers, legend, chart titles and axes, outcome table: many texts, each checked.
        qInfo("%d texts of the picture checked in Danish", checked);
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked))); // 22 when written
    }
};

QTEST_GUILESS_MAIN(TstCliExport)
#include "tst_cli_export.moc"
