// Chrome Trace Event JSON import. Files of other tools become task lanes of Running spans; files of
// our own export (recognised by otherData.samtidig and the "samtidig" metadata arguments) get their
// tasks, tracks, states and CPU lanes back. Every value is type- and range-checked, the size of what
// is built is capped, and *out is only assigned at the end.
#include "builder/trace_builder.h"
#include "io/chrome_trace.h"
#include "io/chrome_trace_ids.h"
#include "io/io_text.h"
#include "io/recording_format.h"
#include "io/trace_file.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace samtidig {

using namespace chrome;

namespace {

// ±2e15 µs (63 years; epoch-based timestamps fit) keeps start + duration - origin inside int64 ns.
constexpr double kMaxMicros = 2e15;

struct RawSpan {
    std::int64_t start = 0;
    std::int64_t end = 0;
    SpanState state = SpanState::Running;
    std::uint32_t arg = 0;
    std::uint32_t other = 0;
};

// One (pid, tid) of the file and what it becomes.
struct Lane {
    QString pid;
    QString tid;
    QString name;
    bool cpu = false;
    int cpuIndex = 0;
    std::uint32_t task = 0;
    int track = 0;
    std::vector<RawSpan> spans;
    std::vector<std::int64_t> openBegins; // B events not yet ended
};

class ChromeImporter
{
public:
    ChromeImporter(const ChromeImportLimits &limits, QString *error)
        : m_limits(limits)
        , m_error(error)
    { }
    bool run(const QJsonDocument &doc, TraceBuilder &t);

private:
    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }
    bool laneKey(const QJsonObject &e, std::size_t index, QString *pid, QString *tid);
    bool time(const QJsonObject &e, const char *key, std::size_t index, bool required, std::int64_t *ns);
    Lane *lane(const QString &pid, const QString &tid);
    bool metadata(const QJsonObject &e, std::size_t index);
    bool event(const QJsonObject &e, std::size_t index);
    void description(const QJsonObject &about, TraceBuilder &t);
    bool build(TraceBuilder &t);
    std::uint32_t markerName(const QString &name);

    const ChromeImportLimits &m_limits;
    QString *m_error;
    bool m_own = false;
    std::map<std::pair<QString, QString>, std::size_t> m_laneIndex;
    std::vector<Lane> m_lanes;
    std::map<QString, QString> m_processNames;
    std::map<QString, QJsonObject> m_taskAbout; // own export: per lane key "pid/tid"
    std::vector<Instant> m_instants;
    std::map<QString, Flow> m_flowStarts; // by cat + id
    std::vector<Flow> m_flows;
    std::map<QString, std::uint32_t> m_markerIds;
    std::map<std::uint32_t, NameInfo> m_names;
    std::int64_t m_minNs = INT64_MAX;
    std::int64_t m_maxNs = INT64_MIN;
};

QString idString(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("0");
    if (v.isString())
        return QStringLiteral("s:") + v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(static_cast<qint64>(d));
    }
    *ok = false;
    return {};
}

bool ChromeImporter::laneKey(const QJsonObject &e, std::size_t index, QString *pid, QString *tid)
{
    bool okPid = false;
    bool okTid = false;
    *pid = idString(e.value(QLatin1String("pid")), &okPid);
    *tid = idString(e.value(QLatin1String("tid")), &okTid);
    if (!okPid || !okTid)
        return fail(Io::tr("Event %1 has a \"pid\" or \"tid\" that is neither a whole number nor a string.")
                        .arg(index));
    return true;
}

bool ChromeImporter::time(const QJsonObject &e, const char *key, std::size_t index, bool required,
                          std::int64_t *ns)
{
    const QJsonValue v = e.value(QLatin1String(key));
    if (v.isUndefined() && !required) {
        *ns = 0;
        return true;
    }
    const double us = v.toDouble(NAN);
    if (!v.isDouble() || !std::isfinite(us) || std::fabs(us) > kMaxMicros)
        return fail(Io::tr("Event %1 has no valid \"%2\" (a time in microseconds).")
                        .arg(index)
                        .arg(QLatin1String(key)));
    *ns = std::llround(us * 1000.0);
    return true;
}

Lane *ChromeImporter::lane(const QString &pid, const QString &tid)
{
    const auto key = std::make_pair(pid, tid);
    const auto it = m_laneIndex.find(key);
    if (it != m_laneIndex.end())
        return &m_lanes[it->second];
    if (m_lanes.size() >= m_limits.maxLanes) {
        fail(Io::tr("The trace has more than %1 threads; Samtidig imports at most %1.")
                 .arg(m_limits.maxLanes));
        return nullptr;
    }
    m_laneIndex.emplace(key, m_lanes.size());
    m_lanes.push_back(Lane { pid, tid, {}, false, 0, 0, 0, {}, {} });
    return &m_lanes.back();
}

