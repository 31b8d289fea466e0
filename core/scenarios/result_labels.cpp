#include "scenarios/result_labels.h"

#include <map>
#include <string>

namespace samtidig {

namespace {

const std::map<std::string, const char *> &labels()
{
    // QT_TRANSLATE_NOOP marks the labels for lupdate; tr() looks them up at call time.
    static const std::map<std::string, const char *> labels = {
        { "acquisitions", QT_TRANSLATE_NOOP("ResultLabels", "Lock acquisitions") },
        { "actual", QT_TRANSLATE_NOOP("ResultLabels", "Actual value") },
        { "async_ms", QT_TRANSLATE_NOOP("ResultLabels", "Async time (ms)") },
        { "async_to_blocking_ratio", QT_TRANSLATE_NOOP("ResultLabels", "Async time / blocking time") },
        { "attempts", QT_TRANSLATE_NOOP("ResultLabels", "Attempts") },
        { "blocking_ms", QT_TRANSLATE_NOOP("ResultLabels", "Blocking time (ms)") },
        { "capacity", QT_TRANSLATE_NOOP("ResultLabels", "Buffer capacity") },
        { "checksum_equal", QT_TRANSLATE_NOOP("ResultLabels", "Every item taken exactly once") },
        { "child_counters", QT_TRANSLATE_NOOP("ResultLabels", "Each child's counter") },
        { "child_cpus", QT_TRANSLATE_NOOP("ResultLabels", "Cores each child ran on") },
        { "child_exit_status", QT_TRANSLATE_NOOP("ResultLabels", "Child exit status") },
        { "child_ready", QT_TRANSLATE_NOOP("ResultLabels", "Child started") },
        { "child_signal", QT_TRANSLATE_NOOP("ResultLabels", "Child killed by signal") },
        { "child_task", QT_TRANSLATE_NOOP("ResultLabels", "Child task") },
        { "completed", QT_TRANSLATE_NOOP("ResultLabels", "Completed") },
        { "condition_waits", QT_TRANSLATE_NOOP("ResultLabels", "Condition waits") },
        { "consumer_waits", QT_TRANSLATE_NOOP("ResultLabels", "Consumer waits") },
        { "consumers", QT_TRANSLATE_NOOP("ResultLabels", "Consumers") },
        { "cores_used_one_core", QT_TRANSLATE_NOOP("ResultLabels", "Cores used (one core)") },
        { "cores_used_parallel", QT_TRANSLATE_NOOP("ResultLabels", "Cores used (parallel)") },
        { "coroutines", QT_TRANSLATE_NOOP("ResultLabels", "Coroutines") },
        { "cpu_count", QT_TRANSLATE_NOOP("ResultLabels", "Cores") },
        { "error", QT_TRANSLATE_NOOP("ResultLabels", "Error") },
        { "errors", QT_TRANSLATE_NOOP("ResultLabels", "Errors") },
        { "exclusion_violations", QT_TRANSLATE_NOOP("ResultLabels", "Exclusion violations") },
        { "exit_statuses", QT_TRANSLATE_NOOP("ResultLabels", "Exit statuses") },
        { "expected", QT_TRANSLATE_NOOP("ResultLabels", "Expected value") },
        { "expected_per_child", QT_TRANSLATE_NOOP("ResultLabels", "Expected per child") },
        { "expected_suspensions", QT_TRANSLATE_NOOP("ResultLabels", "Expected suspensions") },
        { "increments_per_thread", QT_TRANSLATE_NOOP("ResultLabels", "Increments per thread") },
        { "items_consumed", QT_TRANSLATE_NOOP("ResultLabels", "Items consumed") },
        { "items_expected", QT_TRANSLATE_NOOP("ResultLabels", "Items expected") },
        { "items_produced", QT_TRANSLATE_NOOP("ResultLabels", "Items produced") },
        { "lock_acquisitions", QT_TRANSLATE_NOOP("ResultLabels", "Lock acquisitions") },
        { "lock_order", QT_TRANSLATE_NOOP("ResultLabels", "Lock order seen") },
        { "lock_order_cycles", QT_TRANSLATE_NOOP("ResultLabels", "Cycles in the lock order") },
        { "lock_waits", QT_TRANSLATE_NOOP("ResultLabels", "Lock waits") },
        { "loop_idle_ms", QT_TRANSLATE_NOOP("ResultLabels", "Event loop idle (ms)") },
        { "lost", QT_TRANSLATE_NOOP("ResultLabels", "Lost updates") },
        { "max_concurrent_holders", QT_TRANSLATE_NOOP("ResultLabels", "Most holders at once") },
        { "max_concurrent_readers", QT_TRANSLATE_NOOP("ResultLabels", "Most readers at once") },
        { "max_fill", QT_TRANSLATE_NOOP("ResultLabels", "Fullest buffer") },
        { "max_wait_ns", QT_TRANSLATE_NOOP("ResultLabels", "Longest wait (ns)") },
        { "meals_eaten", QT_TRANSLATE_NOOP("ResultLabels", "Meals eaten") },
        { "mode", QT_TRANSLATE_NOOP("ResultLabels", "Mode") },
        { "most_eating_at_once", QT_TRANSLATE_NOOP("ResultLabels", "Most philosophers eating at once") },
        { "neighbours_eating_together",
          QT_TRANSLATE_NOOP("ResultLabels", "Neighbours eating at the same time") },
        { "notifications", QT_TRANSLATE_NOOP("ResultLabels", "Notifications") },
        { "parent_counter", QT_TRANSLATE_NOOP("ResultLabels", "Parent's counter") },
        { "per_thread", QT_TRANSLATE_NOOP("ResultLabels", "Per thread") },
        { "permits", QT_TRANSLATE_NOOP("ResultLabels", "Permits") },
        { "philosophers", QT_TRANSLATE_NOOP("ResultLabels", "Philosophers") },
        { "pinned_core", QT_TRANSLATE_NOOP("ResultLabels", "Pinned core") },
        { "pinned_cpu", QT_TRANSLATE_NOOP("ResultLabels", "Pinned core") },
        { "processes", QT_TRANSLATE_NOOP("ResultLabels", "Processes") },
        { "producer_waits", QT_TRANSLATE_NOOP("ResultLabels", "Producer waits") },
        { "producers", QT_TRANSLATE_NOOP("ResultLabels", "Producers") },
        { "reader_waits", QT_TRANSLATE_NOOP("ResultLabels", "Reader waits") },
        { "readers", QT_TRANSLATE_NOOP("ResultLabels", "Readers") },
        { "reads", QT_TRANSLATE_NOOP("ResultLabels", "Reads") },
        { "retries", QT_TRANSLATE_NOOP("ResultLabels", "Retries") },
        { "rounds", QT_TRANSLATE_NOOP("ResultLabels", "Rounds") },
        { "rounds_completed", QT_TRANSLATE_NOOP("ResultLabels", "Rounds completed") },
        { "seen_by_each_thread", QT_TRANSLATE_NOOP("ResultLabels", "Seen by each thread") },
        { "shared_counter", QT_TRANSLATE_NOOP("ResultLabels", "Shared counter") },
        { "speedup", QT_TRANSLATE_NOOP("ResultLabels", "Speedup") },
        { "suspensions", QT_TRANSLATE_NOOP("ResultLabels", "Suspensions") },
        { "tasks", QT_TRANSLATE_NOOP("ResultLabels", "Tasks") },
        { "thread_cpu_ns", QT_TRANSLATE_NOOP("ResultLabels", "CPU time per thread (ns)") },
        { "threads", QT_TRANSLATE_NOOP("ResultLabels", "Threads") },
        { "threads_used", QT_TRANSLATE_NOOP("ResultLabels", "Threads used") },
        { "timeouts", QT_TRANSLATE_NOOP("ResultLabels", "Timeouts") },
        { "timeouts_in_deadlock", QT_TRANSLATE_NOOP("ResultLabels", "Timeouts that broke a deadlock") },
        { "deadlocks_formed", QT_TRANSLATE_NOOP("ResultLabels", "Deadlocks formed") },
        { "torn_reads", QT_TRANSLATE_NOOP("ResultLabels", "Torn reads") },
        { "total_wait_ms", QT_TRANSLATE_NOOP("ResultLabels", "Total wait (ms)") },
        { "total_wait_ns", QT_TRANSLATE_NOOP("ResultLabels", "Total wait (ns)") },
        { "waits", QT_TRANSLATE_NOOP("ResultLabels", "Waits") },
        { "wall_one_core_ms", QT_TRANSLATE_NOOP("ResultLabels", "Wall time on one core (ms)") },
        { "wall_parallel_ms", QT_TRANSLATE_NOOP("ResultLabels", "Wall time in parallel (ms)") },
        { "work_ms", QT_TRANSLATE_NOOP("ResultLabels", "Work (ms)") },
        { "workers", QT_TRANSLATE_NOOP("ResultLabels", "Workers") },
        { "writer_wait_ms", QT_TRANSLATE_NOOP("ResultLabels", "Writer wait (ms)") },
        { "writer_waits", QT_TRANSLATE_NOOP("ResultLabels", "Writer waits") },
        { "writers", QT_TRANSLATE_NOOP("ResultLabels", "Writers") },
        { "writes", QT_TRANSLATE_NOOP("ResultLabels", "Writes") },
    };
    return labels;
}

} // namespace

int ResultLabels::order(const QString &key)
{
    static const char *const ordered[] = {
        // what was run
        "threads",
        "processes",
        "workers",
        "producers",
        "consumers",
        "readers",
        "writers",
        "philosophers",
        "coroutines",
        "tasks",
        "permits",
        "capacity",
        "increments_per_thread",
        "work_ms",
        "rounds",
        "mode",
        "cpu_count",
        "pinned_core",
        "pinned_cpu",
        // what should have happened, and what did
        "expected",
        "actual",
        "shared_counter",
        "lost",
        "expected_per_child",
        "parent_counter",
        "child_counters",
        "items_expected",
        "items_produced",
        "items_consumed",
        "checksum_equal",
        "speedup",
        "wall_parallel_ms",
        "wall_one_core_ms",
        "cores_used_parallel",
        "cores_used_one_core",
        "blocking_ms",
        "async_ms",
        "async_to_blocking_ratio",
        "expected_suspensions",
        "suspensions",
        "meals_eaten",
        "rounds_completed",
        "completed",
        // measurements
        "acquisitions",
        "lock_acquisitions",
        "lock_waits",
        "waits",
        "total_wait_ms",
        "total_wait_ns",
        "max_wait_ns",
        "timeouts",
        "timeouts_in_deadlock",
        "deadlocks_formed",
        "attempts",
        "retries",
        "condition_waits",
        "producer_waits",
        "consumer_waits",
        "reader_waits",
        "writer_waits",
        "writer_wait_ms",
        "notifications",
        "max_fill",
        "max_concurrent_holders",
        "max_concurrent_readers",
        "most_eating_at_once",
        "neighbours_eating_together",
        "exclusion_violations",
        "torn_reads",
        "reads",
        "writes",
        "lock_order",
        "lock_order_cycles",
        "loop_idle_ms",
        "threads_used",
        // each task's details
        "per_thread",
        "seen_by_each_thread",
        "thread_cpu_ns",
        "child_task",
        "child_ready",
        "child_cpus",
        "child_exit_status",
        "child_signal",
        "exit_statuses",
        "errors",
        "error",
    };
    const std::string name = key.toStdString();
    for (std::size_t i = 0; i < std::size(ordered); ++i)
        if (name == ordered[i])
            return static_cast<int>(i);
    return static_cast<int>(std::size(ordered));
}

bool ResultLabels::has(const QString &key)
{
    return labels().contains(key.toStdString());
}

QString ResultLabels::label(const QString &key)
{
    const auto it = labels().find(key.toStdString());
    if (it != labels().end())
        return tr(it->second);
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace samtidig
