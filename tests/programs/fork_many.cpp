// More forked children than the region has rings (512), one after the other, each taking a mutex
// 100 times and ending with exit(): each child gives its ring back as it ends, so every one records.
//   fork_many CHILDREN
#include <cstdlib>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
} // namespace

int main(int argc, char **argv)
{
    const long children = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 700;
    for (long i = 0; i < children; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            for (int j = 0; j < 100; ++j) {
                pthread_mutex_lock(&g_mutex);
                pthread_mutex_unlock(&g_mutex);
            }
            std::exit(0);
        }
        waitpid(child, nullptr, 0);
    }
    return 0;
}
