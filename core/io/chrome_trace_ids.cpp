#include "io/chrome_trace_ids.h"

#include <array>

namespace samtidig::chrome {

namespace {

constexpr std::array<const char *, static_cast<std::size_t>(SpanState::Count_)> kStates
    = { "running",  "runnable",  "blocked", "lock_wait", "lock_held", "sleeping",
        "awaiting", "cond_wait", "stalled", "working",   "step_wait" };
constexpr std::array<const char *, static_cast<std::size_t>(InstantKind::Count_)> kInstants
    = { "lock_timed_out", "var_read",    "var_write", "marker",     "fork",
        "exit",           "lost_update", "stall",     "cond_notify" };

} // namespace

QLatin1String spanStateId(SpanState state)
{
    const auto i = static_cast<std::size_t>(state);
    return QLatin1String(i < kStates.size() ? kStates[i] : "unknown");
}

QLatin1String instantKindId(InstantKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return QLatin1String(i < kInstants.size() ? kInstants[i] : "unknown");
}

std::optional<SpanState> spanStateFromId(QStringView id)
{
    for (std::size_t i = 0; i < kStates.size(); ++i)
        if (id == QLatin1String(kStates[i]))
            return static_cast<SpanState>(i);
    return std::nullopt;
}

std::optional<InstantKind> instantKindFromId(QStringView id)
{
    for (std::size_t i = 0; i < kInstants.size(); ++i)
        if (id == QLatin1String(kInstants[i]))
            return static_cast<InstantKind>(i);
    return std::nullopt;
}

} // namespace samtidig::chrome
