// Chrome Trace Event JSON export, written as text in chunks straight to the file.
#include "io/atomic_file.h"
#include "io/chrome_trace.h"
#include "io/chrome_trace_ids.h"
#include "trace/trace.h"
#include "version/version.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>
#include <set>
#include <string>

namespace samtidig {

using namespace chrome;

namespace {

// Where a task's lanes go: its process id and the thread id of each of its three tracks.
struct Placement {
    std::int64_t pid = 0;
    std::int64_t tid[3] = { 0, 0, 0 };
};

class ChromeWriter
{
public:
    using Sink = std::function<bool(QByteArrayView)>;
    ChromeWriter(const Trace &trace, Sink sink)
        : m_trace(trace)
        , m_sink(std::move(sink))
    { }

    bool write();

private:
    void place();
    const Placement &placement(std::uint32_t task);
    std::int64_t processPid(std::uint32_t task) const;
    bool flushIfFull() { return m_out.size() < (1u << 20) || flush(); }
    bool flush();
    void begin(const char *ph, std::int64_t pid, std::int64_t tid); // opens an event object
    void key(const char *k)
    {
        m_out += ",\"";
        m_out += k;
        m_out += "\":";
    }
    void str(const QString &s);
    void num(std::int64_t v) { m_out += std::to_string(v); }
    void u64(std::uint64_t v); // exact: as a number when a double holds it, else as a string
    void micros(std::int64_t ns);
    void metadata();
    void writeLane(const Placement &p, int track, const SpanList &spans);
    void instants();
    void flows();

