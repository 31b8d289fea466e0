// Writer half of the .samtidig format; see recording_format.h for the layout.
#include "io/atomic_file.h"
#include "io/byte_cursor.h"
#include "io/crc32.h"
#include "io/recording_file.h"
#include "io/recording_format.h"
#include "trace/trace.h"
#include "version/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace samtidig {

using namespace recording;

namespace {

std::uint8_t u8(auto e)
{
    return static_cast<std::uint8_t>(e);
}

// 64-bit values go into JSON as decimal strings: a JSON number is a double and would round them.
QByteArray describe(const Trace &t)
{
    QJsonObject counters;
    counters.insert(QStringLiteral("events"), QString::number(t.events()));
    counters.insert(QStringLiteral("dropped"), QString::number(t.dropped()));
    counters.insert(QStringLiteral("stalledNs"), QString::number(t.stalledNs()));
    counters.insert(QStringLiteral("stalls"), QString::number(t.stalls()));
    counters.insert(QStringLiteral("lateRecords"), QString::number(t.lateRecords()));
    if (t.detailCappedAtNs() >= 0)
        counters.insert(QStringLiteral("detailCappedAtNs"), QString::number(t.detailCappedAtNs()));
    QJsonObject o;
    // Which program wrote the file; readers take no notice of it.
    o.insert(QStringLiteral("writtenBy"), writtenBy());
    o.insert(QStringLiteral("scenario"), t.scenario());
    o.insert(QStringLiteral("parameters"), t.parameters());
    o.insert(QStringLiteral("source"), QString::fromLatin1(schedulingSourceName(t.source()).data()));
    o.insert(QStringLiteral("sourceNote"), t.sourceNote());
    o.insert(QStringLiteral("cpuCount"), t.cpuCount());
    o.insert(QStringLiteral("originNs"), QString::number(t.originNs()));
    o.insert(QStringLiteral("endNs"), QString::number(t.endNs()));
    o.insert(QStringLiteral("outcome"), QString::fromLatin1(runOutcomeName(t.outcome())));
    o.insert(QStringLiteral("outcomeDetail"), t.outcomeDetail());
    o.insert(QStringLiteral("results"), t.results());
    o.insert(QStringLiteral("counters"), counters);
    if (!t.steps().empty()) { // step mode: "1,2,1,2"; readers before it ignore the key
        QStringList steps;
        for (int thread : t.steps())
            steps << QString::number(thread);
        o.insert(QStringLiteral("steps"), steps.join(QLatin1Char(',')));
    }
    if (t.machineLoad().tickNs > 0 || !t.machineLoad().note.isEmpty()) {
        // Each sample as ["timeNs", "busy ticks of cpu0", ...]; readers before it ignore the key.
        QJsonArray samples;
        for (const CpuBusySample &sample : t.machineLoad().samples) {
            QJsonArray row { QString::number(sample.timeNs) };
            for (std::uint64_t ticks : sample.busyTicks)
                row.append(QString::number(ticks));
            samples.append(row);
        }
        o.insert(QStringLiteral("machineLoad"),
                 QJsonObject { { QStringLiteral("tickNs"), QString::number(t.machineLoad().tickNs) },
                               { QStringLiteral("note"), t.machineLoad().note },
                               { QStringLiteral("samples"), samples } });
    }
    if (!t.pausedSpans().empty()) {
        // Each time the run stood paused as ["startNs", "endNs"]; readers before it ignore the key.
        QJsonArray paused;
        for (const PausedSpan &span : t.pausedSpans())
            paused.append(QJsonArray { QString::number(span.startNs), QString::number(span.endNs) });
        o.insert(QStringLiteral("paused"), paused);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One byte of state and presence bits, then only the fields that are not zero.
void writeSpans(ByteWriter &w, const SpanList &spans)
{
    w.varint(spans.size());
    std::int64_t prev = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const std::uint32_t arg = spans.arg(i);
        const std::uint32_t other = spans.other(i);
        w.u8(static_cast<std::uint8_t>(u8(spans.state(i)) | (arg ? 0x10 : 0) | (other ? 0x20 : 0)));
        // Differences in unsigned arithmetic: exact for any sorted start and end >= start, where the
        // signed difference overflows (e.g. a span at INT64_MIN after one read from a hostile file).
        if (i == 0)
            w.svarint(spans.start(i));
        else
            w.varint(static_cast<std::uint64_t>(spans.start(i))
                     - static_cast<std::uint64_t>(prev)); // sorted by start
        w.varint(static_cast<std::uint64_t>(spans.end(i))
                 - static_cast<std::uint64_t>(spans.start(i))); // never negative
        if (arg)
            w.varint(arg);
        if (other)
            w.varint(other);
        prev = spans.start(i);
    }
}

void writeIds(ByteWriter &w, const std::vector<std::uint32_t> &ids)
{
    w.varint(ids.size());
    for (std::uint32_t id : ids)
        w.varint(id);
}

void writeAnalysis(ByteWriter &w, const AnalysisResults &a)
{
    w.varint(a.deadlocks.size());
    for (const DeadlockCycle &c : a.deadlocks) {
        w.svarint(c.detectedNs);
        writeIds(w, c.tasks);
        writeIds(w, c.locks);
    }
    w.varint(a.lockOrderWarnings.size());
    for (const LockOrderCycle &c : a.lockOrderWarnings) {
        writeIds(w, c.locks);
        writeIds(w, c.tasks);
    }
    w.varint(a.lostUpdates.size());
    for (const LostUpdate &u : a.lostUpdates) {
        w.varint(u.variable);
        w.varint(u.lostTask);
        w.svarint(u.lostWriteNs);
        w.varint(u.lostValue);
        w.varint(u.overwritingTask);
        w.svarint(u.overwriteNs);
        w.varint(u.overwriteValue);
        w.svarint(u.staleReadNs);
    }
    w.varint(a.locks.size());
    for (const auto &[key, s] : a.locks) {
        w.varint(key);
        w.varint(s.lock);
        w.varint(s.acquisitions);
        w.varint(s.contended);
        w.varint(s.timeouts);
        w.svarint(s.totalWaitNs);
        w.svarint(s.maxWaitNs);
        w.varint(s.waitByTask.size());
        for (const auto &[task, ns] : s.waitByTask) {
            w.varint(task);
            w.svarint(ns);
        }
    }
}

void writeSection(ByteWriter &out, Section tag, const QByteArray &payload)
{
    out.u8(u8(tag));
    out.varint(static_cast<std::uint64_t>(payload.size()));
    out.raw(payload);
}

QByteArray encodeData(const Trace &t)
{
    ByteWriter out;
    out.data().reserve(static_cast<qsizetype>(t.spanCount()) * 7
                       + static_cast<qsizetype>(t.instants().size()) * 8 + 4096);
    writeSection(out, Section::Description, describe(t));

    ByteWriter w;
    w.varint(t.tasks().size());
    std::uint32_t prevId = 0;
    for (const auto &[id, info] : t.tasks()) {
        w.varint(id - prevId); // map keys ascend
        prevId = id;
        w.varint(info.parent);
        w.svarint(info.pid);
        w.svarint(info.tid);
        w.u8(u8(info.kind));
        w.string(info.name);
        w.svarint(info.beginNs);
        w.svarint(info.endNs);
        w.svarint(info.exitStatus);
    }
    writeSection(out, Section::Tasks, std::exchange(w.data(), {}));

    w.varint(t.names().size());
    prevId = 0;
    for (const auto &[id, info] : t.names()) {
        w.varint(id - prevId);
        prevId = id;
        w.u8(u8(info.kind));
        w.string(info.name);
    }
    writeSection(out, Section::Names, std::exchange(w.data(), {}));

    w.varint(t.taskLanes().size());
    for (const TaskLane &lane : t.taskLanes()) {
        w.varint(lane.task);
        writeSpans(w, lane.sched);
        writeSpans(w, lane.sync);
        writeSpans(w, lane.held);
    }
    writeSection(out, Section::TaskLanes, std::exchange(w.data(), {}));

    w.varint(t.cpuLanes().size());
    for (const CpuLane &lane : t.cpuLanes()) {
        w.svarint(lane.cpu);
        writeSpans(w, lane.spans);
    }
    writeSection(out, Section::CpuLanes, std::exchange(w.data(), {}));

    w.varint(t.instants().size());
    std::int64_t prev = 0;
    for (const Instant &i : t.instants()) {
        w.svarint(i.timeNs - prev); // sorted, but signed so that an unsorted list still round-trips
        prev = i.timeNs;
        w.varint(i.task);
        w.u8(u8(i.kind));
        w.varint(i.a);
        w.varint(i.b);
    }
    writeSection(out, Section::Instants, std::exchange(w.data(), {}));

    w.varint(t.flows().size());
    for (const Flow &f : t.flows()) {
        w.svarint(f.fromNs);
        w.varint(f.fromTask);
        w.svarint(f.toNs);
        w.varint(f.toTask);
        w.varint(f.lock);
    }
    writeSection(out, Section::Flows, std::exchange(w.data(), {}));

    w.varint(t.phases().size());
    for (const Phase &p : t.phases()) {
        w.svarint(p.startNs);
        w.svarint(p.endNs);
        w.string(p.title);
    }
    writeSection(out, Section::Phases, std::exchange(w.data(), {}));

    w.varint(t.openSpans().size());
    for (const OpenSpan &s : t.openSpans()) {
        w.varint(s.task);
        w.svarint(s.track);
        w.u8(u8(s.state));
        w.svarint(s.startNs);
        w.varint(s.arg);
        w.varint(s.other);
    }
    writeSection(out, Section::OpenSpans, std::exchange(w.data(), {}));

    writeAnalysis(w, t.analysis());
    writeSection(out, Section::Analysis, std::exchange(w.data(), {}));

    w.u8(t.programOutput().capped ? kOutputCapped : 0);
    w.raw(t.programOutput().bytes);
    writeSection(out, Section::ProgramOutput, std::exchange(w.data(), {}));
    return std::move(out.data());
}

} // namespace

QByteArray recordingToBytes(const Trace &trace, RecordingCompression compression)
{
    const QByteArray data = encodeData(trace);
    QByteArray stored;
    std::uint32_t flags = 0;
    // qCompress keeps a 32-bit size prefix: very large data stays uncompressed.
    if (compression == RecordingCompression::Zlib && data.size() < (qsizetype(1) << 30)) {
        stored = qCompress(data, 6);
        flags |= kFlagZlib;
    } else {
        stored = data;
    }
    ByteWriter w;
    w.data().reserve(stored.size() + kHeaderSize);
    w.raw(QByteArrayView(kMagic, sizeof kMagic));
    w.u32le(kVersion);
    w.u32le(flags);
    w.u64le(static_cast<std::uint64_t>(stored.size()));
    w.u64le(static_cast<std::uint64_t>(data.size()));
    w.u32le(crc32(stored));
    w.raw(stored);
    return std::move(w.data());
}

bool writeRecording(const Trace &trace, const QString &path, QString *error, RecordingCompression compression)
{
    return writeFileAtomically(path, recordingToBytes(trace, compression), error);
}

} // namespace samtidig
