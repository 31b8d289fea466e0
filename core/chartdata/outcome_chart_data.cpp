// outcomeData(): which chart makes the scenario's point, its bars, the sentence beside it and the
// table of every result; for a recorded program, its run in words and its processes.
#include "chartdata/chart_data.h"

#include "analysis/describe_program.h"
#include "analysis/program_shape.h"
#include "i18n/recorded_names.h"
#include "scenarios/result_labels.h"
#include "session/program_request.h"
#include "trace/time_steps.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace samtidig {

namespace {
// Result keys scenarios use for "the value the shared counter ended with".
const char *const kActualKeys[] = { "actual", "counter", "shared_counter", "final_counter", "total" };

// "shared_counter" -> "Shared counter": result keys are ids, this makes the table readable.
QString keyText(const QString &key)
{
    return ResultLabels::label(key);
}

QString valueText(const QJsonValue &v)
{
    const QLocale locale;
    if (v.isBool())
        return v.toBool() ? Charts::tr("yes") : Charts::tr("no");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? locale.toString(qlonglong(d))
                                                        : locale.toString(d, 'g', 4);
    }
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        bool records = false;
        const QJsonArray a = v.toArray();
        for (const auto &e : a) { // QJsonValueConstRef: converted once, in the call
            records |= e.isObject() || e.isArray(); // "0, 1; 1" for a list per child
            parts << valueText(e);
        }
        return parts.join(records ? QStringLiteral("; ") : QStringLiteral(", "));
    }
    if (v.isObject()) {
        // One entry of a per-task list: "thread 1: Attempts 7, Retries 4" (translated field names,
        // the task's own name first rather than as a field).
        QString name;
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool isName = it.key() == QLatin1String("thread") || it.key() == QLatin1String("name")
                || it.key() == QLatin1String("task");
            if (isName && it.value().isString() && name.isEmpty())
                name = displayedName(it.value().toString()); // recorded in the run's language
            else
                parts << QStringLiteral("%1 %2").arg(keyText(it.key()), valueText(it.value()));
        }
        const QString fields = parts.join(QStringLiteral(", "));
        return name.isEmpty() ? fields : QStringLiteral("%1: %2").arg(name, fields);
    }
    return {};
}

std::int64_t phaseDuration(const Trace &trace, const Phase &phase)
{
    return (phase.endNs < 0 ? trace.endNs() : phase.endNs) - phase.startNs;
}

OutcomeChartData::Kind kindOf(const Trace *trace)
{
    using Kind = OutcomeChartData::Kind;
    if (!trace)
        return Kind::None;
    if (trace->scenario() == QLatin1String(kProgramScenarioId))
        return Kind::Program;
    const QJsonObject &r = trace->results();
    if (r.isEmpty())
        return trace->phases().size() >= 2 ? Kind::Phases : Kind::None; // phase times are known live
    if (r.value(QLatin1String("expected")).isDouble())
        for (const char *key : kActualKeys)
            if (r.value(QLatin1String(key)).isDouble())
                return Kind::Counter;
    return trace->phases().size() >= 2 ? Kind::Phases : Kind::Table;
}

// One horizontal bar per category, values in `unit` on the axis below.
BarChartData bars(const QString &title, const QStringList &names, const QList<double> &values,
                  const QString &axisTitle, double top)
{
    BarChartData chart;
    chart.title = title;
    chart.categories = names;
    chart.sets.push_back({ Charts::tr("Value"), values, false });
    chart.values.title = axisTitle;
    chart.values.precision = 7;
    setNiceRange(chart.values, top);
    return chart;
}

void fillCounter(OutcomeChartData &data, const QJsonObject &r)
{
    const double expected = r.value(QLatin1String("expected")).toDouble();
    double actual = 0;
    for (const char *key : kActualKeys)
        if (r.value(QLatin1String(key)).isDouble()) {
            actual = r.value(QLatin1String(key)).toDouble();
            break;
        }
    const double lost = std::max(0.0, expected - actual);
    // Bottom to top, so they read top down: expected, actual, lost.
    data.chart
        = bars(Charts::tr("Shared counter at the end of the run"),
               { Charts::tr("Lost updates"), Charts::tr("Actual"), Charts::tr("Expected") },
               { lost, actual, expected }, Charts::tr("Counter value"), std::max(1.0, expected) * 1.15);
    const QLocale locale;
    data.summary = lost > 0
        ? Charts::tr("The counter should have reached %1 but reached %2: %Ln increment(s) "
                     "were lost because tasks overwrote each other's updates.",
                     nullptr, int(std::min(lost, 2e9)))
              .arg(locale.toString(qlonglong(expected)), locale.toString(qlonglong(actual)))
        : Charts::tr("The counter reached the expected %1: no update was lost.")
              .arg(locale.toString(qlonglong(expected)));
}

