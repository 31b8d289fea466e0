#include "runner/exit_status.h"

#include <sys/wait.h>

namespace samtidig {

ExitStatus decodeWaitStatus(int status)
{
    ExitStatus s;
    if (status < 0)
        return s;
    if (WIFEXITED(status)) {
        s.exited = true;
        s.code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        s.signal = WTERMSIG(status);
    }
    return s;
}

} // namespace samtidig
