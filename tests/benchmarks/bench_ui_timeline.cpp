// Frame time of the timeline fully zoomed out, 1920 px wide, painted into a QImage: the whole
// frame (level-of-detail layout + paint, as an export or a live update does) and paint only
// (a cached layout, as a repaint does). Synthetic trace: 2 CPU lanes + 8 task lanes.
#include "timeline/timeline_painter.h"
#include "trace/trace.h"
#include "trace/trace_builder.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace samtidig;

namespace {

constexpr int kTasks = 8;
constexpr int kCpus = 2;
constexpr double kWidth = 1920;

// `spans` spans spread over the lanes: 10 ns slices with 10 ns gaps, like a busy lock-step run.
std::unique_ptr<Trace> syntheticTrace(std::int64_t spans)
{
    auto trace = std::make_unique<Trace>();
    TraceBuilder b(*trace);
    b.setSource(SchedulingSource::Kernel, QString());
    b.setOutcome(RunOutcome::Completed, QString());
    for (std::uint32_t id = 1; id <= kTasks; ++id) {
        TaskInfo info;
        info.id = id;
        info.parent = id == 1 ? 0 : 1;
        info.kind = id == 1 ? TaskKind::Process : TaskKind::Thread;
        info.name = QStringLiteral("worker %1").arg(id);
        info.pid = 1000;
        info.tid = 1000 + static_cast<int>(id);
        b.restoreTask(id) = info;
        b.restoreTaskLane(id);
    }
    const std::int64_t perLane = spans / (kTasks + kCpus);
    for (int cpu = 0; cpu < kCpus; ++cpu) {
        SpanList &list = b.restoreCpuLane(cpu).spans;
        list.reserve(static_cast<std::size_t>(perLane));
        for (std::int64_t i = 0; i < perLane; ++i)
            list.append(i * 20, i * 20 + 10, SpanState::Running, 0,
                        static_cast<std::uint32_t>(1 + (i + cpu) % kTasks));
    }
    static constexpr SpanState kStates[] = { SpanState::Running, SpanState::Runnable, SpanState::Blocked };
    for (std::uint32_t id = 1; id <= kTasks; ++id) {
        TaskLane &lane = b.restoreTaskLane(id);
        lane.sched.reserve(static_cast<std::size_t>(perLane));
        for (std::int64_t i = 0; i < perLane; ++i)
            lane.sched.append(i * 20, i * 20 + 15, kStates[i % 3]);
    }
    b.advanceEdgeTo(perLane * 20);
    return trace;
}

const Trace &traceWith(std::int64_t spans)
{
    static std::map<std::int64_t, std::unique_ptr<Trace>> cache;
    auto &slot = cache[spans];
    if (!slot)
        slot = syntheticTrace(spans);
    return *slot;
}

void BM_TimelineFrame(benchmark::State &state)
{
    const Trace &trace = traceWith(state.range(0));
    TimelinePaintOptions options;
    const QSizeF size = TimelinePainter::preferredSize(trace, options, kWidth);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        TimelinePainter::paint(p, QRectF(QPointF(0, 0), size), trace, options);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["spans"] = static_cast<double>(trace.spanCount());
}

void BM_TimelinePaintCachedLayout(benchmark::State &state)
{
    const Trace &trace = traceWith(state.range(0));
    TimelinePaintOptions options;
    const QSizeF size = TimelinePainter::preferredSize(trace, options, kWidth);
    const TimelineLayout layout
        = buildTimelineLayout(trace, options, TimelinePainter::plotWidthFor(size.width(), options));
    const TimelineFrame frame = TimelinePainter::frame(trace, layout, options, size);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        TimelinePainter::paintLayout(p, frame, trace, layout, options);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

void BM_TimelineLayoutOnly(benchmark::State &state)
{
    const Trace &trace = traceWith(state.range(0));
    TimelinePaintOptions options;
    for (auto _ : state) {
        const TimelineLayout layout = buildTimelineLayout(trace, options, kWidth - options.labelWidth);
        benchmark::DoNotOptimize(layout.rows.data());
    }
}

} // namespace

BENCHMARK(BM_TimelineFrame)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelinePaintCachedLayout)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineLayoutOnly)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // fonts and the raster paint engine
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
