#pragma once
// The results block of the shared region: the JSON object a runner publishes when its scenario
// ends (or why it could not run), and the one checked way to read it back. The reader trusts
// nothing the runner wrote: a crashed or hostile runner may leave any size there.

#include <QJsonObject>

namespace samtidig {

struct RegionHeader;

// Writes `object` and publishes its size (an error object instead when it does not fit).
void publishRunnerResults(RegionHeader &header, const QJsonObject &object);

// The object the runner published; empty when nothing was. A damaged block (a size beyond its
// capacity, or bytes that are not a JSON object) reads as {"error": what is wrong, translated}.
QJsonObject readRunnerResults(const RegionHeader &header);

} // namespace samtidig
