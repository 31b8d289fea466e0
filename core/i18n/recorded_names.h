#pragma once
// Names a run gives its tasks and locks ("thread 1", "fork 3", "counter lock") are recorded in the
// language the run was started in. The window shows them in the language it speaks now, so a
// switch to Danish after a run turns "thread 1" into "tråd 1" in every lane, finding and sentence.
// The scenarios make their names here, so the names this file can turn back are exactly the
// names the scenarios record: one list, not two kept in step.

#include <QString>

namespace samtidig {

// The words of the scenarios' numbered names ("thread 1", "philosopher 3").
enum class RecordedWord {
    Thread,
    Process,
    Fork,
    Philosopher,
    Writer,
    Reader,
    Worker,
    Coroutine,
    Producer,
    Consumer
};
// The scenarios' names without a number.
enum class RecordedFixed { CounterLock, Table };

// A name as a scenario records it, in the current UI language: "thread 2", "tråd 2".
QString recordedName(RecordedWord word, int number);
QString recordedName(RecordedFixed name);

// `recorded` in the current UI language when it is one of the names above (in English or
// Danish); any other name (a user's program, a name with no translation) is returned unchanged.
QString displayedName(const QString &recorded);

} // namespace samtidig
