#include "support/scenario_crash.h"

#include "record/recorder.h"
#include "sync/cpu_work.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <new>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace samtidig {

namespace {

// What the child publishes to the runner: the child shares nothing else after fork.
struct ChildReport {
    std::atomic<std::uint32_t> task { 0 };
    std::atomic<std::uint32_t> ready { 0 };
};

// Dies of SIGSEGV with the kernel's default action. The disposition is reset with the raw system
// call because sanitizer runtimes intercept signal()/sigaction() and would turn the crash into
// their own report and exit status; the fault tests need the plain signal a real crash gives.
[[noreturn]] void dieOfSegv()
{
    // No core file: the tests provoke this on purpose and must not fill the disk or a crash handler.
    prctl(PR_SET_DUMPABLE, 0);
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);
    struct {
        void *handler = nullptr; // SIG_DFL
        unsigned long flags = 0;
        void *restorer = nullptr;
        unsigned long mask = 0;
    } defaultAction;
    syscall(SYS_rt_sigaction, SIGSEGV, &defaultAction, nullptr, sizeof(defaultAction.mask));
    const unsigned long unblock = 1ul << (SIGSEGV - 1);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, nullptr, sizeof(unblock));
    syscall(SYS_tgkill, getpid(), static_cast<pid_t>(syscall(SYS_gettid)), SIGSEGV);
    _exit(127); // not reached: SIGSEGV with its default action ends the process
}

bool waitUntilReady(const ChildReport &report)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (report.ready.load(std::memory_order_acquire) == 0) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace

ScenarioInfo CrashScenario::info() const
{
    // Not translated: hidden from the scenario browser and `list`, used by the fault tests only.
    ScenarioInfo i;
    i.id = QStringLiteral("crash");
    i.theme = ScenarioTheme::More;
    i.name = QStringLiteral("Crash (test only)");
    i.explanation
        = QStringLiteral("Mode 0: the runner dies of SIGSEGV after recording a little, leaving a forked "
                         "child behind. Mode 1: a forked child is killed by SIGKILL and the run "
                         "goes on.");
    i.params = {
        { QStringLiteral("mode"), QStringLiteral("Mode"), ParamSpec::Type::Integer, 0, 1, 0, QString(),
          QStringLiteral("0: the runner segfaults; 1: a forked child is killed by SIGKILL.") },
        { QStringLiteral("work_ms"), QStringLiteral("Work before the fault"), ParamSpec::Type::Integer, 0,
          10000, 100, QStringLiteral("ms"), QStringLiteral("CPU work recorded before the fault.") },
    };
    i.hidden = true;
    return i;
}

QJsonObject CrashScenario::run(const ParamValues &params, RunContext &context) const
{
    const int mode = params.integer(QStringLiteral("mode"));
    const auto workNs = static_cast<std::uint64_t>(params.integer(QStringLiteral("work_ms"))) * 1'000'000ull;

    void *page
        = mmap(nullptr, sizeof(ChildReport), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return { { QStringLiteral("error"), QStringLiteral("mmap failed") } };
    auto *report = new (page) ChildReport;

    // Forked before any thread of ours exists; it records, says so, and then waits to be killed.
    QString error;
    const pid_t child = context.forkTask(
        QStringLiteral("victim"),
        [report](std::uint32_t task) {
            cpuWork(5'000'000);
            report->task.store(task, std::memory_order_relaxed);
            report->ready.store(1, std::memory_order_release);
            while (true)
                pause();
            return 0;
        },
        &error);
    if (child < 0)
        return { { QStringLiteral("error"), error } };
    const bool ready = waitUntilReady(*report);
    const std::uint32_t marker = Recorder::registerName(NameKind::Marker, "before the fault");
    Recorder::emit(EventKind::Marker, marker, 0);
    if (workNs > 0)
        cpuWork(workNs);

    if (mode == 0)
        dieOfSegv(); // the child is left behind: the consumer's process-group kill must take it

    kill(child, SIGKILL);
    const int status = context.waitTask(child);
    // A killed process records nothing more: the runner ends its task on its behalf.
    const std::uint32_t childTask = report->task.load(std::memory_order_relaxed);
    if (childTask != 0) {
        Recorder::emitFor(childTask, EventKind::Exit,
                          static_cast<std::uint64_t>(static_cast<std::int64_t>(status)));
        Recorder::emitFor(childTask, EventKind::TaskEnd,
                          static_cast<std::uint64_t>(static_cast<std::int64_t>(status)));
    }
    if (workNs > 0)
        cpuWork(workNs); // the runner carries on after losing its child
    munmap(page, sizeof(ChildReport));

    QJsonObject r;
    r.insert(QStringLiteral("mode"), mode);
    r.insert(QStringLiteral("child_ready"), ready);
    r.insert(QStringLiteral("child_exit_status"), status); // -signal, as RunContext::waitTask reports it
    r.insert(QStringLiteral("child_signal"), status < 0 ? -status : 0);
    r.insert(QStringLiteral("child_task"), static_cast<qint64>(childTask));
    return r;
}

} // namespace samtidig
