#include "support/scenario_firehose.h"

#include "record/clock.h"
#include "record/recorder.h"

namespace samtidig {

ScenarioInfo FirehoseScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("firehose");
    i.theme = ScenarioTheme::More;
    // Not translated: hidden from the browser and `list`, used by benchmarks only.
    i.name = QStringLiteral("Event firehose");
    i.explanation = QStringLiteral("Records markers at a fixed rate to measure the live path.");
    i.params = {
        { QStringLiteral("events_per_s"), QStringLiteral("Events per second"), ParamSpec::Type::Integer, 1000,
          20000000, 1000000, QString(), QString() },
        // At most 10 s: at 20 M events/s that is the most a benchmark should hold in memory.
        { QStringLiteral("duration_ms"), QStringLiteral("Duration"), ParamSpec::Type::Integer, 10, 10000,
          3000, QStringLiteral("ms"), QString() },
    };
    i.hidden = true;
    return i;
}

QJsonObject FirehoseScenario::run(const ParamValues &params, RunContext &) const
{
    const auto rate = static_cast<std::uint64_t>(params.integer(QStringLiteral("events_per_s")));
    const auto durationNs
        = static_cast<std::uint64_t>(params.integer(QStringLiteral("duration_ms"))) * 1'000'000ull;
    const std::uint32_t marker = Recorder::registerName(NameKind::Marker, "tick");
    const std::uint64_t start = monotonicNs();
    std::uint64_t emitted = 0;
    // Emit in bursts of up to 1000, paced against the clock so the average rate is exact.
    for (std::uint64_t now = start; now - start < durationNs; now = monotonicNs()) {
        const std::uint64_t due = (now - start) * rate / 1'000'000'000ull;
        for (std::uint64_t k = 0; emitted < due && k < 1000; ++k, ++emitted)
            Recorder::emit(EventKind::Marker, marker, emitted);
    }
    const double seconds = double(monotonicNs() - start) / 1e9;
    return { { QStringLiteral("events"), static_cast<qint64>(emitted) },
             { QStringLiteral("events_per_s"), seconds > 0 ? double(emitted) / seconds : 0.0 } };
}

} // namespace samtidig
