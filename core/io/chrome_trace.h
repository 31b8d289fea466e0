#pragma once
// Chrome Trace Event JSON, the format Perfetto and chrome://tracing open. Export writes every task as
// a thread of its process (coroutines and each task's wait and lock tracks as extra thread lanes, so
// that slices on one lane nest), CPU lanes as threads of a pseudo-process "CPUs", instants and
// lock hand-over flows; it streams text, so millions of spans never become one JSON document.
// Import reads files from other tools too: threads become task lanes (X and B/E slices become
// Running spans), metadata names them, and CPU lanes come from a "cpu" argument or our own export.

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace samtidig {

class Trace;

struct ChromeImportLimits {
    qint64 maxFileBytes = qint64(256) << 20; // QJsonDocument needs several times the text in memory
    std::size_t maxEvents = 5'000'000;
    std::size_t maxLanes = 20'000; // distinct (pid, tid) pairs
};

bool exportChromeTrace(const Trace &trace, const QString &path, QString *error);
QByteArray chromeTraceToBytes(const Trace &trace);

// On failure *out is untouched and *error says what is wrong.
bool importChromeTrace(const QString &path, Trace *out, QString *error,
                       const ChromeImportLimits &limits = {});
bool importChromeTraceFromBytes(const QByteArray &json, Trace *out, QString *error,
                                const ChromeImportLimits &limits = {});

} // namespace samtidig
