#pragma once
// The writer side of recording, used inside the runner process (its threads, coroutines and forked
// children). Each OS thread claims its own single-producer ring on first use; emitting a record is
// a clock read, a CPU read and a few stores: no lock, no syscall (unless a lossless ring is full).

#include "record/event.h"

#include <cstdint>
#include <string_view>

namespace samtidig {

class SharedRegion;

namespace Recorder {

// Points this process at a region. Call once in the runner before any task registers.
void attach(SharedRegion *region);
bool isAttached();
SchedulingSource source();

// Registers a task and returns its id (0 if the task table is full: the refusal is counted).
// pid/tid are taken from the calling thread unless `onBehalfOf` is a coroutine registration.
std::uint32_t registerTask(TaskKind kind, std::string_view name, std::uint32_t parent);
// Registers a lock, variable, marker ... name; returns its id (0 if the table is full).
std::uint32_t registerName(NameKind kind, std::string_view name);

// The task the calling thread records as. Threads set it once; a coroutine loop switches it.
void setCurrentTask(std::uint32_t task);
std::uint32_t currentTask();

// A time stamp for the next `records` records this thread writes with emitFor (lock request and
// acquisition at one instant: 2). Until they are written the ring tells the consumer that a stamp
// is outstanding, so the live session waits for them instead of drawing past them.
std::uint64_t stamp(std::uint32_t records = 1);
// The same, read only after every earlier instruction has finished: for records that say a
// synchronisation has happened (a lock taken, stampedAfterSync), taken right after it. emit() and
// emitFor() without a time choose by the record's kind.
std::uint64_t stampAfterSync(std::uint32_t records = 1);
// Records one event for the current task.
void emit(EventKind kind, std::uint64_t a = 0, std::uint64_t b = 0);
// Records one event for an explicit task (coroutine loops, fork bookkeeping) at time `timeNs`
// (0 = now). An explicit `timeNs` comes from stamp() (or recordingNs(), the clock of every stamp in
// a ring, where the session holds records back for long anyway: the estimate source's slices).
void emitFor(std::uint32_t task, EventKind kind, std::uint64_t a = 0, std::uint64_t b = 0,
             std::uint64_t timeNs = 0);

// Must be called in a forked child before it records: the parent's rings belong to the parent's
// threads, so the child claims fresh ones.
void resetAfterFork();

// The calling thread is ending: its ring may be taken over by a later thread once drained.
void releaseRing();

} // namespace Recorder

// RAII: registers the calling thread as a task, emits TaskBegin, and TaskEnd on destruction.
class ScopedTask
{
public:
    ScopedTask(TaskKind kind, std::string_view name, std::uint32_t parent);
    ~ScopedTask();
    ScopedTask(const ScopedTask &) = delete;
    ScopedTask &operator=(const ScopedTask &) = delete;
    std::uint32_t id() const { return m_id; }

private:
    std::uint32_t m_id = 0;
};

} // namespace samtidig
