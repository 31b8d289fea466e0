#include "sched/sched_probe.h"

#include "scenarios/scenario.h"
#include "sched/kernel_sched_source.h"

#include <unistd.h>

namespace samtidig {

SchedulingProbe probeSchedulingSource()
{
    KernelSchedSource kernel(onlineCpuCount());
    SchedulingProbe probe;
    if (kernel.start(getpid(), &probe.reason)) { // the source closes its events when it goes
        probe.source = SchedulingSource::Kernel;
        probe.reason.clear();
    }
    return probe;
}

} // namespace samtidig
