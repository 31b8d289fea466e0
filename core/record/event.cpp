#include "record/event.h"

#include <array>

namespace samtidig {

std::string_view eventKindName(EventKind kind)
{
    static constexpr std::array<std::string_view, kEventKindCount> names
        = { "none",          "task_begin",    "task_end",       "slice_begin", "slice_end",   "lock_request",
            "lock_acquired", "lock_released", "lock_timed_out", "var_read",    "var_write",   "sleep_begin",
            "sleep_end",     "co_suspend",    "co_resume",      "fork",        "exit",        "marker",
            "stall",         "cond_wait",     "cond_wake",      "cond_notify", "phase_begin", "work_begin",
            "work_end",      "lock_site",     "lock_folded",    "lock_nested", "gil_taken",   "gil_dropped",
            "gate_wait",     "gate_pass" };
    const auto i = static_cast<std::size_t>(kind);
    return i < names.size() ? names[i] : std::string_view("unknown");
}

std::string_view taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Process: return "process";
    case TaskKind::Thread: return "thread";
    case TaskKind::Coroutine: return "coroutine";
    }
    return "unknown";
}

std::string_view nameKindName(NameKind kind)
{
    switch (kind) {
    case NameKind::Lock: return "lock";
    case NameKind::Variable: return "variable";
    case NameKind::Marker: return "marker";
    case NameKind::Condition: return "condition";
    case NameKind::Semaphore: return "semaphore";
    }
    return "unknown";
}

std::string_view schedulingSourceName(SchedulingSource source)
{
    switch (source) {
    case SchedulingSource::Kernel: return "kernel";
    case SchedulingSource::Estimate: return "estimate";
    case SchedulingSource::Imported: return "imported";
    }
    return "estimate";
}

bool schedulingSourceFromName(std::string_view name, SchedulingSource *source)
{
    for (const SchedulingSource s :
         { SchedulingSource::Kernel, SchedulingSource::Estimate, SchedulingSource::Imported })
        if (name == schedulingSourceName(s)) {
            *source = s;
            return true;
        }
    return false;
}

} // namespace samtidig
