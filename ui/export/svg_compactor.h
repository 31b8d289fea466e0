#pragma once
// QSvgGenerator writes a fresh <g> with a dozen attributes for every painter state change and
// numbers with six digits, so a timeline with ~70,000 level-of-detail blocks becomes ~18 MB. This
// rewrites its output into the same picture in a third of the size: each group's style becomes a
// CSS class, consecutive groups with the same style are merged, empty groups and default
// attributes are dropped, coordinates are rounded to 1/100 px, and runs of two-point polylines
// become one path. Text stays text.

#include <QByteArray>

namespace samtidig {

// Returns `svg` rewritten, or `svg` unchanged if it is not well-formed XML.
QByteArray compactSvg(const QByteArray &svg);

} // namespace samtidig
