#include "support/test_scenarios.h"

#include "scenarios/scenario_registry.h"
#include "support/scenario_crash.h"
#include "support/scenario_firehose.h"
#include "support/scenario_ingest.h"

namespace samtidig::test {

void registerTestScenarios()
{
    static const CrashScenario crash;
    static const FirehoseScenario firehose;
    static const IngestScenario ingest;
    registerScenario(&crash);
    registerScenario(&firehose);
    registerScenario(&ingest);
}

} // namespace samtidig::test
