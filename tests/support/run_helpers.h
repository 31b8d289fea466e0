#pragma once
// What the scenario and fault tests share: a validated run request, running a session to its end
// the way the window polls it, and counting this process's children.

#include "scenarios/scenario.h"
#include "session/run_session.h"

#include <QString>

#include <chrono>
#include <thread>
#include <utility>
#include <vector>

namespace samtidig::test {

// A request with the scenario's defaults overridden by `sets`; a bad assignment ends the test.
RunRequest request(const QString &scenario, const std::vector<std::pair<QString, QString>> &sets,
                   RunRequest::Source source = RunRequest::Source::Auto);

// Polls like the window does (every few ms) until `done` holds or the time is up.
template<typename Done>
bool pollUntil(RunSession &session, int timeoutMs, Done done)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        session.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// Runs to the end. The deadline only guards against a hung test (the run is then stopped as
// timed out); it is not what is tested.
void runToEnd(RunSession &session, int timeoutMs = 60000);

// Starts `request` and runs it to the end; true if it completed.
bool runToEnd(RunSession &session, const RunRequest &request, int timeoutMs);

// An integer of the run's published results; -1 when it is missing.
qint64 resultOf(const Trace &trace, const char *key);

// The parameter `name` of a scenario; nullptr if it has none of that name.
const ParamSpec *paramSpec(const ScenarioInfo &info, const QString &name);

// Processes whose parent is this test: runners or their children left behind.
int childProcessCount();

} // namespace samtidig::test
