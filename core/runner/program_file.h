#pragma once
// What a program file lets the preload library see of its locks, told from the file before it
// runs. The library is loaded by the dynamic loader from LD_PRELOAD and interposes the C library's
// lock functions; it is blind to a program that has no loader (statically linked), one the loader
// runs in secure mode (setuid, setgid, file capabilities: LD_PRELOAD is ignored), and one whose
// runtime locks with futexes of its own (Go). A script is judged by its interpreter.

#include <string>

namespace samtidig {

enum class ProgramLocks {
    Seen, // dynamically linked, run as the user: the preload records its C library locks
    Static, // no program interpreter (PT_INTERP): LD_PRELOAD is never read
    SecureExec, // setuid/setgid to someone else, or file capabilities: the loader ignores LD_PRELOAD
    GoRuntime, // a Go program: sync.Mutex and channels are the Go runtime's, not the C library's
    Unknown, // not readable or not a program we know: assumed Seen
};

// `path`: the file exec will run (a path, not a name to look up).
ProgramLocks programLocks(const std::string &path);
// The summary's lock_source for it: "preload", or "none: " and why.
std::string lockSourceText(ProgramLocks locks);

} // namespace samtidig
