// samtidig-test-runner: the runner with the test-only scenarios added (crash, firehose, ingest).
// Tests that run those point SAMTIDIG_RUNNER at it; it is never installed.
#include "runner/runner_entry.h"
#include "support/test_scenarios.h"

int main(int argc, char **argv)
{
    samtidig::test::registerTestScenarios();
    return samtidig::runnerMain(argc, argv);
}
