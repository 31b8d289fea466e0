#include "analysis/describe_program.h"

#include "analysis/describe.h"
#include "analysis/gil_turns.h"
#include "analysis/program_shape.h"
#include "record/lock_source.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace samtidig {

namespace {

constexpr std::size_t kMaxNamed = 3; // threads or processes named in one sentence; the rest counted
// A thread that waited for the GIL this share of its time or more is worth a sentence.
constexpr double kNotableGilShare = 0.2;
// Below this share of the busy time with two or more cores at once, the threads took turns.
constexpr double kTurnsShare = 0.1;

// A duration as the window's time axis and status line write it: 3 significant digits, µs to s.
QString duration(std::int64_t ns)
{
    const QLocale locale;
    const auto inUnit = [&locale](double v) {
        return locale.toString(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2);
    };
    const auto v = static_cast<double>(ns);
    if (ns >= 1'000'000'000)
        return Analysis::tr("%1 s").arg(inUnit(v / 1e9));
    if (ns >= 1'000'000)
        return Analysis::tr("%1 ms").arg(inUnit(v / 1e6));
    return Analysis::tr("%1 µs").arg(inUnit(v / 1e3));
}

// Whole per cent; a share that is there but rounds to 0 is "< 1", not 0.
QString percent(double share)
{
    const long whole = std::lround(std::clamp(share, 0.0, 1.0) * 100.0);
    return whole == 0 && share > 0 ? QStringLiteral("< 1") : QLocale().toString(whole);
}

// "a, b and 2 more": the first kMaxNamed of `parts`.
QString listed(const QStringList &parts)
{
    if (parts.size() <= static_cast<qsizetype>(kMaxNamed))
        return parts.join(QStringLiteral(", "));
    return Analysis::tr("%1 and %n more", nullptr, static_cast<int>(parts.size() - kMaxNamed))
        .arg(parts.first(static_cast<qsizetype>(kMaxNamed)).join(QStringLiteral(", ")));
}

// Every busy thread is a process of its own (multiprocessing, a shell pipeline): the sentences
// speak of processes.
bool busyAreProcesses(const ProgramActivity &a)
{
    return a.busyThreads.size() >= 2 && a.busyProcesses == static_cast<int>(a.busyThreads.size());
}

QString threadWithShare(const Trace &trace, const ThreadActivity &t, double share, bool asProcess)
{
    if (asProcess)
        return Analysis::tr("%1 (pid %2) %3 %")
            .arg(trace.taskName(t.task), QString::number(t.tid), percent(share));
    return Analysis::tr("%1 (thread %2) %3 %")
        .arg(trace.taskName(t.task), QString::number(t.tid), percent(share));
}

QString processes(const std::vector<ProcessNode> &nodes)
{
    QStringList parts;
    for (const ProcessNode &n : nodes)
        parts << Analysis::tr("%1 (pid %2)").arg(n.command, QString::number(n.pid));
    return listed(parts);
}

// How it ended, or what still runs; empty when the outcome banner says all there is.
QString ending(const Trace &trace, const ProgramActivity &a)
{
    const QString after = duration(trace.endNs());
    switch (trace.outcome()) {
    case RunOutcome::Running: {
        if (!a.firstProcessEnded || a.stillRunning.empty())
            return {};
        return Analysis::tr("The program's first process has ended, but %n of its processes are still "
                            "running: %1. The recording goes on until the last one ends, or until you "
                            "press Stop.",
                            nullptr, static_cast<int>(a.stillRunning.size()))
            .arg(processes(a.stillRunning));
    }
    case RunOutcome::Completed:
        if (a.signal)
            return Analysis::tr("The program was killed by signal %1 (SIG%2) after %3.")
                .arg(*a.signal)
                .arg(a.signalName, after);
        if (a.exitStatus && *a.exitStatus == 0)
            return Analysis::tr("The program ended normally (exit status 0) after %1.").arg(after);
        if (a.exitStatus)
            return Analysis::tr("The program ended with exit status %1 after %2: a status other than 0 is "
                                "how a program reports that something went wrong.")
                .arg(*a.exitStatus)
                .arg(after);
        return {};
    case RunOutcome::Stopped:
    case RunOutcome::TimedOut:
    case RunOutcome::Deadlock:
        if (a.stillRunning.empty())
            return {};
        return Analysis::tr("%n of its processes were still running when the recording was stopped: %1. "
                            "Samtidig ended them, and everything they had started.",
                            nullptr, static_cast<int>(a.stillRunning.size()))
            .arg(processes(a.stillRunning));
    case RunOutcome::Crashed:
    case RunOutcome::Failed: return {};
    }
    return {};
}

// How many threads worked, and whether on several cores at once or taking turns.
QString parallelism(const Trace &trace, const ProgramActivity &a)
{
    const CoreParallelism &c = a.cores;
    const QLocale locale;
    const QString average = locale.toString(c.averageCoresWhileBusy(), 'f', 2);
    const auto busy = static_cast<int>(a.busyThreads.size());
    if (busy == 0 && (trace.outcome() == RunOutcome::Running || trace.outcome() == RunOutcome::Failed))
        return {};
    if (busy == 0 && c.coreBusyNs == 0)
        return Analysis::tr("No thread of the program was seen on a core.");
    if (busy == 0)
        return Analysis::tr(
                   "The program hardly used the cores: its threads were on one for %1 in all, in a run "
                   "of %2. They mostly waited: for input or output, a sleep, or each other.")
            .arg(duration(c.coreBusyNs), duration(trace.endNs()));
    if (busy == 1)
        return Analysis::tr("One thread did the work (%1, %2 on a core): a thread runs on one core at a "
                            "time, however many the machine has.")
            .arg(trace.taskName(a.busyThreads.front().task), duration(a.busyThreads.front().onCpuNs));
    const double several
        = c.anyBusyNs > 0 ? static_cast<double>(c.severalBusyNs) / static_cast<double>(c.anyBusyNs) : 0.0;
    const bool processes = busyAreProcesses(a);
    if (c.maxCoresAtOnce <= 1 && processes)
        return Analysis::tr("%n processes were busy, but never at the same time: at most one core was used "
                            "(%1 cores on average while any of them ran).",
                            nullptr, busy)
            .arg(average);
    if (c.maxCoresAtOnce <= 1)
        return Analysis::tr("%n threads were busy, but never at the same time: at most one core was used "
                            "(%1 cores on average while any of them ran).",
                            nullptr, busy)
            .arg(average);
    if (several < kTurnsShare && processes)
        return Analysis::tr("%n processes were busy, but almost never at the same time: they took turns, and "
                            "two or more cores were busy together only %1 % of the time (%2 cores on "
                            "average while any of them ran).",
                            nullptr, busy)
            .arg(percent(several), average);
    if (several < kTurnsShare)
        return Analysis::tr("%n threads were busy, but almost never at the same time: they took turns, and "
                            "two or more cores were busy together only %1 % of the time (%2 cores on "
                            "average while any of them ran).",
                            nullptr, busy)
            .arg(percent(several), average);
    if (a.busyProcesses >= 2)
        return Analysis::tr("%n processes ran on %1 cores at once: two or more cores were busy together "
                            "%2 % of the time (%3 cores on average while any of them ran).",
                            nullptr, a.busyProcesses)
            .arg(c.maxCoresAtOnce)
            .arg(percent(several), average);
    return Analysis::tr("%n threads ran on %1 cores at once: two or more cores were busy together %2 % of "
                        "the time (%3 cores on average while any of them ran).",
                        nullptr, busy)
        .arg(c.maxCoresAtOnce)
        .arg(percent(several), average);
}

// The busy threads that mostly waited: blocked (for the GIL, or anything else), or ready for a core.
// The GIL's turns are said here too, with the threads that waited for it when they are known.
QStringList waiting(const Trace &trace, const ProgramActivity &a)
{
    QStringList out;
    if (!a.statesKnown || a.busyThreads.empty()) {
        if (const QString turns = describeGilTurns(trace); !turns.isEmpty())
            out << turns;
        return out;
    }
    const auto busy = static_cast<int>(a.busyThreads.size());
    const bool processes = busyAreProcesses(a);
    QStringList gil, blocked, ready;
    for (const ThreadActivity &t : a.busyThreads) {
        const auto known = static_cast<double>(std::max<std::int64_t>(t.knownNs(), 1));
        if (static_cast<double>(t.gilWaitNs) >= kNotableGilShare * known)
            gil << threadWithShare(trace, t, static_cast<double>(t.gilWaitNs) / known, processes);
        else if (static_cast<double>(t.blockedNs) >= kMostlyShare * known)
            blocked << threadWithShare(trace, t, static_cast<double>(t.blockedNs) / known, processes);
        if (t.readyNs >= t.onCpuNs && static_cast<double>(t.readyNs) >= 0.3 * known)
            ready << threadWithShare(trace, t, static_cast<double>(t.readyNs) / known, processes);
    }
    // "2 of the 4 busy threads were" / "The one busy thread was": who, with the verb.
    const auto who = [busy, processes](qsizetype n) {
        if (busy == 1)
            return Analysis::tr("The one busy thread was");
        return processes
            ? Analysis::tr("%n of the %1 busy processes were", nullptr, static_cast<int>(n)).arg(busy)
            : Analysis::tr("%n of the %1 busy threads were", nullptr, static_cast<int>(n)).arg(busy);
    };
    // The GIL said once: how the threads took turns with it and who waited for it, in one sentence.
    const GilTurns turns = gilTurns(trace);
    const bool tookTurns = turns.tookTurns(trace.endNs());
    if (tookTurns && !gil.isEmpty())
        //: %n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the
        //: machine's cores, %3 e.g. "2 of the 2 busy threads were", %4 the threads with their shares
        out << Analysis::tr(
                   "%n threads wanted to run, but only one may hold Python's GIL: they took turns, "
                   "and while they did, they used %1 of the machine's %2 cores on average; %3 waiting for it "
                   "a large part of the time: %4.",
                   nullptr, turns.threads)
                   .arg(QLocale().toString(turns.coresUsed(), 'f', 1))
                   .arg(trace.cpuCount())
                   .arg(who(gil.size()), listed(gil));
    else if (tookTurns)
        out << describeGilTurns(trace);
    else if (!gil.isEmpty())
        out << Analysis::tr("%1 waiting for Python's GIL a large part of the time: %2. Only the thread that "
                            "holds the GIL runs Python code, so threads take turns, even with a core free.")
                   .arg(who(gil.size()), listed(gil));
    if (!blocked.isEmpty())
        out << Analysis::tr(
                   "%1 mostly blocked: %2. A blocked thread waits for something other than a core: a "
                   "lock, Python's GIL, input or output, a sleep, or another thread.")
                   .arg(who(blocked.size()), listed(blocked));
    if (!ready.isEmpty())
        out << Analysis::tr("%1 ready but waiting for a core at least as long as running: %2. Every core was "
                            "taken: by more threads than this machine's %3 cores, or by other programs.")
                   .arg(who(ready.size()), listed(ready), QLocale().toString(trace.cpuCount()));
    return out;
}

} // namespace

// What the lock records do not cover: the program itself (the summary's lock_source says why), or
// some of the processes it started. Empty when every process's locks were recorded.
QString lockCoverage(const Trace &trace)
{
    const QString source = trace.results().value(QStringLiteral("lock_source")).toString();
    const std::vector<ProcessNode> tree = processTree(trace);
    const QString program = tree.empty() ? QString() : tree.front().command;
    const QString notSeen
        = Analysis::tr("so its locks, lock waits and deadlocks are not seen: the lanes show "
                       "only the kernel's view of when its threads ran, waited for a core "
                       "or were blocked.");
    if (source == QLatin1String(lock_source::kStatic))
        return Analysis::tr(
                   "%1 is statically linked: the library that records locks cannot be loaded into it, %2")
            .arg(program, notSeen);
    if (source == QLatin1String(lock_source::kSecureExec))
        return Analysis::tr("%1 changes the user or the rights it runs with (setuid, setgid or file "
                            "capabilities), and the system loads no extra library into such a program, %2")
            .arg(program, notSeen);
    if (source == QLatin1String(lock_source::kGoRuntime))
        return Analysis::tr(
                   "%1 is a Go program: its mutexes and channels belong to the Go runtime, not to the C "
                   "library whose locks Samtidig records, %2")
            .arg(program, notSeen);
    if (source == QLatin1String(lock_source::kNotAskedFor))
        return Analysis::tr("Locks were not recorded: the recording was started without them (“Record locks "
                            "and the GIL” off, or --no-locks), %1")
            .arg(notSeen);
    if (source != QLatin1String(lock_source::kPreload) && !source.isEmpty())
        return Analysis::tr("The library that records locks (libsamtidig-preload.so) was not found beside "
                            "Samtidig, %1")
            .arg(notSeen);
    const QJsonArray blind
        = trace.results().value(QStringLiteral("processes_without_lock_records")).toArray();
    if (blind.isEmpty())
        return {};
    std::vector<ProcessNode> unseen;
    for (const auto &v : blind) {
        ProcessNode n;
        n.pid = v.toObject().value(QStringLiteral("pid")).toInt();
        n.command = v.toObject().value(QStringLiteral("command")).toString();
        unseen.push_back(n);
    }
    return Analysis::tr("The locks of %n process(es) were not recorded: %1. A process that runs a statically "
                        "linked or setuid program, or that was started with its environment cleared, does "
                        "not load the library that records them; the lanes show the kernel's view of it.",
                        nullptr, static_cast<int>(blind.size()))
        .arg(processes(unseen));
}

QStringList describeProgram(const Trace &trace, const ProgramActivity &activity)
{
    QStringList out;
    if (const QString e = ending(trace, activity); !e.isEmpty())
        out << e;
    if (const QString p = parallelism(trace, activity); !p.isEmpty())
        out << p;
    out << waiting(trace, activity);
    if (const QString locks = lockCoverage(trace); !locks.isEmpty())
        out << locks;
    if (!activity.statesKnown && !activity.busyThreads.empty()
        && trace.source() == SchedulingSource::Estimate)
        out << Analysis::tr("Time on a core is estimated from sampling here (the kernel's records were not "
                            "available), so which threads ran at the same time is approximate, and time "
                            "ready or blocked is not known.");
    return out;
}

QStringList describeProgram(const Trace &trace)
{
    return describeProgram(trace, programActivity(trace));
}

} // namespace samtidig
