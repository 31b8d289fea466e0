#include "cli/cli_commands.h"

#include "cmdline/parse_options.h"
#include "i18n/language.h"
#include "io/trace_file.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "session/step_driver.h"
#include "trace/trace.h"
#include "version/version.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace samtidig {

namespace {

QString paramTypeName(ParamSpec::Type type)
{
    switch (type) {
    case ParamSpec::Type::Integer: return QStringLiteral("integer");
    case ParamSpec::Type::Number: return QStringLiteral("number");
    case ParamSpec::Type::Boolean: return QStringLiteral("boolean");
    }
    return {};
}

QCommandLineOption valueOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
}

QCommandLineOption switchOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

// --trace, --summary and the image options: run, record and export write them alike.
void addOutputOptions(QCommandLineParser &parser)
{
    for (const char *name :
         { "trace", "summary", "png", "svg", "pdf", "width", "height", "scale", "lanes", "title" })
        parser.addOption(valueOption(name));
    parser.addOption(switchOption("charts"));
}

} // namespace

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

ImageExportOptions CliCommands::commandLinePicture()
{
    ImageExportOptions picture;
    picture.size = ExportSizePreset::Custom;
    picture.theme = TimelineThemeKind::Print;
    return picture;
}

bool CliCommands::Outputs::wantsImages() const
{
    return std::any_of(images.begin(), images.end(), [](const QString &path) { return !path.isEmpty(); });
}

QString CliCommands::helpText()
{
    return tr(
        "Usage:\n"
        "  samtidig-cli list [--json] [--lang en|da]\n"
        "  samtidig-cli run ID [--set NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]\n"
        "                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]\n"
        "                      [--lossy] [--max-detail-mb N] [--lang en|da] [IMAGE OPTIONS]\n"
        "                      [--schedule 1,2,1,2] [--explore]\n"
        "  samtidig-cli record [--cwd DIR] [--env NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]\n"
        "                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]\n"
        "                      [--max-detail-mb N] [--no-locks] [--lang en|da] [IMAGE OPTIONS]\n"
        "                      -- PROGRAM [ARGS...]\n"
        "  samtidig-cli export RECORDING (.samtidig or Chrome .json) [--trace FILE.json]\n"
        "                      [--summary FILE.json] [IMAGE OPTIONS] [--lang en|da]\n"
        "  samtidig-cli --help | --version\n"
        "\n"
        "Runs one of Samtidig's concurrency scenarios on real threads and processes, headless, or\n"
        "records your own program (any Linux program, unmodified, every process and thread it starts),\n"
        "and writes what the kernel and the workload recorded.\n"
        "\n"
        "Options:\n"
        "  --set NAME=VALUE   set a scenario parameter (see 'list' for names and ranges)\n"
        "  --trace FILE       write Chrome Trace Event JSON (opens in Perfetto and chrome://tracing)\n"
        "  --summary FILE     write the run's summary as JSON (outcome, times, counters, results)\n"
        "  --save FILE        save the recording in Samtidig's own format, to open in the window\n"
        "  --timeout SECONDS  stop the run after this many seconds, deadlocked or not (run: default 60;\n"
        "                     record: none, the recording ends when the program's last process does)\n"
        "  --max-detail-mb N  keep full detail up to about N MB of trace (default 4096; 0: no limit);\n"
        "                     after that the tasks, counters and analysis go on and the trace says\n"
        "                     where detail stopped\n"
        "  --cwd DIR          record: the working folder the program starts in\n"
        "  --env NAME=VALUE   record: an environment variable for the program (repeatable)\n"
        "  --no-locks         record: the kernel's view of the threads and processes only, without\n"
        "                     the locks and Python's GIL (no library is loaded into the program)\n"
        "  --source SOURCE    where on-CPU slices come from: kernel (context-switch records),\n"
        "                     estimate (the workload's own reports), auto (kernel if allowed; default)\n"
        "  --lossy            drop records instead of stalling a writer whose ring is full (drops are "
        "counted)\n"
        "  --schedule LIST    run: take the run step by step, letting these threads go one operation each\n"
        "                     (read, write, lock, release ...), in this order; threads are numbered as\n"
        "                     the scenario numbers them. The rest of the run then continues freely.\n"
        "                     Works with race, mutex, deadlock, lock-ordering, philosophers and\n"
        "                     semaphore.\n"
        "  --explore          run: run every interleaving of the scenario's threads (small parameter\n"
        "                     values only) and count the outcomes in the summary's results.explore\n"
        "  --lang en|da       language of messages and images\n"
        "\n"
        "Image options:\n"
        "  --png FILE, --svg FILE, --pdf FILE   write the timeline as an image\n"
        "  --width PX, --height PX              image size (default 1920 wide, height to fit)\n"
        "  --scale N                            PNG pixel scale 1, 2 or 3\n"
        "  --lanes cores|tasks|both             which lanes to draw (default both)\n"
        "  --title TEXT                         image title (default: scenario and parameters)\n"
        "  --charts                             add the charts (outcome, core utilization, lock waits)\n"
        "\n"
        "Exit status:\n"
        "  0  the run completed, or list/export succeeded\n"
        "  2  bad command line or parameter; nothing was started\n"
        "  3  the run deadlocked (it was detected, and stopped by --timeout)\n"
        "  4  the run was stopped by --timeout without a deadlock\n"
        "  5  the runner crashed or could not run the scenario\n"
        "  6  an output file could not be written, or a recording could not be read\n"
        "  7  record: the recording is complete, but the program exited with a non-zero status or was\n"
        "     killed by a signal (the summary's program.exit_status or program.signal says which);\n"
        "     a program that exits with 0 gives 0, one that cannot be started gives 2\n"
        "  8  run: a --schedule step was refused (a thread that is blocked or has finished cannot\n"
        "     move), or an --explore had too many interleavings or was stopped\n");
}

