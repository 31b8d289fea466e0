#pragma once
// The one place that says, in the current language, where a trace's on-CPU slices came from: the
// window's status line and its tooltip, the timeline's lane header, exported images and the CLI
// all take their words from here, so that no place calls an imported trace "estimated".

#include "record/event.h"

#include <QString>

namespace samtidig {

class Trace;

enum class SourceWording {
    Name, // "kernel", "estimated", "imported": after "Scheduling:"
    Phrase, // "cores from the kernel's context switches", ...: stands alone in a caption
    Header, // "Cores: kernel context switches", ...: short enough for the timeline's lane header
    Explanation, // a sentence or two for a tooltip, with the reason for a fallback
};

QString schedulingSourceText(const Trace &trace, SourceWording wording = SourceWording::Phrase);
// The same words without a trace, e.g. for what the machine offers (a probe): `note` is why an
// estimate was chosen, as Trace::sourceNote() holds it.
QString schedulingSourceText(SchedulingSource source, const QString &note, SourceWording wording);

} // namespace samtidig
