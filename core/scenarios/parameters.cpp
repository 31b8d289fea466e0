#include "scenarios/parameters.h"

#include <cmath>

namespace samtidig {

double ParamValues::number(const QString &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? 0.0 : it->second;
}

QJsonObject ParamValues::toJson(const std::vector<ParamSpec> &specs) const
{
    QJsonObject o;
    for (const ParamSpec &spec : specs) {
        const double v = number(spec.name);
        if (spec.type == ParamSpec::Type::Boolean)
            o.insert(spec.name, v != 0);
        else if (spec.type == ParamSpec::Type::Integer && std::isfinite(v) && std::abs(v) < 9.0e15)
            o.insert(spec.name, static_cast<qint64>(v)); // whole in range: exact as an integer
        else if (spec.type == ParamSpec::Type::Integer)
            o.insert(spec.name, v); // not validated (NaN, huge): kept as it is, never converted
        else
            o.insert(spec.name, v);
    }
    return o;
}

ParamValues ParamValues::fromJson(const QJsonObject &json)
{
    ParamValues values;
    for (auto it = json.begin(); it != json.end(); ++it)
        values.set(it.key(), it.value().isBool() ? (it.value().toBool() ? 1.0 : 0.0) : it.value().toDouble());
    return values;
}

QString Parameters::rangeText(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamSpec::Type::Boolean: return tr("on or off");
    case ParamSpec::Type::Integer:
        return tr("%1 to %2").arg(static_cast<qint64>(spec.minimum)).arg(static_cast<qint64>(spec.maximum));
    case ParamSpec::Type::Number: return tr("%1 to %2").arg(spec.minimum).arg(spec.maximum);
    }
    return {};
}

namespace {

QString lowText(const ParamSpec &spec)
{
    return spec.type == ParamSpec::Type::Integer ? QString::number(static_cast<qint64>(spec.minimum))
                                                 : QString::number(spec.minimum);
}

QString highText(const ParamSpec &spec)
{
    return spec.type == ParamSpec::Type::Integer ? QString::number(static_cast<qint64>(spec.maximum))
                                                 : QString::number(spec.maximum);
}

} // namespace

bool Parameters::splitAssignment(const QString &text, std::pair<QString, QString> *out, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = tr("'%1' is not a parameter assignment: write NAME=VALUE, for example threads=4.").arg(text);
        return false;
    }
    *out = { text.left(eq).trimmed(), text.mid(eq + 1).trimmed() };
    return true;
}

namespace {

const ParamSpec *findSpec(const std::vector<ParamSpec> &specs, const QString &name)
{
    for (const ParamSpec &spec : specs)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

QString knownNames(const std::vector<ParamSpec> &specs)
{
    QStringList names;
    for (const ParamSpec &spec : specs)
        names << spec.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

bool Parameters::resolve(const std::vector<ParamSpec> &specs,
                         const std::vector<std::pair<QString, QString>> &sets, ParamValues *out,
                         QString *error)
{
    ParamValues values;
    for (const ParamSpec &spec : specs)
        values.set(spec.name, spec.defaultValue);
    for (const auto &[name, text] : sets) {
        const ParamSpec *spec = findSpec(specs, name);
        if (!spec) {
            *error = specs.empty() ? tr("Unknown parameter '%1': this scenario has no parameters.").arg(name)
                                   : tr("Unknown parameter '%1'. Allowed: %2.").arg(name, knownNames(specs));
            return false;
        }
        bool ok = false;
        double v = 0;
        if (spec->type == ParamSpec::Type::Boolean) {
            const QString t = text.toLower();
            if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("on")
                || t == QLatin1String("yes")) {
                v = 1;
                ok = true;
            } else if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("off")
                       || t == QLatin1String("no")) {
                v = 0;
                ok = true;
            }
        } else if (spec->type == ParamSpec::Type::Integer) {
            const qlonglong i = text.toLongLong(&ok);
            v = static_cast<double>(i);
        } else {
            v = text.toDouble(&ok);
            ok = ok && std::isfinite(v);
        }
        if (!ok) {
            if (spec->type == ParamSpec::Type::Boolean)
                *error = tr("Parameter '%1' must be on or off (1/0, true/false; got '%2').").arg(name, text);
            else if (spec->type == ParamSpec::Type::Integer)
                *error = tr("Parameter '%1' must be a whole number between %2 and %3 (got '%4').")
                             .arg(name, lowText(*spec), highText(*spec), text);
            else
                *error = tr("Parameter '%1' must be a number between %2 and %3 (got '%4').")
                             .arg(name, lowText(*spec), highText(*spec), text);
            return false;
        }
        if (v < spec->minimum || v > spec->maximum) {
            *error = tr("Parameter '%1' must be between %2 and %3 (got %4).")
                         .arg(name, lowText(*spec), highText(*spec), text);
            return false;
        }
        values.set(name, v);
    }
    *out = values;
    return true;
}

bool Parameters::validate(const std::vector<ParamSpec> &specs, const ParamValues &values, QString *error)
{
    for (const auto &[name, v] : values.values()) {
        const ParamSpec *spec = findSpec(specs, name);
        if (!spec) {
            *error = tr("Unknown parameter '%1'. Allowed: %2.").arg(name, knownNames(specs));
            return false;
        }
        if (spec->type == ParamSpec::Type::Boolean && v != 0 && v != 1) {
            *error = tr("Parameter '%1' must be on or off (1/0, true/false; got '%2').")
                         .arg(name, QString::number(v));
            return false;
        }
        if (!(v >= spec->minimum && v <= spec->maximum)
            || (spec->type == ParamSpec::Type::Integer && v != std::floor(v))) {
            *error = tr("Parameter '%1' must be between %2 and %3 (got %4).")
                         .arg(name, lowText(*spec), highText(*spec))
                         .arg(v);
            return false;
        }
    }
    // Every declared parameter needs a value: a scenario must never run with one left at zero.
    for (const ParamSpec &spec : specs) {
        if (!values.contains(spec.name)) {
            *error = tr("Parameter '%1' has no value (allowed: %2).").arg(spec.name, rangeText(spec));
            return false;
        }
    }
    return true;
}

} // namespace samtidig
