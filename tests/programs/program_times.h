#pragma once
// What a test workload measures of itself, for the benchmarks: from construction to write(), the
// wall time and the CPU time of all its threads, written to a file as "WALL CPU" in ns. Measured
// inside the program, so a tool's cost to it is measured by the program itself.
#include <chrono>
#include <cstdio>
#include <ctime>

class ProgramTimes
{
public:
    ProgramTimes()
        : m_start(std::chrono::steady_clock::now())
    {
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &m_cpuStart);
    }

    void write(const char *path) const
    {
        const auto ns
            = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start)
                  .count();
        timespec cpuEnd {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuEnd);
        const long long cpuNs
            = (cpuEnd.tv_sec - m_cpuStart.tv_sec) * 1'000'000'000LL + (cpuEnd.tv_nsec - m_cpuStart.tv_nsec);
        if (FILE *f = std::fopen(path, "w")) {
            std::fprintf(f, "%lld %lld\n", static_cast<long long>(ns), cpuNs);
            std::fclose(f);
        }
    }

private:
    std::chrono::steady_clock::time_point m_start;
    timespec m_cpuStart {};
};
