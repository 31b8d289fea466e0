#include "trace/fidelity_text.h"

#include "trace/trace.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace samtidig {

namespace {
class FidelityText
{
    Q_DECLARE_TR_FUNCTIONS(FidelityText)
};

int count(std::uint64_t n)
{
    return static_cast<int>(std::min<std::uint64_t>(n, INT_MAX));
}
} // namespace

QStringList fidelityWarnings(const Trace &trace)
{
    QStringList out;
    if (trace.lateRecords() > 0)
        out << FidelityText::tr("%n record(s) arrived after the picture had passed their time and are drawn "
                                "later than they happened: the lanes and the analysis around them are not "
                                "the kernel's order of events.",
                                "", count(trace.lateRecords()));
    if (trace.dropped() > 0)
        out << FidelityText::tr("%n record(s) were dropped: the picture has gaps where they were, and the "
                                "analysis may miss what happened in them.",
                                "", count(trace.dropped()));
    if (trace.stalls() > 0)
        out << FidelityText::tr("In lossless mode the writers waited %n time(s) for room in a full recording "
                                "ring, %L1 ms in all: nothing was lost, but the workload ran up to that much "
                                "slower than it would have without the recording.",
                                "", count(trace.stalls()))
                   .arg(static_cast<double>(trace.stalledNs()) / 1e6, 0, 'f', 1);
    return out;
}

QString fidelityShort(const Trace &trace)
{
    QStringList parts;
    if (trace.lateRecords() > 0)
        parts << FidelityText::tr("%n record(s) moved in time", "", count(trace.lateRecords()));
    if (trace.stalls() > 0)
        parts << FidelityText::tr("writers waited %n time(s) for the recording", "", count(trace.stalls()));
    return parts.join(QStringLiteral(", "));
}

} // namespace samtidig
