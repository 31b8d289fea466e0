#pragma once
// The runner process's main: attach to the inherited region, register the main task, wait for
// the consumer's Go, run one scenario, publish its results. Never run in the window's process.

namespace samtidig {

// argv: --fd N --parent PID --scenario ID --params JSON [--lang da|en]
//   or: --fd N --parent PID [--cwd DIR] [--env NAME=VALUE]... -- PROGRAM [ARGS...]
int runnerMain(int argc, char **argv);

// Exit codes of the runner process.
enum RunnerExit {
    RunnerOk = 0,
    RunnerBadArguments = 64,
    RunnerNoRegion = 65,
    RunnerOrphaned = 66,
    RunnerNoGo = 67
};

} // namespace samtidig
