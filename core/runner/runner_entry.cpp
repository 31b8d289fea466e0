#include "runner/runner_entry.h"

#include "i18n/language.h"
#include "record/clock.h"
#include "record/recorder.h"
#include "record/shared_region.h"
#include "runner/program_launcher.h"
#include "runner/runner_results.h"
#include "scenarios/scenario_registry.h"
#include "sync/step_gate.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace samtidig {

namespace {

void publish(SharedRegion &region, const QJsonObject &object, RunState state)
{
    publishRunnerResults(*region.header(), object);
    region.setState(state);
}

} // namespace

int runnerMain(int argc, char **argv)
{
    int fd = -1;
    long parent = -1;
    QString scenarioId;
    QByteArray paramsJson;
    QString language = QStringLiteral("en");
    bool programMode = false;
    LaunchSpec launch;
    for (int i = 1; i < argc; ++i) {
        const std::string key = argv[i];
        if (key == "--") { // the program and its arguments follow
            programMode = i + 1 < argc;
            if (programMode)
                launch.program = QString::fromLocal8Bit(argv[i + 1]);
            for (int k = i + 2; k < argc; ++k)
                launch.arguments << QString::fromLocal8Bit(argv[k]);
            break;
        }
        if (i + 1 >= argc)
            break;
        const char *value = argv[++i];
        bool ok = true;
        // Checked conversions: atoi would read "--fd x" as fd 0, the standard input.
        if (key == "--fd")
            fd = QByteArray(value).toInt(&ok);
        else if (key == "--parent")
            parent = QByteArray(value).toLong(&ok);
        if (!ok)
            fd = -1; // reported as bad arguments below
        else if (key == "--scenario")
            scenarioId = QString::fromLocal8Bit(value);
        else if (key == "--params")
            paramsJson = value;
        else if (key == "--lang")
            language = QString::fromLocal8Bit(value);
        else if (key == "--cwd")
            launch.workingDirectory = QString::fromLocal8Bit(value);
        else if (key == "--env")
            launch.environment << QString::fromLocal8Bit(value);
        else if (key == "--locks")
            launch.recordLocks = std::string_view(value) != "off";
    }
    if (fd < 0 || parent <= 0 || (scenarioId.isEmpty() && !programMode)) {
        std::fprintf(stderr,
                     "samtidig-runner: started with bad arguments; it is started by samtidig or "
                     "samtidig-cli, not by hand\n");
        return RunnerBadArguments;
    }
    // Die with the window or CLI that started us; if it is already gone, do not run at all. A
    // user's program is ended with its whole tree first (SIGTERM: see launchProgram).
    prctl(PR_SET_PDEATHSIG, programMode ? SIGTERM : SIGKILL);
    if (getppid() != parent)
        return RunnerOrphaned;

    // The workload names its tasks and locks ("tråd 1") in the language of the window that runs it.
    // QCoreApplication starts no thread, so forking the workload stays safe.
    QCoreApplication app(argc, argv);
    if (isSupportedLanguage(language))
        installLanguage(language);

    SharedRegion region;
    std::string error;
    if (!region.attach(fd, &error)) {
        std::fprintf(stderr, "samtidig-runner: %s\n", error.c_str());
        return RunnerNoRegion;
    }
    if (programMode)
        return launchProgram(region, launch);
    const Scenario *scenario = findScenario(scenarioId);
    const QJsonObject paramsObject = QJsonDocument::fromJson(paramsJson).object();
    const ParamValues params = ParamValues::fromJson(paramsObject);
    QString message;
    if (!scenario) {
        publish(region,
                { { QStringLiteral("error"), QStringLiteral("unknown scenario %1").arg(scenarioId) } },
                RunState::Failed);
        return RunnerBadArguments;
    }
    if (!Parameters::validate(scenario->info().params, params, &message)) {
        publish(region, { { QStringLiteral("error"), message } }, RunState::Failed);
        return RunnerBadArguments;
    }

    Recorder::attach(&region);
    StepGate::attach(&region);
    ScopedTask mainTask(TaskKind::Process, "main", 0);
    // The consumer sets up the kernel's switch records on our pid (inherited by everything the
    // workload creates) and then says Go. We are single-threaded until then, so forks are safe.
    if (!region.readyThenAwaitGo())
        return RunnerNoGo;
    RunContext context(mainTask.id(), onlineCpuCount());
    const QJsonObject results = scenario->run(params, context);
    publish(region, results, RunState::Finished);
    return RunnerOk;
}

} // namespace samtidig
