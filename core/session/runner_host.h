#pragma once
// The scenario side of a run: the shared region and the runner process (its own process group),
// and what the runner says through the region's header: ready, finished, failed, its results.

#include "record/event.h"
#include "record/region_layout.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
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
    // The runner's results block, read once and checked against its capacity. An empty object
    // with *problem set when the block is damaged; empty without a problem when there is none.
    QJsonObject results(QString *problem) const;

private:
    std::unique_ptr<SharedRegion> m_region;
    std::unique_ptr<RunnerProcess> m_runner;
};

} // namespace samtidig