bool ChromeImporter::metadata(const QJsonObject &e, std::size_t index)
{
    QString pid;
    QString tid;
    if (!laneKey(e, index, &pid, &tid))
        return false;
    const QString what = e.value(QLatin1String("name")).toString();
    const QJsonObject args = e.value(QLatin1String("args")).toObject();
    const QString name = args.value(QLatin1String("name")).toString();
    if (what == QLatin1String("process_name")) {
        m_processNames[pid] = name;
    } else if (what == QLatin1String("thread_name")) {
        Lane *l = lane(pid, tid);
        if (!l)
            return false;
        l->name = name;
        if (m_own && args.value(QLatin1String("samtidig")).isObject())
            m_taskAbout[pid + QLatin1Char('/') + tid] = args.value(QLatin1String("samtidig")).toObject();
    }
    return true;
}

std::uint32_t ChromeImporter::markerName(const QString &name)
{
    const auto it = m_markerIds.find(name);
    if (it != m_markerIds.end())
        return it->second;
    std::uint32_t id = m_names.empty() ? 1 : m_names.rbegin()->first + 1;
    m_names[id] = NameInfo { id, NameKind::Marker, name };
    m_markerIds.emplace(name, id);
    return id;
}

bool ChromeImporter::event(const QJsonObject &e, std::size_t index)
{
    const QString ph = e.value(QLatin1String("ph")).toString();
    if (ph == QLatin1String("M"))
        return true; // read in the first pass
    const bool slice = ph == QLatin1String("X") || ph == QLatin1String("B") || ph == QLatin1String("E");
    const bool instant = ph == QLatin1String("i") || ph == QLatin1String("I") || ph == QLatin1String("n")
        || ph == QLatin1String("R");
    const bool flow = ph == QLatin1String("s") || ph == QLatin1String("f") || ph == QLatin1String("t");
    if (!slice && !instant && !flow)
        return true; // counters, async and object events have no place in the model
    QString pid;
    QString tid;
    std::int64_t ts = 0;
    if (!laneKey(e, index, &pid, &tid) || !time(e, "ts", index, true, &ts))
        return false;
    m_minNs = std::min(m_minNs, ts);
    m_maxNs = std::max(m_maxNs, ts);
    const QJsonObject args = e.value(QLatin1String("args")).toObject();
    const QString cat = e.value(QLatin1String("cat")).toString();
    const QString name = e.value(QLatin1String("name")).toString();
    const auto argU32 = [&args](const char *k) {
        const double v = args.value(QLatin1String(k)).toDouble(0);
        return v >= 0 && v <= 4294967295.0 ? static_cast<std::uint32_t>(v) : 0u;
    };
    Lane *l = lane(pid, tid);
    if (!l)
        return false;
    const auto laneNo = static_cast<std::uint32_t>(l - m_lanes.data()); // `l` dies when m_lanes grows
    if (slice) {
        RawSpan s;
        if (ph == QLatin1String("X")) {
            std::int64_t dur = 0;
            if (!time(e, "dur", index, false, &dur))
                return false;
            if (dur < 0)
                return fail(Io::tr("Event %1 (\"%2\") has a negative duration.").arg(index).arg(name));
            s.start = ts;
            s.end = ts + dur;
        } else if (ph == QLatin1String("B")) {
            l->openBegins.push_back(ts);
            return true;
        } else {
            if (l->openBegins.empty())
                return true; // an end without a begin: the begin was before the trace started
            s.start = l->openBegins.back();
            l->openBegins.pop_back();
            s.end = std::max(ts, s.start);
        }
        m_maxNs = std::max(m_maxNs, s.end);
        if (m_own) {
            s.state = spanStateFromId(cat).value_or(SpanState::Running);
            s.arg = argU32("arg");
            s.other = argU32("other");
        }
        l->spans.push_back(s);
        // Another tool's per-CPU slices: remember the core too.
        const QJsonValue cpu = args.value(QLatin1String("cpu"));
        if (!m_own && cpu.isDouble()) {
            const double c = cpu.toDouble();
            if (c >= 0 && c < recording::kMaxCpus && c == std::floor(c)) {
                Lane *cl = lane(QStringLiteral("cpu"), QString::number(static_cast<int>(c)));
                if (!cl)
                    return false;
                cl->cpu = true;
                cl->cpuIndex = static_cast<int>(c);
                s.arg = laneNo + 1; // build() turns the lane into the task that ran
                cl->spans.push_back(s);
            }
        }
        return true;
    }
    if (instant) {
        Instant in;
        in.timeNs = ts;
        in.task = laneNo; // a lane index until build()
        const auto kind = m_own ? instantKindFromId(cat) : std::nullopt;
        if (kind) {
            in.kind = *kind;
            in.a = static_cast<std::uint64_t>(args.value(QLatin1String("a")).toVariant().toULongLong());
            in.b = static_cast<std::uint64_t>(args.value(QLatin1String("b")).toVariant().toULongLong());
        } else {
            in.kind = InstantKind::Marker;
            in.a = markerName(name);
        }
        m_instants.push_back(in);
        return true;
    }
    // Flow: "s" starts, "f" (or a last "t") ends; matched by category and id.
    const QJsonValue idValue = e.value(QLatin1String("id"));
    const QString id = cat + QLatin1Char('#') + idValue.toVariant().toString();
    if (ph == QLatin1String("s")) {
        m_flowStarts[id] = Flow { ts, laneNo, 0, 0, argU32("lock") };
    } else {
        const auto it = m_flowStarts.find(id);
        if (it == m_flowStarts.end())
            return true;
        Flow f = it->second;
        f.toNs = ts;
        f.toTask = laneNo;
        m_flows.push_back(f);
        if (ph == QLatin1String("f"))
            m_flowStarts.erase(it);
    }
    return true;
}

