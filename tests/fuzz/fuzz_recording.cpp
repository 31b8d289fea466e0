// libFuzzer target for the .samtidig reader. The first byte picks the entry point: the whole file
// (header, checksum, zlib; bit 0 set) or the data parser alone, which the checksum would otherwise
// shield from nearly every mutation; for the data parser, bit 1 picks format version 1 (no program
// output section) instead of the current one.
#include "io/recording_file.h"
#include "io/recording_format.h"
#include "trace/trace.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    samtidig::Trace trace;
    QString error;
    const std::uint32_t version = (data[0] & 2) ? 1 : samtidig::recording::kVersion;
    const bool ok = (data[0] & 1)
        ? samtidig::readRecordingFromBytes(bytes, &trace, &error)
        : samtidig::recording::parseRecordingData(bytes, 0, &trace, &error, version);
    if (!ok && error.isEmpty())
        __builtin_trap(); // every failure must say why
    if (ok)
        (void)trace.spanCount();
    return 0;
}
