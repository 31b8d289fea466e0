#pragma once
// Field-by-field comparison of two traces, for round-trip tests of the file formats: returns a
// description of the first difference ("task 3: name \"a\" != \"b\""), or an empty string.

#include <QString>

namespace samtidig {

class Trace;
class SpanList;

QString firstTraceDifference(const Trace &a, const Trace &b);
QString firstSpanListDifference(const SpanList &a, const SpanList &b);

} // namespace samtidig
