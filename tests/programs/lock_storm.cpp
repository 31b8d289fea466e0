// A test workload: THREADS threads share one pthread mutex and together take it TOTAL times, each
// time adding one to a shared counter: contended lock operations, as many as the machine allows.
// Writes how long that took (wall time, ns, measured inside the program) and the CPU time its
// threads used meanwhile (ns) to OUTFILE ("WALL CPU"); exits 1 if the counter is not TOTAL.
// Usage: lock_storm THREADS TOTAL OUTFILE
#include "program_times.h"

#include <cstdlib>
#include <pthread.h>
#include <thread>
#include <vector>

namespace {

pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
long g_counter = 0;

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const int threads = std::atoi(argv[1]);
    const long total = std::atol(argv[2]);
    if (threads < 1 || total < threads)
        return 2;
    const ProgramTimes times;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([n = total / threads + (i < total % threads ? 1 : 0)] {
            for (long k = 0; k < n; ++k) {
                pthread_mutex_lock(&g_mutex);
                ++g_counter;
                pthread_mutex_unlock(&g_mutex);
            }
        });
    for (std::thread &t : workers)
        t.join();
    times.write(argv[3]);
    return g_counter == total ? 0 : 1;
}
