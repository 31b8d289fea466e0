// Reader half of the .samtidig format. Every count is checked against the bytes left before
// anything is reserved, every enum and id against its range; the result is built in a local Trace
// and moved into *out only when the whole file was read.
#include "builder/trace_builder.h"
#include "io/byte_cursor.h"
#include "io/io_text.h"
#include "io/recording_format.h"

#include <limits>

namespace samtidig {

using namespace recording;

namespace {

constexpr std::uint64_t kU32Max = std::numeric_limits<std::uint32_t>::max();
constexpr std::int64_t kI64Max = std::numeric_limits<std::int64_t>::max();

class DataParser
{
public:
    DataParser(qsizetype base, QString *error)
        : m_base(base)
        , m_error(error)
    { }

    bool parse(ByteReader &r, TraceBuilder &t, std::uint32_t version);

private:
    // Reports the reader's failure (if any) as a message about m_where.
    bool check(const ByteReader &r);
    bool fail(const QString &message);
    bool count(ByteReader &r, std::uint64_t minBytesEach, std::uint64_t limit, std::size_t *n);
    bool id32(ByteReader &r, std::uint32_t *v);
    bool section(ByteReader &r, Section tag, ByteReader *payload);
    bool endOfSection(const ByteReader &r);
    bool description(ByteReader &r, TraceBuilder &t);
    bool tasks(ByteReader &r, TraceBuilder &t);
    bool names(ByteReader &r, TraceBuilder &t);
    bool spans(ByteReader &r, SpanList &list);
    bool taskLanes(ByteReader &r, TraceBuilder &t);
    bool cpuLanes(ByteReader &r, TraceBuilder &t);
    bool instants(ByteReader &r, TraceBuilder &t);
    bool flows(ByteReader &r, TraceBuilder &t);
    bool phases(ByteReader &r, TraceBuilder &t);
    bool openSpans(ByteReader &r, TraceBuilder &t);
    bool ids(ByteReader &r, std::vector<std::uint32_t> &out);
    bool analysis(ByteReader &r, AnalysisResults &a);
    bool programOutput(ByteReader &r, TraceBuilder &t);

