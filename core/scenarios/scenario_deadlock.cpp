// With several locks, two threads can each wait for the other: a deadlock.
#include "scenarios/scenario_deadlock.h"

#include "i18n/recorded_names.h"
#include "record/recorder.h"
#include "sync/cpu_work.h"
#include "sync/instrumented_mutex.h"
#include "sync/step_gate.h"

#include <algorithm>
#include <barrier>
#include <functional>
#include <thread>

namespace samtidig {

ScenarioInfo DeadlockScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("deadlock");
    i.steppable = true;
    i.theme = ScenarioTheme::Deadlock;
    i.name = tr("Deadlock: two threads, two locks");
    i.explanation
        = tr("Thread 1 locks mutex A and then wants mutex B; thread 2 locks B and then wants A. Each thread "
             "holds its first lock while it waits for the second, so each waits for the other to release "
             "first, and neither ever does: the program is stuck. The two threads are made to take their "
             "first lock at the same time, so this happens in every run. Watch the lock waits that never end "
             "and the cycle the deadlock detector finds; the run hangs until you stop it. The timeout and "
             "lock-ordering scenarios show two ways out.");
    i.params = {
        { QStringLiteral("work_ms"), tr("Work before the first lock"), ParamSpec::Type::Integer, 0, 10000,
          100, tr("ms"), tr("CPU work each thread does before it takes its first lock.") },
        { QStringLiteral("hold_ms"), tr("Work holding the first lock"), ParamSpec::Type::Integer, 0, 10000,
          200, tr("ms"),
          tr("CPU work each thread does while it holds its first lock, before it asks for the second.") },
    };
    i.mayHang = true;
    // Until it hangs.
    i.estimatedSeconds = [](const ParamValues &v, int) {
        return (v.number(QStringLiteral("work_ms")) + v.number(QStringLiteral("hold_ms"))) / 1000;
    };
    i.timeParams = { QStringLiteral("work_ms"), QStringLiteral("hold_ms") };
    return i;
}

QJsonObject DeadlockScenario::run(const ParamValues &params, RunContext &context) const
{
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000u;
    const auto holdNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("hold_ms"))) * 1'000'000u;
    InstrumentedMutex a("A");
    InstrumentedMutex b("B");
    // Both threads hold their first lock before either asks for its second: the deadlock is certain.
    std::barrier bothHoldOne(2);

    StepGate::expectThreads(2);
    const auto body = [&](int number, InstrumentedMutex &first, InstrumentedMutex &second) {
        ScopedTask task(TaskKind::Thread, recordedName(RecordedWord::Thread, number).toStdString(),
                        context.mainTask());
        const StepThread step(number);
        if (workNs > 0)
            cpuWork(workNs);
        first.lock();
        if (holdNs > 0)
            cpuWork(holdNs);
        if (!StepGate::on()) // stepped, the schedule decides whether the deadlock happens
            bothHoldOne.arrive_and_wait();
        second.lock(); // blocks forever: the other thread holds it and waits for `first`
        second.unlock();
        first.unlock();
    };
    std::thread one(body, 1, std::ref(a), std::ref(b));
    std::thread two(body, 2, std::ref(b), std::ref(a));
    one.join(); // never returns: the runner is killed from outside
    two.join();
    return { { QStringLiteral("deadlocked"), false } };
}

} // namespace samtidig
