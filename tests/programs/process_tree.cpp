// A test workload that makes a process tree a recorder must follow and end: a child that lives on
// after this process exits, and a daemon (double fork, setsid) that leaves the process group.
// Writes the pids it made, one per line, to PIDFILE, then exits at once.
// Usage: process_tree PIDFILE CHILD_SECONDS DAEMON_SECONDS
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const unsigned childSeconds = static_cast<unsigned>(std::atoi(argv[2]));
    const unsigned daemonSeconds = static_cast<unsigned>(std::atoi(argv[3]));
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return 1;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        close(pipeFds[1]);
        sleep(childSeconds);
        _exit(0);
    }
    const pid_t first = fork();
    if (first == 0) {
        setsid();
        const pid_t daemon = fork();
        if (daemon == 0) {
            const pid_t self = getpid();
            (void)!write(pipeFds[1], &self, sizeof self);
            close(pipeFds[1]);
            sleep(daemonSeconds);
            _exit(0);
        }
        _exit(0);
    }
    close(pipeFds[1]);
    waitpid(first, nullptr, 0);
    pid_t daemon = 0;
    (void)!read(pipeFds[0], &daemon, sizeof daemon);
    if (FILE *f = std::fopen(argv[1], "w")) {
        std::fprintf(f, "%d\n%d\n", child, daemon);
        std::fclose(f);
    }
    return 0;
}
