#include "session/step_driver.h"

#include "i18n/recorded_names.h"
#include "record/clock.h"
#include "record/shared_region.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>

namespace samtidig {

namespace {

GateState stateOf(const GateSlot &slot)
{
    return static_cast<GateState>(slot.state.load());
}

} // namespace

StepDriver::StepDriver(SharedRegion &region, std::vector<int> schedule, After after)
    : m_region(region)
    , m_control(region.header()->step)
    , m_schedule(std::move(schedule))
    , m_after(after)
{ }

bool StepDriver::settled(std::uint32_t expected) const
{
    // A consistent look: the workload bumps `changes` before every state change.
    const std::uint32_t before = m_control.changes.load();
    for (std::uint32_t i = 0; i < expected; ++i) {
        const GateState s = stateOf(m_control.slots[i]);
        if (s == GateState::Absent || s == GateState::Running)
            return false;
    }
    return m_control.changes.load() == before;
}

QString StepDriver::nameOf(std::uint32_t id) const
{
    const RegionHeader *h = m_region.header();
    if (id == 0 || id > h->maxNames || id > h->namesClaimed.load())
        return QStringLiteral("?");
    const NameSlot &slot = m_region.names()[id - 1];
    if (slot.ready.load(std::memory_order_acquire) == 0)
        return QStringLiteral("?");
    return displayedName(QString::fromUtf8(slot.name)); // recorded in the run's language
}

void StepDriver::grant(int thread)
{
    GateSlot &slot = m_control.slots[thread - 1];
    m_takenSteps.push_back(
        TakenStep { thread, static_cast<GateOp>(slot.op.load()), nameOf(slot.object.load()), monotonicNs() });
    // Running before the wake-up: the next look must not take the old AtGate for a new one.
    slot.state.store(static_cast<std::uint32_t>(GateState::Running));
    slot.go.fetch_add(1);
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&slot.go), FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
    m_taken.push_back(thread);
}

void StepDriver::runFreely()
{
    m_control.freeRun.store(1);
    for (GateSlot &slot : m_control.slots) {
        slot.go.fetch_add(1);
        syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&slot.go), FUTEX_WAKE, INT_MAX, nullptr, nullptr,
                0);
    }
    m_status = Status::Free;
}

StepDriver::Status StepDriver::poll()
{
    if (m_status != Status::Stepping)
        return m_status;
    const std::uint32_t expected = std::min(m_control.expected.load(), kMaxGatedThreads);
    if (expected == 0 || !settled(expected))
        return m_status;
    std::vector<int> movable;
    bool blocked = false;
    for (std::uint32_t i = 0; i < expected; ++i) {
        const GateState s = stateOf(m_control.slots[i]);
        if (s == GateState::AtGate)
            movable.push_back(static_cast<int>(i) + 1);
        blocked = blocked || s == GateState::Blocked;
    }
    const std::size_t step = m_taken.size();
    if (step < m_schedule.size()) {
        const int thread = m_schedule[step];
        const int number = static_cast<int>(step) + 1;
        if (thread < 1 || thread > static_cast<int>(expected)) {
            m_refusal = tr("Step %1 of the schedule names thread %2, but this run has threads 1 to %3.")
                            .arg(number)
                            .arg(thread)
                            .arg(expected);
            m_status = Status::Refused;
            return m_status;
        }
        const GateSlot &slot = m_control.slots[thread - 1];
        const GateState s = stateOf(slot);
        if (s == GateState::Blocked) {
            m_refusal = tr("Step %1 of the schedule cannot be taken: thread %2 cannot move, it waits for "
                           "'%3', which another thread holds.")
                            .arg(number)
                            .arg(thread)
                            .arg(nameOf(slot.blockedOn.load()));
            m_status = Status::Refused;
            return m_status;
        }
        if (s != GateState::AtGate) {
            m_refusal = tr("Step %1 of the schedule cannot be taken: thread %2 has finished.")
                            .arg(number)
                            .arg(thread);
            m_status = Status::Refused;
            return m_status;
        }
        m_movable.push_back(movable);
        grant(thread);
        return m_status;
    }
    if (m_after == After::RunFreely) {
        runFreely();
        return m_status;
    }
    if (m_after == After::Manual)
        return m_status;
    if (movable.empty()) {
        m_status = blocked ? Status::Stuck : Status::Done;
        return m_status;
    }
    m_movable.push_back(movable);
    grant(movable.front());
    return m_status;
}

