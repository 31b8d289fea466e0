#pragma once
// Names a run gives its tasks and locks ("thread 1", "fork 3", "counter lock") are recorded in the
// language the run was started in. The window shows them in the language it speaks now, so a
// switch to Danish after a run turns "thread 1" into "tråd 1" in every lane, finding and sentence.

#include <QString>

namespace samtidig {

// `recorded` in the current UI language when it is one of the scenarios' own names (in English or
// Danish); any other name (a user's program, a name with no translation) is returned unchanged.
QString displayedName(const QString &recorded);

} // namespace samtidig
