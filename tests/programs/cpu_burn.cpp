// A test workload: N threads each do the same fixed CPU work; the program writes how long that
// took (wall time, ns, measured inside the program) and the CPU time its threads used meanwhile
// (ns) to OUTFILE ("WALL CPU"), so a tool's overhead on the program is measured by the program
// itself. Usage: cpu_burn THREADS ITERATIONS OUTFILE
#include "program_times.h"

#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const int threads = std::atoi(argv[1]);
    const long iterations = std::atol(argv[2]);
    const ProgramTimes times;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([iterations] {
            volatile unsigned long x = 0;
            for (long k = 0; k < iterations; ++k)
                x = x * 3 + static_cast<unsigned long>(k);
        });
    for (std::thread &t : workers)
        t.join();
    times.write(argv[3]);
    return 0;
}
