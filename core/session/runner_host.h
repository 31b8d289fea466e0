#pragma once
// The workload side of a run: the shared region and the runner process (its own process group),
// and what the runner says through the region's header: ready, finished, failed, its results.
// The runner runs one of Samtidig's scenarios, or starts a user's own program and stays with it
// (runner/program_launcher.h).

#include "record/event.h"
#include "record/region_layout.h"
#include "session/program_request.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace samtidig {

class RunnerProcess;
class SharedRegion;

class RunnerHost
{
    Q_DECLARE_TR_FUNCTIONS(RunnerHost)
public:
    struct Spec {
        QString scenario;
        QJsonObject parameters; // validated
        QString language; // "en" or "da"
        SchedulingSource source = SchedulingSource::Kernel;
        std::uint32_t ringCapacity = 1u << 16;
        bool lossy = false;
        bool stepMode = false; // gate every instrumented operation (sync/step_gate.h)
        std::optional<ProgramRequest> program; // set: the runner starts this program, resolved
    };

    RunnerHost();
    ~RunnerHost(); // stops the runner's process group and reaps it; unmaps the region
    RunnerHost(const RunnerHost &) = delete;
    RunnerHost &operator=(const RunnerHost &) = delete;

    // Creates the region and spawns the runner, which sets the scenario up and waits for go().
    bool start(const Spec &spec, QString *error);
    SharedRegion &region() { return *m_region; }
    pid_t pid() const;
    RunState state() const;
    // Before go(): the workload reports its own slices (the kernel refused its records).
    void useEstimateSource();
    void go();
    // Non-blocking: true once the runner has exited.
    bool poll();
    bool exited() const;
    bool completedCleanly() const; // the runner said "finished" and exited with status 0
    QString exitDescription() const;
    bool pause();
    bool resume();
    // SIGKILL to the group and reap it; an error text if something refused to go.
    QString stop();
    // What the program wrote to its output since the last call (captureOutput only).
    QByteArray takeOutput();
    // The runner's results block (runner/runner_results.h: checked, a damaged block reads as an error).
    QJsonObject results() const;

private:
    std::unique_ptr<SharedRegion> m_region;
    std::unique_ptr<RunnerProcess> m_runner;
    int m_output = -1; // read end of the program's output pipe
    bool m_program = false;
    std::uint64_t m_startTicks = 0; // the runner's start, to tell our run's orphans from others
};

} // namespace samtidig
