#pragma once
// Opening a file a user named, as a Samtidig recording or a Chrome trace, whatever its name ends
// with. What cannot be either is refused at once and names what was wrong: a FIFO or a device
// (which would block or never end), a folder, a file larger than its format allows, or a file
// whose first bytes begin neither format. The rest of the file is read only after those checks.
// The window's File -> Open and samtidig-cli export both come through here.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace samtidig {

class Trace;
struct ChromeImportLimits;

enum class TraceFileKind { Recording, ChromeJson, Neither };

// What the first bytes of a file can begin: the recording signature, or (after an optional UTF-8
// byte order mark and white space) a JSON object or array. Neither when they cannot be either; a
// head that is all white space is Neither too (a JSON trace does not begin so late).
TraceFileKind traceFileKindOf(QByteArrayView head);

// Reads a recording or a Chrome trace into *out (untouched on failure).
bool openTraceFile(const QString &path, Trace *out, QString *error);

// The checked read behind openTraceFile, readRecording and importChromeTrace: the bytes of the
// regular file at `path` when its first bytes are of kind `want` (Neither: either kind will do)
// and it is no larger than that kind's limit. *kind says which it was.
bool readTraceFileBytes(const QString &path, TraceFileKind want, const ChromeImportLimits &limits,
                        TraceFileKind *kind, QByteArray *bytes, QString *error);

} // namespace samtidig
