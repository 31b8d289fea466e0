#pragma once
// Scenario parameters: the spec a scenario declares (type, range, default, unit, label) and the
// validated values a run gets. Validation happens before any runner starts; its messages name the
// parameter, the allowed range and the value given.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace samtidig {

struct ParamSpec {
    enum class Type { Integer, Number, Boolean };
    QString name; // stable id used by --set NAME=VALUE
    QString label; // translated label (filled in when the spec is built, in the UI language)
    Type type = Type::Integer;
    double minimum = 0;
    double maximum = 0;
    double defaultValue = 0;
    QString unit; // translated unit, e.g. "ms", may be empty
    QString help; // translated one-line description
};

// Values for one run, after validation: every declared parameter has a value.
class ParamValues
{
public:
    void set(const QString &name, double value) { m_values[name] = value; }
    bool contains(const QString &name) const { return m_values.count(name) != 0; }
    double number(const QString &name) const;
    int integer(const QString &name) const { return static_cast<int>(number(name)); }
    bool flag(const QString &name) const { return number(name) != 0; }
    QJsonObject toJson(const std::vector<ParamSpec> &specs) const;
    static ParamValues fromJson(const QJsonObject &json);
    const std::map<QString, double> &values() const { return m_values; }

private:
    std::map<QString, double> m_values;
};

class Parameters
{
    Q_DECLARE_TR_FUNCTIONS(Parameters)
public:
    // Applies NAME=VALUE assignments over the defaults. On the first bad assignment returns false
    // and sets *error to a sentence naming the parameter, the allowed range and the value given.
    static bool resolve(const std::vector<ParamSpec> &specs,
                        const std::vector<std::pair<QString, QString>> &sets, ParamValues *out,
                        QString *error);
    // Checks values (e.g. from a saved setting or a recording) against the spec: every declared
    // parameter present, none unknown, each in range (whole numbers, switches 0 or 1).
    static bool validate(const std::vector<ParamSpec> &specs, const ParamValues &values, QString *error);
    // Splits "name=value"; false with a message if there is no '='.
    static bool splitAssignment(const QString &text, std::pair<QString, QString> *out, QString *error);
    static QString rangeText(const ParamSpec &spec); // "1 to 256", "on or off"
};

} // namespace samtidig
