// Saving and opening recordings: a synthetic run of about a million records (spans on task and CPU
// lanes, lock waits and holds, instants) written as .samtidig (plain and zlib) and opened again,
// plus the Chrome JSON export. Counters: bytes per recorded event and per span on disk.
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "support/synthetic_trace.h"
#include "trace/trace.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace samtidig;

namespace {

const Trace &millionEventTrace()
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

QString pathIn(const QTemporaryDir &dir, RecordingCompression c)
{
    return dir.filePath(c == RecordingCompression::Zlib ? QStringLiteral("zlib.samtidig")
                                                        : QStringLiteral("plain.samtidig"));
}

void sizeCounters(benchmark::State &state, const Trace &t, qint64 bytes)
{
    state.counters["events"] = static_cast<double>(t.events());
    state.counters["spans"] = static_cast<double>(t.spanCount());
    state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["bytes_per_event"] = static_cast<double>(bytes) / static_cast<double>(t.events());
    state.counters["bytes_per_span"] = static_cast<double>(bytes) / static_cast<double>(t.spanCount());
}

void BM_WriteRecording(benchmark::State &state)
{
    const auto compression = static_cast<RecordingCompression>(state.range(0));
    const Trace &t = millionEventTrace();
    QTemporaryDir dir;
    const QString path = pathIn(dir, compression);
    for (auto _ : state) {
        QString error;
        if (!writeRecording(t, path, &error, compression))
            state.SkipWithError(qPrintable(error));
    }
    sizeCounters(state, t, QFile(path).size());
}

void BM_OpenRecording(benchmark::State &state)
{
    const auto compression = static_cast<RecordingCompression>(state.range(0));
    const Trace &t = millionEventTrace();
    QTemporaryDir dir;
    const QString path = pathIn(dir, compression);
    QString error;
    if (!writeRecording(t, path, &error, compression))
        state.SkipWithError(qPrintable(error));
    for (auto _ : state) {
        Trace back;
        if (!readRecording(path, &back, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(back.spanCount());
    }
    sizeCounters(state, t, QFile(path).size());
}

void BM_ExportChromeTrace(benchmark::State &state)
{
    const Trace &t = millionEventTrace();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    for (auto _ : state) {
        QString error;
        if (!exportChromeTrace(t, path, &error))
            state.SkipWithError(qPrintable(error));
    }
    sizeCounters(state, t, QFile(path).size());
}

} // namespace

BENCHMARK(BM_WriteRecording)
    ->Arg(int(RecordingCompression::None))
    ->Arg(int(RecordingCompression::Zlib))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_OpenRecording)
    ->Arg(int(RecordingCompression::None))
    ->Arg(int(RecordingCompression::Zlib))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK(BM_ExportChromeTrace)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
