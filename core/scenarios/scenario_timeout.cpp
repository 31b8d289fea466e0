// Timeouts as a way out of a deadlock: a thread that waits too long for a lock gives up and retries.
#include "scenarios/scenario_timeout.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <QJsonArray>

#include <algorithm>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <random>
#include <thread>

namespace samtidig {

namespace {

struct ThreadCounts {
    int attempts = 0; // tries to get both locks
    int timeouts = 0;
    int retries = 0; // attempts repeated after a timeout
    int rounds = 0; // critical sections completed
    int timeoutsInDeadlock = 0; // gave up on its second lock while the other waited for its first
};

} // namespace

ScenarioInfo TimeoutScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("timeout");
    i.steppable = true;
    i.theme = ScenarioTheme::Deadlock;
    i.name = tr("Timeouts: breaking the deadlock");
    i.explanation = tr(
        "The same two threads and locks as in the deadlock scenario: thread 1 wants A and then B, thread 2 "
        "wants B and then A, and in the first round both take their first lock at the same time. This time "
        "a thread waits for a lock only for a limited time. When the time is up, it gives up, releases the "
        "lock it holds, since it is probably the one the other thread is waiting for, waits a random while "
        "and tries again. Thread 2 also lets thread 1 finish its round before it tries again, so a retry "
        "cannot run into the same deadlock however long the locks are held. Look for the timed-out lock "
        "attempts, the back-off sleeps and the retries that "
        "succeed: the run finishes. The lock order is still unsafe, so the analysis warns about it.");
    i.params = {
        { QStringLiteral("rounds"), tr("Rounds per thread"), ParamSpec::Type::Integer, 1, 100, 3, QString(),
          tr("How many times each thread must get both locks before it is done.") },
        { QStringLiteral("timeout_ms"), tr("Lock timeout"), ParamSpec::Type::Integer, 1, 5000, 150, tr("ms"),
          tr("How long a thread waits for a lock before it gives up.") },
        { QStringLiteral("backoff_ms"), tr("Longest back-off"), ParamSpec::Type::Integer, 0, 5000, 120,
          tr("ms"),
          tr("After a timeout a thread sleeps for a random time of up to this long before it tries again.") },
        { QStringLiteral("hold_ms"), tr("Work holding a lock"), ParamSpec::Type::Integer, 0, 5000, 100,
          tr("ms"), tr("CPU work a thread does after taking each lock.") },
        { QStringLiteral("work_ms"), tr("Work between rounds"), ParamSpec::Type::Integer, 0, 5000, 50,
          tr("ms"), tr("CPU work a thread does before each attempt, holding no lock.") },
    };
    i.estimatedSeconds = [](const ParamValues &v, int) {
        // Both threads need both locks, so their rounds take turns. A deadlock (both hold their first
        // lock) costs a timeout, a back-off and the work done holding the first lock; each ends with
        // a round completed, so there are at most 2 x rounds of them, and with a back-off shorter
        // than the hold about one a round (the first is certain): rounds + 1 is counted.
        const double rounds = v.number(QStringLiteral("rounds"));
        const double hold = v.number(QStringLiteral("hold_ms"));
        const double turns = rounds * (v.number(QStringLiteral("work_ms")) + 4 * hold);
        const double collision
            = v.number(QStringLiteral("timeout_ms")) + v.number(QStringLiteral("backoff_ms")) + hold;
        return (turns + (rounds + 1) * collision) / 1000;
    };
    i.timeParams = { QStringLiteral("rounds"), QStringLiteral("hold_ms"), QStringLiteral("work_ms"),
                     QStringLiteral("timeout_ms"), QStringLiteral("backoff_ms") };
    return i;
}

