#pragma once
// The hidden scenarios only tests and benchmarks run (`crash`, `firehose`, `ingest`): not in the
// shipped programs, added to the registry by the test programs that run them and by
// samtidig-test-runner, the runner those tests start.

namespace samtidig::test {

// Appends them after the shipped scenarios; call at the start of the test, before any run.
void registerTestScenarios();

} // namespace samtidig::test
