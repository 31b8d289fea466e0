#pragma once
// Names and lane numbering shared by the Chrome trace writer and reader (not public API): stable
// lowercase ids for span states and instant kinds (the "cat" of each event), and the synthetic
// thread ids given to lanes that have no kernel thread id of their own.

#include "trace/span_list.h"
#include "trace/trace.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace samtidig::chrome {

inline constexpr std::int64_t kCpuPid = 0x7ffffff0; // the pseudo-process "CPUs"
inline constexpr std::int64_t kCpuTidBase = 0x7f000000; // + cpu
inline constexpr std::int64_t kSyntheticBase = 0x40000000; // + task * 4 + track
inline constexpr int kFormatVersion = 1;

QLatin1String spanStateId(SpanState state); // "running", "lock_wait", ...
QLatin1String instantKindId(InstantKind kind); // "var_write", "lost_update", ...
std::optional<SpanState> spanStateFromId(QStringView id);
std::optional<InstantKind> instantKindFromId(QStringView id);

} // namespace samtidig::chrome