    qsizetype m_base;
    QString *m_error;
    QString m_where;
};

bool DataParser::fail(const QString &message)
{
    if (m_error)
        *m_error = message;
    return false;
}

bool DataParser::check(const ByteReader &r)
{
    if (!r.failed())
        return true;
    if (r.failure() == ByteReader::Failure::Malformed)
        return fail(Io::tr("The recording is damaged: a malformed number at byte %1, inside %2.")
                        .arg(r.offset())
                        .arg(m_where));
    if (m_base >= 0)
        return fail(Io::tr("The file ends too early: its data stops after %1 bytes, inside %2.")
                        .arg(r.offset())
                        .arg(m_where));
    return fail(Io::tr("The recording is damaged: its data stops after %1 bytes (uncompressed), inside %2.")
                    .arg(r.offset())
                    .arg(m_where));
}

// A count is plausible only if the bytes left can hold that many items, so a forged count can
// never make us reserve more memory than the file itself justifies.
bool DataParser::count(ByteReader &r, std::uint64_t minBytesEach, std::uint64_t limit, std::size_t *n)
{
    const std::uint64_t v = r.varint();
    if (!check(r))
        return false;
    if (v > static_cast<std::uint64_t>(r.remaining()) / minBytesEach)
        return fail(Io::tr("The recording is damaged: %1 claims %2 entries, more than its remaining %3 "
                           "bytes can hold.")
                        .arg(m_where)
                        .arg(v)
                        .arg(r.remaining()));
    if (v > limit)
        return fail(
            Io::tr("%1 has %2 entries; this Samtidig opens at most %3.").arg(m_where).arg(v).arg(limit));
    *n = static_cast<std::size_t>(v);
    return true;
}

bool DataParser::id32(ByteReader &r, std::uint32_t *v)
{
    const std::uint64_t x = r.varint();
    if (!check(r))
        return false;
    if (x > kU32Max)
        return fail(Io::tr("The recording is damaged: the id %1 in %2 is out of range.").arg(x).arg(m_where));
    *v = static_cast<std::uint32_t>(x);
    return true;
}

bool DataParser::section(ByteReader &r, Section tag, ByteReader *payload)
{
    const std::uint8_t got = r.u8();
    const std::uint64_t len = r.varint();
    if (!check(r))
        return false;
    if (got != static_cast<std::uint8_t>(tag))
        return fail(Io::tr("The recording is damaged: expected %1 at byte %2 but found section %3.")
                        .arg(m_where)
                        .arg(r.offset())
                        .arg(got));
    if (len > static_cast<std::uint64_t>(r.remaining()))
        return fail(Io::tr("The recording is damaged: %1 claims %2 bytes but only %3 remain.")
                        .arg(m_where)
                        .arg(len)
                        .arg(r.remaining()));
    *payload = r.sub(static_cast<qsizetype>(len));
    return true;
}

bool DataParser::endOfSection(const ByteReader &r)
{
    if (!check(r))
        return false;
    if (!r.atEnd())
        return fail(Io::tr("The recording is damaged: %1 has %2 unexpected bytes at its end.")
                        .arg(m_where)
                        .arg(r.remaining()));
    return true;
}

bool DataParser::parse(ByteReader &r, TraceBuilder &t, std::uint32_t version)
{
    using Part = bool (DataParser::*)(ByteReader &, TraceBuilder &);
    struct Step {
        Section tag;
        const char *where;
        Part part;
    };
    static const Step steps[] = {
        { Section::Description, QT_TRANSLATE_NOOP("Io", "the run description"), &DataParser::description },
        { Section::Tasks, QT_TRANSLATE_NOOP("Io", "the task table"), &DataParser::tasks },
        { Section::Names, QT_TRANSLATE_NOOP("Io", "the name table"), &DataParser::names },
        { Section::TaskLanes, QT_TRANSLATE_NOOP("Io", "the task lanes"), &DataParser::taskLanes },
        { Section::CpuLanes, QT_TRANSLATE_NOOP("Io", "the CPU lanes"), &DataParser::cpuLanes },
        { Section::Instants, QT_TRANSLATE_NOOP("Io", "the instant list"), &DataParser::instants },
        { Section::Flows, QT_TRANSLATE_NOOP("Io", "the flow list"), &DataParser::flows },
        { Section::Phases, QT_TRANSLATE_NOOP("Io", "the phase list"), &DataParser::phases },
        { Section::OpenSpans, QT_TRANSLATE_NOOP("Io", "the open spans"), &DataParser::openSpans },
    };
    for (const Step &step : steps) {
        m_where = Io::tr(step.where);
        ByteReader payload(QByteArrayView {});
        if (!section(r, step.tag, &payload) || !(this->*step.part)(payload, t))
            return false;
        m_where = Io::tr(step.where);
        if (!endOfSection(payload))
            return false;
    }
    m_where = Io::tr("the analysis results");
    ByteReader payload(QByteArrayView {});
    if (!section(r, Section::Analysis, &payload) || !analysis(payload, t.restoreAnalysis())
        || !endOfSection(payload))
        return false;
    if (version >= 2) {
        m_where = Io::tr("the program's output");
        if (!section(r, Section::ProgramOutput, &payload) || !programOutput(payload, t))
            return false;
    }
    m_where = Io::tr("the recording");
    return endOfSection(r);
}

bool DataParser::tasks(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 9, kMaxTasks, &n))
        return false;
    std::uint64_t id = 0;
    for (std::size_t i = 0; i < n; ++i) {
        TaskInfo info;
        const std::uint64_t delta = r.varint();
        if (!check(r))
            return false;
        if ((i > 0 && delta == 0) || delta > kU32Max || id + delta > kU32Max)
            return fail(
                Io::tr("The recording is damaged: task ids in the task table are out of order or out of "
                       "range (entry %1).")
                    .arg(i));
        id += delta;
        info.id = static_cast<std::uint32_t>(id);
        m_where = taskPlaceholderName(info.id);
        if (!id32(r, &info.parent))
            return false;
        const std::int64_t pid = r.svarint();
        const std::int64_t tid = r.svarint();
        const std::uint8_t kind = r.u8();
        info.name = r.string();
        info.beginNs = r.svarint();
        info.endNs = r.svarint();
        info.exitStatus = r.svarint();
        if (!check(r))
            return false;
        if (pid < INT32_MIN || pid > INT32_MAX || tid < INT32_MIN || tid > INT32_MAX)
            return fail(
                Io::tr("The recording is damaged: %1 has an impossible process or thread id.").arg(m_where));
        if (kind > static_cast<std::uint8_t>(TaskKind::Coroutine))
            return fail(
                Io::tr("The recording is damaged: %1 has an unknown kind (%2).").arg(m_where).arg(kind));
        info.pid = static_cast<std::int32_t>(pid);
        info.tid = static_cast<std::int32_t>(tid);
        info.kind = static_cast<TaskKind>(kind);
        t.restoreTask(info.id) = info;
    }
    m_where = Io::tr("the task table");
    return true;
}