QJsonObject TimeoutScenario::run(const ParamValues &params, RunContext &context) const
{
    const int rounds = params.integer(QStringLiteral("rounds"));
    const std::chrono::milliseconds timeout(params.integer(QStringLiteral("timeout_ms")));
    const int backoffMs = params.integer(QStringLiteral("backoff_ms"));
    const auto holdNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("hold_ms"))) * 1'000'000u;
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000u;
    InstrumentedTimedMutex a("A");
    InstrumentedTimedMutex b("B");
    // As in the deadlock scenario: in the first round both hold their first lock before either asks
    // for its second, so at least one attempt times out in every run.
    std::barrier bothHoldOne(2);
    ThreadCounts counts[2];
    // Guards what the threads tell each other (not a lock of the lesson: not recorded).
    std::mutex shared;
    // Set while a thread, holding its first lock, waits for its second: when both are set, the
    // waits form the deadlock's cycle, and the timeout that ends one of them breaks it.
    bool waitingForSecond[2] = { false, false };
    int deadlocksFormed = 0;
    // Thread 1's completed rounds, for thread 2 to wait on after its timeout on its second lock:
    // thread 1 then takes both locks unopposed, so every deadlock ends with a round completed and
    // there are at most 2 x rounds of them (what the run-time estimate counts on).
    std::condition_variable turnDone;
    int firstThreadRounds = 0;
    StepGate::expectThreads(2);

    const auto body = [&](int index, InstrumentedTimedMutex &first, InstrumentedTimedMutex &second) {
        ScopedTask task(TaskKind::Thread, recordedName(RecordedWord::Thread, index + 1).toStdString(),
                        context.mainTask());
        const StepThread step(index + 1);
        ThreadCounts &c = counts[index];
        std::mt19937 random(std::random_device {}() + static_cast<unsigned>(index));
        std::uniform_int_distribution<int> backoff(backoffMs / 4, backoffMs);
        // `otherRounds`: thread 1's rounds when the timeout happened (-1: do not wait for it).
        const auto giveUp = [&](int otherRounds) {
            ++c.timeouts;
            ++c.retries;
            // Stepped, the schedule decides who goes first: waiting here would stall it.
            if (otherRounds >= 0 && index == 1 && !StepGate::on()) {
                std::unique_lock lock(shared);
                const int seen = otherRounds;
                if (firstThreadRounds == seen && seen < rounds) {
                    Recorder::emit(EventKind::SleepBegin, 0);
                    turnDone.wait(lock, [&] { return firstThreadRounds > seen; });
                    Recorder::emit(EventKind::SleepEnd);
                }
            }
            if (backoffMs > 0)
                recordedSleep(static_cast<std::uint64_t>(backoff(random)) * 1'000'000u);
        };
        while (c.rounds < rounds) {
            if (workNs > 0)
                cpuWork(workNs);
            ++c.attempts;
            const bool gotFirst = first.try_lock_for(timeout);
            if (gotFirst && holdNs > 0)
                cpuWork(holdNs);
            if (c.attempts == 1 && !StepGate::on()) // stepped, the schedule decides who holds what
                bothHoldOne.arrive_and_wait(); // reached on the first attempt whatever its outcome
            if (!gotFirst) {
                giveUp(-1);
                continue;
            }
            {
                const std::lock_guard lock(shared);
                waitingForSecond[index] = true;
                if (waitingForSecond[1 - index])
                    ++deadlocksFormed; // counted once, by the thread that closes the cycle
            }
            const bool gotSecond = second.try_lock_for(timeout);
            bool otherWaiting = false;
            int otherRounds = 0;
            {
                const std::lock_guard lock(shared);
                waitingForSecond[index] = false;
                otherWaiting = waitingForSecond[1 - index];
                otherRounds = firstThreadRounds;
            }
            if (!gotSecond) {
                if (otherWaiting)
                    ++c.timeoutsInDeadlock;
                first.unlock(); // the other thread is probably waiting for exactly this lock
                giveUp(otherRounds);
                continue;
            }
            if (holdNs > 0)
                cpuWork(holdNs);
            second.unlock();
            first.unlock();
            ++c.rounds;
            if (index == 0) {
                const std::lock_guard lock(shared);
                firstThreadRounds = c.rounds;
                turnDone.notify_all();
            }
        }
    };
    std::thread one(body, 0, std::ref(a), std::ref(b));
    std::thread two(body, 1, std::ref(b), std::ref(a));
    one.join();
    two.join();

    QJsonArray perThread;
    QJsonArray roundsCompleted;
    int timeouts = 0;
    int retries = 0;
    int timeoutsInDeadlock = 0;
    for (int t = 0; t < 2; ++t) {
        perThread.append(
            QJsonObject { { QStringLiteral("thread"), recordedName(RecordedWord::Thread, t + 1) },
                          { QStringLiteral("attempts"), counts[t].attempts },
                          { QStringLiteral("timeouts"), counts[t].timeouts },
                          { QStringLiteral("retries"), counts[t].retries },
                          { QStringLiteral("rounds"), counts[t].rounds } });
        timeouts += counts[t].timeouts;
        retries += counts[t].retries;
        timeoutsInDeadlock += counts[t].timeoutsInDeadlock;
        roundsCompleted.append(counts[t].rounds);
    }
    QJsonObject r;
    r.insert(QStringLiteral("per_thread"), perThread);
    r.insert(QStringLiteral("attempts"), counts[0].attempts + counts[1].attempts);
    r.insert(QStringLiteral("timeouts"), timeouts);
    r.insert(QStringLiteral("retries"), retries);
    // The point: the deadlock formed (a timeout ended a wait inside the cycle), and every thread
    // still got both locks as often as it should.
    r.insert(QStringLiteral("timeouts_in_deadlock"), timeoutsInDeadlock);
    r.insert(QStringLiteral("deadlocks_formed"), deadlocksFormed);
    r.insert(QStringLiteral("rounds_completed"), roundsCompleted);
    return r;
}

} // namespace samtidig