void ChromeImporter::description(const QJsonObject &about, TraceBuilder &t)
{
    RunDescription d = t.trace().description();
    d.scenario = about.value(QLatin1String("scenario")).toString();
    d.parameters = about.value(QLatin1String("parameters")).toObject();
    d.sourceNote = about.value(QLatin1String("sourceNote")).toString();
    d.outcomeDetail = about.value(QLatin1String("outcomeDetail")).toString();
    d.originNs = about.value(QLatin1String("originNs")).toString().toULongLong();
    d.endNs = about.value(QLatin1String("endNs")).toString().toLongLong();
    // Our own export names the source its run used; without a known name it stays "imported".
    schedulingSourceFromName(about.value(QLatin1String("source")).toString().toStdString(), &d.source);
    const QString outcome = about.value(QLatin1String("outcome")).toString();
    for (int i = 0; i <= static_cast<int>(RunOutcome::Failed); ++i)
        if (outcome == QLatin1String(runOutcomeName(static_cast<RunOutcome>(i))))
            d.outcome = static_cast<RunOutcome>(i);
    t.restoreDescription(std::move(d));
    const QJsonObject names = about.value(QLatin1String("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        bool ok = false;
        const uint id = it.key().toUInt(&ok);
        const QString value = it.value().toString();
        const int colon = value.indexOf(QLatin1Char(':'));
        const int kind = value.left(colon).toInt();
        if (ok && colon > 0 && kind >= 0 && kind <= static_cast<int>(NameKind::Semaphore)) {
            m_names[id] = NameInfo { id, static_cast<NameKind>(kind), value.mid(colon + 1) };
            if (kind == static_cast<int>(NameKind::Marker))
                m_markerIds.emplace(value.mid(colon + 1), id);
        }
    }
}

bool ChromeImporter::build(TraceBuilder &t)
{
    const std::int64_t shift = m_own || m_minNs == INT64_MAX ? 0 : m_minNs;
    RunDescription d = t.trace().description();
    if (!m_own && shift > 0)
        d.originNs = static_cast<std::uint64_t>(shift);
    std::uint32_t nextId = 1;
    for (const auto &[key, about] : m_taskAbout) {
        // Untrusted: an id out of range is refused below if a lane uses it; it must not be cast here.
        const double id = about.value(QLatin1String("task")).toDouble(-1);
        if (id >= 0 && id <= recording::kMaxLaneTaskId)
            nextId = std::max<std::uint32_t>(nextId, static_cast<std::uint32_t>(id) + 1);
    }

    // Decide what each lane is: a CPU, or a track of some task.
    for (Lane &l : m_lanes) {
        const auto about = m_taskAbout.find(l.pid + QLatin1Char('/') + l.tid);
        const bool cpuProcess = m_processNames[l.pid] == QLatin1String("CPUs");
        if (about != m_taskAbout.end() && about->second.contains(QLatin1String("cpu"))) {
            l.cpu = true;
            l.cpuIndex = about->second.value(QLatin1String("cpu")).toInt(-1);
        } else if (!l.cpu && cpuProcess && l.name.startsWith(QLatin1String("CPU "))) {
            l.cpu = true;
            l.cpuIndex = l.name.mid(4).toInt(nullptr);
        }
        if (l.cpu) {
            if (l.cpuIndex < 0 || l.cpuIndex >= recording::kMaxCpus)
                return fail(Io::tr("The trace names CPU %1; Samtidig shows CPUs 0 to %2.")
                                .arg(l.cpuIndex)
                                .arg(recording::kMaxCpus - 1));
            continue;
        }
        if (about != m_taskAbout.end()) {
            const double id = about->second.value(QLatin1String("task")).toDouble(-1);
            const int track = about->second.value(QLatin1String("track")).toInt(0);
            if (id < 0 || id > recording::kMaxLaneTaskId || track < 0 || track > 2)
                return fail(
                    Io::tr("The thread \"%1\" claims an impossible Samtidig task (%2).").arg(l.name).arg(id));
            l.task = static_cast<std::uint32_t>(id);
            l.track = track;
            if (track == 0) {
                TaskInfo &info = t.restoreTask(l.task);
                const QJsonObject &a = about->second;
                info.id = l.task;
                info.name = l.name;
                // Untrusted numbers: a value a 64-bit integer cannot hold is taken as absent.
                const auto whole = [&a](const char *key, double fallback, double low, double high) {
                    const double v = a.value(QLatin1String(key)).toDouble(fallback);
                    return std::isfinite(v) && v >= low && v <= high ? v : fallback;
                };
                info.parent = static_cast<std::uint32_t>(whole("parent", 0, 0, 4294967295.0));
                info.pid = a.value(QLatin1String("pid")).toInt();
                info.tid = a.value(QLatin1String("tid")).toInt();
                info.beginNs = static_cast<std::int64_t>(whole("begin", -1, -9.0e18, 9.0e18));
                info.endNs = static_cast<std::int64_t>(whole("end", -1, -9.0e18, 9.0e18));
                info.exitStatus = static_cast<std::int64_t>(whole("exit", 0, -9.0e18, 9.0e18));
                const QString kind = a.value(QLatin1String("kind")).toString();
                info.kind = kind == QLatin1String("process") ? TaskKind::Process
                    : kind == QLatin1String("coroutine")     ? TaskKind::Coroutine
                                                             : TaskKind::Thread;
                if (a.value(QLatin1String("lane")).toBool() || !l.spans.empty())
                    t.restoreTaskLane(l.task);
            }
            continue;
        }
        if (nextId > recording::kMaxLaneTaskId)
            return fail(Io::tr("The trace has too many threads."));
        l.task = nextId++;
        TaskInfo &info = t.restoreTask(l.task);
        const auto number
            = [](const QString &key) { return key.startsWith(QLatin1String("s:")) ? 0 : key.toInt(); };
        info.pid = number(l.pid);
        info.tid = number(l.tid);
        info.kind = info.pid != 0 && info.pid == info.tid ? TaskKind::Process : TaskKind::Thread;
        info.name = !l.name.isEmpty() ? l.name
            : info.kind == TaskKind::Process && !m_processNames[l.pid].isEmpty()
            ? m_processNames[l.pid]
            : QStringLiteral("%1/%2").arg(l.pid, l.tid).remove(QLatin1String("s:"));
        t.restoreTaskLane(l.task);
    }
    if (!m_own) { // threads belong to the process whose main thread has tid == pid
        std::map<QString, std::uint32_t> processTask;
        for (const Lane &l : m_lanes)
            if (!l.cpu && l.pid == l.tid)
                processTask[l.pid] = l.task;
        for (const Lane &l : m_lanes)
            if (!l.cpu && l.pid != l.tid && processTask.count(l.pid))
                t.restoreTask(l.task).parent = processTask[l.pid];
    }

    const auto taskOf = [this](std::uint32_t lane) { return m_lanes[lane].cpu ? 0u : m_lanes[lane].task; };
    for (Lane &l : m_lanes) {
        for (std::int64_t begin : l.openBegins) // still open at the end of the file
            l.spans.push_back(RawSpan { begin, std::max(begin, m_maxNs), SpanState::Running, 0, 0 });
        std::stable_sort(l.spans.begin(), l.spans.end(), [](const RawSpan &a, const RawSpan &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        SpanList *list = nullptr;
        if (l.cpu) {
            list = &t.restoreCpuLane(l.cpuIndex).spans;
        } else {
            TaskLane &lane = t.restoreTaskLane(l.task);
            list = l.track == 0 ? &lane.sched : l.track == 1 ? &lane.sync : &lane.held;
        }
        const bool nested = !m_own; // other tools nest call stacks: the sched track keeps the outermost
        std::int64_t coveredUntil = INT64_MIN;
        for (RawSpan s : l.spans) {
            if (nested && s.start < coveredUntil)
                continue;
            coveredUntil = std::max(coveredUntil, s.end);
            if (l.cpu && !m_own) {
                s.other = s.arg ? taskOf(s.arg - 1) : 0;
                s.arg = 0;
            }
            list->append(s.start - shift, s.end - shift, s.state, s.arg, s.other);
        }
        std::vector<RawSpan>().swap(l.spans);
    }
    for (Instant &in : m_instants) {
        in.task = taskOf(in.task);
        in.timeNs -= shift;
    }
    std::stable_sort(m_instants.begin(), m_instants.end(),
                     [](const Instant &a, const Instant &b) { return a.timeNs < b.timeNs; });
    t.restoreInstants() = m_instants;
    for (Flow &f : m_flows) {
        f.fromTask = taskOf(f.fromTask);
        f.toTask = taskOf(f.toTask);
        f.fromNs -= shift;
        f.toNs -= shift;
    }
    t.restoreFlows() = m_flows;
    for (const auto &[id, name] : m_names)
        t.restoreName(id) = name;
    if (m_maxNs != INT64_MIN)
        d.endNs = std::max(d.endNs, m_maxNs - shift);
    d.cpuCount = std::max(d.cpuCount, static_cast<int>(t.trace().cpuLanes().size()));
    t.restoreDescription(std::move(d));
    return true;
}

bool ChromeImporter::run(const QJsonDocument &doc, TraceBuilder &t)
{
    QJsonArray events;
    if (doc.isArray()) {
        events = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue list = o.value(QLatin1String("traceEvents"));
        if (!list.isArray())
            return fail(Io::tr("This JSON file is not a Chrome trace: it has no \"traceEvents\" list."));
        events = list.toArray();
        const QJsonValue about
            = o.value(QLatin1String("otherData")).toObject().value(QLatin1String("samtidig"));
        m_own = about.isObject();
        if (m_own)
            description(about.toObject(), t);
    } else {
        return fail(Io::tr("This JSON file is not a Chrome trace."));
    }
    if (static_cast<std::size_t>(events.size()) > m_limits.maxEvents)
        return fail(Io::tr("The trace has %1 events; Samtidig imports at most %2.")
                        .arg(events.size())
                        .arg(m_limits.maxEvents));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonValue v = events.at(i);
        if (!v.isObject())
            return fail(Io::tr("Event %1 of the trace is not a JSON object.").arg(i));
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("ph")).toString() == QLatin1String("M")
            && !metadata(e, static_cast<std::size_t>(i)))
            return false;
    }
    for (qsizetype i = 0; i < events.size(); ++i)
        if (!event(events.at(i).toObject(), static_cast<std::size_t>(i)))
            return false;
    return build(t);
}

} // namespace

