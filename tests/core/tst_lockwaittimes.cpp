// The analysis' lock wait times (each lock's total, longest and per-task wait, from the waited
// time the mutex itself puts into LockAcquired and LockTimedOut) against the trace's lock-wait
// spans, which the trace builder cuts from the request and acquisition stamps on its own; and both
// against the runner's own totals in the results. Real runs: a contended mutex, and timeouts.
#include "support/run_helpers.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>

using namespace samtidig;
using namespace samtidig::test;

namespace {

// A wait this short on a lock nobody held is not drawn (the builder's "uncontended" threshold), but
// the analysis still counts it: each acquisition may differ by this much.
constexpr std::int64_t kUndrawnWaitNs = 2000;

struct SpanWaits {
    std::int64_t total = 0;
    std::int64_t longest = 0;
    std::size_t count = 0;
};

// Lock-wait spans of the whole trace: lock -> task -> their durations.
std::map<std::uint32_t, std::map<std::uint32_t, SpanWaits>> waitSpans(const Trace &t)
{
    std::map<std::uint32_t, std::map<std::uint32_t, SpanWaits>> out;
    for (const TaskLane &lane : t.taskLanes())
        for (std::size_t i = 0; i < lane.sync.size(); ++i)
            if (lane.sync.state(i) == SpanState::LockWait) {
                SpanWaits &w = out[lane.sync.arg(i)][lane.task];
                w.total += lane.sync.duration(i);
                w.longest = std::max(w.longest, lane.sync.duration(i));
                ++w.count;
            }
    return out;
}

// Compares every lock's statistics with the spans; returns what was wrong, or nothing.
QString mismatch(const Trace &t)
{
    const auto spans = waitSpans(t);
    std::int64_t spanTotal = 0;
    for (const auto &[lock, stats] : t.analysis().locks) {
        const std::int64_t tolerance = static_cast<std::int64_t>(stats.acquisitions) * kUndrawnWaitNs;
        const auto found = spans.find(lock);
        std::int64_t longest = 0;
        std::int64_t sum = 0;
        for (const auto &[task, ns] : stats.waitByTask) {
            std::int64_t drawn = 0;
            if (found != spans.end())
                if (const auto it = found->second.find(task); it != found->second.end()) {
                    drawn = it->second.total;
                    longest = std::max(longest, it->second.longest);
                }
            sum += drawn;
            qInfo("%s, %s: analysis %.3f ms, wait spans %.3f ms", qPrintable(t.nameOf(lock)),
                  qPrintable(t.taskName(task)), double(ns) / 1e6, double(drawn) / 1e6);
            if (std::abs(ns - drawn) > tolerance)
                return QStringLiteral("%1 waited %2 ns for %3 by the analysis, %4 ns by its wait spans")
                    .arg(t.taskName(task))
                    .arg(ns)
                    .arg(t.nameOf(lock))
                    .arg(drawn);
        }
        if (std::abs(stats.totalWaitNs - sum) > tolerance)
            return QStringLiteral("%1: total wait %2 ns by the analysis, %3 ns by the spans")
                .arg(t.nameOf(lock))
                .arg(stats.totalWaitNs)
                .arg(sum);
        if (std::abs(stats.maxWaitNs - longest) > kUndrawnWaitNs)
            return QStringLiteral("%1: longest wait %2 ns by the analysis, %3 ns by the spans")
                .arg(t.nameOf(lock))
                .arg(stats.maxWaitNs)
                .arg(longest);
        spanTotal += sum;
    }
    if (spanTotal < 5'000'000)
        return QStringLiteral("only %1 ns of lock waits: the run did not contend enough to compare")
            .arg(spanTotal);
    return {};
}

} // namespace

class TstLockWaitTimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contendedMutexWaitsMatchTheirSpans()
    {
        RunSession session;
        QVERIFY(runToEnd(session,
                         request(QStringLiteral("mutex"),
                                 { { QStringLiteral("threads"), QStringLiteral("4") },
                                   { QStringLiteral("increments"), QStringLiteral("40") },
                                   { QStringLiteral("window_us"), QStringLiteral("500") },
                                   { QStringLiteral("work_us"), QStringLiteral("200") } }),
                         60000));
        const Trace &t = session.trace();
        QCOMPARE(t.dropped(), 0u);
        QCOMPARE(t.analysis().locks.size(), std::size_t(1));
        const QString failure = mismatch(t);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The runner's own count of the same waits: every contended acquisition's wait, summed.
        const LockStats &stats = t.analysis().locks.begin()->second;
        QCOMPARE(static_cast<qint64>(stats.acquisitions),
                 t.results().value(QStringLiteral("lock_acquisitions")).toInteger());
        QCOMPARE(stats.totalWaitNs, t.results().value(QStringLiteral("total_wait_ns")).toInteger());
        QCOMPARE(stats.maxWaitNs, t.results().value(QStringLiteral("max_wait_ns")).toInteger());
    }

    // Timed-out attempts are waits too: the span ends where the attempt gave up.
    void timedOutWaitsMatchTheirSpans()
    {
        RunSession session;
        QVERIFY(runToEnd(session,
                         request(QStringLiteral("timeout"),
                                 { { QStringLiteral("rounds"), QStringLiteral("3") },
                                   { QStringLiteral("timeout_ms"), QStringLiteral("30") },
                                   { QStringLiteral("backoff_ms"), QStringLiteral("20") },
                                   { QStringLiteral("hold_ms"), QStringLiteral("10") },
                                   { QStringLiteral("work_ms"), QStringLiteral("2") } }),
                         60000));
        const Trace &t = session.trace();
        QCOMPARE(t.dropped(), 0u);
        std::uint64_t timeouts = 0;
        for (const auto &[lock, stats] : t.analysis().locks)
            timeouts += stats.timeouts;
        QVERIFY(timeouts > 0);
        QCOMPARE(static_cast<qint64>(timeouts), t.results().value(QStringLiteral("timeouts")).toInteger());
        const QString failure = mismatch(t);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TstLockWaitTimes)
#include "tst_lockwaittimes.moc"
