// libFuzzer target for the Chrome Trace Event JSON importer, with small limits so that a
// many-lane input exercises the limit paths rather than the allocator.
#include "io/chrome_trace.h"
#include "trace/trace.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    samtidig::ChromeImportLimits limits;
    limits.maxLanes = 256;
    limits.maxEvents = 100000;
    samtidig::Trace trace;
    QString error;
    const bool ok = samtidig::importChromeTraceFromBytes(json, &trace, &error, limits);
    if (!ok && error.isEmpty())
        __builtin_trap(); // every failure must say why
    if (ok) // what was imported must export again
        (void)samtidig::chromeTraceToBytes(trace);
    return 0;
}
