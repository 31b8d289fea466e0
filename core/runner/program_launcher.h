#pragma once
// The runner's second job: starting a user's own program and staying with it. The runner waits for
// the consumer's Go (the kernel's records are attached to it by then, and inherited by everything
// it creates), forks and execs the program, and, as the subreaper of its whole tree, reaps every
// process of it until the last one has ended, even those that daemonize. SIGTERM (Stop, or the
// window's death through PR_SET_PDEATHSIG) makes it kill the whole tree first.

#include <QStringList>

namespace samtidig {

class SharedRegion;

struct LaunchSpec {
    QString program; // a path, or a name looked up in PATH
    QStringList arguments;
    QString workingDirectory; // empty: the runner's
    QStringList environment; // NAME=VALUE added to (or replacing in) the runner's environment
    bool recordLocks = true; // false: no preload library, the kernel's view only
};

// Runs in the runner process after it attached the region; returns the runner's exit code.
int launchProgram(SharedRegion &region, const LaunchSpec &spec);

} // namespace samtidig
