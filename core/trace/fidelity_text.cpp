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
    return out;
}

QString fidelityShort(const Trace &trace)
{
    if (trace.lateRecords() == 0)
        return QString();
    return FidelityText::tr("%n record(s) moved in time", "", count(trace.lateRecords()));
}

} // namespace samtidig
