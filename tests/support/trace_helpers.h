#pragma once
// What the tests that feed hand-written event streams through a TraceBuilder share: one event in a
// line. Header-only; each test is its own executable.

#include "record/event.h"

#include <cstdint>

namespace samtidig::test {

// One record of a hand-written stream; `a` and `b` mean what they mean for `kind` (see event.h).
inline Event ev(std::uint64_t t, std::uint32_t task, EventKind kind, std::uint16_t cpu = 0,
                std::uint64_t a = 0, std::uint64_t b = 0)
{
    return Event { t, task, cpu, kind, a, b };
}

// The same for streams whose CPU does not matter (the lock and variable analyses ignore it): the
// arguments follow the kind directly.
inline Event evArgs(std::uint64_t t, std::uint32_t task, EventKind kind, std::uint64_t a = 0,
                    std::uint64_t b = 0)
{
    return ev(t, task, kind, 0, a, b);
}

} // namespace samtidig::test
