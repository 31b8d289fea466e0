#!/usr/bin/env python3
"""Prints the README's benchmark table from Google Benchmark JSON files (one per executable).

Usage: benchmark_table.py MERGED_OUT.json BENCH.json...

Every row: the median over the repetitions and their range (min-max), the goal judged on the
median, the benchmark and its repetitions, and the load average (1, 5, 15 min) before and after
its executable ran. A benchmark that repeats inside itself (launches, runs) reports its own
distribution through counters; its row says so."""
import json
import statistics
import sys

TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def load(paths):
    """run name -> {exe, load, reps: [ {time_ms, counters} ]}; and everything merged."""
    runs, merged = {}, {"context": None, "benchmarks": []}
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        exe = path.rsplit("/", 1)[-1].removesuffix(".json")
        ctx = data.get("context", {})
        merged["context"] = merged["context"] or ctx
        load_avg = ctx.get("samtidig_load", {})
        for b in data.get("benchmarks", []):
            merged["benchmarks"].append(dict(b, executable=exe))
            if b.get("run_type") == "aggregate":
                continue
            name = b.get("run_name", b["name"])
            entry = runs.setdefault(name, {"exe": exe, "load": load_avg, "reps": [], "error": None})
            if b.get("error_occurred"):
                entry["error"] = b.get("error_message", "error")
                continue
            counters = {k: v for k, v in b.items() if isinstance(v, (int, float)) and k not in STANDARD}
            entry["reps"].append({"time_ms": b["real_time"] * TO_MS[b["time_unit"]], "counters": counters})
    return runs, merged


STANDARD = {"family_index", "per_family_instance_index", "repetitions", "repetition_index", "threads",
            "iterations", "real_time", "cpu_time"}


def si(v):
    for div, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if abs(v) >= div:
            return f"{v / div:.3g}{suffix}"
    return f"{v:.3g}"


def ms(v):
    return f"{v:.3g} ms" if v >= 0.01 else f"{v * 1e6:.3g} ns"


def values(run, what):
    if what == "time":
        return [r["time_ms"] for r in run["reps"]]
    return [r["counters"][what] for r in run["reps"] if what in r["counters"]]


def spread(vals, fmt):
    """'median (min-max)' over repetitions."""
    med = statistics.median(vals)
    if len(vals) == 1:
        return med, fmt(med)
    return med, f"{fmt(med)} ({fmt(min(vals))} – {fmt(max(vals))})"


def row(runs, metric, goal, run_name, what, fmt, ok=None, extra=None):
    run = runs.get(run_name)
    if run is None:
        return None
    source = f"`{run['exe']}` `{run_name}`"
    load = run["load"]
    load_text = f"{load.get('before', '?')} → {load.get('after', '?')}"
    if run["error"]:
        return f"| {metric} | {goal} | error: {run['error']} | {source} | {load_text} |"
    vals = values(run, what)
    if not vals:
        return f"| {metric} | {goal} | no value | {source} | {load_text} |"
    med, text = spread(vals, fmt)
    mark = "" if ok is None else (" ✓" if ok(med) else " ✗")
    if extra:
        text += "; " + extra(run)
    reps = len(run["reps"])
    return f"| {metric} | {goal} | **{text}**{mark} | {source}, {reps} repetition{'s' if reps != 1 else ''} | {load_text} |"


def median_of(run, counter, fmt):
    vals = values(run, counter)
    return fmt(statistics.median(vals)) if vals else "?"