bool DataParser::names(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 3, kMaxNames, &n))
        return false;
    std::uint64_t id = 0;
    for (std::size_t i = 0; i < n; ++i) {
        NameInfo info;
        const std::uint64_t delta = r.varint();
        const std::uint8_t kind = r.u8();
        info.name = r.string();
        if (!check(r))
            return false;
        if ((i > 0 && delta == 0) || delta > kU32Max || id + delta > kU32Max)
            return fail(
                Io::tr("The recording is damaged: name ids are out of order or out of range (entry %1).")
                    .arg(i));
        id += delta;
        if (kind > static_cast<std::uint8_t>(NameKind::Semaphore))
            return fail(
                Io::tr("The recording is damaged: name %1 has an unknown kind (%2).").arg(id).arg(kind));
        info.id = static_cast<std::uint32_t>(id);
        info.kind = static_cast<NameKind>(kind);
        t.restoreName(info.id) = info;
    }
    return true;
}

bool DataParser::spans(ByteReader &r, SpanList &list)
{
    std::size_t n = 0;
    if (!count(r, 3, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    list.reserve(n);
    std::int64_t start = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t head = r.u8();
        if (i == 0) {
            start = r.svarint();
        } else {
            const std::uint64_t delta = r.varint();
            if (delta > static_cast<std::uint64_t>(kI64Max) - static_cast<std::uint64_t>(start)
                && !r.failed())
                return fail(Io::tr("The recording is damaged: span %1 of %2 starts beyond the end of time.")
                                .arg(i)
                                .arg(m_where));
            // In unsigned arithmetic: the sum is in range (checked above) even where delta is not.
            start = static_cast<std::int64_t>(static_cast<std::uint64_t>(start) + delta);
        }
        const std::uint64_t duration = r.varint();
        std::uint32_t arg = 0;
        std::uint32_t other = 0;
        if ((head & 0x10) && !id32(r, &arg))
            return false;
        if ((head & 0x20) && !id32(r, &other))
            return false;
        if (!check(r))
            return false;
        if ((head & 0x0f) >= static_cast<std::uint8_t>(SpanState::Count_) || (head & 0xc0))
            return fail(Io::tr("The recording is damaged: span %1 of %2 has an unknown state (%3).")
                            .arg(i)
                            .arg(m_where)
                            .arg(head & 0x0f));
        if (start < 0 && duration > static_cast<std::uint64_t>(kI64Max))
            return fail(Io::tr("The recording is damaged: span %1 of %2 has a negative duration.")
                            .arg(i)
                            .arg(m_where));
        if (duration > static_cast<std::uint64_t>(kI64Max - std::max<std::int64_t>(start, 0)))
            return fail(
                Io::tr("The recording is damaged: span %1 of %2 has a negative or impossible duration.")
                    .arg(i)
                    .arg(m_where));
        // Starts ascend by construction, so append() takes its constant-time path.
        list.append(start, start + static_cast<std::int64_t>(duration), static_cast<SpanState>(head & 0x0f),
                    arg, other);
    }
    return true;
}

bool DataParser::taskLanes(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 4, kMaxLaneTaskId + 1, &n))
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t task = 0;
        if (!id32(r, &task))
            return false;
        if (task > kMaxLaneTaskId)
            return fail(
                Io::tr("Lane %1 belongs to task %2, beyond the largest task id this Samtidig accepts (%3).")
                    .arg(i)
                    .arg(task)
                    .arg(kMaxLaneTaskId));
        if (t.trace().laneForTask(task))
            return fail(Io::tr("The recording is damaged: task %1 has two lanes.").arg(task));
        TaskLane &lane = t.restoreTaskLane(task);
        m_where = Io::tr("the span table of lane %1").arg(i);
        if (!spans(r, lane.sched) || !spans(r, lane.sync) || !spans(r, lane.held))
            return false;
    }
    return true;
}