bool importChromeTraceFromBytes(const QByteArray &json, Trace *out, QString *error,
                                const ChromeImportLimits &limits)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.size() > limits.maxFileBytes)
        return fail(Io::tr("The trace is %1 MB; Samtidig imports Chrome traces of up to %2 MB.")
                        .arg(json.size() >> 20)
                        .arg(limits.maxFileBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Io::tr("This is not valid JSON: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    Trace t;
    TraceBuilder builder(t);
    RunDescription d;
    d.source = SchedulingSource::Imported;
    d.sourceNote = Io::tr("imported from a Chrome trace");
    d.outcome = RunOutcome::Completed;
    builder.restoreDescription(std::move(d));
    ChromeImporter importer(limits, error);
    if (!importer.run(doc, builder))
        return false;
    if (out)
        *out = std::move(t);
    return true;
}

bool importChromeTrace(const QString &path, Trace *out, QString *error, const ChromeImportLimits &limits)
{
    TraceFileKind kind = TraceFileKind::Neither;
    QByteArray bytes;
    if (!readTraceFileBytes(path, TraceFileKind::ChromeJson, limits, &kind, &bytes, error))
        return false;
    QString why;
    if (importChromeTraceFromBytes(bytes, out, &why, limits))
        return true;
    if (error)
        *error = Io::tr("Cannot import \"%1\": %2").arg(path, why);
    return false;
}

} // namespace samtidig