QString CliCommands::outcomeWord(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return tr("running");
    case RunOutcome::Completed: return tr("completed");
    case RunOutcome::Deadlock: return tr("deadlock");
    case RunOutcome::TimedOut: return tr("timed out");
    case RunOutcome::Crashed: return tr("crashed");
    case RunOutcome::Stopped: return tr("stopped");
    case RunOutcome::Failed: return tr("failed");
    }
    return {};
}

int CliCommands::usageError(const QString &message)
{
    printErr(tr("samtidig-cli: %1\n").arg(message));
    printErr(tr("Run 'samtidig-cli --help' for usage.\n"));
    return CliUsage;
}

int CliCommands::dispatch(const QStringList &arguments)
{
    // The system's language (LANG=da_DK... gives Danish) unless --lang says otherwise.
    installLanguage(systemLanguage());
    // Before the command: --help, --version, --lang; the command and its own options follow.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({ help, version });
    if (!parseCommand(parser, QString(), arguments))
        return CliUsage;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(help) || args.value(0) == QLatin1String("help")) {
        printOut(helpText());
        return CliOk;
    }
    if (parser.isSet(version) || args.value(0) == QLatin1String("version")) {
        printOut(QStringLiteral("samtidig-cli %1\n").arg(samtidigVersion()));
        return CliOk;
    }
    if (args.isEmpty())
        return usageError(tr("a command is needed: list, run, record or export."));
    const QString &command = args.constFirst(); // stays first: the parsers of the commands skip it
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("run"))
        return run(args);
    if (command == QLatin1String("record"))
        return record(args);
    if (command == QLatin1String("export"))
        return exportRecording(args);
    return usageError(
        tr("unknown command '%1'; the commands are list, run, record and export.").arg(command));
}

bool CliCommands::parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    // --lang may stand anywhere; it is applied first so that every message is in that language.
    const QCommandLineOption lang = valueOption("lang");
    parser.addOption(lang);
    QString error;
    const bool parsed = parseOptions(parser, args, command, &error);
    const QString code = parser.value(lang);
    if (!code.isEmpty()) {
        if (!isSupportedLanguage(code)) {
            usageError(tr("--lang needs 'en' or 'da'%1.").arg(tr(" (got '%1')").arg(code)));
            return false;
        }
        installLanguage(code);
    }
    if (!parsed)
        usageError(error);
    return parsed;
}

int CliCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = switchOption("json");
    parser.addOption(jsonOption);
    if (!parseCommand(parser, QStringLiteral("list"), args))
        return CliUsage;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("list takes no arguments, only --json and --lang (got '%1').")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    const bool json = parser.isSet(jsonOption);
    QJsonArray all;
    QString text;
    for (const Scenario *s : allScenarios()) {
        const ScenarioInfo info = s->info();
        if (info.hidden)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("id"), info.id);
        o.insert(QStringLiteral("name"), info.name);
        o.insert(QStringLiteral("theme"), themeName(info.theme));
        o.insert(QStringLiteral("explanation"), info.explanation);
        o.insert(QStringLiteral("may_hang"), info.mayHang);
        ParamValues defaults;
        QString ignored;
        Parameters::resolve(info.params, {}, &defaults, &ignored);
        const double seconds = info.estimatedSeconds ? info.estimatedSeconds(defaults, onlineCpuCount()) : -1;
        if (seconds >= 0)
            o.insert(QStringLiteral("estimated_seconds"), seconds);
        o.insert(QStringLiteral("max_run_seconds"), kMaxRunSeconds);
        QJsonArray params;
        text += QStringLiteral("%1  %2").arg(info.id, -24).arg(info.name);
        if (seconds >= 0)
            text += tr("  (about %1 s with the defaults)").arg(QLocale().toString(seconds, 'f', 1));
        text += QLatin1Char('\n');
        for (const ParamSpec &p : info.params) {
            QJsonObject po;
            po.insert(QStringLiteral("name"), p.name);
            po.insert(QStringLiteral("label"), p.label);
            po.insert(QStringLiteral("type"), paramTypeName(p.type));
            po.insert(QStringLiteral("min"), p.minimum);
            po.insert(QStringLiteral("max"), p.maximum);
            po.insert(QStringLiteral("default"), p.defaultValue);
            po.insert(QStringLiteral("unit"), p.unit);
            po.insert(QStringLiteral("help"), p.help);
            params.append(po);
            text += tr("    %1 = %2  (%3%4) %5\n")
                        .arg(p.name)
                        .arg(p.defaultValue)
                        .arg(Parameters::rangeText(p))
                        .arg(p.unit.isEmpty() ? QString() : QLatin1Char(' ') + p.unit)
                        .arg(p.help);
        }
        o.insert(QStringLiteral("parameters"), params);
        all.append(o);
    }
    if (!json)
        text += tr("\nLimits: at most 256 threads and 64 processes, and at most %1 s per run; values that "
                   "would take longer are refused before anything starts.\n")
                    .arg(kMaxRunSeconds);
    printOut(json ? QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)) : text);
    return CliOk;
}

bool CliCommands::readOutputOptions(const QCommandLineParser &parser, Outputs *out, QString *error)
{
    const auto given = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    out->trace = value("trace");
    out->summary = value("summary");
    out->images[std::size_t(ExportFormat::Png)] = value("png");
    out->images[std::size_t(ExportFormat::Svg)] = value("svg");
    out->images[std::size_t(ExportFormat::Pdf)] = value("pdf");
    ImageExportOptions &picture = out->picture;
    picture.title = value("title");
    picture.charts = given("charts");
    if (given("lanes")) {
        const QString lanes = value("lanes");
        if (lanes == QLatin1String("cores"))
            picture.panes = TimelinePanes::Cores;
        else if (lanes == QLatin1String("tasks"))
            picture.panes = TimelinePanes::Tasks;
        else if (lanes != QLatin1String("both")) {
            *error = tr("--lanes must be cores, tasks or both (got '%1').").arg(lanes);
            return false;
        }
    }
    bool ok = true;
    if (given("scale")) {
        picture.scale = value("scale").toInt(&ok);
        if (!ok || picture.scale < 1 || picture.scale > 3) {
            *error = tr("--scale must be 1, 2 or 3 (got '%1').").arg(value("scale"));
            return false;
        }
    }
    for (const char *name : { "width", "height" }) {
        if (!given(name))
            continue;
        const int pixels = value(name).toInt(&ok);
        if (!ok || pixels < 200 || pixels > 16000) {
            *error = tr("%1 must be a whole number of pixels between 200 and 16000 (got '%2').")
                         .arg(QLatin1String("--") + QLatin1String(name), value(name));
            return false;
        }
        (qstrcmp(name, "width") == 0 ? picture.width : picture.height) = pixels;
    }
    return true;
}

