#include "sync/step_gate.h"

#include "record/recorder.h"
#include "record/shared_region.h"

#include <climits>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace samtidig {

bool StepGate::detail::g_on = false;

namespace {

StepControl *g_control = nullptr;
thread_local GateSlot *t_slot = nullptr;

// Shared (not private) futex operations: the host that wakes us is another process.
void futexWait(std::atomic<std::uint32_t> *word, std::uint32_t expected)
{
    // A timeout bounds how long a wake-up lost to a signal could delay us; the loop re-checks.
    const timespec limit { 0, 50'000'000 };
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(word), FUTEX_WAIT, expected, &limit, nullptr, 0);
}

void setState(GateSlot &slot, GateState state)
{
    g_control->changes.fetch_add(1);
    slot.state.store(static_cast<std::uint32_t>(state));
}

} // namespace

void StepGate::attach(SharedRegion *region)
{
    g_control = region ? &region->header()->step : nullptr;
    detail::g_on = g_control && g_control->enabled.load() != 0;
}

void StepGate::expectThreads(int count)
{
    if (detail::g_on)
        g_control->expected.store(static_cast<std::uint32_t>(count));
}

void StepGate::detail::passSlow(GateOp op, std::uint32_t object)
{
    GateSlot *slot = t_slot;
    if (!slot || g_control->freeRun.load() != 0)
        return;
    slot->op.store(static_cast<std::uint32_t>(op));
    slot->object.store(object);
    const std::uint32_t ticket = slot->go.load();
    // Recorded before the host can see AtGate: the lanes show the wait from its first moment.
    Recorder::emit(EventKind::GateWait, static_cast<std::uint64_t>(op), object);
    setState(*slot, GateState::AtGate);
    while (slot->go.load() == ticket && g_control->freeRun.load() == 0)
        futexWait(&slot->go, ticket);
    Recorder::emit(EventKind::GatePass);
    slot->passed.fetch_add(1);
    setState(*slot, GateState::Running);
}

void StepGate::blockedOn(std::uint32_t object)
{
    if (GateSlot *slot = t_slot) {
        slot->blockedOn.store(object);
        setState(*slot, GateState::Blocked);
    }
}

void StepGate::running()
{
    if (GateSlot *slot = t_slot)
        setState(*slot, GateState::Running);
}

void StepGate::wakeWaitersOf(std::uint32_t object)
{
    if (!detail::g_on)
        return;
    for (GateSlot &slot : g_control->slots) {
        auto blocked = static_cast<std::uint32_t>(GateState::Blocked);
        if (slot.blockedOn.load() != object || slot.state.load() != blocked)
            continue;
        g_control->changes.fetch_add(1);
        slot.state.compare_exchange_strong(blocked, static_cast<std::uint32_t>(GateState::Running));
    }
}

StepThread::StepThread(int number)
{
    if (!StepGate::on() || number < 1 || number > static_cast<int>(kMaxGatedThreads))
        return;
    GateSlot &slot = g_control->slots[number - 1];
    slot.task.store(Recorder::currentTask());
    setState(slot, GateState::Running);
    t_slot = &slot;
}

StepThread::~StepThread()
{
    if (GateSlot *slot = t_slot) {
        setState(*slot, GateState::Finished);
        t_slot = nullptr;
    }
}

} // namespace samtidig
