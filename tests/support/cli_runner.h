#pragma once
// What the CLI tests share: run the built samtidig-cli as a user would and keep what it said, and
// find the test workloads it records.

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace samtidig::test {

struct CliResult {
    int exitCode = -1; // -1: it crashed or had to be killed
    QString out;
    QString err;
    qint64 ms = 0; // how long it took
};

// Runs $SAMTIDIG_CLI with `args`; killed (exitCode -1) if it takes longer than `timeoutMs`.
CliResult runCli(const QStringList &args, int timeoutMs = 60000,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The path of one of the workloads of tests/programs ($SAMTIDIG_TEST_PROGRAMS).
QString testProgram(const char *name);

// The JSON object in `path`; empty if the file is missing or not an object.
QJsonObject readJsonFile(const QString &path);

} // namespace samtidig::test