    const Trace &m_trace;
    Sink m_sink;
    std::string m_out;
    bool m_first = true;
    std::map<std::uint32_t, Placement> m_places;
    std::set<std::pair<std::int64_t, std::int64_t>> m_used; // (pid, tid) already given out
};

void ChromeWriter::str(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 15];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

void ChromeWriter::u64(std::uint64_t v)
{
    if (v <= (1ull << 53))
        m_out += std::to_string(v);
    else
        m_out += '"' + std::to_string(v) + '"';
}

// Chrome timestamps are microseconds; three decimals keep every nanosecond.
void ChromeWriter::micros(std::int64_t ns)
{
    const bool negative = ns < 0;
    const std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
    if (negative)
        m_out += '-';
    m_out += std::to_string(a / 1000);
    const auto frac = static_cast<unsigned>(a % 1000);
    const char digits[4] = { '.', static_cast<char>('0' + frac / 100),
                             static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10) };
    m_out.append(digits, 4);
}

bool ChromeWriter::flush()
{
    const bool ok = m_sink(QByteArrayView(m_out.data(), static_cast<qsizetype>(m_out.size())));
    m_out.clear();
    return ok;
}

void ChromeWriter::begin(const char *ph, std::int64_t pid, std::int64_t tid)
{
    m_out += m_first ? "\n{\"ph\":\"" : ",\n{\"ph\":\"";
    m_first = false;
    m_out += ph;
    m_out += "\",\"pid\":";
    num(pid);
    m_out += ",\"tid\":";
    num(tid);
}

std::int64_t ChromeWriter::processPid(std::uint32_t task) const
{
    // The nearest process up the parent chain (bounded: bad input may hold cycles).
    std::uint32_t id = task;
    for (int depth = 0; depth < 64; ++depth) {
        const TaskInfo *info = m_trace.task(id);
        if (!info)
            break;
        if (info->kind == TaskKind::Process)
            return info->pid != 0 ? info->pid : kSyntheticBase + std::int64_t(id) * 4;
        if (info->parent == 0 || info->parent == id)
            break;
        id = info->parent;
    }
    const TaskInfo *own = m_trace.task(task);
    return own && own->pid != 0 ? own->pid : kSyntheticBase + std::int64_t(task) * 4;
}

const Placement &ChromeWriter::placement(std::uint32_t task)
{
    const auto it = m_places.find(task);
    if (it != m_places.end())
        return it->second;
    Placement p;
    p.pid = processPid(task);
    const TaskInfo *info = m_trace.task(task);
    const std::int64_t synthetic = kSyntheticBase + std::int64_t(task) * 4;
    // Coroutines share their thread's tid, and a process task shares its main thread's: give
    // each a lane of its own when its tid is taken or unknown.
    const bool realTid = info && info->tid != 0 && info->kind != TaskKind::Coroutine;
    p.tid[0] = realTid && !m_used.count({ p.pid, info->tid }) ? info->tid : synthetic;
    p.tid[1] = synthetic + 1;
    p.tid[2] = synthetic + 2;
    m_used.insert({ p.pid, p.tid[0] });
    return m_places.emplace(task, p).first->second;
}

void ChromeWriter::place()
{
    // Threads before processes so that a thread keeps its real tid when its process shares it.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &[id, info] : m_trace.tasks())
            if ((info.kind == TaskKind::Process) == (pass == 1))
                placement(id);
    for (const TaskLane &lane : m_trace.taskLanes())
        placement(lane.task);
}

void ChromeWriter::metadata()
{
    std::set<std::int64_t> named;
    const auto processName = [&](std::int64_t pid, const QString &name) {
        if (!named.insert(pid).second)
            return;
        begin("M", pid, pid);
        m_out += ",\"name\":\"process_name\",\"args\":{\"name\":";
        str(name);
        m_out += "}}";
    };
    const auto threadName = [&](std::int64_t pid, std::int64_t tid, const QString &name, int sort,
                                const std::string &extra) {
        begin("M", pid, tid);
        m_out += ",\"name\":\"thread_name\",\"args\":{\"name\":";
        str(name);
        m_out += ",\"samtidig\":{" + extra + "}}}";
        begin("M", pid, tid);
        m_out += ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" + std::to_string(sort) + "}}";
    };
    for (const auto &[id, info] : m_trace.tasks())
        if (info.kind == TaskKind::Process)
            processName(placement(id).pid, info.name);
    std::vector<std::uint32_t> order; // display order first, then tasks without a lane
    for (const LaneRow &row : taskLaneDisplayOrder(m_trace))
        order.push_back(m_trace.taskLanes()[row.laneIndex].task);
    for (const auto &[id, info] : m_trace.tasks())
        if (!m_trace.laneForTask(id))
            order.push_back(id);
    int sort = 0;
    for (const std::uint32_t id : order) {
        const Placement &p = placement(id);
        processName(p.pid, QStringLiteral("process %1").arg(p.pid));
        const TaskInfo *info = m_trace.task(id);
        const QString name = m_trace.taskName(id);
        std::string about = "\"task\":" + std::to_string(id);
        if (info)
            about += ",\"kind\":\"" + std::string(taskKindName(info->kind))
                + "\",\"parent\":" + std::to_string(info->parent) + ",\"pid\":" + std::to_string(info->pid)
                + ",\"tid\":" + std::to_string(info->tid) + ",\"begin\":" + std::to_string(info->beginNs)
                + ",\"end\":" + std::to_string(info->endNs) + ",\"exit\":" + std::to_string(info->exitStatus);
        if (m_trace.laneForTask(id))
            about += ",\"lane\":true";
        threadName(p.pid, p.tid[0], name, sort++, about + ",\"track\":0");
        const TaskLane *lane = m_trace.laneForTask(id);
        if (lane && !lane->sync.empty())
            threadName(p.pid, p.tid[1], name + QStringLiteral(" · waits"), sort++,
                       "\"task\":" + std::to_string(id) + ",\"track\":1");
        if (lane && !lane->held.empty())
            threadName(p.pid, p.tid[2], name + QStringLiteral(" · locks"), sort++,
                       "\"task\":" + std::to_string(id) + ",\"track\":2");
    }
    if (!m_trace.cpuLanes().empty()) {
        processName(kCpuPid, QStringLiteral("CPUs"));
        for (const CpuLane &lane : m_trace.cpuLanes())
            threadName(kCpuPid, kCpuTidBase + lane.cpu, QStringLiteral("CPU %1").arg(lane.cpu), lane.cpu,
                       "\"cpu\":" + std::to_string(lane.cpu));
    }
}

