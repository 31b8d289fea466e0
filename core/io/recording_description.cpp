// The run description section of a recording: JSON, read with every field's type checked.
#include "io/io_text.h"
#include "io/recording_format.h"
#include "trace/trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string_view>
#include <type_traits>

namespace samtidig {

using namespace recording;

namespace {

QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

// Reads a string field; a missing field keeps the default, a field of the wrong type is an error.
bool jsonString(const QJsonObject &o, const char *key, QString *v, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String(key));
    if (x.isUndefined())
        return true;
    if (!x.isString()) {
        *bad = QLatin1String(key);
        return false;
    }
    *v = x.toString();
    return true;
}

bool jsonObject(const QJsonObject &o, const char *key, QJsonObject *v, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String(key));
    if (x.isUndefined())
        return true;
    if (!x.isObject()) {
        *bad = QLatin1String(key);
        return false;
    }
    *v = x.toObject();
    return true;
}

// 64-bit numbers are stored as decimal strings (JSON numbers are doubles).
template<typename Int>
bool jsonInteger(const QJsonObject &o, const char *key, Int *v, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String(key));
    if (x.isUndefined())
        return true;
    bool ok = false;
    if constexpr (std::is_signed_v<Int>)
        *v = static_cast<Int>(x.toString().toLongLong(&ok));
    else
        *v = static_cast<Int>(x.toString().toULongLong(&ok));
    if (!ok)
        *bad = QLatin1String(key);
    return ok;
}

// The machine's per-CPU busy samples (absent in recordings made before they were kept).
bool parseMachineLoad(const QJsonObject &o, MachineLoad *load, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String("machineLoad"));
    if (x.isUndefined())
        return true;
    *bad = QStringLiteral("machineLoad");
    if (!x.isObject())
        return false;
    const QJsonObject m = x.toObject();
    MachineLoad result;
    if (!jsonInteger(m, "tickNs", &result.tickNs, bad) || !jsonString(m, "note", &result.note, bad))
        return false;
    const QJsonValue samples = m.value(QLatin1String("samples"));
    if (!samples.isUndefined() && !samples.isArray())
        return false;
    for (const auto &row : samples.toArray()) { // QJsonValueConstRef, converted in the calls
        const QJsonArray values = row.toArray();
        if (!row.isArray() || values.isEmpty() || values.size() > kMaxCpus + 1)
            return false;
        CpuBusySample sample;
        bool ok = false;
        sample.timeNs = values.first().toString().toLongLong(&ok);
        for (qsizetype i = 1; ok && i < values.size(); ++i)
            sample.busyTicks.push_back(values.at(i).toString().toULongLong(&ok));
        if (!ok)
            return false;
        result.samples.push_back(std::move(sample));
    }
    *load = std::move(result);
    return true;
}

// The times the run stood paused (absent in recordings made before they were kept): in time
// order, each ending after it starts, or -1 for a pause the recording ended in.
bool parsePaused(const QJsonObject &o, std::vector<PausedSpan> *paused, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String("paused"));
    if (x.isUndefined())
        return true;
    *bad = QStringLiteral("paused");
    if (!x.isArray())
        return false;
    std::vector<PausedSpan> result;
    for (const auto &entry : x.toArray()) { // QJsonValueConstRef, converted in the calls
        const QJsonArray pair = entry.toArray();
        if (!entry.isArray() || pair.size() != 2)
            return false;
        bool okStart = false;
        bool okEnd = false;
        const PausedSpan span { pair.at(0).toString().toLongLong(&okStart),
                                pair.at(1).toString().toLongLong(&okEnd) };
        if (!okStart || !okEnd || span.startNs < 0 || (span.endNs >= 0 && span.endNs < span.startNs)
            || (!result.empty() && (result.back().endNs < 0 || span.startNs < result.back().endNs)))
            return false;
        result.push_back(span);
    }
    *paused = std::move(result);
    return true;
}

// Step mode's threads, one per step: "1,2,1,2" (absent in recordings without steps).
bool parseSteps(const QJsonObject &o, std::vector<int> *steps, QString *bad)
{
    const QJsonValue x = o.value(QLatin1String("steps"));
    if (x.isUndefined())
        return true;
    *bad = QStringLiteral("steps");
    if (!x.isString())
        return false;
    std::vector<int> result;
    for (const QString &part : x.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int thread = part.toInt(&ok);
        if (!ok || thread < 1 || thread > static_cast<int>(kMaxSteppedThread))
            return false;
        result.push_back(thread);
    }
    *steps = std::move(result);
    return true;
}

} // namespace

bool recording::parseRunDescription(QByteArrayView json, RunDescription &t, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Io::tr("The recording is damaged: the run description is not valid JSON (%1).")
                        .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    QString bad;
    QString source = latin1(schedulingSourceName(t.source));
    QString outcome = QString::fromLatin1(runOutcomeName(t.outcome));
    QJsonObject counters;
    const bool ok = jsonString(o, "scenario", &t.scenario, &bad)
        && jsonObject(o, "parameters", &t.parameters, &bad) && jsonString(o, "source", &source, &bad)
        && jsonString(o, "sourceNote", &t.sourceNote, &bad) && jsonInteger(o, "originNs", &t.originNs, &bad)
        && jsonInteger(o, "endNs", &t.endNs, &bad) && jsonString(o, "outcome", &outcome, &bad)
        && jsonString(o, "outcomeDetail", &t.outcomeDetail, &bad)
        && jsonObject(o, "results", &t.results, &bad) && jsonObject(o, "counters", &counters, &bad)
        && jsonInteger(counters, "events", &t.events, &bad)
        && jsonInteger(counters, "dropped", &t.dropped, &bad)
        && jsonInteger(counters, "stalledNs", &t.stalledNs, &bad)
        && jsonInteger(counters, "stalls", &t.stalls, &bad)
        && jsonInteger(counters, "lateRecords", &t.lateRecords, &bad)
        && jsonInteger(counters, "detailCappedAtNs", &t.detailCappedAtNs, &bad)
        && parseMachineLoad(o, &t.machineLoad, &bad) && parsePaused(o, &t.paused, &bad)
        && parseSteps(o, &t.steps, &bad);
    if (!ok)
        return fail(Io::tr("The recording is damaged: the run description's field \"%1\" has the wrong type.")
                        .arg(bad));
    const QJsonValue cpus = o.value(QLatin1String("cpuCount"));
    if (!cpus.isUndefined()) {
        const double c = cpus.toDouble(-1);
        if (!cpus.isDouble() || c < 0 || c > kMaxCpus || c != static_cast<int>(c))
            return fail(
                Io::tr("The recording is damaged: the run description's cpuCount must be a whole number "
                       "from 0 to %1.")
                    .arg(kMaxCpus));
        t.cpuCount = static_cast<int>(c);
    }
    if (!schedulingSourceFromName(source.toStdString(), &t.source))
        return fail(Io::tr("The recording names an unknown scheduling source \"%1\".").arg(source));
    for (int i = 0; i <= static_cast<int>(RunOutcome::Failed); ++i)
        if (outcome == QLatin1String(runOutcomeName(static_cast<RunOutcome>(i)))) {
            t.outcome = static_cast<RunOutcome>(i);
            return true;
        }
    return fail(Io::tr("The recording names an unknown run outcome \"%1\".").arg(outcome));
}

} // namespace samtidig
