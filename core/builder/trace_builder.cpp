#include "builder/trace_builder.h"

#include "analysis/live_analysis.h"
#include "trace/trace.h"

#include <algorithm>
#include <cstring>

namespace samtidig {

namespace {
// A lock acquired this quickly with nobody holding it was not contended: no wait span is drawn.
constexpr std::int64_t kUncontendedNs = 2000;

std::uint8_t s(SpanState st)
{
    return static_cast<std::uint8_t>(st);
}
} // namespace

TraceBuilder::TraceBuilder(Trace &trace)
    : m_trace(trace)
    , m_analysis(std::make_unique<LiveAnalysis>(trace, trace.m_analysis, trace.m_instants))
{ }

TraceBuilder::~TraceBuilder() = default;

void TraceBuilder::describeRun(const QString &scenario, const QJsonObject &parameters, int cpuCount)
{
    change();
    m_trace.m_run.scenario = scenario;
    m_trace.m_run.parameters = parameters;
    m_trace.m_run.cpuCount = cpuCount;
    for (int cpu = 0; cpu < cpuCount; ++cpu)
        m_trace.ensureCpuLane(cpu);
}

void TraceBuilder::setSource(SchedulingSource source, const QString &note)
{
    change();
    m_trace.m_run.source = source;
    m_trace.m_run.sourceNote = note;
}

void TraceBuilder::setOrigin(std::uint64_t originNs)
{
    change();
    m_trace.m_run.originNs = originNs;
}

void TraceBuilder::setOutcome(RunOutcome outcome, const QString &detail)
{
    change();
    m_trace.m_run.outcome = outcome;
    m_trace.m_run.outcomeDetail = detail;
}

void TraceBuilder::setResults(const QJsonObject &results)
{
    change();
    m_trace.m_run.results = results;
}

void TraceBuilder::setSteps(std::vector<int> steps)
{
    change();
    m_trace.m_run.steps = std::move(steps);
}

void TraceBuilder::setLossCounters(std::uint64_t dropped, std::uint64_t stalledNs, std::uint64_t stalls)
{
    if (m_trace.m_run.dropped == dropped && m_trace.m_run.stalledNs == stalledNs
        && m_trace.m_run.stalls == stalls)
        return;
    change();
    m_trace.m_run.dropped = dropped;
    m_trace.m_run.stalledNs = stalledNs;
    m_trace.m_run.stalls = stalls;
}

void TraceBuilder::addLateRecords(std::uint64_t count)
{
    if (count == 0)
        return;
    change();
    m_trace.m_run.lateRecords += count;
}

void TraceBuilder::setMachineLoadTick(std::int64_t tickNs)
{
    change();
    m_trace.m_run.machineLoad.tickNs = tickNs;
}

void TraceBuilder::addMachineLoadSample(CpuBusySample sample)
{
    change();
    m_trace.m_run.machineLoad.samples.push_back(std::move(sample));
}

void TraceBuilder::dropMachineLoad(const QString &why)
{
    change();
    m_trace.m_run.machineLoad.samples.clear();
    m_trace.m_run.machineLoad.tickNs = 0;
    m_trace.m_run.machineLoad.note = why;
}

void TraceBuilder::advanceEdgeTo(std::int64_t endNs)
{
    if (endNs <= m_trace.m_run.endNs)
        return;
    change();
    m_trace.m_run.endNs = endNs;
}

void TraceBuilder::beginPause(std::uint64_t monotonicNs)
{
    const auto t
        = std::max(m_trace.m_run.endNs, static_cast<std::int64_t>(monotonicNs - m_trace.m_run.originNs));
    advanceEdgeTo(t);
    change();
    m_trace.m_run.paused.push_back({ t, -1 });
}

void TraceBuilder::endPause(std::uint64_t monotonicNs)
{
    auto &paused = m_trace.m_run.paused;
    if (paused.empty() || paused.back().endNs >= 0)
        return;
    const auto t
        = std::max(paused.back().startNs, static_cast<std::int64_t>(monotonicNs - m_trace.m_run.originNs));
    advanceEdgeTo(t);
    change();
    paused.back().endNs = t;
}

void TraceBuilder::registerName(const NameInfo &info)
{
    change();
    m_trace.m_names[info.id] = info;
}

void TraceBuilder::registerTask(const TaskInfo &info)
{
    change();
    if (info.kind != TaskKind::Coroutine && info.tid != 0) { // coroutines share their thread's tid
        const auto it = m_taskByTid.find(info.tid);
        if (it != m_taskByTid.end() && it->second != info.id && it->second < m_discovered.size()
            && m_discovered[it->second])
            takeOver(it->second, info.id);
        m_taskByTid[info.tid] = info.id;
    }
    TaskInfo &slot = m_trace.m_tasks[info.id];
    const std::int64_t begin = slot.beginNs; // the builder may have seen events first
    const std::int64_t end = slot.endNs;
    const std::int64_t exitStatus = slot.exitStatus;
    slot = info;
    if (begin >= 0)
        slot.beginNs = begin;
    if (end >= 0) {
        slot.endNs = end;
        slot.exitStatus = exitStatus;
    }
}

std::uint32_t TraceBuilder::discover(std::int32_t pid, std::int32_t tid, std::uint32_t parent, std::int64_t t)
{
    // A thread nobody registered (a library's helper thread, or any thread of a program that
    // registers nothing): a task of its own, named when shown (Trace::taskName) or by its command.
    while (m_trace.m_tasks.count(m_nextDiscoveredId) != 0)
        ++m_nextDiscoveredId;
    const std::uint32_t id = m_nextDiscoveredId++;
    TaskInfo info;
    info.id = id;
    info.pid = pid;
    info.tid = tid;
    info.kind = pid == tid ? TaskKind::Process : TaskKind::Thread;
    info.parent = parent;
    info.beginNs = t;
    change();
    m_trace.m_tasks[id] = info;
    m_taskByTid[tid] = id;
    if (m_discovered.size() <= id)
        m_discovered.resize(id + 1, false);
    m_discovered[id] = true;
    return id;
}

std::uint32_t TraceBuilder::taskForKernelIds(std::uint64_t ids, std::int64_t t)
{
    const std::int32_t tid = kernelTid(ids);
    if (const auto it = m_taskByTid.find(tid); it != m_taskByTid.end())
        return it->second;
    if (hidden(tid))
        return 0;
    const std::int32_t pid = kernelPid(ids);
    // A thread of the launched process before its exec is the launcher's (a sanitizer runtime's
    // thread): the exec ends it, and any thread after the exec comes after the exec's note.
    if (pid != tid && pid == m_launchedPid && !m_launchedExeced) {
        m_hidden.push_back(tid);
        return 0;
    }
    std::uint32_t parent = 0;
    if (pid != tid)
        if (const auto process = m_taskByTid.find(pid); process != m_taskByTid.end())
            parent = process->second;
    return discover(pid, tid, parent, t);
}

std::uint64_t TraceBuilder::lastExecNs(std::int32_t pid) const
{
    const auto it = m_lastExecNs.find(pid);
    return it == m_lastExecNs.end() ? 0 : it->second;
}

void TraceBuilder::noteTask(const TaskNote &note)
{
    if (hidden(note.tid))
        return;
    const auto t = static_cast<std::int64_t>(note.timeNs - m_trace.m_run.originNs);
    const auto known = m_taskByTid.find(note.tid);
    if (note.kind == TaskNote::Kind::Created) {
        if (known != m_taskByTid.end())
            return; // registered, or seen running, already
        // A hidden launcher forks the program it launches once; any later process of its own (a
        // sanitizer's leak checker as it exits) is the launcher's, not part of the picture either.
        if (note.pid == note.tid && hidden(note.ppid)) {
            if (m_hiddenForkedOnce) {
                m_hidden.push_back(note.tid);
                return;
            }
            m_hiddenForkedOnce = true;
            m_launchedPid = note.pid;
        }
        if (note.pid != note.tid && note.pid == m_launchedPid && !m_launchedExeced) {
            m_hidden.push_back(note.tid); // the launcher's code, before the program began
            return;
        }
        if (note.pid == note.tid && note.ppid != 0 && !hidden(note.ppid))
            m_forkedFrom[note.pid] = note.ppid;
        // A thread belongs to its process; a process to the process that forked it.
        const std::int32_t creator = note.pid == note.tid ? note.ppid : note.pid;
        std::uint32_t parent = 0;
        if (const auto it = m_taskByTid.find(creator); it != m_taskByTid.end() && !hidden(creator))
            parent = it->second;
        const std::uint32_t id = discover(note.pid, note.tid, parent, std::max<std::int64_t>(t, 0));
        // Until it names itself, a new thread has the name of the thread that created it.
        if (const auto from = m_taskByTid.find(note.ptid); from != m_taskByTid.end())
            if (const TaskInfo *creatorInfo = m_trace.task(from->second); creatorInfo && m_discovered[id])
                m_trace.m_tasks[id].name = creatorInfo->name;
        return;
    }
    if (note.kind == TaskNote::Kind::Exec && note.pid == m_launchedPid && !m_launchedExeced) {
        m_launchedExeced = true;
        m_launchedExecNs = std::max<std::int64_t>(t, 0);
    }
    if (note.kind == TaskNote::Kind::Exec) {
        m_forkedFrom.erase(note.pid); // its own code now
        m_lastExecNs[note.pid] = note.timeNs;
    }
    const std::uint32_t id = known != m_taskByTid.end()
        ? known->second
        : taskForKernelIds(kernelIds(note.pid, note.tid), std::max<std::int64_t>(t, 0));
    if (id == 0 || id >= m_discovered.size() || !m_discovered[id])
        return; // the workload named it itself: its own name stays
    change();
    TaskInfo &info = m_trace.m_tasks[id];
    info.name = QString::fromUtf8(note.name.data(),
                                  static_cast<qsizetype>(strnlen(note.name.data(), note.name.size())));
}

void TraceBuilder::takeOver(std::uint32_t from, std::uint32_t to)
{
    m_discovered[from] = false;
    if (to < m_tasks.size() && m_tasks[to].known)
        return; // events under the registered id came first: later records simply use it
    if (to >= m_tasks.size())
        m_tasks.resize(to + 1);
    auto fromInfo = m_trace.m_tasks.find(from);
    TaskInfo &toInfo = m_trace.m_tasks[to];
    if (fromInfo != m_trace.m_tasks.end()) {
        toInfo.beginNs = fromInfo->second.beginNs;
        toInfo.endNs = fromInfo->second.endNs;
        m_trace.m_tasks.erase(fromInfo);
    }
    if (from < m_tasks.size() && m_tasks[from].known) {
        m_tasks[to] = std::move(m_tasks[from]);
        m_tasks[from] = TaskState {};
        m_tasks[to].info = &toInfo;
    }
    std::int64_t since = toInfo.beginNs >= 0 ? toInfo.beginNs : 0;
    if (from < m_trace.m_taskLaneIndex.size() && m_trace.m_taskLaneIndex[from] >= 0) {
        const int lane = m_trace.m_taskLaneIndex[from];
        m_trace.m_taskLaneIndex[from] = -1;
        if (to >= m_trace.m_taskLaneIndex.size())
            m_trace.m_taskLaneIndex.resize(to + 1, -1);
        m_trace.m_taskLaneIndex[to] = lane;
        m_trace.m_taskLanes[static_cast<std::size_t>(lane)].task = to;
        m_trace.m_taskLanes[static_cast<std::size_t>(lane)].revision = m_trace.m_revision;
    }
    // Its slices on the CPU lanes so far (since it first ran) name the new id.
    for (CpuLane &cpu : m_trace.m_cpuLanes)
        if (cpu.spans.replaceOther(since, from, to))
            cpu.revision = m_trace.m_revision;
    for (std::uint32_t &running : m_cpuRunning)
        if (running == from)
            running = to;
    for (auto &[tid, task] : m_taskByTid)
        if (task == from)
            task = to;
    for (auto &[id, info] : m_trace.m_tasks)
        if (info.parent == from)
            info.parent = to;
}

// A lane handed out to be written is stamped with the new revision, as laneOf() stamps one: views
// that keep what they drew of a lane by its revision see that it changed.
TaskLane &TraceBuilder::restoreTaskLane(std::uint32_t task)
{
    change();
    TaskLane &lane = m_trace.ensureTaskLane(task);
    lane.revision = m_trace.m_revision;
    return lane;
}

CpuLane &TraceBuilder::restoreCpuLane(int cpu)
{
    change();
    CpuLane &lane = m_trace.ensureCpuLane(cpu);
    lane.revision = m_trace.m_revision;
    return lane;
}

void TraceBuilder::setProgramOutput(ProgramOutput output)
{
    change();
    m_trace.m_run.programOutput = std::move(output);
}

void TraceBuilder::restoreDescription(RunDescription description)
{
    change();
    m_trace.m_run = std::move(description);
}

void TraceBuilder::restoreLatestEvent(std::int64_t latestEventNs)
{
    change();
    m_trace.m_latestEventNs = latestEventNs;
}

TaskInfo &TraceBuilder::restoreTask(std::uint32_t id)
{
    change();
    TaskInfo &info = m_trace.m_tasks[id];
    info.id = id;
    return info;
}

NameInfo &TraceBuilder::restoreName(std::uint32_t id)
{
    change();
    NameInfo &info = m_trace.m_names[id];
    info.id = id;
    return info;
}

inline TaskLane &TraceBuilder::laneOf(const TaskState &st)
{
    TaskLane &lane = m_trace.m_taskLanes[st.lane];
    lane.revision = m_trace.m_revision;
    return lane;
}

TraceBuilder::TaskState &TraceBuilder::firstSeen(std::uint32_t task, std::int64_t t)
{
    if (task >= m_tasks.size())
        m_tasks.resize(task + 1);
    auto it = m_trace.m_tasks.find(task);
    if (it == m_trace.m_tasks.end()) {
        TaskInfo info; // no name: Trace::taskName() shows the placeholder in the current language
        info.id = task;
        it = m_trace.m_tasks.emplace(task, info).first;
    }
    if (it->second.beginNs < 0)
        it->second.beginNs = t;
    m_trace.ensureTaskLane(task);
    m_tasks[task].lane = static_cast<std::uint32_t>(m_trace.m_taskLaneIndex[task]);
    m_tasks[task].info = &it->second;
    m_tasks[task].known = true;
    return m_tasks[task];
}

void TraceBuilder::ingest(std::span<const Event> events)
{
    change();
    const std::uint64_t origin = m_trace.m_run.originNs;
    std::int64_t latest = m_trace.m_latestEventNs;
    if (!m_capped && m_detailLimit != 0 && m_trace.memoryBytes() >= m_detailLimit && !events.empty())
        capDetail(std::max<std::int64_t>(latest, static_cast<std::int64_t>(events.front().timeNs - origin)));
    for (const Event &e : events) {
        const auto t = static_cast<std::int64_t>(e.timeNs - origin);
        latest = std::max(latest, t);
        if (m_capped) [[unlikely]] {
            if (e.task & kTaskByTid)
                ingestForeign(e, t);
            else
                applyCapped(e, t);
            continue;
        }
        if (e.task == 0 && e.b != 0 && (e.kind == EventKind::SliceBegin || e.kind == EventKind::SliceEnd))
            [[unlikely]] {
            // The launched process runs the launcher's code until its exec (whose note comes
            // before any record after it): the program's slices begin there, and the slice that
            // runs across the exec (the exec'ing thread's) starts at it.
            if (m_launchedPid != 0 && kernelPid(e.b) == m_launchedPid) {
                if (!m_launchedExeced || t < m_launchedExecNs) {
                    if (kernelTid(e.b) == m_launchedPid)
                        m_preExecSlice = e.kind == EventKind::SliceBegin ? e : Event {};
                    continue;
                }
                if (m_preExecSlice.kind == EventKind::SliceBegin && m_preExecSlice.b == e.b
                    && e.kind == EventKind::SliceEnd)
                    applyKernelSlice(m_preExecSlice, m_launchedExecNs);
                m_preExecSlice = Event {};
            }
            applyKernelSlice(e, t);
            continue; // scheduling records carry nothing for the analysis
        }
        if (e.task & kTaskByTid) [[unlikely]] {
            ingestForeign(e, t);
            continue;
        }
        apply(e, t);
        m_analysis->onEvent(e, t);
    }
    m_analysis->endOfBatch();
    m_trace.m_latestEventNs = latest;
    m_trace.m_run.endNs = std::max(m_trace.m_run.endNs, latest);
    m_trace.m_run.events += events.size();
    if (!m_capped)
        refreshOpenSpans();
}

void TraceBuilder::applyKernelSlice(const Event &e, std::int64_t t)
{
    Event resolved = e;
    resolved.task = taskForKernelIds(e.b, t);
    resolved.b = 0;
    if (resolved.task != 0)
        apply(resolved, t);
}

std::uint32_t TraceBuilder::foreignName(std::int32_t pid, std::uint64_t address, ForeignLock kind,
                                        bool guessed)
{
    const auto [it, added] = m_foreignNames.try_emplace({ pid, address }, 0);
    if (!added) {
        if (guessed || !m_foreignKindGuessed.erase(it->second))
            return it->second;
        // Its LockSite after a record of another thread that took its time first (threads stamp
        // before they write, so the rings merge in another order): the kind was guessed, now known.
        ForeignLock &known = m_foreignKind[it->second];
        if (known != kind) {
            known = kind;
            if (kind == ForeignLock::GilMutex)
                m_analysis->setInterpreterLock(it->second);
            NameInfo &info = m_trace.m_names[it->second];
            nameForeign(info, address, kind);
            const auto first = m_foreignAddressPid.find(address);
            if (first != m_foreignAddressPid.end() && first->second != pid)
                info.name += QStringLiteral(" (pid %1)").arg(pid);
            change();
        }
        return it->second;
    }
    while (m_trace.m_names.count(m_nextForeignNameId) != 0)
        ++m_nextForeignNameId;
    it->second = m_nextForeignNameId++;
    NameInfo info;
    info.id = it->second;
    nameForeign(info, address, kind);
    // The same address in another process (a forked child's copy) is another lock: said so.
    const auto [first, firstSeen] = m_foreignAddressPid.try_emplace(address, pid);
    if (!firstSeen && first->second != pid)
        info.name += QStringLiteral(" (pid %1)").arg(pid);
    m_foreignKind[info.id] = kind;
    if (guessed)
        m_foreignKindGuessed.insert(info.id);
    if (kind == ForeignLock::GilMutex)
        m_analysis->setInterpreterLock(info.id);
    registerName(info);
    return info.id;
}

void TraceBuilder::nameForeign(NameInfo &info, std::uint64_t address, ForeignLock kind) const
{
    // The C type and the address: the same in every language (the program's own words).
    const QString at = QStringLiteral("0x") + QString::number(address, 16);
    info.kind = NameKind::Lock;
    switch (kind) {
    case ForeignLock::Semaphore:
    case ForeignLock::LockLikeSemaphore:
        info.kind = NameKind::Semaphore;
        info.name = QStringLiteral("sem_t ") + at;
        break;
    case ForeignLock::Condition:
        info.kind = NameKind::Condition;
        info.name = QStringLiteral("pthread_cond_t ") + at;
        break;
    case ForeignLock::RwLock: info.name = QStringLiteral("pthread_rwlock_t ") + at; break;
    case ForeignLock::Gil: // CPython's global interpreter lock: threads wait on its condition
        info.kind = NameKind::Condition;
        info.name = QStringLiteral("GIL");
        break;
    case ForeignLock::Mutex: info.name = QStringLiteral("pthread_mutex_t ") + at; break;
    case ForeignLock::GilMutex: info.name = QStringLiteral("GIL mutex ") + at; break; // CPython's own
    }
}

void TraceBuilder::nameBySite(std::uint32_t name, std::int32_t pid, std::uint64_t caller)
{
    const ForeignLock *kind = m_foreignKind.find(name);
    if (!m_siteNamer || caller == 0 || !kind || *kind == ForeignLock::Gil || *kind == ForeignLock::GilMutex)
        return;
    const auto it = m_trace.m_names.find(name);
    if (it == m_trace.m_names.end() || !it->second.name.contains(QLatin1String(" 0x")))
        return; // named by a site already
    QString where = m_siteNamer(pid, caller - 1); // the call instruction, not the one after it
    // A forked child that ended within milliseconds (its maps gone before they were read) ran the
    // code its parent has at the same address: up the forks, as long as none of them exec'd.
    std::int32_t from = pid;
    for (int depth = 0; where.isEmpty() && depth < 16; ++depth) {
        const auto parent = m_forkedFrom.find(from);
        if (parent == m_forkedFrom.end())
            break;
        from = parent->second;
        where = m_siteNamer(from, caller - 1);
    }
    if (where.isEmpty())
        return;
    // Recorded in these words (the run's, any language): displayedName() shows them in the window's.
    QString word = QStringLiteral("mutex");
    switch (*kind) {
    case ForeignLock::RwLock: word = QStringLiteral("rwlock"); break;
    case ForeignLock::Semaphore:
    case ForeignLock::LockLikeSemaphore: word = QStringLiteral("semaphore"); break;
    case ForeignLock::Condition: word = QStringLiteral("condition"); break;
    case ForeignLock::Mutex:
    case ForeignLock::Gil:
    case ForeignLock::GilMutex: break;
    }
    QString text = word + QStringLiteral(" at ") + where;
    const int uses = ++m_siteNameUses[text];
    if (uses > 1) // another lock first taken at the same place (an array of locks, say)
        text += QStringLiteral(" #%1").arg(uses);
    change();
    it->second.name = text;
}

void TraceBuilder::applyResolved(const Event &e, std::int64_t t)
{
    if (m_capped) {
        applyCapped(e, t);
        return;
    }
    apply(e, t);
    m_analysis->onEvent(e, t);
}

void TraceBuilder::ingestForeign(const Event &e, std::int64_t t)
{
    const auto tid = static_cast<std::int32_t>(e.task & ~kTaskByTid);
    std::uint32_t task = 0;
    if (const auto it = m_taskByTid.find(tid); it != m_taskByTid.end())
        task = it->second;
    else if (hidden(tid))
        return;
    else
        task = discover(tid, tid, 0, t); // the kernel has not said yet which process it belongs to
    const TaskInfo *info = m_trace.task(task);
    const std::int32_t pid = info && info->pid != 0 ? info->pid : tid;
    const bool waitOrWake = e.kind == EventKind::CondWait || e.kind == EventKind::CondWake;
    if (e.kind == EventKind::LockSite) {
        const std::uint32_t name = foreignName(pid, e.a, static_cast<ForeignLock>(e.b >> 56));
        nameBySite(name, pid, e.b & ((std::uint64_t { 1 } << 56) - 1));
        return;
    }
    if (e.kind == EventKind::LockNested) {
        // Taken while another was held, uncontended or not: an edge of the lock-order graph.
        const std::uint32_t held = foreignName(pid, e.b, ForeignLock::Mutex, true);
        m_analysis->onNested(task, held, foreignName(pid, e.a, ForeignLock::Mutex, true));
        return;
    }
    if (e.kind == EventKind::GilTaken || e.kind == EventKind::GilDropped) {
        // Drawn as holding the GIL; in the wait-for graph, but not a lock of the rest of the
        // analysis (a thread takes it with its mutexes held and the other way round all the time,
        // which would warn about every program).
        const std::uint32_t gil = foreignName(pid, e.a, ForeignLock::Gil);
        if (!m_capped)
            apply(Event { e.timeNs, task, e.cpu,
                          e.kind == EventKind::GilTaken ? EventKind::LockAcquired : EventKind::LockReleased,
                          gil, 0 },
                  t);
        if (e.kind == EventKind::GilTaken)
            m_analysis->onGilTaken(task, gil, t);
        else
            m_analysis->onGilDropped(task, gil);
        return;
    }
    const std::uint32_t lock
        = foreignName(pid, e.a, waitOrWake ? ForeignLock::Condition : ForeignLock::Mutex, true);
    if (e.kind == EventKind::LockFolded) {
        // Uncontended acquisitions, counted and not drawn one by one.
        change();
        LockStats &stats = m_trace.m_analysis.locks[lock];
        stats.lock = lock;
        stats.acquisitions += e.b;
        return;
    }
    Event r = e;
    r.task = task;
    r.a = lock;
    const ForeignLock *kind = m_foreignKind.find(lock);
    const bool exclusive = kind
        && (*kind == ForeignLock::Mutex || *kind == ForeignLock::GilMutex || *kind == ForeignLock::Gil);
    if (exclusive && (e.kind == EventKind::LockRequest || e.kind == EventKind::LockAcquired)) {
        // A mutex has one holder. Its uncontended acquisitions are not recorded, but a waiter
        // read the holder from the mutex (the request's b): that thread holds it now. And an
        // acquisition means the previous holder let go, whether its release was recorded or not.
        std::uint32_t holder = 0;
        if (e.kind == EventKind::LockRequest && e.b != 0)
            if (const auto it = m_taskByTid.find(static_cast<std::int32_t>(e.b)); it != m_taskByTid.end())
                holder = it->second;
        if (e.kind == EventKind::LockAcquired)
            holder = task;
        const std::uint32_t current = m_locks[lock].holder;
        if (holder != 0 && current != holder) {
            if (current != 0)
                applyResolved(Event { e.timeNs, current, e.cpu, EventKind::LockReleased, lock, 0 }, t);
            if (holder != task) {
                // Drawn as held from now on, without ending the wait the holder may be in.
                if (!m_capped)
                    apply(Event { e.timeNs, holder, e.cpu, EventKind::LockAcquired, lock, 0 }, t);
                m_analysis->onHolderSeen(holder, lock);
            }
        }
    }
    if (e.kind == EventKind::LockRequest)
        r.b = 0;
    applyResolved(r, t);
    if (e.kind == EventKind::CondWait && kind && *kind == ForeignLock::Gil)
        m_analysis->onGilWait(task, lock, t); // a mutex it holds meanwhile may close a cycle
    // A semaphore has no holder (its posts are not recorded): taking it is not holding it.
    if (e.kind == EventKind::LockAcquired && kind
        && (*kind == ForeignLock::Semaphore || *kind == ForeignLock::LockLikeSemaphore))
        applyResolved(Event { e.timeNs, task, e.cpu, EventKind::LockReleased, lock, 0 }, t);
}

void TraceBuilder::closeEverySpan(std::int64_t t)
{
    for (std::uint32_t task = 0; task < m_tasks.size(); ++task) {
        TaskState &st = m_tasks[task];
        if (!st.known)
            continue;
        closeSched(task, st, t);
        closeSync(st, t);
        closeHeld(st, t);
    }
}

void TraceBuilder::closeHeld(TaskState &st, std::int64_t t)
{
    for (const HeldLock &h : st.held)
        laneOf(st).held.append(h.start, t, SpanState::LockHeld, h.lock);
    st.held.clear();
}

void TraceBuilder::endTask(std::uint32_t task, TaskState &st, std::int64_t t)
{
    closeSched(task, st, t);
    closeSync(st, t);
    closeHeld(st, t);
    st.info->endNs = t;
}

void TraceBuilder::capDetail(std::int64_t t)
{
    closeEverySpan(t);
    m_trace.m_openSpans.clear();
    m_trace.m_run.detailCappedAtNs = t;
    m_capped = true;
}

void TraceBuilder::applyCapped(const Event &e, std::int64_t t)
{
    // Tasks and how they ended, the counters and the analysis go on; lanes, instants and flows stop.
    if (e.task == 0 && e.b != 0 && (e.kind == EventKind::SliceBegin || e.kind == EventKind::SliceEnd)) {
        const std::uint32_t task = taskForKernelIds(e.b, t);
        if (task != 0 && e.kind == EventKind::SliceEnd && e.a == kSliceEndExited && task < m_discovered.size()
            && m_discovered[task])
            if (auto it = m_trace.m_tasks.find(task); it != m_trace.m_tasks.end() && it->second.endNs < 0)
                it->second.endNs = t;
        return;
    }
    TaskInfo &info = m_trace.m_tasks[e.task];
    info.id = e.task;
    if (e.kind == EventKind::TaskBegin && info.beginNs < 0)
        info.beginNs = t;
    else if (e.kind == EventKind::TaskEnd)
        info.endNs = t;
    else if (e.kind == EventKind::Exit)
        info.exitStatus = static_cast<std::int64_t>(e.a);
    m_analysis->onEvent(e, t);
}

void TraceBuilder::closeSched(std::uint32_t task, TaskState &st, std::int64_t t)
{
    if (!st.sched.open)
        return;
    TaskLane *lane = &laneOf(st);
    lane->sched.append(st.sched.start, t, static_cast<SpanState>(st.sched.state), st.sched.arg,
                       st.sched.other);
    if (st.sched.state == s(SpanState::Running) && st.sched.cpu >= 0) {
        const auto cpu = static_cast<std::size_t>(st.sched.cpu);
        if (cpu < m_cpuRunning.size() && m_cpuRunning[cpu] == task) {
            CpuLane &cpuLane = m_trace.ensureCpuLane(st.sched.cpu);
            cpuLane.spans.append(m_cpuSince[cpu], t, SpanState::Running, 0, task);
            cpuLane.revision = m_trace.m_revision;
            m_cpuRunning[cpu] = 0;
        }
    }
    st.sched.open = false;
}

inline void TraceBuilder::closeSync(TaskState &st, std::int64_t t)
{
    if (!st.sync.open)
        return;
    laneOf(st).sync.append(st.sync.start, t, static_cast<SpanState>(st.sync.state), st.sync.arg,
                           st.sync.other);
    st.sync.open = false;
}

inline void TraceBuilder::openSync(TaskState &st, std::int64_t t, std::uint8_t state, std::uint32_t arg,
                                   std::uint32_t other)
{
    st.sync = Open { true, state, t, arg, other, -1 };
}

void TraceBuilder::addInstant(std::int64_t t, std::uint32_t task, std::uint8_t kind, std::uint64_t a,
                              std::uint64_t b)
{
    auto &v = m_trace.m_instants;
    if (v.empty() || v.timeNs(v.size() - 1) <= t) [[likely]] {
        v.append(t, task, static_cast<InstantKind>(kind), a, b);
        return;
    }
    const Instant in { t, task, static_cast<InstantKind>(kind), a, b };
    v.insert(std::upper_bound(v.begin(), v.end(), t,
                              [](std::int64_t x, const Instant &i) { return x < i.timeNs; }),
             in);
}

void TraceBuilder::apply(const Event &e, std::int64_t t)
{
    TaskState &st = state(e.task, t);
    const auto lock = static_cast<std::uint32_t>(e.a);
    const auto ik = [](InstantKind k) { return static_cast<std::uint8_t>(k); };
    switch (e.kind) {
    case EventKind::None: break;
    case EventKind::TaskBegin: st.info->beginNs = t; break;
    case EventKind::TaskEnd: endTask(e.task, st, t); break;
    case EventKind::SliceBegin: {
        closeSched(e.task, st, t);
        st.sched = Open { true, s(SpanState::Running), t, 0, 0, e.cpu };
        const auto cpu = static_cast<std::size_t>(e.cpu);
        m_trace.ensureCpuLane(e.cpu);
        if (m_cpuRunning.size() <= cpu) {
            m_cpuRunning.resize(cpu + 1, 0);
            m_cpuSince.resize(cpu + 1, 0);
        }
        if (m_cpuRunning[cpu] != 0 && m_cpuRunning[cpu] != e.task) {
            // Another task's slice on this CPU was still open (a lost switch-out): end it here.
            const std::uint32_t prev = m_cpuRunning[cpu];
            if (prev < m_tasks.size())
                closeSched(prev, m_tasks[prev], t);
        }
        m_cpuRunning[cpu] = e.task;
        m_cpuSince[cpu] = t;
        break;
    }
    case EventKind::SliceEnd:
        if (st.sched.open && st.sched.state == s(SpanState::Running)) {
            closeSched(e.task, st, t);
            // Nothing else will say that a thread known only from the kernel's records ended.
            if (e.a == kSliceEndExited && st.info->endNs < 0 && e.task < m_discovered.size()
                && m_discovered[e.task])
                endTask(e.task, st, t);
            // A task that already ended (its thread is exiting) is not waiting for anything.
            if (st.info->endNs >= 0 || e.a == kSliceEndExited)
                break;
            if (e.a == kSliceEndPreempted)
                st.sched = Open { true, s(SpanState::Runnable), t, 0, 0, -1 };
            else if (m_trace.m_run.source == SchedulingSource::Kernel)
                st.sched = Open { true, s(SpanState::Blocked), t, 0, 0, -1 };
        }
        break;
    case EventKind::LockRequest: {
        const std::uint32_t holder = m_locks[lock].holder;
        closeSync(st, t);
        openSync(st, t, s(SpanState::LockWait), lock, holder);
        break;
    }
    case EventKind::LockAcquired: {
        LockState &ls = m_locks[lock];
        if (st.sync.open && st.sync.state == s(SpanState::LockWait) && st.sync.arg == lock) {
            const bool contended = st.sync.other != 0 || t - st.sync.start > kUncontendedNs;
            if (contended) {
                closeSync(st, t);
                if (ls.lastReleaseNs >= st.sync.start && ls.lastReleaser != 0 && ls.lastReleaser != e.task) {
                    Flow &f = m_trace.m_flows.extend(); // field by field: see ChunkedVector::extend
                    f.fromNs = ls.lastReleaseNs;
                    f.fromTask = ls.lastReleaser;
                    f.toNs = t;
                    f.toTask = e.task;
                    f.lock = lock;
                }
            }
            st.sync.open = false;
        }
        ls.holder = e.task;
        const auto at = std::lower_bound(st.held.begin(), st.held.end(), lock,
                                         [](const HeldLock &h, std::uint32_t l) { return h.lock < l; });
        if (at != st.held.end() && at->lock == lock)
            at->start = t; // acquired again without a release in between: the later one counts
        else
            st.held.insert(at, HeldLock { lock, t });
        break;
    }
    case EventKind::LockReleased: {
        LockState &ls = m_locks[lock];
        if (ls.holder == e.task)
            ls.holder = 0;
        ls.lastReleaseNs = t;
        ls.lastReleaser = e.task;
        const auto it = std::find_if(st.held.begin(), st.held.end(),
                                     [lock](const HeldLock &h) { return h.lock == lock; });
        if (it != st.held.end()) {
            laneOf(st).held.append(it->start, t, SpanState::LockHeld, lock);
            st.held.erase(it);
        }
        break;
    }
    case EventKind::LockTimedOut:
        if (st.sync.open && st.sync.state == s(SpanState::LockWait))
            closeSync(st, t);
        addInstant(t, e.task, ik(InstantKind::LockTimedOut), e.a, e.b);
        break;
    case EventKind::VarRead: addInstant(t, e.task, ik(InstantKind::VarRead), e.a, e.b); break;
    case EventKind::VarWrite: addInstant(t, e.task, ik(InstantKind::VarWrite), e.a, e.b); break;
    case EventKind::SleepBegin:
        closeSync(st, t);
        openSync(st, t, s(SpanState::Sleeping), 0, 0);
        break;
    case EventKind::SleepEnd:
    case EventKind::CondWake: closeSync(st, t); break;
    case EventKind::CoSuspend:
        closeSched(e.task, st, t);
        closeSync(st, t);
        openSync(st, t, s(SpanState::Awaiting), 0, 0);
        break;
    case EventKind::CoResume:
        closeSync(st, t);
        closeSched(e.task, st, t);
        st.sched
            = Open { true, s(SpanState::Running), t, 0, 0, -1 }; // a coroutine has no CPU lane of its own
        break;
    case EventKind::Fork: addInstant(t, e.task, ik(InstantKind::Fork), e.a, e.b); break;
    case EventKind::Exit:
        st.info->exitStatus = static_cast<std::int64_t>(e.a);
        addInstant(t, e.task, ik(InstantKind::Exit), e.a, e.b);
        break;
    case EventKind::Marker: addInstant(t, e.task, ik(InstantKind::Marker), e.a, e.b); break;
    case EventKind::Stall: {
        laneOf(st).sync.append(t, t + static_cast<std::int64_t>(e.a), SpanState::Stalled);
        addInstant(t, e.task, ik(InstantKind::Stall), e.a, 0);
        break;
    }
    case EventKind::CondWait:
        closeSync(st, t);
        openSync(st, t, s(SpanState::CondWait), lock, 0);
        break;
    case EventKind::CondNotify: addInstant(t, e.task, ik(InstantKind::CondNotify), e.a, e.b); break;
    case EventKind::PhaseBegin: {
        if (!m_trace.m_phases.empty() && m_trace.m_phases.back().endNs < 0)
            m_trace.m_phases.back().endNs = t;
        Phase p;
        p.startNs = t;
        p.title = m_trace.nameOf(static_cast<std::uint32_t>(e.b));
        m_trace.m_phases.push_back(p);
        break;
    }
    case EventKind::GateWait:
        m_trace.m_stepGates = true;
        closeSync(st, t);
        openSync(st, t, s(SpanState::StepWait), static_cast<std::uint32_t>(e.b),
                 static_cast<std::uint32_t>(e.a));
        break;
    case EventKind::GatePass:
        if (st.sync.open && st.sync.state == s(SpanState::StepWait))
            closeSync(st, t);
        break;
    case EventKind::WorkBegin:
    case EventKind::WorkEnd:
    case EventKind::LockSite:
    case EventKind::LockFolded:
    case EventKind::LockNested:
    case EventKind::GilTaken:
    case EventKind::GilDropped:
    case EventKind::Count_: break;
    }
}

void TraceBuilder::finish(std::uint64_t endNs)
{
    change();
    const auto t = std::max(m_trace.m_run.endNs, static_cast<std::int64_t>(endNs - m_trace.m_run.originNs));
    m_trace.m_run.endNs = t;
    if (!m_trace.m_run.paused.empty() && m_trace.m_run.paused.back().endNs < 0)
        m_trace.m_run.paused.back().endNs = t; // stopped while paused
    closeEverySpan(t);
    if (!m_trace.m_phases.empty() && m_trace.m_phases.back().endNs < 0)
        m_trace.m_phases.back().endNs = t;
    m_trace.m_openSpans.clear();
    m_analysis->finish(t);
}

void TraceBuilder::refreshOpenSpans()
{
    std::vector<OpenSpan> &out = m_trace.m_openSpans;
    out.clear();
    const auto st = [](std::uint8_t v) { return static_cast<SpanState>(v); };
    for (std::uint32_t task = 0; task < m_tasks.size(); ++task) {
        const TaskState &ts = m_tasks[task];
        if (ts.sched.open)
            out.push_back({ task, 0, st(ts.sched.state), ts.sched.start, ts.sched.arg, ts.sched.other });
        if (ts.sync.open)
            out.push_back({ task, 1, st(ts.sync.state), ts.sync.start, ts.sync.arg, ts.sync.other });
        for (const HeldLock &h : ts.held)
            out.push_back({ task, 2, SpanState::LockHeld, h.start, h.lock, 0 });
    }
    for (std::size_t cpu = 0; cpu < m_cpuRunning.size(); ++cpu)
        if (m_cpuRunning[cpu] != 0)
            out.push_back({ m_cpuRunning[cpu], 3, SpanState::Running, m_cpuSince[cpu],
                            static_cast<std::uint32_t>(cpu), 0 });
}

} // namespace samtidig
