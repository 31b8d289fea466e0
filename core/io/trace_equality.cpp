#include "io/trace_equality.h"

#include "trace/trace.h"

#include <QJsonDocument>

namespace samtidig {

namespace {

QString str(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}
QString str(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString str(const QByteArray &b)
{
    return QStringLiteral("%1 bytes \"%2\"").arg(b.size()).arg(QString::fromUtf8(b.left(40)));
}
QString str(std::uint64_t v)
{
    return QString::number(v);
}
QString str(std::int64_t v)
{
    return QString::number(v);
}
QString str(std::uint32_t v)
{
    return QString::number(v);
}
QString str(int v)
{
    return QString::number(v);
}
template<typename E>
requires std::is_enum_v<E> QString str(E v)
{
    return QString::number(static_cast<int>(v));
}
template<typename T>
QString str(const std::vector<T> &v)
{
    QStringList parts;
    for (const T x : v)
        parts << QString::number(x);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Collects the first mismatch; later comparisons are skipped once one was found.
class Diff
{
public:
    template<typename T>
    bool operator()(const QString &what, const T &a, const T &b)
    {
        if (!m_first.isEmpty())
            return false;
        if (a == b)
            return true;
        m_first = what + QStringLiteral(": ") + str(a) + QStringLiteral(" != ") + str(b);
        return false;
    }
    bool spans(const QString &what, const SpanList &a, const SpanList &b)
    {
        if (!m_first.isEmpty())
            return false;
        const QString d = firstSpanListDifference(a, b);
        if (!d.isEmpty())
            m_first = what + QStringLiteral(": ") + d;
        return d.isEmpty();
    }
    QString result() const { return m_first; }

private:
    QString m_first;
};

void compareAnalysis(Diff &d, const AnalysisResults &a, const AnalysisResults &b)
{
    if (!d(QStringLiteral("deadlock count"), a.deadlocks.size(), b.deadlocks.size()))
        return;
    for (std::size_t i = 0; i < a.deadlocks.size(); ++i) {
        const QString w = QStringLiteral("deadlock %1 ").arg(i);
        d(w + QStringLiteral("time"), a.deadlocks[i].detectedNs, b.deadlocks[i].detectedNs);
        d(w + QStringLiteral("tasks"), a.deadlocks[i].tasks, b.deadlocks[i].tasks);
        d(w + QStringLiteral("locks"), a.deadlocks[i].locks, b.deadlocks[i].locks);
    }
    if (!d(QStringLiteral("lock order warning count"), a.lockOrderWarnings.size(),
           b.lockOrderWarnings.size()))
        return;
    for (std::size_t i = 0; i < a.lockOrderWarnings.size(); ++i) {
        const QString w = QStringLiteral("lock order warning %1 ").arg(i);
        d(w + QStringLiteral("locks"), a.lockOrderWarnings[i].locks, b.lockOrderWarnings[i].locks);
        d(w + QStringLiteral("tasks"), a.lockOrderWarnings[i].tasks, b.lockOrderWarnings[i].tasks);
    }
    if (!d(QStringLiteral("lost update count"), a.lostUpdates.size(), b.lostUpdates.size()))
        return;
    for (std::size_t i = 0; i < a.lostUpdates.size(); ++i) {
        const LostUpdate &x = a.lostUpdates[i];
        const LostUpdate &y = b.lostUpdates[i];
        const QString w = QStringLiteral("lost update %1 ").arg(i);
        d(w + QStringLiteral("variable"), x.variable, y.variable);
        d(w + QStringLiteral("lostTask"), x.lostTask, y.lostTask);
        d(w + QStringLiteral("lostWriteNs"), x.lostWriteNs, y.lostWriteNs);
        d(w + QStringLiteral("lostValue"), x.lostValue, y.lostValue);
        d(w + QStringLiteral("overwritingTask"), x.overwritingTask, y.overwritingTask);
        d(w + QStringLiteral("overwriteNs"), x.overwriteNs, y.overwriteNs);
        d(w + QStringLiteral("overwriteValue"), x.overwriteValue, y.overwriteValue);
        d(w + QStringLiteral("staleReadNs"), x.staleReadNs, y.staleReadNs);
    }
    if (!d(QStringLiteral("lock statistics count"), a.locks.size(), b.locks.size()))
        return;
    for (auto i = a.locks.begin(), j = b.locks.begin(); i != a.locks.end(); ++i, ++j) {
        const QString w = QStringLiteral("lock statistics %1 ").arg(i->first);
        d(w + QStringLiteral("key"), i->first, j->first);
        d(w + QStringLiteral("lock"), i->second.lock, j->second.lock);
        d(w + QStringLiteral("acquisitions"), i->second.acquisitions, j->second.acquisitions);
        d(w + QStringLiteral("contended"), i->second.contended, j->second.contended);
        d(w + QStringLiteral("timeouts"), i->second.timeouts, j->second.timeouts);
        d(w + QStringLiteral("totalWaitNs"), i->second.totalWaitNs, j->second.totalWaitNs);
        d(w + QStringLiteral("maxWaitNs"), i->second.maxWaitNs, j->second.maxWaitNs);
        if (!d(w + QStringLiteral("waiting tasks"), i->second.waitByTask.size(), j->second.waitByTask.size()))
            return;
        for (auto p = i->second.waitByTask.begin(), q = j->second.waitByTask.begin();
             p != i->second.waitByTask.end(); ++p, ++q) {
            d(w + QStringLiteral("waiting task"), p->first, q->first);
            d(w + QStringLiteral("wait of task %1").arg(p->first), p->second, q->second);
        }
    }
}

} // namespace

QString firstSpanListDifference(const SpanList &a, const SpanList &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 spans != %2 spans").arg(a.size()).arg(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a.start(i) != b.start(i) || a.end(i) != b.end(i) || a.state(i) != b.state(i)
            || a.arg(i) != b.arg(i) || a.other(i) != b.other(i))
            return QStringLiteral(
                       "span %1: [%2,%3] state %4 arg %5 other %6 != [%7,%8] state %9 arg %10 other %11")
                .arg(i)
                .arg(a.start(i))
                .arg(a.end(i))
                .arg(static_cast<int>(a.state(i)))
                .arg(a.arg(i))
                .arg(a.other(i))
                .arg(b.start(i))
                .arg(b.end(i))
                .arg(static_cast<int>(b.state(i)))
                .arg(b.arg(i))
                .arg(b.other(i));
    }
    return {};
}

QString firstTraceDifference(const Trace &a, const Trace &b)
{
    Diff d;
    d(QStringLiteral("scenario"), a.scenario(), b.scenario());
    d(QStringLiteral("parameters"), a.parameters(), b.parameters());
    d(QStringLiteral("source"), a.source(), b.source());
    d(QStringLiteral("sourceNote"), a.sourceNote(), b.sourceNote());
    d(QStringLiteral("cpuCount"), a.cpuCount(), b.cpuCount());
    d(QStringLiteral("originNs"), a.originNs(), b.originNs());
    d(QStringLiteral("endNs"), a.endNs(), b.endNs());
    d(QStringLiteral("outcome"), a.outcome(), b.outcome());
    d(QStringLiteral("outcomeDetail"), a.outcomeDetail(), b.outcomeDetail());
    d(QStringLiteral("results"), a.results(), b.results());
    d(QStringLiteral("events"), a.events(), b.events());
    d(QStringLiteral("dropped"), a.dropped(), b.dropped());
    d(QStringLiteral("stalledNs"), a.stalledNs(), b.stalledNs());
    d(QStringLiteral("stalls"), a.stalls(), b.stalls());
    d(QStringLiteral("lateRecords"), a.lateRecords(), b.lateRecords());
    d(QStringLiteral("detailCappedAtNs"), a.detailCappedAtNs(), b.detailCappedAtNs());
    d(QStringLiteral("program output"), a.programOutput().bytes, b.programOutput().bytes);
    d(QStringLiteral("program output capped"), a.programOutput().capped, b.programOutput().capped);
    if (d(QStringLiteral("steps"), a.steps().size(), b.steps().size()))
        for (std::size_t i = 0; i < a.steps().size(); ++i)
            d(QStringLiteral("step %1").arg(i + 1), a.steps()[i], b.steps()[i]);
    d(QStringLiteral("machine load tickNs"), a.machineLoad().tickNs, b.machineLoad().tickNs);
    d(QStringLiteral("machine load note"), a.machineLoad().note, b.machineLoad().note);
    if (d(QStringLiteral("machine load samples"), a.machineLoad().samples.size(),
          b.machineLoad().samples.size()))
        for (std::size_t i = 0; i < a.machineLoad().samples.size(); ++i) {
            const CpuBusySample &x = a.machineLoad().samples[i];
            const CpuBusySample &y = b.machineLoad().samples[i];
            d(QStringLiteral("machine load sample %1 time").arg(i), x.timeNs, y.timeNs);
            d(QStringLiteral("machine load sample %1 ticks").arg(i), x.busyTicks, y.busyTicks);
        }
    if (d(QStringLiteral("paused span count"), a.pausedSpans().size(), b.pausedSpans().size()))
        for (std::size_t i = 0; i < a.pausedSpans().size(); ++i) {
            d(QStringLiteral("paused span %1 start").arg(i), a.pausedSpans()[i].startNs,
              b.pausedSpans()[i].startNs);
            d(QStringLiteral("paused span %1 end").arg(i), a.pausedSpans()[i].endNs,
              b.pausedSpans()[i].endNs);
        }

    if (d(QStringLiteral("task count"), a.tasks().size(), b.tasks().size())) {
        for (auto i = a.tasks().begin(), j = b.tasks().begin(); i != a.tasks().end(); ++i, ++j) {
            const TaskInfo &x = i->second;
            const TaskInfo &y = j->second;
            const QString w = QStringLiteral("task %1 ").arg(i->first);
            d(w + QStringLiteral("key"), i->first, j->first);
            d(w + QStringLiteral("id"), x.id, y.id);
            d(w + QStringLiteral("parent"), x.parent, y.parent);
            d(w + QStringLiteral("pid"), x.pid, y.pid);
            d(w + QStringLiteral("tid"), x.tid, y.tid);
            d(w + QStringLiteral("kind"), x.kind, y.kind);
            d(w + QStringLiteral("name"), x.name, y.name);
            d(w + QStringLiteral("beginNs"), x.beginNs, y.beginNs);
            d(w + QStringLiteral("endNs"), x.endNs, y.endNs);
            d(w + QStringLiteral("exitStatus"), x.exitStatus, y.exitStatus);
        }
    }
    if (d(QStringLiteral("name count"), a.names().size(), b.names().size())) {
        for (auto i = a.names().begin(), j = b.names().begin(); i != a.names().end(); ++i, ++j) {
            const QString w = QStringLiteral("name %1 ").arg(i->first);
            d(w + QStringLiteral("key"), i->first, j->first);
            d(w + QStringLiteral("id"), i->second.id, j->second.id);
            d(w + QStringLiteral("kind"), i->second.kind, j->second.kind);
            d(w + QStringLiteral("name"), i->second.name, j->second.name);
        }
    }
    if (d(QStringLiteral("task lane count"), a.taskLanes().size(), b.taskLanes().size())) {
        for (std::size_t i = 0; i < a.taskLanes().size(); ++i) {
            const QString w = QStringLiteral("task lane %1 ").arg(i);
            d(w + QStringLiteral("task"), a.taskLanes()[i].task, b.taskLanes()[i].task);
            d.spans(w + QStringLiteral("sched"), a.taskLanes()[i].sched, b.taskLanes()[i].sched);
            d.spans(w + QStringLiteral("sync"), a.taskLanes()[i].sync, b.taskLanes()[i].sync);
            d.spans(w + QStringLiteral("held"), a.taskLanes()[i].held, b.taskLanes()[i].held);
        }
    }
    if (d(QStringLiteral("cpu lane count"), a.cpuLanes().size(), b.cpuLanes().size())) {
        for (std::size_t i = 0; i < a.cpuLanes().size(); ++i) {
            d(QStringLiteral("cpu lane %1 cpu").arg(i), a.cpuLanes()[i].cpu, b.cpuLanes()[i].cpu);
            d.spans(QStringLiteral("cpu lane %1").arg(i), a.cpuLanes()[i].spans, b.cpuLanes()[i].spans);
        }
    }
    if (d(QStringLiteral("instant count"), a.instants().size(), b.instants().size())) {
        for (std::size_t i = 0; i < a.instants().size(); ++i) {
            const Instant &x = a.instants()[i];
            const Instant &y = b.instants()[i];
            const QString w = QStringLiteral("instant %1 ").arg(i);
            d(w + QStringLiteral("time"), x.timeNs, y.timeNs);
            d(w + QStringLiteral("task"), x.task, y.task);
            d(w + QStringLiteral("kind"), x.kind, y.kind);
            d(w + QStringLiteral("a"), x.a, y.a);
            d(w + QStringLiteral("b"), x.b, y.b);
        }
    }
    if (d(QStringLiteral("flow count"), a.flows().size(), b.flows().size())) {
        for (std::size_t i = 0; i < a.flows().size(); ++i) {
            const Flow &x = a.flows()[i];
            const Flow &y = b.flows()[i];
            const QString w = QStringLiteral("flow %1 ").arg(i);
            d(w + QStringLiteral("fromNs"), x.fromNs, y.fromNs);
            d(w + QStringLiteral("fromTask"), x.fromTask, y.fromTask);
            d(w + QStringLiteral("toNs"), x.toNs, y.toNs);
            d(w + QStringLiteral("toTask"), x.toTask, y.toTask);
            d(w + QStringLiteral("lock"), x.lock, y.lock);
        }
    }
    if (d(QStringLiteral("phase count"), a.phases().size(), b.phases().size())) {
        for (std::size_t i = 0; i < a.phases().size(); ++i) {
            const QString w = QStringLiteral("phase %1 ").arg(i);
            d(w + QStringLiteral("startNs"), a.phases()[i].startNs, b.phases()[i].startNs);
            d(w + QStringLiteral("endNs"), a.phases()[i].endNs, b.phases()[i].endNs);
            d(w + QStringLiteral("title"), a.phases()[i].title, b.phases()[i].title);
        }
    }
    if (d(QStringLiteral("open span count"), a.openSpans().size(), b.openSpans().size())) {
        for (std::size_t i = 0; i < a.openSpans().size(); ++i) {
            const OpenSpan &x = a.openSpans()[i];
            const OpenSpan &y = b.openSpans()[i];
            const QString w = QStringLiteral("open span %1 ").arg(i);
            d(w + QStringLiteral("task"), x.task, y.task);
            d(w + QStringLiteral("track"), x.track, y.track);
            d(w + QStringLiteral("state"), x.state, y.state);
            d(w + QStringLiteral("startNs"), x.startNs, y.startNs);
            d(w + QStringLiteral("arg"), x.arg, y.arg);
            d(w + QStringLiteral("other"), x.other, y.other);
        }
    }
    compareAnalysis(d, a.analysis(), b.analysis());
    return d.result();
}

} // namespace samtidig
