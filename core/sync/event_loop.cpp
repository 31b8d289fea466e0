#include "sync/event_loop.h"

#include "record/clock.h"
#include "record/recorder.h"

#include <cerrno>
#include <ctime>
#include <stdexcept>

namespace samtidig {

namespace {

std::string describe(const std::exception_ptr &exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const std::exception &e) {
        return e.what();
    } catch (...) {
        return "unknown exception";
    }
}

} // namespace

EventLoop::EventLoop(std::uint32_t threadTask)
    : m_threadTask(threadTask)
{ }

EventLoop::~EventLoop()
{
    // Frames of coroutines that never finished (run() not called, or left early) are ours to free.
    for (Coroutine &c : m_coroutines) {
        if (!c.handle)
            continue;
        c.handle.destroy();
        c.handle = {};
        Recorder::emitFor(c.task, EventKind::TaskEnd);
    }
}

std::uint32_t EventLoop::spawn(std::string_view name, Task task)
{
    if (!task.isValid())
        throw std::invalid_argument("EventLoop::spawn: empty task");
    Coroutine c;
    c.handle = task.release();
    c.name = std::string(name);
    c.task = Recorder::registerTask(TaskKind::Coroutine, name, m_threadTask);
    if (c.task != 0)
        Recorder::emitFor(c.task, EventKind::TaskBegin, m_threadTask);
    m_coroutines.push_back(std::move(c));
    m_ready.push_back(m_coroutines.size() - 1);
    return m_coroutines.back().task;
}

EventLoop::SleepAwaiter EventLoop::sleep(std::chrono::nanoseconds duration)
{
    const auto ns = duration.count() < 0 ? 0 : static_cast<std::uint64_t>(duration.count());
    return SleepAwaiter(*this, ns);
}

std::size_t EventLoop::unfinished() const
{
    std::size_t n = 0;
    for (const Coroutine &c : m_coroutines)
        if (c.handle)
            ++n;
    return n;
}

void EventLoop::suspendCurrent(std::coroutine_handle<> handle, std::uint64_t ns)
{
    // Only a coroutine this loop is resuming right now can be put on its timer queue.
    if (m_current == kNone || m_coroutines[m_current].handle.address() != handle.address())
        throw std::logic_error("co_await EventLoop::sleep() outside a coroutine running on that loop");
    ++m_suspensions;
    Recorder::emitFor(m_coroutines[m_current].task, EventKind::CoSuspend, ns);
    m_timers.push(Timer { monotonicNs() + ns, m_sequence++, m_current });
}

void EventLoop::resumeOne(std::size_t index)
{
    const std::uint32_t task = m_coroutines[index].task;
    m_current = index;
    // While the coroutine runs, everything it records (work slices, locks) belongs to its own lane.
    Recorder::setCurrentTask(task);
    Recorder::emit(EventKind::CoResume);
    ++m_resumes;
    m_coroutines[index].handle.resume();
    Recorder::setCurrentTask(m_threadTask);
    m_current = kNone;
    if (m_coroutines[index].handle.done())
        finish(index);
}

void EventLoop::finish(std::size_t index)
{
    Coroutine &c = m_coroutines[index];
    const std::exception_ptr exception = c.handle.promise().exception;
    if (exception)
        m_failures.push_back(Failure { c.name, describe(exception), exception });
    Recorder::emitFor(c.task, EventKind::TaskEnd, exception ? 1 : 0);
    c.handle.destroy();
    c.handle = {};
}

void EventLoop::moveDueTimers(std::uint64_t nowNs)
{
    while (!m_timers.empty() && m_timers.top().wakeNs <= nowNs) {
        m_ready.push_back(m_timers.top().coroutine);
        m_timers.pop();
    }
}

void EventLoop::idleUntil(std::uint64_t wakeNs)
{
    const std::uint64_t begin = monotonicNs();
    if (wakeNs <= begin)
        return;
    Recorder::emit(EventKind::SleepBegin, wakeNs - begin);
    // An absolute deadline: an interrupted sleep resumes towards the same wake time.
    const timespec until { static_cast<time_t>(wakeNs / 1'000'000'000ull),
                           static_cast<long>(wakeNs % 1'000'000'000ull) };
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr) == EINTR) { }
    Recorder::emit(EventKind::SleepEnd);
    m_idleNs += monotonicNs() - begin;
}

void EventLoop::run()
{
    Recorder::setCurrentTask(m_threadTask);
    while (!m_ready.empty() || !m_timers.empty()) {
        moveDueTimers(monotonicNs());
        if (m_ready.empty()) {
            idleUntil(m_timers.top().wakeNs);
            continue;
        }
        const std::size_t next = m_ready.front();
        m_ready.pop_front();
        resumeOne(next);
    }
    if (!m_failures.empty())
        std::rethrow_exception(m_failures.front().exception);
}

} // namespace samtidig
