// The run session end to end, as the window and the CLI drive it (a real runner process):
//   BM_SessionIngest      the `ingest` scenario's writer threads record a dense lock-heavy stream
//                         with lost updates as fast as they can, then two of them deadlock. From
//                         Go to the poll that reports the deadlock, every record passes the whole
//                         path: rings, consumer thread, merge and watermark, trace builder,
//                         live analysis (lost-update settling, wait-for graph). events_per_s is
//                         the records in the model over that wall time (goal >= 30 M/s); writers,
//                         consumer and session share the machine's cores, as in a real run.
//                         poll_cpu_share is the polling thread's CPU time in poll() over that wall
//                         time, events_per_poll_cpu_s the records per second of it: how fast the
//                         merge, builder and analysis are when they get a core.
//   BM_HeavyRace          the heaviest corner of `race` (256 threads x 1000 increments, no waits):
//                         hundreds of threads a core, preempted anywhere, also while a stamp is
//                         outstanding. Wall time from Go to the finished trace (drain, merge,
//                         watermark, builder, live analysis, final settling): events_per_s, the
//                         time from the runner's end to the result, and whether it stayed exact
//                         (late records, lost updates found vs the scenario's own count).
//   BM_DeadlockDetection  the `deadlock` scenario 20 times, polled at the window's 16 ms: the
//                         session's detection latency (closing request -> the poll reporting it),
//                         p50/p95/max.
#include "bench_main.h"
#include "record/clock.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "support/run_helpers.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>
#include <time.h>
#include <vector>

using namespace samtidig;
using samtidig::test::request;

namespace {

std::uint64_t threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::uint64_t(ts.tv_sec) * 1'000'000'000u + std::uint64_t(ts.tv_nsec);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * double(v.size() - 1) + 0.5)];
}

