#include "window/command_line.h"

#include "cmdline/parse_options.h"
#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "session/program_request.h"

#include <QCommandLineParser>
#include <QFileInfo>
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

bool CommandLine::checkOpenableFile(const QString &path, QString *message)
{
    const QFileInfo info(path);
    if (!info.exists())
        *message = tr("Cannot open '%1': there is no such file.").arg(path);
    else if (info.isDir())
        *message
            = tr("Cannot open '%1': it is a folder; give a recording (.samtidig) or a Chrome trace (.json).")
                  .arg(path);
    else if (!info.isReadable())
        *message = tr("Cannot open '%1': you have no permission to read it.").arg(path);
    else
        return true;
    return false;
}

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
    const QCommandLineOption startupTime(
        QStringLiteral("startup-time"),
        tr("Print how long it took from the start of the process to the window's first painted frame, then "
           "quit."));
    parser.addOptions({ scenario, set, run, lang, startupTime });
    parser.addPositionalArgument(tr("file"), tr("A recording (.samtidig) or Chrome trace (.json) to open."),
                                 tr("[file]"));

    if (QString error; !parseOptions(parser, arguments, QString(), &error)) {
        *message = tr("%1\nRun 'samtidig --help' to see the options.").arg(error);
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
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *message = tr("Only one file can be opened at a time (got %1: %2). Run 'samtidig --help' to see the "
                      "options.")
                       .arg(files.size())
                       .arg(files.join(QStringLiteral(", ")));
        return Result::Error;
    }
    if (!files.isEmpty()) {
        options->file = files.constFirst();
        if (!checkOpenableFile(options->file, message))
            return Result::Error;
        if (parser.isSet(run)) {
            *message = tr("--run starts a new run, which would replace the file '%1': open a file or run a "
                          "scenario, not both.")
                           .arg(options->file);
            return Result::Error;
        }
    }
    if (parser.isSet(lang)) {
        options->language = parser.value(lang);
        if (!isSupportedLanguage(options->language)) {
            *message = tr("Unknown language '%1': use da (Danish) or en (English).").arg(options->language);
            return Result::Error;
        }
    }
    options->run = parser.isSet(run);
    options->reportStartupTime = parser.isSet(startupTime);
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
    if (options->scenario == QLatin1String(kProgramScenarioId)) { // "Your own program": its form, no --set
        if (options->sets.empty())
            return Result::Ok;
        *message = tr("--set is for Samtidig's scenarios; --scenario program opens the form for your own "
                      "program, which has no parameters.");
        return Result::Error;
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
