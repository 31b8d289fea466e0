#include "window/program_examples.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace samtidig {

std::vector<ProgramExample> ProgramExamples::all()
{
    return {
        { QStringLiteral("threads_cpu.py"), tr("Python threads doing CPU work"),
          tr("The threads take turns (the GIL): at most one core counts at a time."), false },
        { QStringLiteral("processes_cpu.py"), tr("Python processes doing CPU work"),
          tr("The same work with multiprocessing: each process has its own GIL, all cores count at once."),
          false },
        { QStringLiteral("threads_sleep.py"), tr("Python threads waiting on I/O"),
          tr("Threads that sleep let go of the GIL: four waits of a second overlap and take about one."),
          false },
        { QStringLiteral("asyncio_tasks.py"), tr("asyncio: many waits in one thread"),
          tr("Coroutines wait at the same time in a single thread: concurrency without parallelism."),
          false },
        { QStringLiteral("pthreads_all_cores.c"), tr("C threads on all cores"),
          tr("One POSIX thread per core, no GIL: every core is busy at once. Compiled with cc when picked."),
          true },
        { QStringLiteral("deadlock_two_mutexes.c"), tr("C deadlock: two mutexes"),
          tr("Two threads take two mutexes in opposite orders and wait for each other for ever: a "
             "deadlock, found while the program hangs. Press Stop to end it. Compiled with cc when picked."),
          true },
    };
}

QString ProgramExamples::folder()
{
    const QString fromEnv = qEnvironmentVariable("SAMTIDIG_EXAMPLES_DIR");
    const QString probe = QStringLiteral("threads_cpu.py");
    QStringList candidates;
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    const QDir bin(QCoreApplication::applicationDirPath());
    candidates << bin.filePath(QStringLiteral(SAMTIDIG_EXAMPLES_FROM_BINDIR))
               << QStringLiteral(SAMTIDIG_SOURCE_EXAMPLES);
    for (const QString &c : candidates)
        if (QFileInfo::exists(QDir(c).filePath(probe)))
            return QDir(c).canonicalPath();
    return {};
}

QString ProgramExamples::python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo(system).isExecutable() ? system : QStringLiteral("python3");
}

QStringList ProgramExamples::compileArguments(const QString &source, const QString &binary)
{
    return { QStringLiteral("-O2"), QStringLiteral("-pthread"), source, QStringLiteral("-o"), binary };
}

} // namespace samtidig
