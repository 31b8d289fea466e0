#pragma once
// A test that needs the kernel scheduling source skips where the kernel refuses its context-switch
// records, and fails instead where this machine must allow them: CI sets
// SAMTIDIG_REQUIRE_KERNEL_SOURCE=1 when it runs as root or with perf_event_paranoid <= 2, so that a
// broken kernel source cannot pass as a row of skips.

#include <QByteArray>
#include <QTest>
#include <QtGlobal>

namespace samtidig::test {

inline bool kernelSourceRequired()
{
    return qEnvironmentVariableIntValue("SAMTIDIG_REQUIRE_KERNEL_SOURCE") == 1;
}

} // namespace samtidig::test

// Ends the test function: QSKIP with `why`, or QFAIL where the kernel source is required.
#define SAMTIDIG_KERNEL_SOURCE_MISSING(why)                                                                  \
    do {                                                                                                     \
        const QByteArray kernelSourceMissing_                                                                \
            = QByteArray("the kernel scheduling source does not work here: ") + QByteArray(why);             \
        if (samtidig::test::kernelSourceRequired())                                                          \
            QFAIL(kernelSourceMissing_.constData());                                                         \
        QSKIP(kernelSourceMissing_.constData());                                                             \
    } while (false)
