#include "session/machine_load_sampler.h"

#include "builder/trace_builder.h"
#include "sched/proc_stat.h"

namespace samtidig {

void MachineLoadSampler::start(std::uint64_t originNs)
{
    m_originNs = originNs;
    m_builder.setMachineLoadTick(procStatTickNs());
    m_lastNs = originNs;
    sample(originNs, true);
}

void MachineLoadSampler::sample(std::uint64_t nowNs, bool force)
{
    if (m_lastNs == 0 || (!force && nowNs - m_lastNs < kIntervalNs))
        return;
    CpuBusySample sample;
    QString error;
    if (!readProcStatBusy(&sample.busyTicks, &error)) {
        m_builder.dropMachineLoad(error);
        m_lastNs = 0;
        return;
    }
    sample.timeNs = nowNs > m_originNs ? static_cast<std::int64_t>(nowNs - m_originNs) : 0;
    m_builder.addMachineLoadSample(std::move(sample));
    m_lastNs = nowNs;
}

} // namespace samtidig