bool DataParser::cpuLanes(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 2, kMaxCpus, &n))
        return false;
    std::vector<CpuLane> &lanes = t.restoreCpuLanes();
    lanes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t cpu = r.svarint();
        if (!check(r))
            return false;
        if (cpu < 0 || cpu >= kMaxCpus)
            return fail(Io::tr("The recording is damaged: CPU lane %1 names CPU %2.").arg(i).arg(cpu));
        lanes[i].cpu = static_cast<int>(cpu);
        m_where = Io::tr("the span table of CPU %1").arg(cpu);
        if (!spans(r, lanes[i].spans))
            return false;
    }
    return true;
}

bool DataParser::instants(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 5, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    std::int64_t time = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Instant in;
        const std::int64_t delta = r.svarint();
        if (!id32(r, &in.task))
            return false;
        const std::uint8_t kind = r.u8();
        in.a = r.varint();
        in.b = r.varint();
        if (!check(r))
            return false;
        if (__builtin_add_overflow(time, delta, &time))
            return fail(Io::tr("The recording is damaged: instant %1 lies beyond the end of time.").arg(i));
        if (kind >= static_cast<std::uint8_t>(InstantKind::Count_))
            return fail(
                Io::tr("The recording is damaged: instant %1 has an unknown kind (%2).").arg(i).arg(kind));
        in.timeNs = time;
        in.kind = static_cast<InstantKind>(kind);
        t.restoreInstants().push_back(in);
    }
    return true;
}

bool DataParser::flows(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 5, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    t.restoreFlows().reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Flow f;
        f.fromNs = r.svarint();
        if (!id32(r, &f.fromTask))
            return false;
        f.toNs = r.svarint();
        if (!id32(r, &f.toTask) || !id32(r, &f.lock))
            return false;
        t.restoreFlows().push_back(f);
    }
    return true;
}

bool DataParser::phases(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 3, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    t.restorePhases().reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Phase p;
        p.startNs = r.svarint();
        p.endNs = r.svarint();
        p.title = r.string();
        if (!check(r))
            return false;
        t.restorePhases().push_back(p);
    }
    return true;
}