int CliCommands::run(const QStringList &args)
{
    QCommandLineParser parser;
    addOutputOptions(parser);
    for (const char *name : { "set", "save", "timeout", "source", "max-detail-mb", "schedule" })
        parser.addOption(valueOption(name));
    for (const char *name : { "lossy", "explore" })
        parser.addOption(switchOption(name));
    if (!parseCommand(parser, QStringLiteral("run"), args))
        return CliUsage;
    const QStringList given = parser.positionalArguments();
    if (given.isEmpty())
        return usageError(tr("run needs a scenario id; 'samtidig-cli list' shows them."));
    if (given.size() > 1)
        return usageError(tr("run takes one scenario id (got %1).").arg(given.join(QStringLiteral(", "))));
    RunRequest request;
    request.scenario = given.constFirst();
    request.language = currentLanguage();
    const Scenario *scenario = findScenario(request.scenario);
    if (!scenario) {
        QStringList known;
        for (const Scenario *s : allScenarios())
            if (!s->info().hidden)
                known << s->info().id;
        return usageError(tr("unknown scenario '%1'. Scenarios: %2.")
                              .arg(request.scenario, known.join(QStringLiteral(", "))));
    }
    Outputs out;
    QString error;
    if (!readOutputOptions(parser, &out, &error) || !readRunOptions(parser, &request, &error))
        return usageError(error);
    out.save = parser.value(QStringLiteral("save"));
    request.lossy = parser.isSet(QStringLiteral("lossy"));
    request.stepping.explore = parser.isSet(QStringLiteral("explore"));
    request.stepping.on = request.stepping.explore;
    if (parser.isSet(QStringLiteral("schedule"))) {
        if (!StepDriver::parseSchedule(parser.value(QStringLiteral("schedule")), &request.stepping.schedule,
                                       &error))
            return usageError(error);
        request.stepping.on = true;
    }
    std::vector<std::pair<QString, QString>> sets;
    for (const QString &text : parser.values(QStringLiteral("set"))) {
        std::pair<QString, QString> assignment;
        if (!Parameters::splitAssignment(text, &assignment, &error))
            return usageError(error);
        sets.push_back(assignment);
    }
    double timeoutS = 60;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const QString value = parser.value(QStringLiteral("timeout"));
        bool ok = false;
        timeoutS = value.toDouble(&ok);
        if (!ok || timeoutS <= 0 || timeoutS > 3600)
            return usageError(
                tr("--timeout must be a number of seconds between 0 and 3600 (got '%1').").arg(value));
    }
    if (!Parameters::resolve(scenario->info().params, sets, &request.params, &error)
        || !checkRunTime(scenario->info(), request.params, onlineCpuCount(), &error))
        return usageError(error);
    if (request.stepping.on && !scenario->info().steppable) {
        QStringList ids;
        for (const Scenario *s : allScenarios())
            if (s->info().steppable)
                ids << s->info().id;
        QString text = tr("--schedule and --explore work with the scenarios %1 (not '%2').")
                           .arg(ids.join(QStringLiteral(", ")), request.scenario);
        if (!scenario->info().notSteppableReason.isEmpty())
            //: %1 the scenario id, %2 why (a sentence or two starting in lower case)
            text += QLatin1Char(' ')
                + tr("'%1' cannot be stepped: %2").arg(request.scenario, scenario->info().notSteppableReason);
        return usageError(text);
    }
    if (request.stepping.explore)
        return explore(request, timeoutS, out);
    return execute(request, timeoutS, out);
}

