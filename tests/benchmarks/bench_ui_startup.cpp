// Cold start as a user sees it: from starting the `samtidig` executable (fork and exec, loading Qt,
// the platform plugin, fonts, building the window) to its first frame painted on screen. Launches
// `samtidig --startup-time` 10 times with fresh settings; each launch prints the CLOCK_MONOTONIC
// time of its first frame, compared with the time this benchmark noted just before starting it.
// Counters: median, min and max over the launches (goal: median <= 200 ms), and the same as the
// window measured it itself from /proc/self/stat (10 ms ticks).
//
// SAMTIDIG_APP names the executable (run_benchmarks.sh sets it); the display is the caller's
// (QT_QPA_PLATFORM, DISPLAY: Xvfb under run_benchmarks.sh when there is no display).
#include "bench_main.h"
#include "record/clock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

constexpr int kLaunches = 10;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void BM_ColdStartup(benchmark::State &state)
{
    const QString app = qEnvironmentVariable("SAMTIDIG_APP");
    if (app.isEmpty()) {
        state.SkipWithError("SAMTIDIG_APP is not set (the samtidig executable)");
        return;
    }
    std::vector<double> outside;
    std::vector<double> inside;
    const QRegularExpression line(
        QStringLiteral("painted ([0-9.]+) ms after the process started \\(CLOCK_MONOTONIC ([0-9]+) ns\\)"));
    for (auto _ : state) {
        for (int launch = 0; launch < kLaunches; ++launch) {
            QTemporaryDir settings; // first start ever: no saved window state
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
            process.setProcessEnvironment(env);
            const std::uint64_t started = samtidig::monotonicNs();
            process.start(
                app, { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--startup-time") });
            if (!process.waitForFinished(30000) || process.exitCode() != 0) {
                state.SkipWithError("samtidig --startup-time did not finish");
                return;
            }
            const auto m = line.match(QString::fromUtf8(process.readAllStandardOutput()));
            if (!m.hasMatch()) {
                state.SkipWithError("samtidig --startup-time printed no first frame");
                return;
            }
            outside.push_back(double(m.captured(2).toULongLong() - started) / 1e6);
            inside.push_back(m.captured(1).toDouble());
        }
        state.SetIterationTime(median(outside) / 1000.0);
    }
    state.counters["startup_median_ms"] = median(outside);
    state.counters["startup_min_ms"] = *std::min_element(outside.begin(), outside.end());
    state.counters["startup_max_ms"] = *std::max_element(outside.begin(), outside.end());
    state.counters["self_reported_median_ms"] = median(inside);
    state.counters["launches"] = double(outside.size());
}

} // namespace

// The launches are the repetitions: one run of ten, whatever --benchmark_repetitions says.
BENCHMARK(BM_ColdStartup)->UseManualTime()->Iterations(1)->Repetitions(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
