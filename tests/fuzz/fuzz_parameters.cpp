// libFuzzer target for scenario parameter parsing: what `--set NAME=VALUE` (CLI, window's --set)
// and a recording's stored parameters feed into. The input is split into lines; its first byte
// picks a scenario (every scenario's real parameter spec, hidden ones included), every further
// line is an assignment. A second reading treats the whole input as a recording's parameter JSON.
// Invariants: a failure always says why; a success gives every declared parameter a value inside
// its range (whole for integers, 0 or 1 for switches), and those values validate.
#include "scenarios/parameters.h"
#include "scenarios/scenario_registry.h"
#include "support/test_scenarios.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

using samtidig::Parameters;
using samtidig::ParamSpec;
using samtidig::ParamValues;

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkValues(const std::vector<ParamSpec> &specs, const ParamValues &values)
{
    for (const ParamSpec &spec : specs) {
        require(values.contains(spec.name));
        const double v = values.number(spec.name);
        require(std::isfinite(v) && v >= spec.minimum && v <= spec.maximum);
        if (spec.type != ParamSpec::Type::Number)
            require(v == std::floor(v));
        if (spec.type == ParamSpec::Type::Boolean)
            require(v == 0 || v == 1);
    }
    QString error;
    require(Parameters::validate(specs, values, &error));
}

} // namespace

// The test-only scenarios come after the shipped ones, so a seed's first byte picks what it did.
extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char *** /*argv*/)
{
    samtidig::test::registerTestScenarios();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto &scenarios = samtidig::allScenarios();
    const std::vector<ParamSpec> specs = scenarios[data[0] % scenarios.size()]->info().params;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    // As --set assignments.
    std::vector<std::pair<QString, QString>> sets;
    bool allSplit = true;
    for (const QByteArray &line : bytes.split('\n')) {
        std::pair<QString, QString> assignment;
        QString error;
        if (Parameters::splitAssignment(QString::fromUtf8(line), &assignment, &error)) {
            sets.push_back(assignment);
        } else {
            require(!error.isEmpty());
            allSplit = false;
        }
    }
    ParamValues values;
    QString error;
    if (Parameters::resolve(specs, sets, &values, &error))
        checkValues(specs, values);
    else
        require(!error.isEmpty());
    (void)allSplit;

    // As a recording's stored parameters (untrusted JSON).
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const ParamValues stored = ParamValues::fromJson(doc.object());
        QString why;
        if (Parameters::validate(specs, stored, &why))
            checkValues(specs, stored);
        else
            require(!why.isEmpty());
        (void)stored.toJson(specs);
    }
    return 0;
}
