// samtidig-cli's runs: a checked request (a scenario, stepped, explored, or a user's program)
// taken to its end or its timeout, and the outputs it asked for written.
#include "cli/cli_commands.h"

#include "io/atomic_file.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "scenarios/scenario_registry.h"
#include "session/run_session.h"
#include "session/schedule_explorer.h"
#include "session/step_driver.h"
#include "session/summary.h"
#include "trace/fidelity_text.h"
#include "trace/scheduling_source_text.h"
#include "trace/trace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

namespace samtidig {

namespace {

std::atomic<bool> g_interrupted { false };

void onInterrupt(int)
{
    g_interrupted.store(true);
}

// While a recorded program runs, it has the terminal, as if it had been started by the shell:
// it can read the keyboard, and Ctrl-C goes to it, not to samtidig-cli. Given back afterwards.
class TerminalHandOver
{
public:
    explicit TerminalHandOver(pid_t group)
    {
        if (group <= 0 || !isatty(STDIN_FILENO) || tcgetpgrp(STDIN_FILENO) != getpgrp())
            return;
        m_previousTtou = std::signal(SIGTTOU, SIG_IGN); // we set it from the background later
        m_ours = getpgrp();
        m_active = tcsetpgrp(STDIN_FILENO, group) == 0;
    }
    ~TerminalHandOver()
    {
        if (!m_active)
            return;
        tcsetpgrp(STDIN_FILENO, m_ours);
        std::signal(SIGTTOU, m_previousTtou);
    }
    TerminalHandOver(const TerminalHandOver &) = delete;
    TerminalHandOver &operator=(const TerminalHandOver &) = delete;

private:
    bool m_active = false;
    pid_t m_ours = 0;
    void (*m_previousTtou)(int) = SIG_DFL;
};
} // namespace

int CliCommands::execute(const RunRequest &request, double timeoutS, const Outputs &out)
{
    if (!outputsWritable(out))
        return CliOutputFailed;
    QString error;

    RunSession session;
    if (!session.start(request, &error)) {
        printErr(tr("samtidig-cli: %1\n").arg(error));
        return request.program ? CliUsage : CliRunFailed;
    }
    g_interrupted.store(false);
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    bool deadlockReported = false;
    {
        const TerminalHandOver terminal(request.program ? session.runnerPid() : 0);
        while (session.isActive()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            session.poll();
            if (!deadlockReported && !session.trace().analysis().deadlocks.empty()) {
                deadlockReported = true;
                const std::int64_t afterMs
                    = session.trace().analysis().deadlocks.front().detectedNs / 1'000'000;
                // A scenario that does not hang on purpose (timeout) breaks its deadlocks itself.
                const Scenario *scenario = request.program ? nullptr : findScenario(request.scenario);
                if (scenario && !scenario->info().mayHang)
                    printErr(
                        tr("Deadlock detected after %L1 ms; its waits have timeouts, so the run goes on.\n")
                            .arg(afterMs));
                else
                    printErr(
                        tr("Deadlock detected after %L1 ms; the run stays stuck until --timeout (%L2 s).\n")
                            .arg(afterMs)
                            .arg(timeoutS));
            }
            if (g_interrupted.load())
                session.stop(RunOutcome::Stopped);
            else if (timeoutS > 0 && session.phase() == RunSession::Phase::Running
                     && session.elapsedMs() > timeoutS * 1000)
                session.stop(RunOutcome::TimedOut);
        }
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    const Trace &trace = session.trace();
    if (trace.source() == SchedulingSource::Estimate && request.source == RunRequest::Source::Auto)
        printErr(tr("Note: the kernel's context-switch records were not available (%1); on-CPU slices are "
                    "estimated.\n")
                     .arg(trace.sourceNote()));

    QJsonObject summaryExtra;
    if (request.stepping.on)
        summaryExtra.insert(QStringLiteral("schedule"), StepDriver::scheduleText(request.stepping.schedule));
    if (!writeOutputs(trace, out, session.deadlockDetectionLatencyNs(), summaryExtra))
        return CliOutputFailed;
    if (!session.stepRefusal().isEmpty()) {
        printErr(tr("samtidig-cli: %1\n").arg(session.stepRefusal()));
        return CliStepRefused;
    }
    const QString what = request.program ? ProgramRequest::commandLine(trace.parameters()) : trace.scenario();
    printOut(tr("%1: %2 in %L3 ms, %L4 events, %L5 dropped, scheduling source %6\n")
                 .arg(what, outcomeWord(trace.outcome()))
                 .arg(trace.endNs() / 1'000'000)
                 .arg(trace.events())
                 .arg(trace.dropped())
                 .arg(schedulingSourceText(trace, SourceWording::Name)));
    if (!trace.outcomeDetail().isEmpty())
        printOut(QStringLiteral("  %1\n").arg(trace.outcomeDetail()));
    for (const QString &warning : fidelityWarnings(trace))
        printOut(QStringLiteral("  %1\n").arg(warning));
    const QJsonObject &results = trace.results();
    if (request.program && trace.outcome() == RunOutcome::Completed) {
        if (results.contains(QStringLiteral("signal"))) {
            printOut(tr("  The program was killed by signal %1 (%2).\n")
                         .arg(results.value(QStringLiteral("signal")).toInt())
                         .arg(results.value(QStringLiteral("signal_name")).toString()));
            return CliProgramFailed;
        }
        const int status = results.value(QStringLiteral("exit_status")).toInt();
        if (status != 0) {
            printOut(tr("  The program exited with status %1.\n").arg(status));
            return CliProgramFailed;
        }
    }
    if (request.program && trace.outcome() == RunOutcome::Failed)
        return results.contains(QStringLiteral("failed_step")) ? CliUsage : CliRunFailed;
    switch (trace.outcome()) {
    case RunOutcome::Completed: return CliOk;
    case RunOutcome::Deadlock: return CliDeadlock;
    case RunOutcome::TimedOut: return CliTimedOut;
    case RunOutcome::Stopped: return CliTimedOut;
    default: return CliRunFailed;
    }
}

int CliCommands::explore(const RunRequest &request, double timeoutS, const Outputs &out)
{
    if (!outputsWritable(out))
        return CliOutputFailed;
    QString error;
    const Scenario *scenario = findScenario(request.scenario);
    const auto &interleavings = scenario->info().interleavings;
    if (interleavings && interleavings(request.params) > ScheduleExplorer::kMaxSchedules) {
        printErr(tr("samtidig-cli: these parameters have %L1 interleavings; at most %2 can be explored. "
                    "Try fewer threads or steps.\n")
                     .arg(interleavings(request.params), 0, 'f', 0)
                     .arg(ScheduleExplorer::kMaxSchedules));
        return CliStepRefused;
    }
    g_interrupted.store(false);
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const auto started = std::chrono::steady_clock::now();
    ScheduleExplorer explorer(request);
    const bool ok = explorer.run(
        [&] {
            return !g_interrupted.load()
                && std::chrono::steady_clock::now() - started < std::chrono::duration<double>(timeoutS);
        },
        &error);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!ok) {
        printErr(tr("samtidig-cli: %1\n").arg(error));
        return CliStepRefused;
    }
    const std::unique_ptr<Trace> trace = explorer.takeFirstTrace();
    const QJsonObject explored = explorer.toJson();
    if (!writeOutputs(
            *trace, out, -1,
            { { QStringLiteral("results"), QJsonObject { { QStringLiteral("explore"), explored } } } }))
        return CliOutputFailed;
    printOut(tr("%1: %2 interleavings explored\n").arg(request.scenario).arg(explorer.schedules()));
    for (const ScheduleExplorer::Outcome &o : explorer.outcomes())
        printOut(tr("  %1 x %2 %3, for example %4\n")
                     .arg(o.count)
                     .arg(o.outcome == QLatin1String("deadlock") ? outcomeWord(RunOutcome::Deadlock)
                                                                 : outcomeWord(RunOutcome::Completed))
                     .arg(QString::fromUtf8(QJsonDocument(o.result).toJson(QJsonDocument::Compact)))
                     .arg(StepDriver::scheduleText(o.schedule)));
    return CliOk;
}

bool CliCommands::writeOutputs(const Trace &trace, const Outputs &out, std::int64_t deadlockLatencyNs,
                               const QJsonObject &summaryExtra)
{
    QString error;
    bool ok = true;
    const auto report
        = [&](const QString &what, const QString &path) { printOut(tr("Wrote %1: %2\n").arg(what, path)); };
    if (!out.trace.isEmpty()) {
        if (exportChromeTrace(trace, out.trace, &error))
            report(tr("trace"), out.trace);
        else {
            printErr(tr("samtidig-cli: %1\n").arg(error));
            ok = false;
        }
    }
    if (!out.summary.isEmpty()) {
        QJsonObject summary = runSummary(trace, deadlockLatencyNs);
        for (auto it = summaryExtra.begin(); it != summaryExtra.end(); ++it) {
            if (it.key() == QLatin1String("results")) { // merged into the scenario's results
                QJsonObject results = summary.value(it.key()).toObject();
                const QJsonObject more = it.value().toObject();
                for (auto m = more.begin(); m != more.end(); ++m)
                    results.insert(m.key(), m.value());
                summary.insert(it.key(), results);
            } else {
                summary.insert(it.key(), it.value());
            }
        }
        const QByteArray json = QJsonDocument(summary).toJson(QJsonDocument::Indented);
        if (writeFileAtomically(out.summary, json, &error))
            report(tr("summary"), out.summary);
        else {
            printErr(tr("samtidig-cli: %1\n").arg(error));
            ok = false;
        }
    }
    if (!out.save.isEmpty()) {
        if (writeRecording(trace, out.save, &error))
            report(tr("recording"), out.save);
        else {
            printErr(tr("samtidig-cli: %1\n").arg(error));
            ok = false;
        }
    }
    ImageExportOptions picture = out.picture;
    for (const ExportFormat format : { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf }) {
        const QString &path = out.images[std::size_t(format)];
        if (path.isEmpty())
            continue;
        picture.format = format;
        if (exportTimelineImage(trace, picture, path, &error)) {
            report(tr("image"), path);
        } else {
            printErr(tr("samtidig-cli: %1\n").arg(error));
            return false; // the next pictures would fail alike (same trace, same folder or disk)
        }
    }
    return ok;
}

bool CliCommands::outputsWritable(const Outputs &out)
{
    QString error;
    for (const QString &path :
         { out.trace, out.summary, out.save, out.images[0], out.images[1], out.images[2] }) {
        if (!path.isEmpty() && !checkWritable(path, &error)) {
            printErr(tr("samtidig-cli: %1\n").arg(error));
            return false;
        }
    }
    return true;
}

} // namespace samtidig
