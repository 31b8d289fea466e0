// The window's start-up and live latency (offscreen platform):
//   cold_startup   QApplication created -> main window shown and painted once (target <= 1 s)
//   BM_WindowShow  a further window constructed, shown and painted (warm caches)
//   BM_LiveLatency a real run of `firehose` at 1 M events/s: at every ~60 Hz poll, how far the trace's newest
//   event
//                  lags behind the clock (recorded -> in the model), the cost of painting it, and for the
//                  record that waited longest for each frame (the first after the previous frame) recorded ->
//                  painted
#include "i18n/language.h"
#include "record/clock.h"
#include "session/run_session.h"
#include "timeline/timeline_painter.h"
#include "window/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QThread>
#include <QWindow>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace samtidig;

namespace {

double g_coldStartupMs = 0;

void showAndPaint(MainWindow &window)
{
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    window.grab(); // forces one full paint of every child, as the first frame on screen
}

void BM_ColdStartup(benchmark::State &state)
{
    for (auto _ : state)
        state.SetIterationTime(g_coldStartupMs / 1000.0);
    state.counters["startup_ms"] = g_coldStartupMs;
}
BENCHMARK(BM_ColdStartup)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_WindowShow(benchmark::State &state)
{
    for (auto _ : state) {
        MainWindow window;
        showAndPaint(window);
        benchmark::DoNotOptimize(window.winId());
    }
}
BENCHMARK(BM_WindowShow)->Unit(benchmark::kMillisecond)->Iterations(5);

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * double(v.size() - 1))];
}

void BM_LiveLatency(benchmark::State &state)
{
    std::vector<double> latencyMs; // newest record: recorded -> in the model
    std::vector<double> screenMs; // oldest record new in a frame: recorded -> painted (its worst)
    std::vector<double> paintMs;
    std::vector<double> windowMs;
    double eventsPerSecond = 0;
    double late = 0;
    for (auto _ : state) {
        RunSession session;
        RunRequest request;
        // The load: a scenario producing a million events per second.
        request.scenario = QStringLiteral("firehose");
        request.params.set(QStringLiteral("events_per_s"), 1'000'000);
        request.params.set(QStringLiteral("duration_ms"), 3000);
        QString error;
        if (!session.start(request, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        QImage image(1600, 700, QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer wall;
        wall.start();
        std::int64_t shownUpToNs = -1; // newest record of the previous frame
        while (session.phase() != RunSession::Phase::Finished && wall.elapsed() < 20000) {
            QThread::msleep(16); // the window's poll interval
            session.poll();
            const Trace &trace = session.trace();
            if (session.phase() != RunSession::Phase::Running || trace.events() == 0)
                continue;
            // From the newest event's recording to its being in the model the painter reads.
            const double lag
                = double(monotonicNs() - (trace.originNs() + std::uint64_t(trace.latestEventNs()))) / 1e6;
            latencyMs.push_back(lag);
            windowMs.push_back(double(session.reorderWindowNs()) / 1e6);
            QElapsedTimer paint;
            paint.start();
            QPainter painter(&image);
            TimelinePainter::paint(painter, QRectF(0, 0, 1600, 700), trace, TimelinePaintOptions());
            painter.end();
            paintMs.push_back(double(paint.nsecsElapsed()) / 1e6);
            // The first record after the previous frame's newest waited longest for this frame.
            if (shownUpToNs >= 0 && trace.latestEventNs() > shownUpToNs)
                screenMs.push_back(double(monotonicNs() - (trace.originNs() + std::uint64_t(shownUpToNs)))
                                   / 1e6);
            shownUpToNs = trace.latestEventNs();
        }
        const Trace &trace = session.trace();
        eventsPerSecond = trace.endNs() > 0 ? double(trace.events()) / (double(trace.endNs()) / 1e9) : 0;
        late = double(session.lateRecords());
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
    }
    state.counters["latency_p50_ms"] = percentile(latencyMs, 0.5);
    state.counters["latency_p95_ms"] = percentile(latencyMs, 0.95);
    state.counters["latency_max_ms"] = percentile(latencyMs, 1.0);
    state.counters["screen_p50_ms"] = percentile(screenMs, 0.5);
    state.counters["screen_p95_ms"] = percentile(screenMs, 0.95);
    state.counters["screen_max_ms"] = percentile(screenMs, 1.0);
    state.counters["paint_p50_ms"] = percentile(paintMs, 0.5);
    state.counters["paint_p95_ms"] = percentile(paintMs, 0.95);
    state.counters["reorder_window_p50_ms"] = percentile(windowMs, 0.5);
    state.counters["late_records"] = late;
    state.counters["events_per_s"] = eventsPerSecond;
    state.counters["polls"] = double(latencyMs.size());
}
BENCHMARK(BM_LiveLatency)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer cold;
    cold.start();
    QApplication app(argc, argv);
    installLanguage(systemLanguage());
    {
        MainWindow window;
        showAndPaint(window);
        g_coldStartupMs = double(cold.nsecsElapsed()) / 1e6;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
