// Core recording benchmarks: the cost of one recorded event against a bare clock + CPU read,
// writer -> consumer throughput through a lossless ring, ingest into the trace model, and the
// model's memory per event. Goals (README): ratio <= 2, >= 30 M events/s twice, <= 24 bytes/event.
#include "builder/trace_builder.h"
#include "record/clock.h"
#include "record/recorder.h"
#include "record/recording_clock.h"
#include "record/shared_region.h"
#include "runner/ring_consumer.h"
#include "sync/shared_variable.h"
#include "sync/step_gate.h"
#include "trace/trace.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <span>
#include <thread>
#include <vector>

namespace samtidig {
namespace {

// A region whose rings a consumer thread drains continuously (RingConsumer::drainOnce, the code
// the real consumer runs), throwing the records away so memory stays flat however long it runs.
class DrainedRegion
{
public:
    explicit DrainedRegion(std::uint32_t ringCapacity)
    {
        RegionConfig config;
        config.maxRings = 4;
        config.ringCapacity = ringCapacity;
        config.maxTasks = 16;
        config.maxNames = 16;
        config.source = SchedulingSource::Estimate;
        std::string error;
        if (!m_region.create(config, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            std::abort();
        }
        Recorder::attach(&m_region);
        Recorder::setCurrentTask(Recorder::registerTask(TaskKind::Thread, "bench writer", 0));
        m_consumer = std::make_unique<RingConsumer>(m_region, nullptr);
        m_thread = std::thread([this] { drain(); });
    }
    ~DrainedRegion()
    {
        stop();
        Recorder::attach(nullptr);
    }
    DrainedRegion(const DrainedRegion &) = delete;
    DrainedRegion &operator=(const DrainedRegion &) = delete;

    std::uint64_t delivered() const { return m_delivered.load(std::memory_order_acquire); }
    std::uint64_t stalledNs() const { return m_region.rings()[0].stalledNs.load(std::memory_order_relaxed); }
    bool tscClock() const { return RecordingClock::current() != nullptr; }
    // Largest |clock_gettime - mapping| the consumer measured when steering (0 without TSC).
    // Read after the drain thread stopped: the keeper is the drain thread's.
    double maxClockErrorNs()
    {
        stop();
        return static_cast<double>(m_consumer->clockKeeper().maxAbsErrorNs());
    }

private:
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    void drain()
    {
        RingConsumer::Batch batch;
        while (m_running.load(std::memory_order_relaxed)) {
            const std::size_t n = m_consumer->drainOnce();
            m_consumer->take(batch);
            batch.events.clear();
            m_delivered.fetch_add(n, std::memory_order_release);
            // Like the real consumer, nap when there was little to do; shorter, to measure the writer.
            if (n < 1024)
                std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    }

    SharedRegion m_region;
    std::unique_ptr<RingConsumer> m_consumer;
    std::thread m_thread;
    std::atomic<bool> m_running { true };
    std::atomic<std::uint64_t> m_delivered { 0 };
};

// The bare reads an event costs at least: clock_gettime + CPU, and the recorder's own clock
// (counter mapped to CLOCK_MONOTONIC ns where the region uses the TSC) + CPU.
void bareClockAndCpu()
{
    const std::uint64_t t = monotonicNs();
    const std::uint16_t cpu = currentCpu();
    benchmark::DoNotOptimize(t);
    benchmark::DoNotOptimize(cpu);
}

void bareRecordingClockAndCpu()
{
    const std::uint64_t t = recordingNs();
    const std::uint16_t cpu = currentCpu();
    benchmark::DoNotOptimize(t);
    benchmark::DoNotOptimize(cpu);
}

void BM_ClockAndCpu(benchmark::State &state)
{
    for (auto _ : state)
        bareClockAndCpu();
}
BENCHMARK(BM_ClockAndCpu);

void BM_RecordingClockAndCpu(benchmark::State &state)
{
    DrainedRegion region(1u << 16); // attaches the recorder, so recordingNs() uses the region's clock
    for (auto _ : state)
        bareRecordingClockAndCpu();
    state.counters["tsc"] = region.tscClock() ? 1 : 0;
}
BENCHMARK(BM_RecordingClockAndCpu);

void BM_RecordEmit(benchmark::State &state)
{
    DrainedRegion region(1u << 16);
    std::uint64_t i = 0;
    for (auto _ : state)
        Recorder::emit(EventKind::Marker, ++i, 0);
    state.counters["stalled_ns_per_event"]
        = benchmark::Counter(static_cast<double>(region.stalledNs()), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_RecordEmit);

// A recorded read of a shared counter, with step mode off: its gate (sync/step_gate.h) must not
// show next to the record itself.
void BM_CounterRead(benchmark::State &state)
{
    DrainedRegion region(1u << 16);
    StepGate::attach(nullptr);
    RecordedCounter counter("bench counter");
    for (auto _ : state)
        benchmark::DoNotOptimize(counter.read());
}
BENCHMARK(BM_CounterRead);

// Emit and bare reads in alternating blocks of the same run, so that machine load hits all alike.
// `ratio` compares against the same clock read the recorder stamps with (bare_ns); with the TSC
// clock that read is far cheaper than clock_gettime, so the ratio against clock_gettime + CPU
// (bare_gettime_ns, ratio_vs_gettime) is shown too: the first says what recording adds to its
// clock read, the second what an event costs against the obvious alternative.
void BM_RecordCostRatio(benchmark::State &state)
{
    constexpr int kBlock = 2048;
    DrainedRegion region(1u << 16);
    using Clock = std::chrono::steady_clock;
    Clock::duration emitTime {};
    Clock::duration bareTime {};
    Clock::duration gettimeTime {};
    std::uint64_t i = 0;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        for (int k = 0; k < kBlock; ++k)
            Recorder::emit(EventKind::Marker, ++i, 0);
        const auto t1 = Clock::now();
        for (int k = 0; k < kBlock; ++k)
            bareRecordingClockAndCpu();
        const auto t2 = Clock::now();
        for (int k = 0; k < kBlock; ++k)
            bareClockAndCpu();
        const auto t3 = Clock::now();
        emitTime += t1 - t0;
        bareTime += t2 - t1;
        gettimeTime += t3 - t2;
    }
    const double n = static_cast<double>(state.iterations()) * kBlock;
    const auto toNs = [](Clock::duration d) {
        return static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count());
    };
    const double emitNs = toNs(emitTime);
    const double bareNs = toNs(bareTime);
    const double gettimeNs = toNs(gettimeTime);
    state.counters["tsc"] = region.tscClock() ? 1 : 0;
    state.counters["emit_ns"] = emitNs / n;
    state.counters["bare_ns"] = bareNs / n;
    state.counters["bare_gettime_ns"] = gettimeNs / n;
    state.counters["ratio"] = bareNs > 0 ? emitNs / bareNs : 0;
    state.counters["ratio_vs_gettime"] = gettimeNs > 0 ? emitNs / gettimeNs : 0;
    // Stalls depend on when the consumer thread gets a core (the machine is shared): shown apart.
    const auto stalledNs = static_cast<double>(region.stalledNs());
    state.counters["stalled_share"] = emitNs > 0 ? stalledNs / emitNs : 0;
    state.counters["ratio_without_stalls"] = bareNs > 0 ? (emitNs - stalledNs) / bareNs : 0;
}
BENCHMARK(BM_RecordCostRatio);

// One writer as fast as it can into a lossless ring; an iteration ends when the consumer has
// taken every record, so the rate is what passes end to end.
void BM_RingThroughput(benchmark::State &state)
{
    constexpr std::uint64_t kPerIteration = 1u << 20;
    DrainedRegion region(static_cast<std::uint32_t>(state.range(0)));
    std::uint64_t emitted = 0;
    for (auto _ : state) {
        for (std::uint64_t k = 0; k < kPerIteration; ++k)
            Recorder::emit(EventKind::Marker, k, 0);
        emitted += kPerIteration;
        while (region.delivered() < emitted)
            std::this_thread::yield();
    }
    const auto events = static_cast<double>(emitted);
    state.counters["events_per_s"] = benchmark::Counter(events, benchmark::Counter::kIsRate);
    // Rates divide by wall time here (UseRealTime): writer and consumer run on two threads.
    state.counters["stalled_share"]
        = benchmark::Counter(static_cast<double>(region.stalledNs()) * 1e-9, benchmark::Counter::kIsRate);
    state.counters["tsc"] = region.tscClock() ? 1 : 0;
    state.counters["max_clock_error_ns"] = region.maxClockErrorNs();
}
BENCHMARK(BM_RingThroughput)->Arg(1 << 16)->UseRealTime()->Unit(benchmark::kMillisecond);

// A workload like the mutex-protected counter scenarios: per task, on-CPU slices (preempted at the
// end), inside them lock request / acquire / read / write / release, with real contention since
// tasks run interleaved and a lock held by one makes the others wait.
struct Workload {
    std::vector<Event> events;
    std::uint32_t tasks = 0;
    std::uint32_t locks = 0;
};

const Workload &workload()
{
    static const Workload w = [] {
        constexpr std::uint32_t kTasks = 8;
        constexpr std::uint32_t kLocks = 2;
        constexpr std::size_t kEvents = 1'000'000;
        constexpr int kIterationsPerSlice = 6;
        // Script per slice: SliceBegin, then per iteration Request, Acquired, VarRead, VarWrite,
        // Released, then SliceEnd.
        constexpr int kScript = 2 + kIterationsPerSlice * 5;
        Workload out;
        out.tasks = kTasks;
        out.locks = kLocks;
        out.events.reserve(kEvents);
        std::mt19937 rng(42);
        std::vector<int> pc(kTasks, 0);
        std::vector<std::uint64_t> values(kLocks, 0);
        std::vector<std::uint32_t> holder(kLocks + 1, 0);
        std::uint64_t now = 1'000'000;
        while (out.events.size() < kEvents) {
            const std::uint32_t t = rng() % kTasks;
            const std::uint32_t task = t + 1;
            const std::uint32_t lock = 1 + t % kLocks; // name ids 1..kLocks are locks
            const std::uint32_t var = kLocks + lock; // the variable that lock protects
            const int step = pc[t];
            Event e { now, task, static_cast<std::uint16_t>(t), EventKind::None, 0, 0 };
            if (step == 0) {
                e.kind = EventKind::SliceBegin;
            } else if (step == kScript - 1) {
                e.kind = EventKind::SliceEnd;
                e.a = 1;
            } else {
                switch ((step - 1) % 5) {
                case 0: e.kind = EventKind::LockRequest, e.a = lock; break;
                case 1:
                    if (holder[lock] != 0)
                        continue; // waits: somebody else runs
                    holder[lock] = task;
                    e.kind = EventKind::LockAcquired, e.a = lock, e.b = 500;
                    break;
                case 2: e.kind = EventKind::VarRead, e.a = var, e.b = values[lock - 1]; break;
                case 3: e.kind = EventKind::VarWrite, e.a = var, e.b = ++values[lock - 1]; break;
                case 4:
                    holder[lock] = 0;
                    e.kind = EventKind::LockReleased, e.a = lock;
                    break;
                }
            }
            pc[t] = (step + 1) % kScript;
            now += 40 + rng() % 200;
            out.events.push_back(e);
        }
        return out;
    }();
    return w;
}

void registerWorkload(TraceBuilder &trace, const Workload &w)
{
    trace.setSource(SchedulingSource::Estimate, QString());
    trace.setOrigin(w.events.front().timeNs);
    for (std::uint32_t t = 1; t <= w.tasks; ++t) {
        TaskInfo info;
        info.id = t;
        info.tid = static_cast<std::int32_t>(1000 + t);
        info.name = QStringLiteral("worker %1").arg(t);
        trace.registerTask(info);
    }
    for (std::uint32_t l = 1; l <= 2 * w.locks; ++l) {
        NameInfo name;
        name.id = l;
        name.kind = l <= w.locks ? NameKind::Lock : NameKind::Variable;
        name.name = QStringLiteral("name %1").arg(l);
        trace.registerName(name);
    }
}

// Ingest in batches of the size a 60 Hz GUI hands over at the goal rate (30 M/s / 60 = 500 k);
// smaller batches are ingested too, to show the per-batch overhead.
void BM_TraceIngest(benchmark::State &state)
{
    const Workload &w = workload();
    const auto batch = static_cast<std::size_t>(state.range(0));
    double bytesPerEvent = 0;
    double spans = 0;
    double usedPerEvent = 0;
    for (auto _ : state) {
        Trace trace;
        TraceBuilder builder(trace);
        registerWorkload(builder, w);
        for (std::size_t i = 0; i < w.events.size(); i += batch)
            builder.ingest(std::span<const Event>(w.events).subspan(i, std::min(batch, w.events.size() - i)));
        bytesPerEvent = static_cast<double>(trace.memoryBytes()) / static_cast<double>(trace.events());
        spans = static_cast<double>(trace.spanCount());
        // What the same records take without headroom: the span columns as stored, instants, flows.
        std::size_t used = trace.instants().usedBytes() + trace.flows().size() * sizeof(Flow);
        for (const TaskLane &lane : trace.taskLanes())
            used += lane.sched.usedBytes() + lane.sync.usedBytes() + lane.held.usedBytes();
        for (const CpuLane &lane : trace.cpuLanes())
            used += lane.spans.usedBytes();
        usedPerEvent = static_cast<double>(used) / static_cast<double>(trace.events());
        benchmark::DoNotOptimize(trace.endNs());
    }
    const auto events = static_cast<double>(w.events.size()) * static_cast<double>(state.iterations());
    state.counters["events_per_s"] = benchmark::Counter(events, benchmark::Counter::kIsRate);
    state.counters["bytes_per_event"] = bytesPerEvent;
    state.counters["spans"] = spans;
    state.counters["used_bytes_per_event"] = usedPerEvent;
}
BENCHMARK(BM_TraceIngest)->Arg(16 * 1024)->Arg(512 * 1024)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace samtidig

BENCHMARK_MAIN();
