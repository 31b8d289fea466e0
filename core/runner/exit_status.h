#pragma once
// How a child process ended, decoded once from a waitpid() status.

namespace samtidig {

struct ExitStatus {
    bool exited = false; // it called exit(): `code` holds its status
    int code = 0;
    int signal = 0; // the signal that ended it, 0 unless it was killed by one

    bool signalled() const { return signal != 0; }
    // The exit code, the negated signal when killed, -1 when it neither exited nor was killed.
    int codeOrNegativeSignal() const { return exited ? code : signalled() ? -signal : -1; }
};

// `status` as waitpid() filled it in; a stopped or continued child (or -1) is neither exited nor signalled.
ExitStatus decodeWaitStatus(int status);

} // namespace samtidig
