#pragma once
// A scenario: one idea of concurrency shown by a real workload. Its description (id, theme, name,
// explanation, parameters) is read in the window's or CLI's process, in the UI language; run()
// only ever executes inside the runner process, on real threads and forked processes.

#include "scenarios/parameters.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace samtidig {

enum class ScenarioTheme {
    ProcessesAndThreads,
    Synchronization,
    Deadlock,
    ParallelismAndConcurrency,
    Async,
    More
};

struct ScenarioInfo {
    QString id; // stable, part of the CLI contract
    ScenarioTheme theme = ScenarioTheme::More;
    QString name; // translated
    QString explanation; // translated, 3–6 sentences: what to look for and why it happens
    std::vector<ParamSpec> params;
    bool mayHang = false; // deadlocks on purpose: the runner is stopped by the user or --timeout
    // Numbers its threads for step mode (sync/step_gate.h): runs can follow a schedule.
    bool steppable = false;
    // Not steppable: why, in words (translated), when it is more than "its threads have no gates"
    // (the window says it where Step by Step would start).
    QString notSteppableReason;
    // How many schedules step mode can take through a run with these values (unset: unknown).
    std::function<double(const ParamValues &values)> interleavings;
    bool hidden = false; // test-only (e.g. `crash`): left out of the scenario browser and `list`
    // About how long a run with these values takes on `cores` cores, in seconds, from the work and
    // waits the parameters ask for (a hanging scenario: until it hangs). Runs estimated above
    // kMaxRunSeconds are refused before any runner starts. `timeParams` names the parameters the
    // estimate grows with, for the message.
    std::function<double(const ParamValues &values, int cores)> estimatedSeconds;
    QStringList timeParams;
};

// The longest run a scenario's parameters may ask for (on the machine the run happens on).
inline constexpr double kMaxRunSeconds = 60;
// What one cpuWork() call costs on top of the work it asks for: its first step of arithmetic (it
// cannot see its own CPU time sooner), two reads of the thread's CPU clock and two records. A
// scenario that calls it per increment counts it per increment: a million increments of 10 ns
// each are seconds of CPU time, not 10 ms. Measured 4.5 µs on the 2-core development machine
// (`threads`, 2 threads x 200 000 increments: 0.9 s on the CPU per thread).
inline constexpr double kCpuWorkCallSeconds = 5e-6;

// Checks the run-time limit: false with a message naming the parameters, their values, the
// estimate and the limit when a run with `values` would take longer than kMaxRunSeconds.
bool checkRunTime(const ScenarioInfo &info, const ParamValues &values, int cores, QString *error);

class RunContext;

// Logical CPUs online on this machine now, at most `cap` (scenario defaults scale with it).
int onlineCpuCount(int cap = 1024);

class Scenario
{
public:
    virtual ~Scenario() = default;
    virtual ScenarioInfo info() const = 0;
    // Runs the workload in the runner process and returns its results section. May never return
    // (a deadlock on purpose): the runner's process group is then killed from outside.
    virtual QJsonObject run(const ParamValues &params, RunContext &context) const = 0;
};

// Services the runner gives a running scenario.
class RunContext
{
public:
    RunContext(std::uint32_t mainTask, int cpuCount);

    std::uint32_t mainTask() const { return m_mainTask; }
    int cpuCount() const { return m_cpuCount; } // logical CPUs online, read at run time

    // Marks the start of a phase of a two-phase scenario (e.g. "parallel", "one core").
    void beginPhase(int index, const QString &title);

    // Forks a child process that runs `body` as a registered task named `name`, then _exits with
    // body's return value. The child dies with the runner (PR_SET_PDEATHSIG). Only call this before
    // the scenario starts threads. Returns the child's pid, or -1 with *error set.
    pid_t forkTask(const QString &name, const std::function<int(std::uint32_t task)> &body, QString *error);
    // Waits for a child started by forkTask, records its Exit, returns its exit status (or -signal).
    int waitTask(pid_t pid);

private:
    std::uint32_t m_mainTask = 0;
    int m_cpuCount = 1;
};

} // namespace samtidig
