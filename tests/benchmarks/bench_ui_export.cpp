// Image export of a 1-million-event run (the synthetic trace the io benchmarks use):
//   BM_ExportPng  render + PNG encode at 1920×1080 (target <= 1 s)
//   BM_ExportSvg  render + compaction; counter svg_MB (target <= 5 MB)
//   BM_ExportPdf  render; counter pdf_MB
#include "bench_main.h"
#include "export/image_export.h"
#include "support/synthetic_trace.h"
#include "trace/trace.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace samtidig;

namespace {

const Trace &millionEvents()
{
    static const Trace trace = [] {
        Trace t;
        SyntheticTraceSpec spec;
        spec.threads = 8;
        spec.cpus = 8;
        spec.events = 1'000'000;
        makeSyntheticTrace(spec, t);
        return t;
    }();
    return trace;
}

ImageExportOptions slide(ExportFormat format)
{
    ImageExportOptions options;
    options.format = format;
    options.size = ExportSizePreset::Slide;
    return options;
}

void BM_ExportPng(benchmark::State &state)
{
    const Trace &trace = millionEvents();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray png = renderTimelinePng(trace, slide(ExportFormat::Png));
        bytes = std::size_t(png.size());
        benchmark::DoNotOptimize(png.data());
    }
    state.counters["events"] = double(trace.events());
    state.counters["png_MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_ExportPng)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ExportSvg(benchmark::State &state)
{
    const Trace &trace = millionEvents();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray svg = renderTimelineSvg(trace, slide(ExportFormat::Svg));
        bytes = std::size_t(svg.size());
        benchmark::DoNotOptimize(svg.data());
    }
    state.counters["svg_MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_ExportSvg)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ExportPdf(benchmark::State &state)
{
    const Trace &trace = millionEvents();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = renderTimelinePdf(trace, slide(ExportFormat::Pdf));
        bytes = std::size_t(pdf.size());
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pdf_MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_ExportPdf)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    millionEvents(); // built once, outside the timings
    return runBenchmarks(argc, argv);
}
