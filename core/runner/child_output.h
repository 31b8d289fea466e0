#pragma once
// Runs a short helper program (addr2line) and returns what it wrote to its standard output.
//
// posix_spawnp, not QProcess: Qt 6 starts children with clone(CLONE_VM | CLONE_VFORK) and runs its
// own code in the child, in our address space, before exec. ThreadSanitizer does not see that
// clone (it turns vfork() into fork() for this reason) and the child's calls through its
// interceptors change the parent's race-detector state: the parent's later accesses were reported
// as races between threads that did synchronise. glibc's posix_spawn child makes only raw system
// calls. The child is reaped here, however it ends.

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace samtidig {

enum class ChildOutcome {
    Finished, // exited (any status): `output` holds what it wrote
    NotFound, // could not be started (not installed)
    TimedOut, // killed after the time allowed
};

struct ChildOutput {
    ChildOutcome outcome = ChildOutcome::NotFound;
    int exitStatus = -1; // the exit status when Finished and it exited normally, else -1
    QByteArray output;
};

// argv[0] is looked up in PATH. Standard input and error are /dev/null.
ChildOutput runForOutput(const QStringList &argv, int timeoutMs);

} // namespace samtidig
