// A test workload: N threads each do the same fixed CPU work; the program writes how long that
// took (wall time, ns, measured inside the program) to OUTFILE, so a tool's overhead on the
// program is measured by the program itself. Usage: cpu_burn THREADS ITERATIONS OUTFILE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const int threads = std::atoi(argv[1]);
    const long iterations = std::atol(argv[2]);
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
    if (FILE *f = std::fopen(argv[3], "w")) {
        std::fprintf(f, "%lld\n", static_cast<long long>(ns));
        std::fclose(f);
    }
    return 0;
}