// One "X" slice per span; track 3 is a CPU lane (`task` unused, `other` is who ran).
void ChromeWriter::writeLane(const Placement &p, int track, const SpanList &spans)
{
    const std::int64_t tid = track == 3 ? p.tid[0] : p.tid[track];
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const SpanState state = spans.state(i);
        const std::uint32_t arg = spans.arg(i);
        const std::uint32_t other = spans.other(i);
        begin("X", p.pid, tid);
        m_out += ",\"ts\":";
        micros(spans.start(i));
        m_out += ",\"dur\":";
        micros(spans.duration(i));
        m_out += ",\"cat\":\"";
        m_out += spanStateId(state).data();
        m_out += "\",\"name\":";
        switch (state) {
        case SpanState::Running: str(track == 3 ? m_trace.taskName(other) : QStringLiteral("Running")); break;
        case SpanState::LockWait: str(QStringLiteral("Wait for ") + m_trace.nameOf(arg)); break;
        case SpanState::LockHeld: str(QStringLiteral("Hold ") + m_trace.nameOf(arg)); break;
        case SpanState::CondWait: str(QStringLiteral("Wait on ") + m_trace.nameOf(arg)); break;
        case SpanState::Sleeping: str(QStringLiteral("Sleep")); break;
        case SpanState::Awaiting: str(QStringLiteral("Await")); break;
        default: str(QString::fromLatin1(spanStateId(state).data())); break;
        }
        if (arg || other) {
            m_out += ",\"args\":{\"arg\":" + std::to_string(arg) + ",\"other\":" + std::to_string(other);
            if (state == SpanState::LockWait || state == SpanState::LockHeld) {
                key("lock");
                str(m_trace.nameOf(arg));
            }
            if (state == SpanState::LockWait && other) {
                key("holder");
                str(m_trace.taskName(other));
            }
            m_out += '}';
        }
        m_out += '}';
        if (!flushIfFull())
            return;
    }
}

void ChromeWriter::instants()
{
    for (const Instant &in : m_trace.instants()) {
        const Placement &p = placement(in.task);
        begin("i", p.pid, p.tid[0]);
        m_out += ",\"s\":\"t\",\"ts\":";
        micros(in.timeNs);
        m_out += ",\"cat\":\"";
        m_out += instantKindId(in.kind).data();
        m_out += "\",\"name\":";
        const QString subject = m_trace.nameOf(static_cast<std::uint32_t>(in.a));
        switch (in.kind) {
        case InstantKind::LockTimedOut: str(QStringLiteral("Timed out on ") + subject); break;
        case InstantKind::VarRead: str(QStringLiteral("Read %1 = %2").arg(subject).arg(in.b)); break;
        case InstantKind::VarWrite: str(QStringLiteral("Write %1 = %2").arg(subject).arg(in.b)); break;
        case InstantKind::Marker: str(subject); break;
        case InstantKind::LostUpdate: str(QStringLiteral("Lost update on ") + subject); break;
        case InstantKind::CondNotify: str(QStringLiteral("Notify ") + subject); break;
        default: str(QString::fromLatin1(instantKindId(in.kind).data())); break;
        }
        m_out += ",\"args\":{\"a\":";
        u64(in.a);
        m_out += ",\"b\":";
        u64(in.b);
        m_out += "}}";
        if (!flushIfFull())
            return;
    }
}