bool DataParser::openSpans(ByteReader &r, TraceBuilder &t)
{
    std::size_t n = 0;
    if (!count(r, 6, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    t.restoreOpenSpans().reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        OpenSpan s;
        if (!id32(r, &s.task))
            return false;
        const std::int64_t track = r.svarint();
        const std::uint8_t state = r.u8();
        s.startNs = r.svarint();
        if (!id32(r, &s.arg) || !id32(r, &s.other))
            return false;
        if (track < 0 || track > 3 || state >= static_cast<std::uint8_t>(SpanState::Count_))
            return fail(
                Io::tr("The recording is damaged: open span %1 has an unknown track or state.").arg(i));
        s.track = static_cast<int>(track);
        s.state = static_cast<SpanState>(state);
        t.restoreOpenSpans().push_back(s);
    }
    return true;
}

bool DataParser::ids(ByteReader &r, std::vector<std::uint32_t> &out)
{
    std::size_t n = 0;
    if (!count(r, 1, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t v = 0;
        if (!id32(r, &v))
            return false;
        out.push_back(v);
    }
    return true;
}

bool DataParser::analysis(ByteReader &r, AnalysisResults &a)
{
    std::size_t n = 0;
    if (!count(r, 3, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    a.deadlocks.resize(n);
    for (DeadlockCycle &c : a.deadlocks) {
        c.detectedNs = r.svarint();
        if (!ids(r, c.tasks) || !ids(r, c.locks))
            return false;
    }
    if (!count(r, 2, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    a.lockOrderWarnings.resize(n);
    for (LockOrderCycle &c : a.lockOrderWarnings)
        if (!ids(r, c.locks) || !ids(r, c.tasks))
            return false;
    if (!count(r, 8, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    a.lostUpdates.resize(n);
    for (LostUpdate &u : a.lostUpdates) {
        if (!id32(r, &u.variable) || !id32(r, &u.lostTask))
            return false;
        u.lostWriteNs = r.svarint();
        u.lostValue = r.varint();
        if (!id32(r, &u.overwritingTask))
            return false;
        u.overwriteNs = r.svarint();
        u.overwriteValue = r.varint();
        u.staleReadNs = r.svarint();
        if (!check(r))
            return false;
    }
    if (!count(r, 8, std::numeric_limits<std::uint32_t>::max(), &n))
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t key = 0;
        LockStats s;
        if (!id32(r, &key) || !id32(r, &s.lock))
            return false;
        s.acquisitions = r.varint();
        s.contended = r.varint();
        s.timeouts = r.varint();
        s.totalWaitNs = r.svarint();
        s.maxWaitNs = r.svarint();
        std::size_t waits = 0;
        if (!count(r, 2, std::numeric_limits<std::uint32_t>::max(), &waits))
            return false;
        for (std::size_t k = 0; k < waits; ++k) {
            std::uint32_t task = 0;
            if (!id32(r, &task))
                return false;
            const std::int64_t ns = r.svarint();
            if (!check(r))
                return false;
            if (!s.waitByTask.emplace(task, ns).second)
                return fail(Io::tr("The recording is damaged: task %1 appears twice in the waits of lock %2.")
                                .arg(task)
                                .arg(key));
        }
        if (!a.locks.emplace(key, std::move(s)).second)
            return fail(
                Io::tr("The recording is damaged: lock %1 appears twice in the lock statistics.").arg(key));
    }
    return true;
}

bool DataParser::programOutput(ByteReader &r, TraceBuilder &t)
{
    const std::uint8_t flags = r.u8();
    if (!check(r))
        return false;
    if (flags & ~kOutputCapped)
        return fail(
            Io::tr("The recording is damaged: %1 has unknown flags 0x%2.").arg(m_where).arg(flags, 0, 16));
    t.setProgramOutput({ r.bytes(r.remaining()).toByteArray(), (flags & kOutputCapped) != 0 });
    return true;
}

bool DataParser::description(ByteReader &r, TraceBuilder &t)
{
    RunDescription d;
    if (!parseRunDescription(r.bytes(r.remaining()), d, m_error))
        return false;
    t.restoreDescription(std::move(d));
    return true;
}

} // namespace

bool recording::parseRecordingData(QByteArrayView data, qsizetype base, Trace *out, QString *error,
                                   std::uint32_t version)
{
    ByteReader r(data, base < 0 ? 0 : base);
    Trace t;
    TraceBuilder builder(t);
    DataParser parser(base, error);
    if (!parser.parse(r, builder, version))
        return false;
    if (out)
        *out = std::move(t);
    return true;
}

} // namespace samtidig
