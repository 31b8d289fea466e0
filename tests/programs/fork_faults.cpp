// A process that takes no lock forks a child, which writes to OUTFILE how many page faults it had
// from the fork to its first instruction ("FAULTS"): the fork's own copy-on-write faults and the
// preload library's fork handler. Recorded, that handler must not fault in tables the parent never
// filled. Usage: fork_faults OUTFILE
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    const pid_t child = fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage); // a child's counts start at its fork
        const long faults = usage.ru_minflt + usage.ru_majflt;
        if (FILE *f = std::fopen(argv[1], "w")) {
            std::fprintf(f, "%ld\n", faults);
            std::fclose(f);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