void BM_SessionIngest(benchmark::State &state)
{
    double eventsPerSecond = 0;
    double events = 0;
    double lost = 0;
    double stalledShare = 0;
    double late = 0;
    double dropped = 0;
    double latencyMs = 0;
    double pollCpuShare = 0;
    double eventsPerPollCpuSecond = 0;
    for (auto _ : state) {
        RunSession session;
        QString error;
        const RunRequest r = request(QStringLiteral("ingest"),
                                     { { QStringLiteral("threads"), QString::number(state.range(0)) },
                                       { QStringLiteral("million_events"), QStringLiteral("20") } });
        if (!session.start(r, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        std::uint64_t goNs = 0;
        std::uint64_t doneNs = 0;
        std::uint64_t pollCpuNs = 0; // this thread's CPU time in poll(): merge, builder, analysis
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (session.isActive() && std::chrono::steady_clock::now() < deadline) {
            const std::uint64_t cpuBefore = threadCpuNs();
            session.poll();
            pollCpuNs += threadCpuNs() - cpuBefore;
            if (goNs == 0 && session.phase() == RunSession::Phase::Running)
                goNs = monotonicNs();
            if (!session.trace().analysis().deadlocks.empty()) {
                doneNs = monotonicNs();
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // the CLI's poll interval
        }
        const Trace &t = session.trace();
        if (doneNs == 0 || goNs == 0) {
            state.SkipWithError("the ingest run did not reach its deadlock");
            return;
        }
        const double seconds = double(doneNs - goNs) / 1e9;
        events = double(t.events());
        eventsPerSecond = events / seconds;
        stalledShare = double(t.stalledNs()) / 1e9 / (seconds * double(state.range(0)));
        late = double(t.lateRecords());
        dropped = double(t.dropped());
        latencyMs = double(session.deadlockDetectionLatencyNs()) / 1e6;
        pollCpuShare = double(pollCpuNs) / 1e9 / seconds;
        eventsPerPollCpuSecond = pollCpuNs > 0 ? events / (double(pollCpuNs) / 1e9) : 0;
        session.stop();
        lost = double(session.trace().analysis().lostUpdates.size()); // settled at the end
        state.SetIterationTime(seconds);
    }
    state.counters["events_per_s"] = eventsPerSecond;
    state.counters["events"] = events;
    state.counters["lost_updates"] = lost;
    state.counters["writer_stalled_share"] = stalledShare;
    state.counters["late_records"] = late;
    state.counters["dropped"] = dropped;
    state.counters["deadlock_latency_ms"] = latencyMs;
    state.counters["poll_cpu_share"] = pollCpuShare;
    state.counters["events_per_poll_cpu_s"] = eventsPerPollCpuSecond;
}
BENCHMARK(BM_SessionIngest)->Arg(2)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_HeavyRace(benchmark::State &state)
{
    double eventsPerSecond = 0;
    double events = 0;
    double late = 0;
    double missed = 0;
    double afterEndMs = 0;
    for (auto _ : state) {
        RunSession session;
        QString error;
        const RunRequest r = request(QStringLiteral("race"),
                                     { { QStringLiteral("threads"), QStringLiteral("256") },
                                       { QStringLiteral("increments"), QStringLiteral("1000") },
                                       { QStringLiteral("window_us"), QStringLiteral("0") },
                                       { QStringLiteral("work_us"), QStringLiteral("0") } });
        if (!session.start(r, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        std::uint64_t goNs = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        while (session.isActive() && std::chrono::steady_clock::now() < deadline) {
            if (goNs == 0 && session.phase() == RunSession::Phase::Running)
                goNs = monotonicNs();
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // the CLI's poll interval
            session.poll();
        }
        const std::uint64_t doneNs = monotonicNs();
        const Trace &t = session.trace();
        if (goNs == 0 || t.outcome() != RunOutcome::Completed) {
            state.SkipWithError("the race run did not complete");
            return;
        }
        const double seconds = double(doneNs - goNs) / 1e9;
        events = double(t.events());
        eventsPerSecond = events / seconds;
        late = double(t.lateRecords());
        const double lost = double(t.results().value(QStringLiteral("lost")).toInteger());
        missed = std::abs(double(t.analysis().lostUpdates.size()) - lost);
        // The run's own end (the last record) to the result in hand.
        afterEndMs = double(doneNs - (t.originNs() + static_cast<std::uint64_t>(t.latestEventNs()))) / 1e6;
        state.SetIterationTime(seconds);
    }
    state.counters["events_per_s"] = eventsPerSecond;
    state.counters["events"] = events;
    state.counters["late_records"] = late;
    state.counters["lost_updates_missed"] = missed;
    state.counters["after_end_ms"] = afterEndMs;
}
BENCHMARK(BM_HeavyRace)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_DeadlockDetection(benchmark::State &state)
{
    constexpr int kRuns = 20;
    std::vector<double> latencies;
    for (auto _ : state) {
        for (int run = 0; run < kRuns; ++run) {
            RunSession session;
            QString error;
            if (!session.start(request(QStringLiteral("deadlock"),
                                       { { QStringLiteral("work_ms"), QStringLiteral("5") },
                                         { QStringLiteral("hold_ms"), QStringLiteral("10") } }),
                               &error)) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
            while (session.isActive() && session.trace().analysis().deadlocks.empty()
                   && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(std::chrono::milliseconds(16)); // the window's poll
                session.poll();
            }
            if (session.deadlockDetectionLatencyNs() < 0) {
                state.SkipWithError("no deadlock detected");
                return;
            }
            latencies.push_back(double(session.deadlockDetectionLatencyNs()) / 1e6);
            session.stop();
        }
        state.SetIterationTime(percentile(latencies, 0.5) / 1000.0);
    }
    state.counters["latency_p50_ms"] = percentile(latencies, 0.50);
    state.counters["latency_p95_ms"] = percentile(latencies, 0.95);
    state.counters["latency_max_ms"] = percentile(latencies, 1.0);
    state.counters["runs"] = double(latencies.size());
}
// The 20 runs are the repetitions: one run of them, whatever --benchmark_repetitions says.
BENCHMARK(BM_DeadlockDetection)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(1)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
