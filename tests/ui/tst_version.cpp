// One version: project(Samtidig VERSION ...) in the top CMakeLists.txt is what `samtidig --version`,
// `samtidig-cli --version`, Help → About, recordings and exported Chrome traces say; About also
// names the Qt it was built with and runs on, and this machine's scheduling source with its reason.
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "sched/sched_probe.h"
#include "support/synthetic_trace.h"
#include "support/test_settings.h"
#include "trace/trace.h"
#include "version/version.h"
#include "window/main_window.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace samtidig;

namespace {

// The version as the top CMakeLists.txt writes it (SAMTIDIG_SOURCE_DIR: the sources, set by CMake).
QString cmakeVersion()
{
    QFile file(qEnvironmentVariable("SAMTIDIG_SOURCE_DIR") + QStringLiteral("/CMakeLists.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression project(QStringLiteral(R"(project\(\s*Samtidig\s+VERSION\s+([0-9.]+))"));
    return project.match(QString::fromUtf8(file.readAll())).captured(1);
}

// Runs `program` as on a machine without a display (an SSH session): no DISPLAY, no platform set.
QString programOutput(const QString &program, const QStringList &args, int *exitCode)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TstVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startWithEmptySettings(QStringLiteral("tst_version"))); }

    void versionComesFromCMake()
    {
        const QString expected = cmakeVersion();
        QVERIFY2(!expected.isEmpty(), "no project(Samtidig VERSION ...) in the top CMakeLists.txt");
        QCOMPARE(samtidigVersion(), expected);
        QCOMPARE(writtenBy(), QStringLiteral("Samtidig ") + expected);
    }

    void programsSayIt_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("samtidig-cli") << QStringLiteral("samtidig-cli");
        QTest::newRow("samtidig") << QStringLiteral("samtidig");
    }

    void programsSayIt()
    {
        QFETCH(QString, program);
        const QString path = QFileInfo(qEnvironmentVariable("SAMTIDIG_RUNNER")).dir().filePath(program);
        QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path + QLatin1String(" is not built")));
        int exitCode = -1;
        const QString out = programOutput(path, { QStringLiteral("--version") }, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(out, QStringLiteral("%1 %2\n").arg(program, cmakeVersion()));
    }

    void filesNameTheProgramThatWroteThem()
    {
        const Trace trace = syntheticTrace();
        const QByteArray writer = writtenBy().toUtf8();
        // A recording's run description (stored uncompressed here, so it can be read as text).
        const QByteArray recording = recordingToBytes(trace, RecordingCompression::None);
        QVERIFY2(recording.contains("\"writtenBy\":\"" + writer + '"'), recording.left(400).constData());
        // It reads back as before: readers take no notice of the field.
        Trace back;
        QString error;
        QVERIFY2(readRecordingFromBytes(recording, &back, &error), qPrintable(error));
        QCOMPARE(back.scenario(), trace.scenario());

        const QJsonObject chrome = QJsonDocument::fromJson(chromeTraceToBytes(trace)).object();
        const QJsonObject other = chrome.value(QStringLiteral("otherData")).toObject();
        QCOMPARE(other.value(QStringLiteral("writtenBy")).toString(), writtenBy());
        QVERIFY(other.value(QStringLiteral("samtidig")).isObject()); // our own description is still there
    }

    void aboutSaysVersionQtAndSource_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("kernel") << int(SchedulingSource::Kernel) << QString()
                                << QStringLiteral("comes from the kernel's own context-switch records");
        QTest::newRow("estimate") << int(SchedulingSource::Estimate)
                                  << QStringLiteral("perf_event_open refused (EACCES) <3>")
                                  << QStringLiteral("perf_event_open refused (EACCES) &lt;3&gt;");
    }

    void aboutSaysVersionQtAndSource()
    {
        QFETCH(int, source);
        QFETCH(QString, reason);
        QFETCH(QString, says);
        SchedulingProbe probe;
        probe.source = static_cast<SchedulingSource>(source);
        probe.reason = reason;
        const QString text = MainWindow::aboutText(probe);
        QVERIFY2(text.contains(QStringLiteral("Samtidig ") + cmakeVersion()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt " QT_VERSION_STR)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("estimated")), probe.source == SchedulingSource::Estimate);
    }

    void aboutInDanish()
    {
        QVERIFY(installLanguage(QStringLiteral("da")));
        const QString text
            = MainWindow::aboutText(SchedulingProbe { SchedulingSource::Estimate, QStringLiteral("x") });
        QVERIFY(installLanguage(QStringLiteral("en")));
        QVERIFY2(text.contains(QStringLiteral("Samtidig ") + cmakeVersion()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bygget med Qt")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Built with")), qPrintable(text));
    }

    void probeFindsTheForcedFallback()
    {
        // The switch tests use to stand for a kernel that refuses: the probe reports it as a run would.
        qputenv("SAMTIDIG_FORCE_NO_PERF", "1");
        const SchedulingProbe forced = probeSchedulingSource();
        qunsetenv("SAMTIDIG_FORCE_NO_PERF");
        QCOMPARE(forced.source, SchedulingSource::Estimate);
        QVERIFY2(forced.reason.contains(QStringLiteral("SAMTIDIG_FORCE_NO_PERF")), qPrintable(forced.reason));
        // Without it, either source is right for some machine, but an estimate always says why.
        const SchedulingProbe here = probeSchedulingSource();
        QCOMPARE(here.reason.isEmpty(), here.source == SchedulingSource::Kernel);
    }
};

QTEST_MAIN(TstVersion)
#include "tst_version.moc"
