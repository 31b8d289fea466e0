// A test workload: N threads each do the same fixed CPU work; the program writes how long that
// took (wall time, ns, measured inside the program) and the CPU time its threads used meanwhile
// (ns) to OUTFILE ("WALL CPU"), so a tool's overhead on the program is measured by the program
// itself. Usage: cpu_burn THREADS ITERATIONS OUTFILE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const int threads = std::atoi(argv[1]);
    const long iterations = std::atol(argv[2]);
    timespec cpuStart {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart);
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([iterations] {
            volatile unsigned long x = 0;
            for (long k = 0; k < iterations; ++k)
                x = x * 3 + static_cast<unsigned long>(k);
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
    return 0;
}
