// Opening a recording: header, version, checksum and decompression, each checked before the data
// parser (recording_reader.cpp) sees a byte.
#include "io/byte_cursor.h"
#include "io/chrome_trace.h"
#include "io/crc32.h"
#include "io/io_text.h"
#include "io/recording_file.h"
#include "io/recording_format.h"
#include "io/trace_file.h"
#include "trace/trace.h"

#include <cstring>

namespace samtidig {

using namespace recording;

bool readRecordingFromBytes(const QByteArray &bytes, Trace *out, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype size = bytes.size();
    const qsizetype magicBytes = std::min<qsizetype>(size, sizeof kMagic);
    if (std::memcmp(bytes.constData(), kMagic, static_cast<std::size_t>(magicBytes)) != 0 || size == 0)
        return fail(
            Io::tr("This is not a Samtidig recording (it does not begin with the Samtidig signature)."));
    if (size < kHeaderSize)
        return fail(
            Io::tr("The file ends after %1 bytes, inside its %2-byte header.").arg(size).arg(kHeaderSize));
    ByteReader h(QByteArrayView(bytes).first(kHeaderSize));
    h.bytes(sizeof kMagic);
    const std::uint32_t version = h.u32le();
    const std::uint32_t flags = h.u32le();
    const std::uint64_t storedSize = h.u64le();
    const std::uint64_t dataSize = h.u64le();
    const std::uint32_t checksum = h.u32le();
    if (version < kOldestReadableVersion || version > kVersion)
        return fail(
            Io::tr("This recording was written by format version %1; this Samtidig reads versions %2 to %3.")
                .arg(version)
                .arg(kOldestReadableVersion)
                .arg(kVersion));
    if (flags & ~kFlagZlib)
        return fail(Io::tr("This recording uses features (flags 0x%1) this Samtidig does not know.")
                        .arg(flags, 0, 16));
    const auto available = static_cast<std::uint64_t>(size - kHeaderSize);
    if (storedSize > available)
        return fail(
            Io::tr("The file ends after %1 bytes, inside the recording data (its header announces %2 bytes).")
                .arg(size)
                .arg(storedSize + kHeaderSize));
    if (storedSize < available)
        return fail(Io::tr("The file has %1 unexpected bytes after the end of the recording.")
                        .arg(available - storedSize));
    const QByteArrayView stored = QByteArrayView(bytes).sliced(kHeaderSize);
    if (crc32(stored) != checksum)
        return fail(
            Io::tr("The recording is damaged: its checksum does not match (the file was changed or only "
                   "partly copied)."));
    if (!(flags & kFlagZlib)) {
        if (dataSize != storedSize)
            return fail(Io::tr("The recording is damaged: its header gives two different sizes."));
        return recording::parseRecordingData(stored, kHeaderSize, out, error, version);
    }
    // qUncompress trusts the size prefix; bound it by what deflate can produce from this input.
    if (dataSize > kMaxDataBytes || dataSize > storedSize * kMaxCompressionRatio || storedSize < 4)
        return fail(Io::tr("The recording is damaged: it claims %1 bytes of compressed data in %2 bytes.")
                        .arg(dataSize)
                        .arg(storedSize));
    const auto *p = reinterpret_cast<const uchar *>(stored.data());
    const std::uint64_t prefix = (std::uint64_t(p[0]) << 24) | (std::uint64_t(p[1]) << 16)
        | (std::uint64_t(p[2]) << 8) | std::uint64_t(p[3]);
    if (prefix != dataSize)
        return fail(Io::tr("The recording is damaged: its header gives two different sizes."));
    const QByteArray data = qUncompress(p, stored.size());
    if (static_cast<std::uint64_t>(data.size()) != dataSize)
        return fail(Io::tr("The recording is damaged: its compressed data cannot be unpacked."));
    return recording::parseRecordingData(data, -1, out, error, version);
}

bool readRecording(const QString &path, Trace *out, QString *error)
{
    TraceFileKind kind = TraceFileKind::Neither;
    QByteArray bytes;
    if (!readTraceFileBytes(path, TraceFileKind::Recording, ChromeImportLimits {}, &kind, &bytes, error))
        return false;
    QString why;
    if (readRecordingFromBytes(bytes, out, &why))
        return true;
    if (error)
        *error = Io::tr("Cannot open \"%1\": %2").arg(path, why);
    return false;
}

} // namespace samtidig
