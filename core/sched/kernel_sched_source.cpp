#include "sched/kernel_sched_source.h"

#include "record/clock.h"

#include <linux/perf_event.h>

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace samtidig {

namespace {

// Translation context of the sentences a user sees when the kernel's records are not available.
class KernelSched
{
    Q_DECLARE_TR_FUNCTIONS(KernelSched)
};

// Up to 8 MiB a CPU (262144 switch records of 32 bytes), 64 MiB for all CPUs together: seconds of
// the busiest workload between two drains that are 0.5–5 ms apart, and still enough when hundreds
// of runnable threads (or a sanitizer build) keep the drain thread off the CPU for a second (the
// drain thread asks for short slices too: requestShortSlice). Without CAP_IPC_LOCK the limit is
// kernel.perf_event_mlock_kb (default 516 KiB a CPU, i.e. 1 + 128 pages): the size is halved on
// EPERM/ENOMEM until it fits, so the buffer works without root where perf_event_paranoid allows the
// events at all.
constexpr std::size_t kMaxDataPages = 2048;
constexpr std::size_t kDataPagesAllCpus = 16384;
constexpr std::size_t kDefaultLimitPages = 128;
constexpr std::size_t kMinDataPages = 8;

QString errnoName(int err)
{
    const char *name = strerrorname_np(err);
    return QString::fromLatin1(name ? name : "?");
}

QString paranoidLevel()
{
    QFile f(QStringLiteral("/proc/sys/kernel/perf_event_paranoid"));
    if (!f.open(QIODevice::ReadOnly))
        return KernelSched::tr("unknown", "perf_event_paranoid level");
    return QString::fromLatin1(f.readAll().trimmed());
}

// The sentence the user sees when the run falls back to the estimate source.
QString refusal(int err, const std::string &what)
{
    const QString call = QString::fromStdString(what);
    switch (err) {
    case EACCES:
    case EPERM:
        return KernelSched::tr(
                   "perf_event_open refused (%1): kernel.perf_event_paranoid is %2; run as root or "
                   "lower it to allow the kernel's context-switch records (%3: %4)")
            .arg(errnoName(err), paranoidLevel(), call, QString::fromLocal8Bit(strerror(err)));
    case ENOENT:
    case ENOSYS:
    case EOPNOTSUPP:
        return KernelSched::tr("this kernel does not offer context-switch records (%1 failed with %2: %3)")
            .arg(call, errnoName(err), QString::fromLocal8Bit(strerror(err)));
    case EMFILE:
    case ENFILE:
        return KernelSched::tr(
                   "no file descriptors left for the kernel's switch records (%1 failed with %2: %3)")
            .arg(call, errnoName(err), QString::fromLocal8Bit(strerror(err)));
    default:
        return KernelSched::tr("%1 failed with %2: %3", "system call, error name, error text")
            .arg(call, errnoName(err), QString::fromLocal8Bit(strerror(err)));
    }
}

perf_event_attr switchAttr()
{
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.type = PERF_TYPE_SOFTWARE;
    attr.config = PERF_COUNT_SW_DUMMY; // counts nothing; we only want its side-band records
    attr.sample_type = PERF_SAMPLE_TID | PERF_SAMPLE_TIME | PERF_SAMPLE_CPU;
    attr.context_switch = 1;
    attr.task = 1; // fork and exit records: a thread's last switch-out is not recorded, its exit is
    attr.comm = 1; // command names: exec, prctl(PR_SET_NAME), pthread_setname_np
    attr.comm_exec = 1;
    attr.sample_id_all = 1;
    attr.use_clockid = 1;
    attr.clockid = CLOCK_MONOTONIC; // the clock every workload record uses
    attr.inherit = 1; // follow every thread and process the runner creates
    attr.disabled = 0;
    // Switch records are not kernel samples, but paranoid level 2 refuses events that would
    // count kernel or hypervisor mode for unprivileged users.
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    return attr;
}

} // namespace

KernelSchedSource::KernelSchedSource(int cpuCount)
    : m_cpuCount(cpuCount)
{ }

bool KernelSchedSource::start(pid_t runnerPid, QString *whyNot)
{
    m_buffers.clear();
    if (const char *force = std::getenv("SAMTIDIG_FORCE_NO_PERF"); force && std::strcmp(force, "1") == 0) {
        *whyNot = KernelSched::tr("perf_event_open not attempted: SAMTIDIG_FORCE_NO_PERF=1 is set");
        return false;
    }
    const perf_event_attr attr = switchAttr();
    std::vector<PerfRingBuffer> buffers;
    for (int cpu = 0; cpu < m_cpuCount; ++cpu) {
        PerfRingBuffer buffer;
        std::string what;
        // A power of two (the kernel requires it), at least what the default limit allows.
        std::size_t pages = kMaxDataPages;
        while (pages > kDefaultLimitPages && pages * static_cast<std::size_t>(m_cpuCount) > kDataPagesAllCpus)
            pages /= 2;
        bool ok = buffer.open(attr, runnerPid, cpu, pages, &what);
        // Over the locked-memory limit: try smaller buffers before giving up.
        while (!ok && (errno == EPERM || errno == ENOMEM) && what.rfind("mmap", 0) == 0
               && pages > kMinDataPages) {
            pages /= 2;
            ok = buffer.open(attr, runnerPid, cpu, pages, &what);
        }
        if (!ok && errno == ENODEV)
            continue; // an offline CPU runs nothing of ours
        if (!ok) {
            *whyNot = refusal(errno, what);
            return false; // `buffers` closes what was opened
        }
        buffers.push_back(std::move(buffer));
    }
    if (buffers.empty()) {
        *whyNot = KernelSched::tr("perf_event_open: no online CPU accepted the switch event");
        return false;
    }
    m_buffers = std::move(buffers);
    return true;
}

void KernelSchedSource::collect()
{
    for (PerfRingBuffer &b : m_buffers) {
        m_highWater = std::max(m_highWater, b.pendingBytes());
        b.read(m_switches, m_stats, &m_tasks);
    }
}

void KernelSchedSource::drain(std::vector<Event> &out, std::vector<TaskNote> &notes)
{
    collect();
    // Each CPU's records are in time order; a process forked on one CPU and its own child forked on
    // another must still be noted parent first.
    std::stable_sort(m_tasks.begin(), m_tasks.end(),
                     [](const PerfTaskRecord &x, const PerfTaskRecord &y) { return x.timeNs < y.timeNs; });
    for (const PerfTaskRecord &r : m_tasks) {
        TaskNote note;
        note.timeNs = r.timeNs;
        note.pid = r.pid;
        note.tid = r.tid;
        if (r.kind == PerfTaskRecord::Kind::Fork) {
            note.kind = TaskNote::Kind::Created;
            note.ppid = r.ppid;
            note.ptid = r.ptid;
        } else {
            note.kind = r.exec ? TaskNote::Kind::Exec : TaskNote::Kind::Named;
            std::memcpy(note.name.data(), r.comm, sizeof r.comm);
        }
        notes.push_back(note);
    }
    // Each CPU's records are in time order; merge CPUs.
    std::stable_sort(m_switches.begin(), m_switches.end(),
                     [](const PerfSwitch &a, const PerfSwitch &b) { return a.timeNs < b.timeNs; });
    for (const PerfSwitch &s : m_switches) {
        Event e;
        e.timeNs = s.timeNs;
        e.task = 0;
        e.cpu = static_cast<std::uint16_t>(s.cpu);
        e.kind = s.out ? EventKind::SliceEnd : EventKind::SliceBegin;
        e.a = s.exited ? kSliceEndExited : (s.out && s.preempted ? kSliceEndPreempted : kSliceEndBlocked);
        e.b = kernelIds(s.pid, s.tid);
        out.push_back(e);
    }
    m_switches.clear();
    m_tasks.clear();
}

std::unique_ptr<SchedSource> makeKernelSchedSource(int cpuCount)
{
    return std::make_unique<KernelSchedSource>(cpuCount);
}

} // namespace samtidig