def main(argv):
    merged_path, paths = argv[1], argv[2:]
    runs, merged = load(paths)
    with open(merged_path, "w") as f:
        json.dump(merged, f, indent=1)

    x = lambda v: f"{v:.2f}×"
    pct = lambda v: f"{v:+.1f} %" if v > -999 else "not measured"
    rate = lambda v: si(v) + " events/s"
    rows = [
        ("recording one event vs a bare read of the recorder's own clock + CPU", "≤ 2×",
         "BM_RecordCostRatio", "ratio", x, lambda v: v <= 2,
         lambda r: "vs clock_gettime + CPU: " + median_of(r, "ratio_vs_gettime", x)),
        ("one writer → consumer thread, lossless ring", "≥ 30 M events/s",
         "BM_RingThroughput/65536/real_time", "events_per_s", rate, lambda v: v >= 30e6, None),
        ("ingest through the session's whole path (2 writer threads, rings merged, watermark, "
         "builder, live analysis with lost-update settling and a deadlock), wall time", "≥ 30 M events/s",
         "BM_SessionIngest/2/iterations:1/manual_time", "events_per_s", rate, lambda v: v >= 30e6,
         lambda r: "lost updates " + median_of(r, "lost_updates", si) + ", writers stalled "
         + median_of(r, "writer_stalled_share", lambda v: f"{v * 100:.0f} %") + " of the time; "
         + "the polling thread (merge, builder, analysis) ran "
         + median_of(r, "poll_cpu_share", lambda v: f"{v * 100:.0f} %") + " of the wall time, at "
         + median_of(r, "events_per_poll_cpu_s", rate) + " of its CPU time"),
        ("the heaviest race corner (256 threads × 1000 increments, no waits) from Go to the finished "
         "trace: drain, merge, watermark, builder, live analysis, wall time", "exact, late 0",
         "BM_HeavyRace/iterations:1/manual_time", "events_per_s", rate, None,
         lambda r: "late records " + median_of(r, "late_records", si) + ", lost updates missed "
         + median_of(r, "lost_updates_missed", si) + ", result "
         + median_of(r, "after_end_ms", lambda v: f"{v:.0f} ms") + " after the last record"),
        ("the trace builder and live analysis alone, a pre-sorted lock-heavy stream (CPU time)", "—",
         "BM_TraceIngest/524288", "events_per_s", rate, None, None),
        ("trace model memory per event (BM_TraceIngest)", "≤ 24 bytes", "BM_TraceIngest/524288", "bytes_per_event",
         lambda v: f"{v:.1f} bytes", lambda v: v <= 24, None),
        ("timeline frame (layout + paint of the widget), fully zoomed out, 1920×1080, 1 M spans", "≤ 16 ms",
         "BM_TimelineFrame/1000000", "time", ms, lambda v: v <= 16,
         lambda r: "repaint " + median_of(runs.get("BM_TimelineRepaint/1000000", r), "time", ms)),
        ("the same, 10 M spans", "≤ 16 ms", "BM_TimelineFrame/10000000", "time", ms, lambda v: v <= 16,
         lambda r: "repaint " + median_of(runs.get("BM_TimelineRepaint/10000000", r), "time", ms)),
        ("the same, 100 M spans", "≤ 33 ms", "BM_TimelineFrame/100000000", "time", ms, lambda v: v <= 33,
         lambda r: "repaint " + median_of(runs.get("BM_TimelineRepaint/100000000", r), "time", ms)),
        ("live: recorded → painted in the window, 1 M events/s, p95 of the record each frame waited "
         "longest for", "≤ 33 ms", "BM_LiveLatency/iterations:1/manual_time", "screen_p95_ms", ms,
         lambda v: v <= 33,
         lambda r: "p50 " + median_of(r, "screen_p50_ms", ms) + ", p99 " + median_of(r, "screen_p99_ms", ms)
         + "; the newest record of a frame p50 " + median_of(r, "newest_p50_ms", ms)),
        ("the same for a user's own program recorded in the window (`lock_storm`: 8 threads, one pthread "
         "mutex; the kernel's switches and the preload's lock records)", "≤ 33 ms",
         "BM_LiveLatencyProgram/iterations:1/manual_time", "screen_p95_ms", ms, lambda v: v <= 33,
         lambda r: "p50 " + median_of(r, "screen_p50_ms", ms) + ", p99 " + median_of(r, "screen_p99_ms", ms)
         + "; " + median_of(r, "events_per_s", lambda v: f"{v / 1e3:.0f} k records/s")),
        ("the same for that program recorded with `--no-locks` (the kernel's switches only)", "≤ 33 ms",
         "BM_LiveLatencyProgramNoLocks/iterations:1/manual_time", "screen_p95_ms", ms, lambda v: v <= 33,
         lambda r: "p50 " + median_of(r, "screen_p50_ms", ms) + ", p99 " + median_of(r, "screen_p99_ms", ms)
         + "; " + median_of(r, "events_per_s", lambda v: f"{v / 1e3:.0f} k records/s")),
        ("deadlock reported after its cycle closed (window's 16 ms poll), p95 of 20 runs", "≤ 100 ms",
         "BM_DeadlockDetection/iterations:1/repeats:1/manual_time", "latency_p95_ms", ms, lambda v: v <= 100,
         lambda r: "p50 " + median_of(r, "latency_p50_ms", ms) + ", max " + median_of(r, "latency_max_ms", ms)),
        ("cold start: exec of `samtidig` → first frame painted, median of 10 launches", "≤ 200 ms",
         "BM_ColdStartup/iterations:1/repeats:1/manual_time", "startup_median_ms", ms, lambda v: v <= 200,
         lambda r: "range " + median_of(r, "startup_min_ms", ms) + " – " + median_of(r, "startup_max_ms", ms)),
        ("recording a user's program: a 4-thread CPU-bound C program's wall time, recorded vs bare "
         "(interleaved)", "≤ 2 %", "BM_RecordOverheadCpuBurn/iterations:1", "recorded_overhead_pct", pct,
         lambda v: v <= 2,
         lambda r: "bare " + median_of(r, "bare_ms", ms) + "; under `perf sched record` "
         + median_of(r, "perf_sched_overhead_pct", pct) + ", under helgrind "
         + median_of(r, "helgrind_slowdown_x", lambda v: f"{v:.0f}× as long" if v > -999 else "not measured (valgrind not installed)")),
        ("the same for `python3 -c pass`, its threads and processes only (`--no-locks`; fork to reaping, "
         "timed alike bare and recorded)", "≤ 2 %", "BM_RecordOverheadPythonPassNoLocks/iterations:1",
         "recorded_overhead_pct", pct, lambda v: v <= 2, lambda r: "bare " + median_of(r, "bare_ms", ms)),
        ("`python3 -c pass` with its locks and the GIL (the preload library in the interpreter)", "≤ 5 %",
         "BM_RecordOverheadPythonPass/iterations:1", "recorded_overhead_pct", pct, lambda v: v <= 5,
         lambda r: "bare " + median_of(r, "bare_ms", ms)),
        ("recording a user's program's locks: an uncontended pthread mutex lock + unlock pair, "
         "interposed vs the C library's own, same run", "≤ 40 ns", "BM_RecordOverheadLockPair/iterations:1",
         "recorded_added_ns", lambda v: f"+{v:.1f} ns", lambda v: v <= 40,
         lambda r: "the bare pair " + median_of(r, "recorded_pair_ns", lambda v: f"{v:.1f} ns")
         + "; not recorded, the two ways differ by "
         + median_of(r, "bare_added_ns", lambda v: f"{v:+.1f} ns")),
        ("recording a user's program's locks under contention: 8 threads taking one pthread mutex 10 M "
         "times in all, wall time recorded vs bare (interleaved)", "≤ 1.5×", "BM_RecordOverheadContendedLocks/iterations:1",
         "recorded_x", x, lambda v: v <= 1.5,
         lambda r: "bare " + median_of(r, "bare_ms", ms) + ", " + median_of(r, "events", si)
         + " records; under helgrind (a hundredth of the operations) "
         + median_of(r, "helgrind_slowdown_x", lambda v: f"{v:.0f}× as long" if v > -999 else "not measured")),
        ("the GIL lane against the kernel: of the time a Python thread is shown holding the GIL (holds of "
         "1 ms or more; two CPU-bound threads, 5 recordings), the share the kernel shows it on a core or ready",
         "≥ 95 %", "BM_GilAgainstKernel/iterations:1", "held_on_cpu_or_ready", lambda v: f"{v * 100:.1f} %",
         lambda v: v >= 0.95,
         lambda r: "lowest of the recordings " + median_of(r, "held_on_cpu_or_ready_min", lambda v: f"{v * 100:.1f} %")
         + "; late records " + median_of(r, "late_records", lambda v: f"{v:.0f}")),
        ("the same two threads on 2 cores: cores used while they took turns with the GIL", "≤ 1.1",
         "BM_GilAgainstKernel/iterations:1", "cores_used", lambda v: f"{v:.2f}", lambda v: v <= 1.1,
         lambda r: "highest of the recordings " + median_of(r, "cores_used_max", lambda v: f"{v:.2f}")),
        ("PNG export, 1 M events, 1920×1080", "≤ 1 s", "BM_ExportPng/iterations:5", "time", ms,
         lambda v: v <= 1000, None),
        ("SVG export of the same", "≤ 5 MB", "BM_ExportSvg/iterations:3", "svg_MB", lambda v: f"{v:.2f} MB",
         lambda v: v <= 5, None),
        ("open a 1 M-event recording, uncompressed", "≤ 1 s", "BM_OpenRecording/0/iterations:5", "time", ms,
         lambda v: v <= 1000, None),
        ("open the same, zlib", "≤ 1 s", "BM_OpenRecording/1/iterations:5", "time", ms, lambda v: v <= 1000, None),
        ("recording size on disk, uncompressed", "≤ 16 bytes/event", "BM_WriteRecording/0/iterations:3",
         "bytes_per_event", lambda v: f"{v:.1f} bytes/event", lambda v: v <= 16, None),
        ("the same, zlib", "≤ 16 bytes/event", "BM_WriteRecording/1/iterations:3", "bytes_per_event",
         lambda v: f"{v:.1f} bytes/event", lambda v: v <= 16, None),
    ]
    print("| metric | goal | measured: median (range) | benchmark | load before → after |")
    print("|---|---|---|---|---|")
    for spec in rows:
        line = row(runs, *spec)
        if line:
            print(line)

    print()
    print("| benchmark | repetitions | wall: median (range) | counters (median) |")
    print("|---|---|---|---|")
    for name, run in runs.items():
        if run["error"]:
            print(f"| `{run['exe']}` `{name}` | | error | {run['error']} |")
            continue
        _, wall = spread(values(run, "time"), ms)
        keys = sorted({k for r in run["reps"] for k in r["counters"]})
        counters = ", ".join(f"{k}={si(statistics.median(values(run, k)))}" for k in keys)
        print(f"| `{run['exe']}` `{name}` | {len(run['reps'])} | {wall} | {counters} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
