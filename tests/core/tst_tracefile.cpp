// Opening what a user names as a recording or a Chrome trace: the kind is told by the first bytes,
// not the name; what cannot be either (a FIFO, a device, a folder, an empty file, a file of zeros,
// a file larger than its format allows) is refused at once with a message naming what is wrong.
#include "builder/trace_builder.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "io/trace_file.h"
#include "support/synthetic_trace.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace samtidig;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A file of `size` bytes that begins with `head` and is otherwise a hole: no disk space used.
bool sparseFile(const QString &path, const QByteArray &head, qint64 size)
{
    return writeFile(path, head) && ::truncate(QFile::encodeName(path).constData(), size) == 0;
}

} // namespace

class TstTraceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindFromFirstBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("kind");
        const int recording = int(TraceFileKind::Recording);
        const int json = int(TraceFileKind::ChromeJson);
        const int neither = int(TraceFileKind::Neither);
        QTest::newRow("signature") << QByteArray("SAMTIDIG\x01\x00\x00\x00", 12) << recording;
        QTest::newRow("signature cut short") << QByteArray("SAMT") << recording;
        QTest::newRow("object") << QByteArray("{\"traceEvents\":[]}") << json;
        QTest::newRow("array") << QByteArray("[{\"ph\":\"X\"}]") << json;
        QTest::newRow("white space first") << QByteArray(" \r\n\t [") << json;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{") << json;
        QTest::newRow("zeros") << QByteArray(64, '\0') << neither;
        QTest::newRow("text") << QByteArray("hello") << neither;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n") << neither;
        QTest::newRow("only white space") << QByteArray("   \n") << neither;
        QTest::newRow("nothing") << QByteArray() << neither;
    }
    void kindFromFirstBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, kind);
        QCOMPARE(int(traceFileKindOf(head)), kind);
    }

    // The name does not decide: a recording called .json and a Chrome trace called .samtidig open.
    void kindIsTheContentsNotTheName()
    {
        QTemporaryDir dir;
        Trace t;
        SyntheticTraceSpec spec;
        spec.events = 500;
        makeSyntheticTrace(spec, t);
        const QString recording = dir.filePath(QStringLiteral("run.json"));
        const QString chrome = dir.filePath(QStringLiteral("trace.samtidig"));
        QVERIFY(writeFile(recording, recordingToBytes(t)));
        QVERIFY(writeFile(chrome, chromeTraceToBytes(t)));
        Trace a;
        Trace b;
        QString error;
        QVERIFY2(openTraceFile(recording, &a, &error), qPrintable(error));
        QVERIFY2(openTraceFile(chrome, &b, &error), qPrintable(error));
        QCOMPARE(a.spanCount(), t.spanCount());
        QCOMPARE(b.tasks().size(), t.tasks().size());
    }

    // Each refused at once: never blocks on a FIFO, never reads /dev/zero or a huge file to its end.
    void refusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("character device")
            << QStringLiteral("/dev/zero") << QStringLiteral("character device");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("named pipe (FIFO)");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("No such file");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("the file is empty");
        QTest::newRow("3 GB of zeros")
            << QStringLiteral("zeros") << QStringLiteral("it begins with \\x00\\x00");
        QTest::newRow("3 GB recording")
            << QStringLiteral("huge recording")
            << QStringLiteral("larger than the 2048 MB Samtidig opens as a recording");
        QTest::newRow("300 MB JSON") << QStringLiteral(
            "huge json") << QStringLiteral("larger than the 256 MB Samtidig opens as a Chrome trace");
    }
    void refusedAtOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath(kind);
        if (kind == QLatin1String("/dev/zero"))
            path = kind;
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            path = dir.path();
        else if (kind == QLatin1String("empty"))
            QVERIFY(writeFile(path, QByteArray()));
        else if (kind == QLatin1String("zeros"))
            QVERIFY(sparseFile(path, QByteArray(), qint64(3) << 30));
        else if (kind == QLatin1String("huge recording"))
            QVERIFY(sparseFile(path, QByteArray("SAMTIDIG"), qint64(3) << 30));
        else if (kind == QLatin1String("huge json"))
            QVERIFY(sparseFile(path, QByteArray("{\"traceEvents\":["), qint64(300) << 20));
        Trace t;
        TraceBuilder(t).restoreRun().scenario = QStringLiteral("kept");
        QString error;
        QElapsedTimer took;
        took.start();
        QVERIFY(!openTraceFile(path, &t, &error));
        QVERIFY2(error.contains(path) && error.contains(message), qPrintable(error));
        QCOMPARE(t.scenario(), QStringLiteral("kept")); // untouched on failure
        // Through the format's own readers too (they read files the same checked way).
        QVERIFY(!readRecording(path, &t, &error));
        QVERIFY(!importChromeTrace(path, &t, &error));
        qInfo("refused in %lld ms: %s", took.elapsed(), qPrintable(error));
    }

    // A reader that asks for one kind says so when the file is the other.
    void wrongKindForItsReader()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("a.samtidig"));
        QVERIFY(writeFile(json, "[]"));
        Trace t;
        QString error;
        QVERIFY(!readRecording(json, &t, &error));
        QVERIFY2(error.contains(QLatin1String("not a Samtidig recording")), qPrintable(error));
        const QString recording = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(writeFile(recording, "SAMTIDIG"));
        QVERIFY(!importChromeTrace(recording, &t, &error));
        QVERIFY2(error.contains(QLatin1String("not a Chrome trace")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstTraceFile)
#include "tst_tracefile.moc"
