#pragma once
// What every benchmark's main() does once its Qt application (and any data built outside the
// timings) exists: parse Google Benchmark's options, refuse ones it does not know, run.
#include <benchmark/benchmark.h>

inline int runBenchmarks(int &argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
