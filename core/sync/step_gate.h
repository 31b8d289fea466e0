#pragma once
// Step mode, the workload side: every instrumented operation calls StepGate::pass() just before it
// happens. With step mode off that is one predictable branch; with it on, a numbered thread
// (StepThread) publishes the operation in its GateSlot of the shared region and sleeps on the
// slot's futex word until the host (session/step_driver.h) lets it go. A thread that waits inside a
// primitive says so (blockedOn); the thread that frees it marks it running (wakeWaitersOf). How the
// host knows the threads have settled: the README's Architecture, "Decisions".

#include "record/region_layout.h"

#include <atomic>
#include <cstdint>

namespace samtidig {

class SharedRegion;

namespace StepGate {

namespace detail {
extern bool g_on; // written once in attach(), before any workload thread exists
void passSlow(GateOp op, std::uint32_t object);
} // namespace detail

// Reads the region's step flag (runner side, once, before the workload starts). nullptr: off.
void attach(SharedRegion *region);
inline bool on()
{
    return detail::g_on;
}

// The scenario's main thread says how many numbered threads it will start (step mode only).
void expectThreads(int count);

inline void pass(GateOp op, std::uint32_t object)
{
    if (detail::g_on) [[unlikely]]
        detail::passSlow(op, object);
}

// The calling thread waits inside a primitive for `object` / has stopped waiting (step mode only).
void blockedOn(std::uint32_t object);
void running();
// Marks every thread blocked on `object` as Running: it is about to be woken (step mode only).
void wakeWaitersOf(std::uint32_t object);

} // namespace StepGate

// How a primitive waits in step mode: retry `tryOnce` until it succeeds, published as Blocked on
// `object` in between, woken by wakeAll() (an in-process futex: the waiters are our own threads).
class StepWaiters
{
public:
    template<class TryOnce>
    void waitUntil(std::uint32_t object, TryOnce tryOnce)
    {
        for (;;) {
            const std::uint32_t seen = m_generation.load();
            StepGate::blockedOn(object);
            if (tryOnce())
                break;
            m_generation.wait(seen);
        }
        StepGate::running();
    }
    // After the resource was given back: waiters on `object` will run again and try once more.
    void wakeAll(std::uint32_t object)
    {
        StepGate::wakeWaitersOf(object);
        m_generation.fetch_add(1);
        m_generation.notify_all();
    }

private:
    std::atomic<std::uint32_t> m_generation { 0 };
};

// RAII: the calling thread is thread `number` (1-based, as the scenario numbers it) in schedules;
// Finished when it goes out of scope. Does nothing with step mode off.
class StepThread
{
public:
    explicit StepThread(int number);
    ~StepThread();
    StepThread(const StepThread &) = delete;
    StepThread &operator=(const StepThread &) = delete;
};

} // namespace samtidig
