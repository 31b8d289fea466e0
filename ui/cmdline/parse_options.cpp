#include "cmdline/parse_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samtidig {

namespace {

class ParseOptions
{
    Q_DECLARE_TR_FUNCTIONS(samtidig::ParseOptions)
public:
    static QString unknown(const QString &option, const QString &command)
    {
        return command.isEmpty() ? tr("unknown option '%1'.").arg(option)
                                 : tr("unknown option '%1' for %2.").arg(option, command);
    }
    static QString needsValue(const QString &option) { return tr("%1 needs a value.").arg(option); }
    static QString takesNoValue(const QString &argument)
    {
        return tr("%1 takes no value (got '%2').")
            .arg(argument.section(QLatin1Char('='), 0, 0), argument.section(QLatin1Char('='), 1));
    }
};

// The option as the user wrote it: QCommandLineParser gives names without their dashes.
QString dashed(const QString &name, const QStringList &arguments)
{
    QString longForm = QLatin1String("--") + name;
    for (const QString &a : arguments)
        if (a == longForm || a.startsWith(longForm + QLatin1Char('=')))
            return longForm;
    return name.size() == 1 ? QLatin1Char('-') + name : longForm;
}

} // namespace

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                  QString *error)
{
    if (parser.parse(arguments))
        return true;
    // QCommandLineParser refuses three things: options it does not know, a value given with '='
    // to a switch (the switch is then set without a value), and an option that needs a value
    // given last, without one.
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
        *error = ParseOptions::unknown(dashed(unknown.constFirst(), arguments), command);
        return false;
    }
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--"))
            break;
        const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))
            && parser.optionNames().contains(name) && parser.values(name).isEmpty()) {
            *error = ParseOptions::takesNoValue(a);
            return false;
        }
    }
    *error = ParseOptions::needsValue(arguments.constLast());
    return false;
}

} // namespace samtidig
