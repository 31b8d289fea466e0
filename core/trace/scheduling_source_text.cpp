#include "trace/scheduling_source_text.h"

#include "trace/trace.h"

#include <QCoreApplication>

namespace samtidig {

namespace {

class SchedulingSourceText
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingSourceText)
};

QString kernelText(SourceWording wording)
{
    switch (wording) {
    case SourceWording::Name: return SchedulingSourceText::tr("kernel", "scheduling source");
    case SourceWording::Phrase: return SchedulingSourceText::tr("cores from the kernel's context switches");
    case SourceWording::Header: return SchedulingSourceText::tr("Cores: kernel context switches");
    case SourceWording::Explanation:
        return SchedulingSourceText::tr(
            "Which core ran which task comes from the kernel's own context-switch records.");
    }
    return {};
}

QString estimateText(const QString &note, SourceWording wording)
{
    switch (wording) {
    case SourceWording::Name: return SchedulingSourceText::tr("estimated", "scheduling source");
    case SourceWording::Phrase: return SchedulingSourceText::tr("cores estimated from work chunks");
    case SourceWording::Header: return SchedulingSourceText::tr("Cores: estimated from work chunks");
    case SourceWording::Explanation:
        if (note.isEmpty())
            return SchedulingSourceText::tr(
                "Which core ran which task is estimated: the workload reports its own "
                "work slices with the core it ran on.");
        return SchedulingSourceText::tr(
                   "Which core ran which task is estimated: the workload reports its own work "
                   "slices with the core it ran on. Why not the kernel's context-switch "
                   "records: %1.")
            .arg(note);
    }
    return {};
}

QString importedText(SourceWording wording)
{
    switch (wording) {
    case SourceWording::Name: return SchedulingSourceText::tr("imported", "scheduling source");
    case SourceWording::Phrase: return SchedulingSourceText::tr("imported from a Chrome trace");
    case SourceWording::Header: return SchedulingSourceText::tr("Imported from a Chrome trace");
    case SourceWording::Explanation:
        return SchedulingSourceText::tr("This trace was imported from a Chrome trace that another program "
                                        "recorded: its slices are shown as that program wrote them, and "
                                        "Samtidig does not know how it measured them or how many CPUs the "
                                        "machine had.");
    }
    return {};
}

} // namespace

QString schedulingSourceText(SchedulingSource source, const QString &note, SourceWording wording)
{
    switch (source) {
    case SchedulingSource::Kernel: return kernelText(wording);
    case SchedulingSource::Estimate: return estimateText(note, wording);
    case SchedulingSource::Imported: return importedText(wording);
    }
    return estimateText(note, wording);
}

QString schedulingSourceText(const Trace &trace, SourceWording wording)
{
    return schedulingSourceText(trace.source(), trace.sourceNote(), wording);
}

} // namespace samtidig
