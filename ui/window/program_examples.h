#pragma once
// The example programs a teacher can start from (resources/examples): what each shows, where the
// folder is (installed beside the programs, or the source tree of a build), and how each is run:
// Python ones with the system's python3, the C one after compiling it with the system's `cc`.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace samtidig {

struct ProgramExample {
    QString file; // in the examples folder, e.g. "threads_cpu.py"
    QString title; // translated
    QString claim; // translated: what the lanes show
    bool compiled = false; // C: compiled with cc before it runs
};

class ProgramExamples
{
    Q_DECLARE_TR_FUNCTIONS(ProgramExamples)
public:
    static std::vector<ProgramExample> all(); // in the current language
    // $SAMTIDIG_EXAMPLES_DIR, else installed (../share/samtidig/examples from the program's
    // folder), else the source tree the program was built from; empty when none has them.
    static QString folder();
    static QString python(); // /usr/bin/python3 where it exists, else "python3" from PATH
    // The compiler command for a C example: cc -O2 -pthread SOURCE -o BINARY.
    static QStringList compileArguments(const QString &source, const QString &binary);
};

} // namespace samtidig
