#pragma once
// What every benchmark's main() does once its Qt application (and any data built outside the
// timings) exists: add the test-only scenarios (`firehose`, `ingest`; run_benchmarks.sh starts
// samtidig-test-runner, which has them), parse Google Benchmark's options, refuse ones it does not
// know, run.
#include "support/test_scenarios.h"

#include <benchmark/benchmark.h>

inline int runBenchmarks(int &argc, char **argv)
{
    samtidig::test::registerTestScenarios();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
