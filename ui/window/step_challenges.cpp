#include "window/step_challenges.h"

#include "trace/trace.h"

#include <initializer_list>
#include <utility>

namespace samtidig {

namespace {

ParamValues values(std::initializer_list<std::pair<const char *, double>> list)
{
    ParamValues v;
    for (const auto &[name, value] : list)
        v.set(QLatin1String(name), value);
    return v;
}

int result(const Trace &t, const char *key)
{
    return t.results().value(QLatin1String(key)).toInt(-1);
}

bool completed(const Trace &t)
{
    return t.outcome() == RunOutcome::Completed;
}

bool deadlocked(const Trace &t)
{
    return !t.analysis().deadlocks.empty();
}

bool someoneWaitedForALock(const Trace &t)
{
    for (const auto &[lock, stats] : t.analysis().locks)
        if (stats.contended > 0)
            return true;
    return false;
}

} // namespace

std::vector<StepChallenge> StepChallenges::forScenario(const QString &scenario)
{
    const ParamValues race2
        = values({ { "threads", 2 }, { "increments", 1 }, { "window_us", 0 }, { "work_us", 0 } });
    const ParamValues twoLocks = values({ { "work_ms", 0 }, { "hold_ms", 0 } });
    std::vector<StepChallenge> all {
        { QStringLiteral("race"),
          race2,
          tr("Make the counter end at 1 with 2 threads that add 1 each."),
          tr("Both threads read the counter before either wrote it, so the second write overwrote the "
             "first."),
          { 1, 2, 1, 2 },
          [](const Trace &t) {
              return completed(t) && result(t, "expected") == 2 && result(t, "actual") == 1;
          } },
        { QStringLiteral("race"),
          values({ { "threads", 3 }, { "increments", 1 }, { "window_us", 0 }, { "work_us", 0 } }),
          tr("With 3 threads that add 1 each, lose two updates: make the counter end at 1."),
          tr("All three read 0 before any of them wrote: every write after the first overwrote one."),
          { 1, 2, 3, 1, 2, 3 },
          [](const Trace &t) {
              return completed(t) && result(t, "expected") == 3 && result(t, "actual") == 1;
          } },
        { QStringLiteral("mutex"),
          race2,
          tr("Try to lose an update with the mutex: let thread 2 ask for the lock while thread 1 holds it. "
             "Why "
             "can't you?"),
          tr("Thread 2 had to wait for the lock, so it read the counter only after thread 1 had written it: "
             "no "
             "update is lost."),
          { 1, 2, 1, 1, 1, 2, 2, 2 },
          [](const Trace &t) { return completed(t) && result(t, "lost") == 0 && someoneWaitedForALock(t); } },
        { QStringLiteral("deadlock"),
          twoLocks,
          tr("Make the two threads deadlock."),
          tr("Each thread holds one lock and waits for the other's: neither can ever go on."),
          { 1, 2, 1, 2 },
          deadlocked },
        { QStringLiteral("deadlock"),
          twoLocks,
          tr("Let both threads finish: find an order without a deadlock."),
          tr("One thread took both locks and gave them back before the other took its first."),
          { 1, 1, 1, 1, 2, 2, 2, 2 },
          [](const Trace &t) { return completed(t) && !deadlocked(t); } },
        { QStringLiteral("philosophers"),
          values({ { "philosophers", 2 },
                   { "meals", 1 },
                   { "think_ms", 0 },
                   { "eat_ms", 0 },
                   { "force_deadlock", 0 } }),
          tr("Make the two philosophers deadlock."),
          tr("Each philosopher holds the left fork and waits for the right one, which the other holds."),
          { 1, 2, 1, 2 },
          deadlocked },
        { QStringLiteral("lock-ordering"),
          values({ { "rounds", 1 }, { "hold_ms", 0 }, { "work_ms", 0 } }),
          tr("Try to make the two threads deadlock. Why can't you?"),
          tr("Both threads take A before B: the one that waits holds nothing the other needs, so it only "
             "waits."),
          { 1, 1, 1, 2, 1, 2, 2, 2 },
          [](const Trace &t) { return completed(t) && !deadlocked(t) && someoneWaitedForALock(t); } },
        { QStringLiteral("timeout"),
          values({ { "rounds", 1 },
                   { "timeout_ms", 100 },
                   { "backoff_ms", 0 },
                   { "hold_ms", 0 },
                   { "work_ms", 0 } }),
          tr("Make a timeout break a deadlock: let each thread take its first lock, then ask for the "
             "other's. "
             "Both threads must still finish."),
          tr("Each thread held one lock and waited for the other's: a deadlock, until the timeout ended the "
             "wait, the thread gave its lock back and tried again."),
          { 1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 2, 2, 2, 2 },
          [](const Trace &t) { return completed(t) && result(t, "timeouts_in_deadlock") >= 1; } },
        { QStringLiteral("producer-consumer"),
          values({ { "producers", 1 },
                   { "consumers", 1 },
                   { "capacity", 1 },
                   { "items", 1 },
                   { "produce_ms", 1 },
                   { "consume_ms", 1 } }),
          tr("Make the consumer (thread 2) wait for an item: let it look into the buffer before the producer "
             "(thread 1) has put one there."),
          tr("The consumer found the buffer empty and waited on the condition “not empty” until the "
             "producer's "
             "notify woke it."),
          { 2, 2, 1, 1, 1, 2, 2, 2, 2, 2 },
          [](const Trace &t) { return completed(t) && result(t, "consumer_waits") >= 1; } },
        { QStringLiteral("semaphore"),
          values({ { "workers", 3 }, { "permits", 2 }, { "rounds", 1 }, { "work_ms", 1 } }),
          tr("With 3 workers and 2 permits, make a worker wait for a permit."),
          tr("Two workers held the two permits, so the third had to wait until one was released."),
          { 1, 2, 3, 1, 2, 3 },
          [](const Trace &t) { return completed(t) && result(t, "waits") >= 1; } },
    };
    std::vector<StepChallenge> mine;
    for (StepChallenge &c : all)
        if (c.scenario == scenario)
            mine.push_back(std::move(c));
    return mine;
}

bool StepChallenges::isMetBy(const StepChallenge &challenge, const Trace &trace)
{
    if (trace.scenario() != challenge.scenario)
        return false;
    const QJsonObject &params = trace.parameters();
    for (const auto &[name, value] : challenge.params.values())
        if (params.value(name).toDouble() != value)
            return false;
    return challenge.met(trace);
}

} // namespace samtidig
