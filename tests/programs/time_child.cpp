// A benchmark helper: runs PROGRAM from fork to the moment it is reaped and writes that wall time
// and the CPU time PROGRAM used (user and system, ns) to OUTFILE ("WALL CPU"), so that a program's time is
// measured the same way bare and recorded (recorded, this helper is the recorded program and PROGRAM its
// child: the preload library and the kernel's records follow it in). Exits with PROGRAM's exit status (127 if
// it could not be started, 128 + N if signal N ended it). Usage: time_child OUTFILE PROGRAM [ARGS...]
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0)
        return 127;
    if (child == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(child, &status, 0, &usage) != child)
        return 127;
    const auto ns
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
              .count();
    const long long cpuNs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000'000LL
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1'000LL;
    if (FILE *f = std::fopen(argv[1], "w")) {
        std::fprintf(f, "%lld %lld\n", static_cast<long long>(ns), cpuNs);
        std::fclose(f);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
