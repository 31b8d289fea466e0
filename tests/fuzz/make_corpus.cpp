// Writes the seed corpora: a few small recordings (both entry points of fuzz_recording) and Chrome
// traces of our own export, so the fuzzers start from valid files instead of random bytes. The
// v1-* seeds are recordings of format version 1, kept as they were written: this writer makes
// only the current version.
#include "builder/trace_builder.h"
#include "io/chrome_trace.h"
#include "io/recording_file.h"
#include "io/recording_format.h"
#include "support/synthetic_trace.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace samtidig;

static bool save(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s RECORDING_CORPUS_DIR CHROME_CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QString recordings = QString::fromLocal8Bit(argv[1]);
    const QString chrome = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(recordings);
    QDir().mkpath(chrome);
    bool ok = true;
    for (std::size_t events : { 0, 40, 150 }) {
        Trace t;
        if (events > 0) {
            SyntheticTraceSpec spec;
            spec.threads = 2;
            spec.cpus = 2;
            spec.events = events;
            makeSyntheticTrace(spec, t);
        }
        if (events == 40) // a recorded program's output, capped
            TraceBuilder(t).setProgramOutput({ QByteArray("worker 1 done\n\xff\xfe"), true });
        const QString n = QString::number(events);
        const QByteArray plain = recordingToBytes(t, RecordingCompression::None);
        ok = ok && save(recordings + QStringLiteral("/file-plain-") + n, QByteArray(1, '\1') + plain);
        ok = ok
            && save(recordings + QStringLiteral("/file-zlib-") + n,
                    QByteArray(1, '\1') + recordingToBytes(t, RecordingCompression::Zlib));
        ok = ok
            && save(recordings + QStringLiteral("/data-") + n,
                    QByteArray(1, '\0') + plain.mid(recording::kHeaderSize));
        ok = ok
            && save(chrome + QStringLiteral("/own-") + n + QStringLiteral(".json"), chromeTraceToBytes(t));
    }
    return ok ? 0 : 1;
}