void ChromeWriter::flows()
{
    std::uint64_t id = 0;
    for (const Flow &f : m_trace.flows()) {
        ++id;
        const Placement &from = placement(f.fromTask);
        const Placement &to = placement(f.toTask);
        const TaskLane *toLane = m_trace.laneForTask(f.toTask);
        const QString name = QStringLiteral("Hand-over of ") + m_trace.nameOf(f.lock);
        begin("s", from.pid, from.tid[0]);
        m_out += ",\"id\":" + std::to_string(id) + ",\"cat\":\"handover\",\"ts\":";
        micros(f.fromNs);
        m_out += ",\"name\":";
        str(name);
        m_out += ",\"args\":{\"lock\":" + std::to_string(f.lock) + "}}";
        // The waiter's hold of the lock starts at toNs: bind the arrow to that slice.
        begin("f", to.pid, toLane && !toLane->held.empty() ? to.tid[2] : to.tid[0]);
        m_out += ",\"bp\":\"e\",\"id\":" + std::to_string(id) + ",\"cat\":\"handover\",\"ts\":";
        micros(f.toNs);
        m_out += ",\"name\":";
        str(name);
        m_out += ",\"args\":{\"lock\":" + std::to_string(f.lock) + "}}";
        if (!flushIfFull())
            return;
    }
}

bool ChromeWriter::write()
{
    place();
    QJsonObject about;
    about.insert(QStringLiteral("version"), kFormatVersion);
    about.insert(QStringLiteral("scenario"), m_trace.scenario());
    about.insert(QStringLiteral("parameters"), m_trace.parameters());
    about.insert(QStringLiteral("source"),
                 QString::fromLatin1(schedulingSourceName(m_trace.source()).data()));
    about.insert(QStringLiteral("sourceNote"), m_trace.sourceNote());
    about.insert(QStringLiteral("outcome"), QString::fromLatin1(runOutcomeName(m_trace.outcome())));
    about.insert(QStringLiteral("outcomeDetail"), m_trace.outcomeDetail());
    about.insert(QStringLiteral("originNs"), QString::number(m_trace.originNs()));
    about.insert(QStringLiteral("endNs"), QString::number(m_trace.endNs()));
    about.insert(QStringLiteral("cpuCount"), m_trace.cpuCount());
    QJsonObject names;
    for (const auto &[id, info] : m_trace.names())
        names.insert(QString::number(id), QStringLiteral("%1:%2").arg(int(info.kind)).arg(info.name));
    about.insert(QStringLiteral("names"), names);
    // otherData is the trace's metadata in Perfetto and chrome://tracing: name the program that wrote it.
    m_out = "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"writtenBy\":";
    str(writtenBy());
    m_out += ",\"samtidig\":";
    m_out += QJsonDocument(about).toJson(QJsonDocument::Compact).toStdString();
    m_out += "},\"traceEvents\":[";
    metadata();
    for (const TaskLane &lane : m_trace.taskLanes()) {
        const Placement &p = placement(lane.task);
        writeLane(p, 0, lane.sched);
        writeLane(p, 1, lane.sync);
        writeLane(p, 2, lane.held);
    }
    for (const CpuLane &cpu : m_trace.cpuLanes())
        writeLane(Placement { kCpuPid, { kCpuTidBase + cpu.cpu, 0, 0 } }, 3, cpu.spans);
    instants();
    flows();
    m_out += "\n]}\n";
    return flush();
}

} // namespace

QByteArray chromeTraceToBytes(const Trace &trace)
{
    QByteArray out;
    ChromeWriter writer(trace, [&out](QByteArrayView chunk) {
        out.append(chunk);
        return true;
    });
    writer.write();
    return out;
}

bool exportChromeTrace(const Trace &trace, const QString &path, QString *error)
{
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    bool ok = true;
    ChromeWriter writer(trace, [&](QByteArrayView chunk) { return ok = ok && file.write(chunk, error); });
    return writer.write() && ok && file.commit(error);
}

} // namespace samtidig
