#include "session/program_request.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace samtidig {

QJsonObject ProgramRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("program"), program);
    o.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    if (!workingDirectory.isEmpty())
        o.insert(QStringLiteral("working_directory"), workingDirectory);
    if (!environment.isEmpty())
        o.insert(QStringLiteral("environment"), QJsonArray::fromStringList(environment));
    if (!recordLocks)
        o.insert(QStringLiteral("record_locks"), false);
    return o;
}

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

ProgramRequest ProgramRequest::fromJson(const QJsonObject &json)
{
    ProgramRequest r;
    r.program = json.value(QStringLiteral("program")).toString();
    r.arguments = strings(json.value(QStringLiteral("arguments")));
    r.workingDirectory = json.value(QStringLiteral("working_directory")).toString();
    r.environment = strings(json.value(QStringLiteral("environment")));
    r.recordLocks = json.value(QStringLiteral("record_locks")).toBool(true);
    return r;
}

QString ProgramRequest::commandLine(const QJsonObject &parameters)
{
    const ProgramRequest r = fromJson(parameters);
    QStringList words { QFileInfo(r.program).fileName() };
    for (const QString &a : r.arguments)
        words << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('\'') + a + QLatin1Char('\'')
                                                              : a);
    return words.join(QLatin1Char(' '));
}

bool ProgramCheck::check(const ProgramRequest &request, QString *resolved, QString *error)
{
    if (request.program.trimmed().isEmpty()) {
        *error = tr("No program was given: name a program to record, e.g. python3 or ./my-program.");
        return false;
    }
    const QString cwd = request.workingDirectory.isEmpty() ? QDir::currentPath() : request.workingDirectory;
    const QFileInfo dir(cwd);
    if (!dir.exists() || !dir.isDir()) {
        *error = tr("The working folder '%1' does not exist.").arg(cwd);
        return false;
    }
    QString path = qEnvironmentVariable("PATH", QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    for (const QString &e : request.environment) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("The environment variable '%1' must be written NAME=VALUE.").arg(e);
            return false;
        }
        if (e.left(eq) == QLatin1String("PATH"))
            path = e.mid(eq + 1);
    }
    QStringList candidates;
    if (request.program.contains(QLatin1Char('/')))
        candidates << QDir(cwd).absoluteFilePath(request.program);
    else
        for (const QString &d : path.split(QLatin1Char(':'), Qt::SkipEmptyParts))
            candidates << QDir(d).filePath(request.program);
    for (const QString &c : candidates) {
        const QFileInfo f(c);
        if (!f.exists())
            continue;
        if (f.isDir()) {
            *error = tr("'%1' is a folder, not a program.").arg(request.program);
            return false;
        }
        if (!f.isExecutable()) {
            *error = tr("'%1' is not executable (chmod +x %1 makes it so, or run it with its "
                        "interpreter, e.g. python3 %1).")
                         .arg(request.program);
            return false;
        }
        *resolved = f.absoluteFilePath();
        return true;
    }
    *error = request.program.contains(QLatin1Char('/'))
        ? tr("The program '%1' does not exist.").arg(request.program)
        : tr("The program '%1' was not found in any folder of PATH.").arg(request.program);
    return false;
}

} // namespace samtidig
