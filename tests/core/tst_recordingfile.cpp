// Native recordings (.samtidig): exact round trips, atomic writes, and hostile input that must
// fail with a message and leave the caller's trace untouched.
#include "builder/trace_builder.h"
#include "io/atomic_file.h"
#include "io/byte_cursor.h"
#include "io/crc32.h"
#include "io/recording_file.h"
#include "io/recording_format.h"
#include "io/trace_equality.h"
#include "support/synthetic_trace.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace samtidig;
using namespace samtidig::recording;

namespace {

// Extreme values everywhere the format has a field.
Trace edgeTrace()
{
    Trace t;
    TraceBuilder b(t);
    RunDescription d;
    d.scenario = QStringLiteral("edge \"quoted\" \u2603");
    d.originNs = std::numeric_limits<std::uint64_t>::max();
    d.endNs = std::numeric_limits<std::int64_t>::min();
    d.events = std::numeric_limits<std::uint64_t>::max();
    d.outcome = RunOutcome::Crashed;
    d.cpuCount = 2;
    d.lateRecords = 12;
    d.stalls = std::numeric_limits<std::uint64_t>::max() - 1;
    d.detailCappedAtNs = 123456789;
    b.restoreDescription(d);
    TaskInfo info;
    info.id = std::numeric_limits<std::uint32_t>::max();
    info.parent = 7;
    info.pid = std::numeric_limits<std::int32_t>::min();
    info.tid = std::numeric_limits<std::int32_t>::max();
    info.kind = TaskKind::Coroutine;
    info.beginNs = std::numeric_limits<std::int64_t>::min();
    info.endNs = std::numeric_limits<std::int64_t>::max();
    info.exitStatus = -11;
    b.restoreTask(info.id) = info;
    b.restoreTask(0) = TaskInfo {};
    b.restoreName(std::numeric_limits<std::uint32_t>::max())
        = { std::numeric_limits<std::uint32_t>::max(), NameKind::Semaphore, QString() };
    TaskLane &lane = b.restoreTaskLane(kMaxLaneTaskId);
    lane.sched.append(std::numeric_limits<std::int64_t>::min(), -1, SpanState::Working, 0xffffffffu, 1);
    lane.sched.append(0, std::numeric_limits<std::int64_t>::max(), SpanState::Stalled);
    lane.held.append(5, 5, SpanState::LockHeld, 3);
    lane.held.append(5, 50, SpanState::LockHeld, 4); // overlapping holds
    b.restoreCpuLane(1).spans.append(-100, 100, SpanState::Running, 0, 9);
    b.restoreInstants().push_back(
        { 100, 1, InstantKind::CondNotify, std::numeric_limits<std::uint64_t>::max(), 0 });
    b.restoreInstants().push_back({ -100, 2, InstantKind::LostUpdate, 0, 1 }); // unsorted on purpose
    b.restoreFlows().push_back(
        { std::numeric_limits<std::int64_t>::max(), 1, std::numeric_limits<std::int64_t>::min(), 2, 3 });
    b.restorePhases().push_back({ -5, -1, QStringLiteral("open phase") });
    b.restoreOpenSpans().push_back({ 3, 3, SpanState::Running, -7, 1, 0 });
    return t;
}

// A file around hand-made data, with a correct header and checksum, so that the parser sees it.
QByteArray wrap(const QByteArray &data, std::uint32_t version = kVersion)
{
    ByteWriter w;
    w.raw(QByteArrayView(kMagic, sizeof kMagic));
    w.u32le(version);
    w.u32le(0);
    w.u64le(static_cast<std::uint64_t>(data.size()));
    w.u64le(static_cast<std::uint64_t>(data.size()));
    w.u32le(crc32(data));
    w.raw(data);
    return w.data();
}

QByteArray section(Section tag, const QByteArray &payload)
{
    ByteWriter w;
    w.u8(static_cast<std::uint8_t>(tag));
    w.varint(static_cast<std::uint64_t>(payload.size()));
    w.raw(payload);
    return w.data();
}

// The data of an empty trace, with `replace` substituted for one section's payload.
QByteArray dataWith(Section tag, const QByteArray &replace)
{
    const QByteArray empty = recordingToBytes(Trace {}, RecordingCompression::None).mid(kHeaderSize);
    QByteArray out;
    ByteReader r(empty);
    while (!r.atEnd()) {
        const auto t = static_cast<Section>(r.u8());
        const QByteArray payload = r.bytes(static_cast<qsizetype>(r.varint())).toByteArray();
        out += section(t, t == tag ? replace : payload);
    }
    return out;
}

Trace sentinel()
{
    Trace t;
    TraceBuilder b(t);
    b.describeRun(QStringLiteral("untouched"), {}, 0);
    b.restoreTaskLane(1).sched.append(1, 2, SpanState::Running);
    return t;
}

bool untouched(const Trace &t)
{
    return firstTraceDifference(t, sentinel()).isEmpty();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TstRecordingFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("compress");
        QTest::newRow("synthetic, zlib") << 0 << true;
        QTest::newRow("synthetic, plain") << 0 << false;
        QTest::newRow("edge values, zlib") << 1 << true;
        QTest::newRow("edge values, plain") << 1 << false;
        QTest::newRow("empty") << 2 << false;
    }
    void roundTrip()
    {
        QFETCH(int, which);
        QFETCH(bool, compress);
        const Trace in = which == 0 ? syntheticTrace(3000) : which == 1 ? edgeTrace() : Trace {};
        if (which == 0) { // the sample really has everything the format carries
            QVERIFY(in.spanCount() > 1000);
            QVERIFY(!in.flows().empty());
            QVERIFY(!in.phases().empty());
            QVERIFY(!in.analysis().lostUpdates.empty());
            QVERIFY(!in.cpuLanes().empty());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.samtidig"));
        QString error;
        QVERIFY2(writeRecording(in, path, &error,
                                compress ? RecordingCompression::Zlib : RecordingCompression::None),
                 qPrintable(error));
        Trace out;
        QVERIFY2(readRecording(path, &out, &error), qPrintable(error));
        const QString diff = firstTraceDifference(in, out);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("run.samtidig") });
    }

    void equalityHelperSeesDifferences()
    {
        const Trace a = syntheticTrace(500);
        Trace b = syntheticTrace(500);
        QVERIFY(firstTraceDifference(a, b).isEmpty());
        TraceBuilder(b).restoreAnalysis().locks.begin()->second.waitByTask[2] += 1;
        QVERIFY(firstTraceDifference(a, b).contains(QStringLiteral("wait of task 2")));
        Trace c = syntheticTrace(500);
        TraceBuilder(c)
            .restoreTaskLane(c.taskLanes()[0].task)
            .held.append(1 << 30, (1 << 30) + 1, SpanState::LockHeld);
        QVERIFY(firstTraceDifference(a, c).contains(QStringLiteral("held")));
    }

    // A recorded program's output, as the window's pane kept it, is saved and read back byte for
    // byte (also bytes that are not UTF-8), with whether the program wrote more.
    void programOutputRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("capped");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("text") << QByteArray("worker-1 done\nworker-2 done\n") << false;
        QTest::newRow("not UTF-8, capped") << QByteArray("\xff\xfe\0half \xc3", 9) << true;
        QTest::newRow("a whole MiB") << QByteArray(1 << 20, 'x') << true;
    }
    void programOutputRoundTrips()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, capped);
        for (const auto compression : { RecordingCompression::None, RecordingCompression::Zlib }) {
            Trace in = syntheticTrace(100);
            TraceBuilder(in).setProgramOutput({ bytes, capped });
            Trace out;
            QString error;
            QVERIFY2(readRecordingFromBytes(recordingToBytes(in, compression), &out, &error),
                     qPrintable(error));
            QCOMPARE(out.programOutput().bytes, bytes);
            QCOMPARE(out.programOutput().capped, capped);
            const QString diff = firstTraceDifference(in, out);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        Trace differs = syntheticTrace(100);
        TraceBuilder(differs).setProgramOutput({ bytes + "!", capped });
        Trace in = syntheticTrace(100);
        TraceBuilder(in).setProgramOutput({ bytes, capped });
        QVERIFY(firstTraceDifference(in, differs).contains(QStringLiteral("program output")));
    }

    // Recordings written before the output was kept (format version 1) still open, with none.
    void versionOneOpensWithoutOutput()
    {
        // One a version-1 Samtidig wrote: `samtidig-cli record --save` of sh -c 'echo hello; sleep 0.05'.
        const QString path = QString::fromLocal8Bit(qgetenv("SAMTIDIG_SOURCE_DIR"))
            + QStringLiteral("/tests/core/data/program-v1.samtidig");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray old = file.readAll();
        QCOMPARE(old.mid(8, 4), QByteArray("\1\0\0\0", 4)); // version 1 in its header
        Trace out;
        QString error;
        QVERIFY2(readRecordingFromBytes(old, &out, &error), qPrintable(error));
        QCOMPARE(out.scenario(), QStringLiteral("program"));
        QCOMPARE(out.parameters().value(QStringLiteral("program")).toString(), QStringLiteral("/bin/sh"));
        QCOMPARE(out.outcome(), RunOutcome::Completed);
        QVERIFY(!out.taskLanes().empty());
        QVERIFY(out.programOutput().bytes.isEmpty());
        QVERIFY(!out.programOutput().capped);

        // The same data as today's writer makes, without the output section, under a version-1 header.
        Trace in = syntheticTrace(200);
        const QByteArray data = recordingToBytes(in, RecordingCompression::None).mid(kHeaderSize);
        const QByteArray v1 = data.left(data.lastIndexOf(QByteArray(1, char(Section::ProgramOutput))));
        QVERIFY2(readRecordingFromBytes(wrap(v1, 1), &out, &error), qPrintable(error));
        QVERIFY(firstTraceDifference(in, out).isEmpty());
        // A version-2 file must have the section; a version-1 file must not.
        QVERIFY(!readRecordingFromBytes(wrap(v1, 2), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("the program's output")), qPrintable(error));
        QVERIFY(!readRecordingFromBytes(wrap(data, 1), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("unexpected bytes")), qPrintable(error));
    }

    void programOutputWithUnknownFlagsIsRefused()
    {
        Trace out = sentinel();
        QString error;
        QVERIFY(!readRecordingFromBytes(wrap(dataWith(Section::ProgramOutput,
                                                      QByteArray("\x03"
                                                                 "abc"))),
                                        &out, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown flags 0x3")), qPrintable(error));
        QVERIFY(untouched(out));
    }

    void compactOnDisk()
    {
        const Trace t = syntheticTrace(20000);
        const QByteArray plain = recordingToBytes(t, RecordingCompression::None);
        const QByteArray zipped = recordingToBytes(t, RecordingCompression::Zlib);
        const double perEvent = double(plain.size()) / double(t.events());
        qInfo("%zu spans, %llu events: %lld bytes plain (%.2f/event), %lld zlib (%.2f/event)", t.spanCount(),
              static_cast<unsigned long long>(t.events()), static_cast<long long>(plain.size()), perEvent,
              static_cast<long long>(zipped.size()), double(zipped.size()) / double(t.events()));
        QVERIFY(perEvent <= 16.0);
        QVERIFY(zipped.size() < plain.size());
    }

    void truncatedAtEveryOffset()
    {
        const QByteArray bytes = recordingToBytes(syntheticTrace(300), RecordingCompression::None);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            Trace out = sentinel();
            QString error;
            QVERIFY2(!readRecordingFromBytes(bytes.left(n), &out, &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
            QVERIFY(untouched(out));
            if (n >= kHeaderSize)
                QVERIFY2(error.contains(QString::number(n)), qPrintable(error));
        }
    }

    void truncatedDataNamesWhere()
    {
        // A span table cut short inside a consistent file: the message says where.
        QByteArray lanes;
        ByteWriter w;
        w.varint(1); // one lane
        w.varint(3); // task 3
        w.varint(2); // two sched spans ...
        w.u8(0);
        w.svarint(10); // ... but only the first start
        QString error;
        Trace out = sentinel();
        QVERIFY(!readRecordingFromBytes(wrap(dataWith(Section::TaskLanes, w.data())), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("span table of lane 0")), qPrintable(error));
        QVERIFY(untouched(out));
    }

    void flippedBytesAreDetected()
    {
        for (const bool compress : { false, true }) {
            const QByteArray bytes = recordingToBytes(
                syntheticTrace(200), compress ? RecordingCompression::Zlib : RecordingCompression::None);
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QByteArray bad = bytes;
                bad[i] = static_cast<char>(bad[i] ^ (1 << (i % 8)));
                Trace out = sentinel();
                QString error;
                QVERIFY2(!readRecordingFromBytes(bad, &out, &error), qPrintable(QString::number(i)));
                QVERIFY(!error.isEmpty());
                QVERIFY(untouched(out));
            }
        }
    }

    void mutatedDataNeverCrashes()
    {
        // Past the checksum: random damage straight into the parser must fail cleanly or parse.
        const QByteArray data
            = recordingToBytes(syntheticTrace(200), RecordingCompression::None).mid(kHeaderSize);
        QRandomGenerator rng(7);
        int failures = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bad = data;
            for (int k = 0, n = 1 + rng.bounded(4); k < n; ++k)
                bad[rng.bounded(bad.size())] = static_cast<char>(rng.bounded(256));
            Trace out = sentinel();
            QString error;
            if (!parseRecordingData(bad, kHeaderSize, &out, &error)) {
                ++failures;
                QVERIFY(!error.isEmpty());
                QVERIFY(untouched(out));
            }
        }
        QVERIFY(failures > 1000);
    }

    void wrongMagicAndVersion()
    {
        QByteArray bytes = recordingToBytes(Trace {});
        QString error;
        Trace out;
        QVERIFY(!readRecordingFromBytes(QByteArray("{\"traceEvents\":[]}"), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Samtidig recording")), qPrintable(error));
        QVERIFY(!readRecordingFromBytes(QByteArray(), &out, &error));
        QVERIFY(error.contains(QStringLiteral("not a Samtidig recording")));
        bytes[8] = 7;
        QVERIFY(!readRecordingFromBytes(bytes, &out, &error));
        QCOMPARE(error,
                 QStringLiteral(
                     "This recording was written by format version 7; this Samtidig reads versions 1 to 2."));
        QVERIFY(!readRecordingFromBytes(
            wrap(recordingToBytes(Trace {}, RecordingCompression::None).mid(kHeaderSize), 0), &out, &error));
        QVERIFY(error.contains(QStringLiteral("version 0")));
    }

    void hostileCounts_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        const auto enc = [](std::initializer_list<std::uint64_t> values) {
            ByteWriter w;
            for (std::uint64_t v : values)
                w.varint(v);
            return w.data();
        };
        QTest::newRow("millions of lanes") << int(Section::TaskLanes) << enc({ 5'000'000, 1, 0, 0, 0 })
                                           << QStringLiteral("claims 5000000 entries");
        QTest::newRow("2^63 tasks") << int(Section::Tasks) << enc({ 1ull << 63 }) << QStringLiteral("claims");
        QTest::newRow("lane of a huge task id")
            << int(Section::TaskLanes) << enc({ 1, 4'000'000'000ull, 0, 0, 0 })
            << QStringLiteral("largest task id");
        QTest::newRow("id beyond 32 bits")
            << int(Section::TaskLanes) << enc({ 1, 1ull << 40, 0, 0, 0 }) << QStringLiteral("out of range");
        QTest::newRow("two lanes for one task")
            << int(Section::TaskLanes) << enc({ 2, 5, 0, 0, 0, 5, 0, 0, 0 }) << QStringLiteral("two lanes");
        QTest::newRow("too many cpus") << int(Section::CpuLanes) << enc({ 5000 }) + QByteArray(10000, '\0')
                                       << QStringLiteral("at most 4096");
        // head 0 (Running), start 0, duration 2^63: the end would be before the start
        QTest::newRow("negative duration")
            << int(Section::CpuLanes) << enc({ 1, 0, 1, 0, 0, 1ull << 63 }) << QStringLiteral("duration");
        QTest::newRow("unknown span state")
            << int(Section::CpuLanes) << enc({ 1, 0, 1, 14, 0, 0 }) << QStringLiteral("unknown state");
        QTest::newRow("unknown instant kind")
            << int(Section::Instants) << enc({ 1, 0, 1, 99, 0, 0 }) << QStringLiteral("unknown kind");
        QTest::newRow("overlong varint")
            << int(Section::Flows) << QByteArray(12, '\xff') << QStringLiteral("malformed number");
        QTest::newRow("trailing bytes")
            << int(Section::Phases) << enc({ 0, 0 }) << QStringLiteral("unexpected bytes");
        QTest::newRow("description not json")
            << int(Section::Description) << QByteArray("[1,2") << QStringLiteral("not valid JSON");
        QTest::newRow("description wrong type")
            << int(Section::Description) << QByteArray("{\"cpuCount\":\"many\"}")
            << QStringLiteral("cpuCount");
        QTest::newRow("unknown outcome")
            << int(Section::Description) << QByteArray("{\"outcome\":\"exploded\"}")
            << QStringLiteral("exploded");
    }
    void hostileCounts()
    {
        QFETCH(int, section);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        Trace out = sentinel();
        QString error;
        QVERIFY(
            !readRecordingFromBytes(wrap(dataWith(static_cast<Section>(section), payload)), &out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(untouched(out));
    }

    void compressedSizeIsBounded()
    {
        QByteArray bytes = recordingToBytes(syntheticTrace(200), RecordingCompression::Zlib);
        // Claim 1 TB of data behind a few kB: refused before anything is allocated.
        ByteWriter w;
        w.u64le(1ull << 40);
        bytes.replace(24, 8, w.data());
        Trace out;
        QString error;
        QVERIFY(!readRecordingFromBytes(bytes, &out, &error));
        QVERIFY2(error.contains(QStringLiteral("compressed")), qPrintable(error));
    }

    void unwritableTargets()
    {
        const Trace t = syntheticTrace(100);
        QString error;
        const QString proc = QStringLiteral("/proc/samtidig-test.samtidig"); // not writable even by root
        QVERIFY(!writeRecording(t, proc, &error));
        QVERIFY2(error.contains(QStringLiteral("/proc")), qPrintable(error));
        QVERIFY(!writeRecording(t, QStringLiteral("/nonexistent-folder-xyz/a.samtidig"), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(!writeRecording(t, dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("is a folder")) && error.contains(dir.path()),
                 qPrintable(error));
        QVERIFY(!writeRecording(t, QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void fullDisk()
    {
        QTemporaryDir dir;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir.path() });
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        const QString path = dir.filePath(QStringLiteral("big.samtidig"));
        QVERIFY(writeFileAtomically(path, QByteArray("old"), nullptr));
        QString error;
        const bool ok = writeRecording(syntheticTrace(200000), path, &error, RecordingCompression::None);
        QByteArray content;
        {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                content = f.readAll();
        }
        const QStringList left = entries(dir.path());
        QProcess::execute(QStringLiteral("umount"), { dir.path() });
        QVERIFY(!ok);
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QCOMPARE(content, QByteArray("old")); // the old file survives a failed save
        QCOMPARE(left, QStringList { QStringLiteral("big.samtidig") });
    }

    void existingFileReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.samtidig"));
        QVERIFY(writeFileAtomically(path, QByteArray("old content"), nullptr));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        {
            // An abandoned write (crash, error) never touches the target and leaves no temporary.
            AtomicFile file(path);
            QString error;
            QVERIFY(file.open(&error));
            QVERIFY(file.write("half a recor", &error));
            QCOMPARE(entries(dir.path()).size(), 2);
        }
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("run.samtidig") });
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old content"));

        const Trace t = syntheticTrace(500);
        QString error;
        QVERIFY2(writeRecording(t, path, &error), qPrintable(error));
        Trace back;
        QVERIFY2(readRecording(path, &back, &error), qPrintable(error));
        QVERIFY(firstTraceDifference(t, back).isEmpty());
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("run.samtidig") });
        // The replaced file keeps the mode the user gave it.
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u);
    }

    void newFileHasUsualMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.samtidig"));
        QVERIFY(writeRecording(Trace {}, path, nullptr));
        const mode_t mask = ::umask(022);
        ::umask(mask);
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0666 & ~mask);
    }

    // The machine's busy samples round-trip; a recording without them (all before they were kept)
    // opens with none, so no figure of other programs' share is made up.
    void machineLoadIsKeptAndOptional()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.samtidig"));
        QString error;
        Trace without = syntheticTrace(50);
        QVERIFY2(writeRecording(without, path, &error), qPrintable(error));
        Trace back;
        QVERIFY2(readRecording(path, &back, &error), qPrintable(error));
        QVERIFY(back.machineLoad().samples.empty());
        QCOMPARE(back.machineLoad().tickNs, 0);

        Trace with = syntheticTrace(50);
        {
            TraceBuilder b(with);
            b.setMachineLoadTick(10'000'000);
            b.addMachineLoadSample(CpuBusySample { 0, { 12, MachineLoad::kUnknownTicks } });
            b.addMachineLoadSample(CpuBusySample { 300'000'000, { 40, 7 } });
        }
        QVERIFY2(writeRecording(with, path, &error), qPrintable(error));
        Trace back2;
        QVERIFY2(readRecording(path, &back2, &error), qPrintable(error));
        const QString diff = firstTraceDifference(with, back2);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The times a run stood paused are kept, so a reopened run draws them as paused; recordings
    // made before they were kept (no "paused" key) still open, with no pause.
    void pausedSpansAreKeptAndOptional()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.samtidig"));
        QString error;
        Trace with = syntheticTrace(50);
        {
            TraceBuilder b(with);
            b.restorePausedSpan({ 1'000'000, 250'000'000 });
            b.restorePausedSpan({ 400'000'000, -1 }); // stopped while paused
        }
        QVERIFY2(writeRecording(with, path, &error), qPrintable(error));
        Trace back;
        QVERIFY2(readRecording(path, &back, &error), qPrintable(error));
        QCOMPARE(back.pausedSpans().size(), std::size_t { 2 });
        QCOMPARE(back.pausedSpans()[0].endNs, 250'000'000);
        QCOMPARE(back.pausedSpans()[1].endNs, -1);
        const QString diff = firstTraceDifference(with, back);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        Trace without = syntheticTrace(50);
        QVERIFY2(writeRecording(without, path, &error), qPrintable(error));
        // Uncompressed, the description is readable: a run with no pause writes no key for it.
        QVERIFY(!recordingToBytes(without, RecordingCompression::None).contains("\"paused\""));
        QVERIFY(recordingToBytes(with, RecordingCompression::None).contains("\"paused\""));
        Trace back2;
        QVERIFY2(readRecording(path, &back2, &error), qPrintable(error));
        QVERIFY(back2.pausedSpans().empty());
    }

    // Step mode's steps: kept, absent in older recordings, and a damaged list refused.
    void stepsAreKeptAndOptional()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.samtidig"));
        QString error;
        Trace with = syntheticTrace(50);
        TraceBuilder(with).setSteps({ 1, 2, 1, 2, 64 });
        QVERIFY2(writeRecording(with, path, &error), qPrintable(error));
        Trace back;
        QVERIFY2(readRecording(path, &back, &error), qPrintable(error));
        QCOMPARE(back.steps(), (std::vector<int> { 1, 2, 1, 2, 64 }));
        const QString diff = firstTraceDifference(with, back);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        RunDescription old; // a description written before steps were kept has no "steps"
        QVERIFY2(recording::parseRunDescription(R"({"scenario":"race"})", old, &error), qPrintable(error));
        QVERIFY(old.steps.empty());
        for (const char *bad :
             { R"({"steps":"1,0"})", R"({"steps":"1,65"})", R"({"steps":"1,x"})", R"({"steps":[1,2]})" }) {
            RunDescription d;
            QVERIFY2(!recording::parseRunDescription(bad, d, &error), bad);
            QVERIFY2(error.contains(QLatin1String("\"steps\"")), qPrintable(error));
        }
    }

    void badPausedSpansAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not an array") << QByteArray(R"({"paused":"yes"})");
        QTest::newRow("three numbers") << QByteArray(R"({"paused":[["1","2","3"]]})");
        QTest::newRow("ends before it starts") << QByteArray(R"({"paused":[["5","2"]]})");
        QTest::newRow("out of order") << QByteArray(R"({"paused":[["10","20"],["15","30"]]})");
        QTest::newRow("after an open pause") << QByteArray(R"({"paused":[["10","-1"],["15","30"]]})");
        QTest::newRow("not a number") << QByteArray(R"({"paused":[["ten","20"]]})");
    }
    void badPausedSpansAreRefused()
    {
        QFETCH(QByteArray, json);
        Trace out = sentinel();
        QString error;
        QVERIFY(!readRecordingFromBytes(wrap(dataWith(Section::Description, json)), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("paused")), qPrintable(error));
        QVERIFY(untouched(out));
    }

    void readErrorsNameThePath()
    {
        QTemporaryDir dir;
        Trace out = sentinel();
        QString error;
        const QString missing = dir.filePath(QStringLiteral("missing.samtidig"));
        QVERIFY(!readRecording(missing, &out, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!readRecording(dir.path(), &out, &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        const QString junk = dir.filePath(QStringLiteral("junk.samtidig"));
        QVERIFY(writeFileAtomically(junk, QByteArray("SAMTIDIG\x01"), nullptr));
        QVERIFY(!readRecording(junk, &out, &error));
        QVERIFY2(error.contains(junk) && error.contains(QStringLiteral("ends after 9 bytes")),
                 qPrintable(error));
        QVERIFY(untouched(out));
    }
};

QTEST_GUILESS_MAIN(TstRecordingFile)
#include "tst_recordingfile.moc"