void fillPhases(OutcomeChartData &data, const Trace &trace)
{
    const QLocale locale;
    QStringList names;
    QList<double> ms;
    for (const Phase &p : trace.phases()) { // bottom to top: the first phase on top
        names.prepend(p.title);
        ms.prepend(double(std::max<std::int64_t>(0, phaseDuration(trace, p))) / 1e6);
    }
    data.chart = bars(Charts::tr("Time taken by each phase"), names, ms, Charts::tr("Duration (ms)"),
                      std::max(0.001, *std::max_element(ms.begin(), ms.end())) * 1.15);
    const QJsonValue speedup = trace.results().value(QLatin1String("speedup"));
    const Phase &first = trace.phases()[0];
    const Phase &second = trace.phases()[1];
    const std::int64_t a = phaseDuration(trace, first);
    const std::int64_t b = phaseDuration(trace, second);
    if (speedup.isDouble())
        data.summary
            = Charts::tr("Speedup: %1 times as fast.").arg(locale.toString(speedup.toDouble(), 'f', 2));
    else if (a > 0 && b > 0 && trace.outcome() != RunOutcome::Running)
        data.summary
            = Charts::tr("“%1” took %2 and “%3” took %4: the slower one took %5 times as long.")
                  .arg(first.title, formatDuration(a, locale), second.title, formatDuration(b, locale),
                       locale.toString(double(std::max(a, b)) / double(std::min(a, b)), 'f', 2));
    else
        data.summary = Charts::tr("The phases are still running.");
}

// Every result, in the order a reader needs them (the keys come alphabetical).
void fillResults(OutcomeChartData &data, const Trace *trace)
{
    data.tableHeader = QStringList { Charts::tr("Result"), Charts::tr("Value") };
    const QJsonObject results = trace ? trace->results() : QJsonObject();
    QStringList keys = results.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return ResultLabels::order(a) < ResultLabels::order(b);
    });
    for (const QString &name : keys) {
        const QString value = valueText(results.value(name));
        data.table.push_back({ keyText(name), name, value, value });
    }
}

void fillProgram(OutcomeChartData &data, const Trace &trace)
{
    data.tableHeader = QStringList { Charts::tr("Process"), Charts::tr("Threads and time") };
    if (trace.outcome() == RunOutcome::Running) {
        data.programText = Charts::tr("What your program did appears here when it ends.");
        return;
    }
    const ProgramActivity activity = programActivity(trace);
    data.programText = describeProgram(trace, activity).join(QStringLiteral("\n\n"));

    // The time with exactly 1, 2, ... cores running the program's threads at once.
    const QLocale locale;
    const std::vector<std::int64_t> &busy = activity.cores.nsWithCoresBusy;
    QStringList parts;
    for (std::size_t k = 1; k < busy.size(); ++k)
        if (busy[k] > 0)
            parts
                << Charts::tr("%n for %1", nullptr, static_cast<int>(k)).arg(formatDuration(busy[k], locale));
    if (!parts.isEmpty())
        data.summary = Charts::tr("Cores busy at once: %1.").arg(parts.join(QStringLiteral(", ")));

    // Its processes, parents first.
    for (const ProcessNode &n : processTree(trace)) {
        QString what = Charts::tr("%n thread(s)", nullptr, n.threads);
        if (n.endNs >= 0 && n.beginNs >= 0)
            what += QStringLiteral(", ") + formatDuration(n.endNs - n.beginNs, locale);
        data.table.push_back({ Charts::tr("%1 (pid %2)").arg(n.command, QString::number(n.pid)),
                               n.parentPid ? Charts::tr("Started by pid %1").arg(n.parentPid)
                                           : Charts::tr("The program's first process"),
                               what, what });
    }
    data.tableShown = !data.table.empty();
}

QString noOutcomeText(const Trace *trace)
{
    if (!trace || (trace->events() == 0 && trace->outcome() == RunOutcome::Running))
        return Charts::tr("Run a scenario to see what it measured here.");
    if (trace->outcome() == RunOutcome::Running)
        return Charts::tr("The scenario's results appear here when the run ends.");
    if (trace->source() == SchedulingSource::Imported)
        return Charts::tr("This trace was imported from a Chrome trace: no scenario ran, so there are no "
                          "results to show.");
    return Charts::tr("The run ended before the scenario could report its results.");
}
} // namespace

OutcomeChartData outcomeData(const Trace *trace)
{
    using Kind = OutcomeChartData::Kind;
    OutcomeChartData data;
    data.kind = kindOf(trace);
    switch (data.kind) {
    case Kind::Program: fillProgram(data, *trace); return data;
    case Kind::None: data.summary = noOutcomeText(trace); return data;
    case Kind::Table: data.summary = Charts::tr("What the scenario measured:"); break;
    case Kind::Counter: fillCounter(data, trace->results()); break;
    case Kind::Phases: fillPhases(data, *trace); break;
    }
    fillResults(data, trace);
    data.tableShown = true;
    return data;
}

} // namespace samtidig
