#include "sync/cpu_work.h"

#include "record/recorder.h"
#include "record/recording_clock.h"

#include <ctime>

namespace samtidig {

namespace {

// ~10 µs of arithmetic between clock reads: fine enough to split slices, cheap enough to be work.
constexpr std::uint64_t kStepNs = 10'000;
// Wall time advancing this much more than CPU time in one step means we were off the CPU.
constexpr std::uint64_t kPreemptGapNs = 20'000;

std::uint64_t spin(std::uint64_t iterations, std::uint64_t seed)
{
    std::uint64_t x = seed | 1;
    for (std::uint64_t i = 0; i < iterations; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

} // namespace

std::uint64_t cpuWork(std::uint64_t cpuNs)
{
    const bool estimate = Recorder::source() == SchedulingSource::Estimate;
    Recorder::emit(EventKind::WorkBegin, cpuNs);
    const std::uint64_t cpuStart = threadCpuNs();
    std::uint64_t cpuNow = cpuStart;
    std::uint64_t wallPrev = recordingNs(); // slice stamps go into the ring
    std::uint16_t cpu = currentCpu();
    if (estimate)
        Recorder::emitFor(Recorder::currentTask(), EventKind::SliceBegin, 0, 0, wallPrev);
    std::uint64_t iterations = 2000; // calibrated on the fly towards kStepNs per step
    std::uint64_t acc = 0;
    while (cpuNow - cpuStart < cpuNs) {
        const std::uint64_t cpuBefore = cpuNow;
        acc += spin(iterations, acc + cpuNow);
        cpuNow = threadCpuNs();
        const std::uint64_t wallNow = recordingNs();
        const std::uint64_t cpuStep = cpuNow - cpuBefore;
        if (cpuStep > 0)
            iterations = iterations * kStepNs / cpuStep + 1;
        if (iterations < 100)
            iterations = 100;
        if (estimate) {
            const std::uint16_t cpuHere = currentCpu();
            const std::uint64_t wallStep = wallNow - wallPrev;
            if (wallStep > cpuStep + kPreemptGapNs || cpuHere != cpu) {
                // Off the CPU for part of this step: end the slice where our CPU time ran out.
                const std::uint64_t endAt = wallPrev + (cpuStep < wallStep ? cpuStep : wallStep);
                Recorder::emitFor(Recorder::currentTask(), EventKind::SliceEnd, 1, 0, endAt);
                Recorder::emitFor(Recorder::currentTask(), EventKind::SliceBegin, 0, 0, wallNow);
                cpu = cpuHere;
            }
        }
        wallPrev = wallNow;
    }
    if (estimate)
        Recorder::emitFor(Recorder::currentTask(), EventKind::SliceEnd, 0, 0, wallPrev);
    Recorder::emit(EventKind::WorkEnd);
    return acc;
}

void recordedSleep(std::uint64_t ns)
{
    Recorder::emit(EventKind::SleepBegin, ns);
    timespec ts { static_cast<time_t>(ns / 1'000'000'000ull), static_cast<long>(ns % 1'000'000'000ull) };
    while (nanosleep(&ts, &ts) != 0) { }
    Recorder::emit(EventKind::SleepEnd);
}

} // namespace samtidig
