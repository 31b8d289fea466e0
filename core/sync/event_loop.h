#pragma once
// A one-thread event loop for C++20 coroutines, the C++ counterpart of Python's asyncio loop:
// coroutines take turns on the thread that calls run(); `co_await loop.sleep(d)` hands the thread
// to the next ready coroutine. Each coroutine is a task of its own (TaskKind::Coroutine, child of
// the loop's thread), recorded with CoResume and CoSuspend (a = requested ns). While nothing is
// ready the thread really sleeps until the next timer, recorded as Sleeping on its own lane, so the
// chart shows the idle gaps. Not thread-safe: one loop, one thread.

#include "sync/coroutine_task.h"

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

namespace samtidig {

class EventLoop
{
public:
    // A coroutine that ended with an exception. run() rethrows the first one after the others end.
    struct Failure {
        std::string coroutine;
        std::string message;
        std::exception_ptr exception;
    };

    // What `co_await loop.sleep(d)` returns: always suspends, re-queued by the loop after d.
    class SleepAwaiter
    {
    public:
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> handle) { m_loop.suspendCurrent(handle, m_ns); }
        void await_resume() const noexcept { }

    private:
        friend class EventLoop;
        SleepAwaiter(EventLoop &loop, std::uint64_t ns)
            : m_loop(loop)
            , m_ns(ns)
        { }
        EventLoop &m_loop;
        std::uint64_t m_ns;
    };

    // `threadTask` is the recorded task of the thread that will call run(); coroutines are its
    // children and it gets the idle Sleeping spans.
    explicit EventLoop(std::uint32_t threadTask);
    ~EventLoop(); // destroys every coroutine frame that has not finished
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    // Registers `task` as a coroutine task called `name` and queues it to run. Call on the loop's
    // thread (also allowed from inside a running coroutine). Returns the recorded task id (0 when
    // nothing is recording).
    std::uint32_t spawn(std::string_view name, Task task);

    // `co_await loop.sleep(d)` inside a coroutine of this loop: suspend, let others run, come back
    // no earlier than d later. A zero duration just gives the others a turn.
    SleepAwaiter sleep(std::chrono::nanoseconds duration);

    // Runs until every spawned coroutine has finished. If any coroutine threw, the others still run
    // to their end and then the first exception is rethrown; failures() lists all of them.
    void run();

    std::uint64_t suspensions() const { return m_suspensions; }
    std::uint64_t resumes() const { return m_resumes; }
    std::uint64_t idleNs() const { return m_idleNs; } // time the thread slept with nothing ready
    const std::vector<Failure> &failures() const { return m_failures; }
    std::size_t unfinished() const;

private:
    struct Coroutine {
        Task::Handle handle;
        std::uint32_t task = 0;
        std::string name;
    };
    struct Timer {
        std::uint64_t wakeNs = 0;
        std::uint64_t sequence = 0; // equal wake times keep their order of suspension
        std::size_t coroutine = 0;
        bool operator>(const Timer &other) const
        {
            return wakeNs != other.wakeNs ? wakeNs > other.wakeNs : sequence > other.sequence;
        }
    };
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    void suspendCurrent(std::coroutine_handle<> handle, std::uint64_t ns);
    void resumeOne(std::size_t index);
    void finish(std::size_t index);
    void moveDueTimers(std::uint64_t nowNs);
    void idleUntil(std::uint64_t wakeNs);

    std::uint32_t m_threadTask = 0;
    std::deque<Coroutine> m_coroutines; // index = position; a deque keeps references stable on spawn
    std::deque<std::size_t> m_ready; // FIFO: coroutines take turns in the order they became ready
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers; // min-heap by wake time
    std::size_t m_current = kNone;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_suspensions = 0;
    std::uint64_t m_resumes = 0;
    std::uint64_t m_idleNs = 0;
    std::vector<Failure> m_failures;
};

} // namespace samtidig
