// A test workload: THREADS threads share one pthread mutex and together take it TOTAL times, each
// time adding one to a shared counter: contended lock operations, as many as the machine allows.
// Writes how long that took (wall time, ns, measured inside the program) and the CPU time its
// threads used meanwhile (ns) to OUTFILE ("WALL CPU"); exits 1 if the counter is not TOTAL.
// Usage: lock_storm THREADS TOTAL OUTFILE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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
    timespec cpuStart {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart);
    const auto start = std::chrono::steady_clock::now();
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
    const auto ns
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
              .count();
    timespec cpuEnd {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuEnd);
    const long long cpuNs
        = (cpuEnd.tv_sec - cpuStart.tv_sec) * 1'000'000'000LL + (cpuEnd.tv_nsec - cpuStart.tv_nsec);
    if (FILE *f = std::fopen(argv[3], "w")) {
        std::fprintf(f, "%lld %lld\n", static_cast<long long>(ns), cpuNs);
        std::fclose(f);
    }
    return g_counter == total ? 0 : 1;
}
