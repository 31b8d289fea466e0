#pragma once
// What the kernel says a ring's writer thread is doing, for the consumer's watermark: a writer
// that holds a record's stamp and is runnable (preempted) or stopped (a paused run) will write
// that record, so the watermark waits for it however long that takes; one that is blocked in the
// kernel or gone may never write it, so the watermark passes it.

#include <string_view>
#include <sys/types.h>

namespace samtidig {

enum class WriterState {
    OnItsWay, // running, runnable, in an uninterruptible kernel wait, or stopped: the record comes
    Blocked, // sleeping in the kernel (a lock, a futex, I/O it may wait on for ever)
    Gone, // exited, killed (a zombie) or never there
    Unknown // the kernel would not say (e.g. /proc hidden): the caller bounds its wait in time
};

// From the text of /proc/<pid>/task/<tid>/stat ("tid (name) S ..."; the name may hold spaces and
// parentheses, so the state is the first field after the last ')'). Empty text: Gone.
WriterState writerStateFromStat(std::string_view stat);

// The state of thread `tid` of process `pid` (tid 0: the process's main thread), one read of /proc.
WriterState writerState(pid_t pid, pid_t tid);

} // namespace samtidig
