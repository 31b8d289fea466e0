#pragma once
// Saving and opening native recordings (.samtidig): a versioned, compact binary file holding every
// field of a Trace (run description, tasks, names, all lanes' spans, instants, flows, phases, open
// spans, analysis results). Writing is atomic; reading checks every length, count and id and leaves
// `*out` untouched on failure, with a translated message saying what is wrong.

#include <QByteArray>
#include <QString>

namespace samtidig {

class Trace;

inline constexpr char kRecordingExtension[] = ".samtidig";

enum class RecordingCompression { None, Zlib };

// Replaces `path` atomically. Zlib (the default) roughly halves the file again at some write cost.
bool writeRecording(const Trace &trace, const QString &path, QString *error,
                    RecordingCompression compression = RecordingCompression::Zlib);
bool readRecording(const QString &path, Trace *out, QString *error);

// The same, in memory (tests, fuzzing, clipboard).
QByteArray recordingToBytes(const Trace &trace,
                            RecordingCompression compression = RecordingCompression::Zlib);
bool readRecordingFromBytes(const QByteArray &bytes, Trace *out, QString *error);

} // namespace samtidig
