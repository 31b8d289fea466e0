#include "runner/runner_results.h"

#include "record/region_layout.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <atomic>
#include <cstring>

namespace samtidig {

namespace {

class RunnerResults
{
    Q_DECLARE_TR_FUNCTIONS(RunnerResults)
};

QJsonObject errorObject(const QString &message)
{
    return QJsonObject { { QStringLiteral("error"), message } };
}

} // namespace

void publishRunnerResults(RegionHeader &header, const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (json.size() > static_cast<qsizetype>(kResultsCapacity))
        json = QJsonDocument(errorObject(RunnerResults::tr("The scenario's results are larger than %1 KiB.")
                                             .arg(kResultsCapacity / 1024)))
                   .toJson(QJsonDocument::Compact);
    std::memcpy(header.results, json.constData(), static_cast<std::size_t>(json.size()));
    header.resultsSize.store(static_cast<std::uint32_t>(json.size()), std::memory_order_release);
}

QJsonObject readRunnerResults(const RegionHeader &header)
{
    const std::uint32_t size = header.resultsSize.load(std::memory_order_acquire);
    if (size == 0)
        return {};
    if (size > kResultsCapacity)
        return errorObject(
            RunnerResults::tr("The runner's results are damaged: their size is given as %1 bytes, but the "
                              "results block holds at most %2.")
                .arg(size)
                .arg(kResultsCapacity));
    // A copy first: a runner that is still alive could change the bytes while they are parsed.
    const QByteArray json(header.results, static_cast<qsizetype>(size));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorObject(
            RunnerResults::tr("The runner's results are damaged: they are not a JSON object (%1).")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("JSON")));
    return doc.object();
}

} // namespace samtidig
