// Frame time of the window's timeline widget, fully zoomed out, 1920 x 1080, on a realistic trace
// (realistic_trace.h: 64 task lanes and 8 CPU lanes, every span state, held locks, instants, lost
// updates, hand-overs, the deadlock overlay) of 1 M, 10 M and 100 M spans:
//   BM_TimelineFrame    what a zoom, a pan or a live update costs: the widget lays the trace out
//                       again (level of detail) and paints it (goals: <= 16 ms at 10 M, <= 33 ms
//                       at 100 M)
//   BM_TimelineRepaint  a repaint with the layout cached (an expose, a hover)
//   BM_ExportPaint      TimelinePainter::paint of the same, as an image export draws it
//   BM_LanesFillAB      the widget's paint of its cached layout, the thin folded columns filled
//                       through QPainter and written directly, alternating frame by frame so both
//                       ways meet the same machine load: medians of each (CPU and wall) and ratios
#include "bench_main.h"
#include "builder/trace_builder.h"
#include "realistic_trace.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

using namespace samtidig;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

struct BuiltTrace {
    std::unique_ptr<Trace> trace;
    double seconds = 0;
};

// One trace per size, built once; the largest takes about a minute and several GB.
const BuiltTrace &traceWith(std::int64_t spans)
{
    static std::map<std::int64_t, BuiltTrace> cache;
    BuiltTrace &slot = cache[spans];
    if (!slot.trace) {
        cache.clear(); // one at a time: 100 M spans need the memory
        BuiltTrace &fresh = cache[spans];
        QElapsedTimer timer;
        timer.start();
        RealisticTraceSpec spec;
        spec.spans = static_cast<std::uint64_t>(spans);
        fresh.trace = makeRealisticTrace(spec);
        fresh.seconds = double(timer.nsecsElapsed()) / 1e9;
        return fresh;
    }
    return slot;
}

void traceCounters(benchmark::State &state, const BuiltTrace &built)
{
    const Trace &t = *built.trace;
    state.counters["spans"] = double(t.spanCount());
    state.counters["task_lanes"] = double(t.taskLanes().size());
    state.counters["cpu_lanes"] = double(t.cpuLanes().size());
    state.counters["instants"] = double(t.instants().size());
    state.counters["flows"] = double(t.flows().size());
    state.counters["lost_updates"] = double(t.analysis().lostUpdates.size());
    state.counters["deadlocks"] = double(t.analysis().deadlocks.size());
    state.counters["model_MB"] = double(t.memoryBytes()) / 1e6;
    state.counters["build_s"] = built.seconds;
}

// The widget as the window shows it: both panes, the whole trace in view.
struct ShownWidget {
    explicit ShownWidget(const Trace &trace)
    {
        widget.resize(kWidth, kHeight);
        widget.setTrace(&trace);
        widget.show();
        QCoreApplication::processEvents();
        widget.zoomToFit();
    }
    TimelineWidget widget;
    QImage image { kWidth, kHeight, QImage::Format_ARGB32_Premultiplied };
};

void BM_TimelineFrame(benchmark::State &state)
{
    const BuiltTrace &built = traceWith(state.range(0));
    ShownWidget shown(*built.trace);
    for (auto _ : state) {
        shown.widget.traceUpdated(); // a new layout, as after a zoom, a pan or new records
        shown.widget.QWidget::render(&shown.image); // the widget's own paintEvent
        benchmark::DoNotOptimize(shown.image.constBits());
    }
    traceCounters(state, built);
    const TimelineLayout &l = shown.widget.currentLayout();
    std::size_t items = 0, marks = 0;
    for (const TimelineRow &r : l.rows) {
        items += r.main.size() + r.sync.size() + r.held.size();
        marks += r.marks.size();
    }
    state.counters["layout_rows"] = double(l.rows.size());
    state.counters["layout_items"] = double(items);
    state.counters["layout_marks"] = double(marks);
    state.counters["layout_arrows"] = double(l.arrows.size());
}

void BM_TimelineRepaint(benchmark::State &state)
{
    const BuiltTrace &built = traceWith(state.range(0));
    ShownWidget shown(*built.trace);
    for (auto _ : state) {
        shown.widget.QWidget::render(&shown.image); // the widget's own paintEvent
        benchmark::DoNotOptimize(shown.image.constBits());
    }
}

void BM_ExportPaint(benchmark::State &state)
{
    const BuiltTrace &built = traceWith(state.range(0));
    TimelinePaintOptions options;
    options.theme = TimelineThemeKind::Print;
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        TimelinePainter::paint(p, QRectF(0, 0, kWidth, kHeight), *built.trace, options);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void BM_LanesFillAB(benchmark::State &state)
{
    const BuiltTrace &built = traceWith(state.range(0));
    ShownWidget shown(*built.trace);
    TimelinePaintOptions options = shown.widget.exportOptions(); // what the window paints, unhovered
    options.theme = TimelineThemeKind::Screen;
    std::vector<double> cpu[2], wall[2];
    for (auto _ : state) {
        for (const bool direct : { false, true }) {
            options.directRasterFills = direct;
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            QPainter p(&shown.image);
            p.fillRect(shown.image.rect(), Qt::white);
            TimelinePainter::paintLayout(p, shown.widget.currentFrame(), *built.trace,
                                         shown.widget.currentLayout(), options);
            p.end();
            cpu[direct].push_back(threadCpuMs() - cpuStart);
            wall[direct].push_back(double(timer.nsecsElapsed()) / 1e6);
            benchmark::DoNotOptimize(shown.image.constBits());
        }
    }
    state.counters["qpainter_cpu_ms"] = median(cpu[0]);
    state.counters["direct_cpu_ms"] = median(cpu[1]);
    state.counters["cpu_ratio"] = median(cpu[1]) / std::max(1e-9, median(cpu[0]));
    state.counters["qpainter_wall_ms"] = median(wall[0]);
    state.counters["direct_wall_ms"] = median(wall[1]);
    state.counters["wall_ratio"] = median(wall[1]) / std::max(1e-9, median(wall[0]));
}

// Sizes in order, so each trace is built once for all the benchmarks of its size.
void registerAll()
{
    for (const std::int64_t spans : { 1'000'000, 10'000'000, 100'000'000 }) {
        for (auto *b : { benchmark::RegisterBenchmark("BM_TimelineFrame", BM_TimelineFrame),
                         benchmark::RegisterBenchmark("BM_TimelineRepaint", BM_TimelineRepaint),
                         benchmark::RegisterBenchmark("BM_ExportPaint", BM_ExportPaint),
                         benchmark::RegisterBenchmark("BM_LanesFillAB", BM_LanesFillAB) })
            b->Arg(spans)->Unit(benchmark::kMillisecond);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // fonts and the raster paint engine
    registerAll();
    return runBenchmarks(argc, argv);
}
