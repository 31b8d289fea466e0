#include "sched/estimate_sched_source.h"

#include "record/clock.h"

#include <algorithm>

namespace samtidig {

namespace {
constexpr std::uint64_t kSampleIntervalNs = 1'000'000; // about 1 kHz
// Sampling may take at most 1/kCostFactor of the consumer thread's time (many threads: slower).
constexpr std::uint64_t kCostFactor = 50;
// New threads and processes are looked for every this many samples (a directory walk).
constexpr unsigned kRescanEvery = 8;
// An interval is judged this long after it ended, when its WorkBegin records have surely arrived;
// well inside the session's reorder window for this source.
constexpr std::uint64_t kJudgeDelayNs = 30'000'000;
// Less CPU time than this in an interval is bookkeeping noise, not a slice worth drawing.
constexpr std::uint64_t kMinSliceNs = 1'000;
} // namespace

bool EstimateSchedSource::start(pid_t runnerPid, QString *)
{
    m_sampler.setRoot(runnerPid);
    m_sampler.rescan();
    m_samples.clear();
    m_sampler.sample(m_samples); // baselines: what ran before the run began is not drawn
    for (const ProcTaskSample &s : m_samples)
        m_execNs[s.tid] = s.execNs;
    m_lastSampleNs = monotonicNs();
    m_nextSampleNs = m_lastSampleNs + kSampleIntervalNs;
    return true; // sampling is best effort: the self-reported slices do not depend on it
}

void EstimateSchedSource::observe(std::span<const Event> recorded)
{
    for (const Event &e : recorded) {
        switch (e.kind) {
        case EventKind::WorkBegin: m_inWork[e.task] = e.timeNs; break;
        case EventKind::WorkEnd:
        case EventKind::TaskEnd:
            if (m_inWork.erase(e.task) > 0 || e.kind == EventKind::WorkEnd)
                m_lastWorkEndNs = std::max(m_lastWorkEndNs, e.timeNs);
            break;
        default: break;
        }
    }
}

void EstimateSchedSource::noteTask(const ProcTaskSample &s, std::uint64_t now, std::vector<TaskNote> &notes)
{
    // What /proc tells of a thread: that it exists (seen now, created by its process, or by the
    // parent process for a process's main thread) and its name, again whenever the name changes.
    auto [it, isNew] = m_names.try_emplace(s.tid, s.comm);
    TaskNote note;
    note.timeNs = now;
    note.pid = s.pid;
    note.tid = s.tid;
    if (isNew) {
        note.kind = TaskNote::Kind::Created;
        note.ppid = s.pid == s.tid ? s.ppid : s.pid;
        notes.push_back(note);
    } else if (it->second == s.comm) {
        return;
    }
    it->second = s.comm;
    note.kind = TaskNote::Kind::Named;
    note.ppid = 0;
    note.name = s.comm;
    notes.push_back(note);
}

void EstimateSchedSource::emitInterval(const Interval &interval, std::vector<Event> &out)
{
    if (interval.ran.empty())
        return;
    // Self-reports may exist in [from, to] if work ended after `from` or began before `to`.
    bool quiet = m_lastWorkEndNs <= interval.fromNs;
    for (const auto &[task, beganNs] : m_inWork)
        quiet = quiet && beganNs > interval.toNs;
    if (!quiet)
        return;
    std::vector<Ran> ran = interval.ran;
    std::stable_sort(ran.begin(), ran.end(), [](const Ran &a, const Ran &b) { return a.cpu < b.cpu; });
    for (const Ran &r : ran) {
        const auto cpu = static_cast<std::size_t>(r.cpu);
        if (m_cpuCursorNs.size() <= cpu)
            m_cpuCursorNs.resize(cpu + 1, 0);
        const std::uint64_t begin = std::max(interval.fromNs, m_cpuCursorNs[cpu]);
        if (begin >= interval.toNs)
            continue; // the CPU's interval is full: the rest ran in it too, but there is no room to say so
        const std::uint64_t end = std::min(interval.toNs, begin + r.ns);
        const std::uint64_t b = kernelIds(r.pid, r.tid);
        out.push_back(Event { begin, 0, static_cast<std::uint16_t>(r.cpu), EventKind::SliceBegin, 0, b });
        out.push_back(Event { end, 0, static_cast<std::uint16_t>(r.cpu), EventKind::SliceEnd,
                              r.stillRunnable ? 1u : 0u, b });
        m_cpuCursorNs[cpu] = end;
    }
}

void EstimateSchedSource::drain(std::vector<Event> &out, std::vector<TaskNote> &notes)
{
    const std::uint64_t now = monotonicNs();
    if (now < m_nextSampleNs)
        return;
    while (!m_held.empty() && m_held.front().toNs + kJudgeDelayNs <= now) {
        emitInterval(m_held.front(), out);
        m_held.pop_front();
    }

    if (++m_passes % kRescanEvery == 0)
        m_sampler.rescan();
    m_samples.clear();
    m_sampler.sample(m_samples);
    Interval interval { m_lastSampleNs, now, {} };
    for (const ProcTaskSample &s : m_samples) {
        noteTask(s, now, notes);
        const auto [it, isNew] = m_execNs.try_emplace(s.tid, s.execNs);
        const std::uint64_t gained = isNew ? 0 : s.execNs - it->second; // new: when it ran is unknown
        it->second = s.execNs;
        if (gained >= kMinSliceNs && s.cpu >= 0)
            interval.ran.push_back(Ran { s.pid, s.tid, s.cpu, gained, s.state == 'R' });
    }
    if (!interval.ran.empty())
        m_held.push_back(std::move(interval));
    m_lastSampleNs = now;
    const std::uint64_t cost = monotonicNs() - now;
    m_nextSampleNs = now + std::max(kSampleIntervalNs, kCostFactor * cost);
}

std::unique_ptr<SchedSource> makeEstimateSchedSource()
{
    return std::make_unique<EstimateSchedSource>();
}

} // namespace samtidig
