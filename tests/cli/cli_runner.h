#pragma once
// What the CLI tests share: run the built samtidig-cli as a user would and keep what it said.
// Header-only; each test is its own executable.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace samtidig::test {

struct CliResult {
    int exitCode = -1; // -1: it crashed or had to be killed
    QString out;
    QString err;
    qint64 ms = 0; // how long it took
};

inline CliResult runCli(const QStringList &args, int timeoutMs = 60000,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(QString::fromLocal8Bit(qgetenv("SAMTIDIG_CLI")), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromLocal8Bit(p.readAllStandardOutput()),
             QString::fromLocal8Bit(p.readAllStandardError()), clock.elapsed() };
}

inline QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace samtidig::test
