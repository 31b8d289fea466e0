#include "window/command_line.h"

#include "i18n/language.h"
#include "scenarios/scenario_registry.h"

#include <QCommandLineParser>
#include <QSettings>

namespace samtidig {

namespace {
const QString kLanguageKey = QStringLiteral("language");

QString knownScenarios()
{
    QStringList ids;
    for (const Scenario *s : allScenarios())
        if (!s->info().hidden) // test and benchmark scenarios are not offered to users
            ids << s->info().id;
    return ids.join(QStringLiteral(", "));
}
} // namespace

QString CommandLine::initialLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        QString value;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (a.startsWith(QLatin1String("--lang=")))
            value = a.mid(7);
        if (isSupportedLanguage(value))
            return value;
    }
    const QString saved = QSettings().value(kLanguageKey).toString();
    return isSupportedLanguage(saved) ? saved : systemLanguage();
}

CommandLine::Result CommandLine::parse(const QStringList &arguments, LaunchOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Samtidig runs real threads, processes, locks and coroutines and draws what every core and every "
           "task does, live."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("Start with scenario <id> selected (one of: %1).").arg(knownScenarios()), tr("id"));
    const QCommandLineOption set(
        QStringLiteral("set"), tr("Set a parameter of the scenario, for example threads=4. May be repeated."),
        tr("name=value"));
    const QCommandLineOption run(QStringLiteral("run"), tr("Start running the scenario at once."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the window: da (Danish) or en (English)."), tr("language"));
    parser.addOptions({ scenario, set, run, lang });

    if (!parser.parse(arguments)) {
        *message = tr("%1\nRun 'samtidig --help' to see the options.").arg(parser.errorText());
        return Result::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Result::Help;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                 QCoreApplication::applicationVersion());
        return Result::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument '%1'. Run 'samtidig --help' to see the options.")
                       .arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }
    if (parser.isSet(lang)) {
        options->language = parser.value(lang);
        if (!isSupportedLanguage(options->language)) {
            *message = tr("Unknown language '%1': use da (Danish) or en (English).").arg(options->language);
            return Result::Error;
        }
    }
    options->run = parser.isSet(run);
    for (const QString &text : parser.values(set)) {
        std::pair<QString, QString> assignment;
        if (!Parameters::splitAssignment(text, &assignment, message))
            return Result::Error;
        options->sets.push_back(assignment);
    }
    options->scenario = parser.value(scenario);
    if (options->scenario.isEmpty()) {
        if (!options->sets.empty()) {
            *message = tr("--set needs --scenario: parameters belong to one scenario.");
            return Result::Error;
        }
        return Result::Ok;
    }
    const Scenario *found = findScenario(options->scenario);
    if (!found) {
        *message = tr("Unknown scenario '%1'. Known scenarios: %2.").arg(options->scenario, knownScenarios());
        return Result::Error;
    }
    if (!Parameters::resolve(found->info().params, options->sets, &options->params, message))
        return Result::Error;
    return Result::Ok;
}

} // namespace samtidig
