#pragma once
// Which scheduling source a run on this machine would get right now, and why: the kernel's
// context-switch records when perf_event_open allows them, else the estimate with the kernel's
// reason. It opens and closes the same events a run opens, on this process, so the answer is the
// one a run's automatic choice would find (About shows it).

#include "record/event.h"

#include <QString>

namespace samtidig {

struct SchedulingProbe {
    SchedulingSource source = SchedulingSource::Estimate;
    QString reason; // why the kernel's records are not available; empty when they are
};

SchedulingProbe probeSchedulingSource();

} // namespace samtidig
