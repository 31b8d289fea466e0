#pragma once
// The coroutine type the event loop runs: a fire-and-forget C++20 coroutine that starts suspended
// (the loop decides when it first runs) and stops at its end instead of destroying itself, so that
// control and any exception it threw go back to the loop, which then destroys it.

#include <coroutine>
#include <exception>
#include <utility>

namespace samtidig {

class Task
{
public:
    struct promise_type {
        std::exception_ptr exception;

        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        // Created suspended: nothing runs until EventLoop::run() resumes it on the loop's thread.
        std::suspend_always initial_suspend() noexcept { return {}; }
        // Suspend at the end: resume() returns to the loop, which sees done(), reads the exception
        // and destroys the frame. Nothing else may touch the frame after this point.
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept { }
        // Kept for the loop to report; a coroutine's failure must not vanish.
        void unhandled_exception() noexcept { exception = std::current_exception(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    Task() = default;
    Task(Task &&other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
    { }
    Task &operator=(Task &&other) noexcept
    {
        if (this != &other) {
            destroy();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    // A Task never handed to a loop still owns its frame: destroy it, or it leaks.
    ~Task() { destroy(); }

    bool isValid() const { return static_cast<bool>(m_handle); }
    // Gives the frame to the caller (the event loop), which must destroy it.
    Handle release() { return std::exchange(m_handle, {}); }

private:
    explicit Task(Handle handle)
        : m_handle(handle)
    { }
    void destroy()
    {
        if (m_handle)
            m_handle.destroy();
        m_handle = {};
    }

    Handle m_handle;
};

} // namespace samtidig