std::vector<StepDriver::ThreadView> StepDriver::threads() const
{
    std::vector<ThreadView> views;
    const std::uint32_t expected = std::min(m_control.expected.load(), kMaxGatedThreads);
    for (std::uint32_t i = 0; i < expected; ++i) {
        const GateSlot &slot = m_control.slots[i];
        ThreadView v;
        v.number = static_cast<int>(i) + 1;
        v.state = stateOf(slot);
        v.task = slot.task.load();
        if (v.state == GateState::AtGate) {
            v.op = static_cast<GateOp>(slot.op.load());
            v.object = slot.object.load();
        } else if (v.state == GateState::Blocked) {
            v.object = slot.blockedOn.load();
        }
        if (v.object != 0)
            v.objectName = nameOf(v.object);
        if (v.state == GateState::AtGate)
            v.next = tr("thread %1 will %2").arg(v.number).arg(operationText(v.op, v.objectName));
        else if (v.state == GateState::Blocked)
            v.next = tr("thread %1 waits for %2").arg(v.number).arg(v.objectName);
        else if (v.state == GateState::Finished)
            v.next = tr("thread %1 has finished").arg(v.number);
        else
            v.next = tr("thread %1 is running").arg(v.number);
        views.push_back(v);
    }
    return views;
}

bool StepDriver::ready() const
{
    const std::uint32_t expected = std::min(m_control.expected.load(), kMaxGatedThreads);
    return m_status == Status::Stepping && m_taken.size() >= m_schedule.size() && expected > 0
        && settled(expected);
}

bool StepDriver::step(int thread, QString *why)
{
    const std::uint32_t expected = std::min(m_control.expected.load(), kMaxGatedThreads);
    if (m_status != Status::Stepping || m_taken.size() < m_schedule.size() || expected == 0
        || !settled(expected)) {
        *why = tr("The threads are still moving; wait for them to stop at their next step.");
        return false;
    }
    if (thread < 1 || thread > static_cast<int>(expected)) {
        *why = tr("There is no thread %1; this run has threads 1 to %2.").arg(thread).arg(expected);
        return false;
    }
    const GateSlot &slot = m_control.slots[thread - 1];
    const GateState s = stateOf(slot);
    if (s == GateState::Blocked) {
        *why = tr("Thread %1 cannot move: it waits for '%2', which another thread holds.")
                   .arg(thread)
                   .arg(nameOf(slot.blockedOn.load()));
        return false;
    }
    if (s != GateState::AtGate) {
        *why = tr("Thread %1 cannot move: it has finished.").arg(thread);
        return false;
    }
    std::vector<int> movable;
    for (std::uint32_t i = 0; i < expected; ++i)
        if (stateOf(m_control.slots[i]) == GateState::AtGate)
            movable.push_back(static_cast<int>(i) + 1);
    m_movable.push_back(movable);
    grant(thread);
    return true;
}

QString StepDriver::scheduleText(const std::vector<int> &schedule)
{
    QStringList parts;
    for (int t : schedule)
        parts << QString::number(t);
    return parts.join(QLatin1Char(','));
}

bool StepDriver::parseSchedule(const QString &text, std::vector<int> *schedule, QString *error)
{
    schedule->clear();
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const int t = part.trimmed().toInt(&ok);
        if (!ok || t < 1 || t > static_cast<int>(kMaxGatedThreads)) {
            *error = tr("--schedule must be thread numbers separated by commas, such as 1,2,1,2; each "
                        "between 1 and %1 (got '%2').")
                         .arg(kMaxGatedThreads)
                         .arg(text);
            return false;
        }
        schedule->push_back(t);
    }
    return true;
}

QString StepDriver::operationText(GateOp op, const QString &object)
{
    switch (op) {
    case GateOp::None: return tr("start");
    case GateOp::Read: return tr("read %1").arg(object);
    case GateOp::Write: return tr("write %1").arg(object);
    case GateOp::Lock: return tr("lock %1").arg(object);
    case GateOp::TryLock: return tr("try to lock %1").arg(object);
    case GateOp::TimedLock: return tr("try to lock %1 for a while").arg(object);
    case GateOp::Unlock: return tr("release %1").arg(object);
    case GateOp::LockShared: return tr("lock %1 for reading").arg(object);
    case GateOp::UnlockShared: return tr("release %1 after reading").arg(object);
    case GateOp::CondWait: return tr("wait for %1").arg(object);
    case GateOp::CondNotify: return tr("notify %1").arg(object);
    case GateOp::SemAcquire: return tr("acquire %1").arg(object);
    case GateOp::SemRelease: return tr("release %1").arg(object);
    }
    return {};
}

} // namespace samtidig