int CliCommands::record(const QStringList &args)
{
    QCommandLineParser parser;
    // The program's own arguments are its own: options end at the program's name (or at --).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addOutputOptions(parser);
    for (const char *name : { "save", "timeout", "source", "max-detail-mb", "cwd", "env" })
        parser.addOption(valueOption(name));
    parser.addOption(switchOption("no-locks"));
    if (!parseCommand(parser, QStringLiteral("record"), args))
        return CliUsage;
    RunRequest request;
    request.language = currentLanguage();
    Outputs out;
    QString error;
    if (!readOutputOptions(parser, &out, &error) || !readRunOptions(parser, &request, &error))
        return usageError(error);
    out.save = parser.value(QStringLiteral("save"));
    double timeoutS = 0; // a program runs until its last process ends, unless --timeout says
    if (parser.isSet(QStringLiteral("timeout"))) {
        const QString value = parser.value(QStringLiteral("timeout"));
        bool ok = false;
        timeoutS = value.toDouble(&ok);
        if (!ok || timeoutS <= 0 || timeoutS > 86400)
            return usageError(
                tr("--timeout must be a number of seconds between 0 and 86400 (got '%1').").arg(value));
    }
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty())
        return usageError(
            tr("record needs a program to run: samtidig-cli record [OPTIONS] -- PROGRAM [ARGS...]"));
    ProgramRequest program;
    program.workingDirectory = parser.value(QStringLiteral("cwd"));
    program.environment = parser.values(QStringLiteral("env"));
    program.recordLocks = !parser.isSet(QStringLiteral("no-locks"));
    program.program = command.constFirst();
    program.arguments = command.mid(1);
    QString resolved;
    if (!ProgramCheck::check(program, &resolved, &error))
        return usageError(error);
    request.program = program;
    return execute(request, timeoutS, out);
}

bool CliCommands::readRunOptions(const QCommandLineParser &parser, RunRequest *request, QString *error)
{
    if (parser.isSet(QStringLiteral("source"))
        && !parseSource(parser.value(QStringLiteral("source")), &request->source, error))
        return false;
    return !parser.isSet(QStringLiteral("max-detail-mb"))
        || parseDetailLimit(parser.value(QStringLiteral("max-detail-mb")), &request->maxDetailBytes, error);
}

bool CliCommands::parseDetailLimit(const QString &value, std::size_t *bytes, QString *error)
{
    bool ok = false;
    const qint64 mb = value.toLongLong(&ok);
    if (!ok || mb < 0 || mb > 1024 * 1024) {
        *error = tr("--max-detail-mb must be a whole number of megabytes from 0 (no limit) to 1048576 "
                    "(got '%1').")
                     .arg(value);
        return false;
    }
    *bytes = static_cast<std::size_t>(mb) << 20;
    return true;
}

bool CliCommands::parseSource(const QString &value, RunRequest::Source *source, QString *error)
{
    SchedulingSource named = SchedulingSource::Imported;
    if (value == QLatin1String("auto"))
        *source = RunRequest::Source::Auto;
    else if (schedulingSourceFromName(value.toStdString(), &named) && named != SchedulingSource::Imported)
        *source
            = named == SchedulingSource::Kernel ? RunRequest::Source::Kernel : RunRequest::Source::Estimate;
    else {
        *error = tr("--source must be auto, kernel or estimate (got '%1').").arg(value);
        return false;
    }
    return true;
}

int CliCommands::exportRecording(const QStringList &args)
{
    QCommandLineParser parser;
    addOutputOptions(parser);
    if (!parseCommand(parser, QStringLiteral("export"), args))
        return CliUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("export needs a recording file (.samtidig, or Chrome trace .json)."));
    if (files.size() > 1)
        return usageError(
            tr("export reads one recording at a time (got %1).").arg(files.join(QStringLiteral(", "))));
    const QString &input = files.constFirst();
    Outputs out;
    QString error;
    if (!readOutputOptions(parser, &out, &error))
        return usageError(error);
    if (!out.wantsImages() && out.trace.isEmpty() && out.summary.isEmpty())
        return usageError(tr("export needs at least one output: --png, --svg, --pdf, --trace or --summary."));
    Trace trace;
    if (!openTraceFile(input, &trace, &error)) {
        printErr(tr("samtidig-cli: %1\n").arg(error));
        return CliOutputFailed;
    }
    return writeOutputs(trace, out) ? CliOk : CliOutputFailed;
}

} // namespace samtidig
