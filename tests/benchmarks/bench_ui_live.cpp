// Live latency on screen, through the window a user watches: the real MainWindow, shown (under
// Xvfb when run_benchmarks.sh finds no display), its own RunController poll timer, its timeline
// widget repainting, while the `firehose` scenario records 1 M events/s for 3 s
// (BM_LiveLatency), or while a user's own program is recorded (BM_LiveLatencyProgram).
//
// For every paint of the timeline widget that shows new records, measured when the paint ends:
//   screen_*  the oldest new record of the frame (the one that waited longest for it): from its
//             stamp to the end of that paint, p50/p95/p99 (goal: p95 <= 33 ms, two frames at 60 Hz)
//   newest_*  the newest record of the frame, the same way
// Which records a paint shows: those in the model when the window's poll last handed the trace to
// the widget (RunController::traceUpdated, observed after the window's own slots).
#include "bench_main.h"
#include "record/clock.h"
#include "session/program_request.h"
#include "timeline/timeline_widget.h"
#include "trace/trace.h"
#include "window/main_window.h"
#include "window/run_controller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace samtidig;

namespace {

// Tells the benchmark when a widget's paint event has been handled: the end of its paint.
class ProbeApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<void(QObject *)> afterPaint;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool paint = event->type() == QEvent::Paint;
        const bool handled = QApplication::notify(receiver, event);
        if (paint && afterPaint)
            afterPaint(receiver);
        return handled;
    }
};

ProbeApplication *g_app = nullptr;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * double(v.size() - 1) + 0.5)];
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// Starts the run the benchmark watches, on the window's own controller; false if it did not start.
using StartRun = std::function<bool(RunController *)>;

void measureLive(benchmark::State &state, const StartRun &startRun)
{
    std::vector<double> screenMs;
    std::vector<double> newestMs;
    double eventsPerSecond = 0;
    double late = 0;
    double frames = 0;
    double switches = 0;
    for (auto _ : state) {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        if (!waitUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 10000)) {
            state.SkipWithError("the window was never exposed");
            return;
        }
        RunController *controller = window.runController();
        TimelineWidget *timeline = window.timeline();
        std::int64_t modelNewest = -1; // newest record in the model at the last poll
        std::int64_t shownNewest = -1; // newest record of the last frame painted
        std::uint64_t origin = 0;
        const auto connection = QObject::connect(controller, &RunController::traceUpdated, [&] {
            const Trace *t = controller->trace();
            origin = t->originNs();
            modelNewest = t->events() > 0 ? t->latestEventNs() : -1;
        });
        g_app->afterPaint = [&](QObject *receiver) {
            if (receiver != timeline || modelNewest <= shownNewest)
                return;
            const std::uint64_t now = monotonicNs();
            if (shownNewest >= 0) {
                screenMs.push_back(double(now - (origin + std::uint64_t(shownNewest))) / 1e6);
                newestMs.push_back(double(now - (origin + std::uint64_t(modelNewest))) / 1e6);
                ++frames;
            }
            shownNewest = modelNewest;
        };
        QElapsedTimer wall;
        wall.start();
        if (!startRun(controller)) {
            g_app->afterPaint = nullptr;
            state.SkipWithError("the run did not start");
            return;
        }
        waitUntil([&] { return controller->phase() == RunSession::Phase::Finished; }, 60000);
        g_app->afterPaint = nullptr;
        QObject::disconnect(connection);
        const Trace *t = controller->trace();
        eventsPerSecond = t->endNs() > 0 ? double(t->events()) / (double(t->endNs()) / 1e9) : 0;
        late = double(t->lateRecords());
        switches = 0;
        for (const CpuLane &lane : t->cpuLanes())
            switches += double(lane.spans.size());
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
    }
    state.counters["screen_p50_ms"] = percentile(screenMs, 0.50);
    state.counters["screen_p95_ms"] = percentile(screenMs, 0.95);
    state.counters["screen_p99_ms"] = percentile(screenMs, 0.99);
    state.counters["screen_max_ms"] = percentile(screenMs, 1.0);
    state.counters["newest_p50_ms"] = percentile(newestMs, 0.50);
    state.counters["newest_p95_ms"] = percentile(newestMs, 0.95);
    state.counters["frames"] = frames;
    state.counters["events_per_s"] = eventsPerSecond;
    state.counters["late_records"] = late;
    state.counters["cpu_slices"] = switches;
}

void BM_LiveLatency(benchmark::State &state)
{
    measureLive(state, [](RunController *controller) {
        ParamValues params;
        params.set(QStringLiteral("events_per_s"), 1'000'000);
        params.set(QStringLiteral("duration_ms"), 3000);
        return controller->start(QStringLiteral("firehose"), params, QStringLiteral("en"));
    });
}

// The same for a user's own program, started as the window starts one: tests/programs/lock_storm
// (8 threads taking one pthread mutex 30 M times in all), whose records are the kernel's context
// switches and the preload's contended lock records, a few hundred thousand a second.
// lock_storm (8 threads, one pthread mutex) recorded in the window, with its locks (the preload's
// records beside the kernel's) or without (--no-locks: the kernel's view of its threads only).
void liveLatencyOfProgram(benchmark::State &state, bool locks)
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString storm = QFileInfo(self).dir().filePath(QStringLiteral("../programs/lock_storm"));
    if (!QFileInfo(storm).isExecutable()) {
        state.SkipWithError("tests/programs/lock_storm is not built");
        return;
    }
    QTemporaryDir dir;
    measureLive(state, [&](RunController *controller) {
        ProgramRequest program;
        program.program = storm;
        program.arguments
            = { QStringLiteral("8"), QStringLiteral("30000000"), dir.filePath(QStringLiteral("t")) };
        program.captureOutput = true;
        program.recordLocks = locks;
        return controller->startProgram(program, QStringLiteral("en"));
    });
}

void BM_LiveLatencyProgram(benchmark::State &state)
{
    liveLatencyOfProgram(state, true);
}

void BM_LiveLatencyProgramNoLocks(benchmark::State &state)
{
    liveLatencyOfProgram(state, false);
}

} // namespace

BENCHMARK(BM_LiveLatency)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LiveLatencyProgram)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LiveLatencyProgramNoLocks)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProbeApplication app(argc, argv);
    g_app = &app;
    return runBenchmarks(argc, argv);
}
