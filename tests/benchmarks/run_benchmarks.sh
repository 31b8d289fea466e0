#!/usr/bin/env bash
# Runs every bench_* executable in BUILD_DIR/tests/benchmarks (Google Benchmark), keeps the JSON,
# and prints Markdown: the goals table (README) and every benchmark with its time and counters.
#
#   tests/benchmarks/run_benchmarks.sh BUILD_DIR
#
# Each benchmark runs BENCH_REPETITIONS times (default 3) and the median is reported: the machine
# is shared and one run is noise. BENCH_FILTER is passed as --benchmark_filter, BENCH_ARGS verbatim.
# JSON goes to BUILD_DIR/benchmarks/<executable>.json and, merged, BUILD_DIR/benchmarks.json.
set -euo pipefail

build=${1:?usage: run_benchmarks.sh BUILD_DIR}
bench_dir=$build/tests/benchmarks
out_dir=$build/benchmarks
reps=${BENCH_REPETITIONS:-3}
mkdir -p "$out_dir"
# Live benchmarks start real runs: point them at this build's runner; widgets paint offscreen.
export SAMTIDIG_RUNNER=${SAMTIDIG_RUNNER:-$(readlink -f "$build/app/samtidig-runner")}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

shopt -s nullglob
outputs=()
failed=()
for exe in "$bench_dir"/bench_*; do
    [[ -f $exe && -x $exe ]] || continue
    name=$(basename "$exe")
    json=$out_dir/$name.json
    echo "run_benchmarks.sh: $name ($reps repetitions)" >&2
    # shellcheck disable=SC2086 # BENCH_ARGS is a list of options on purpose
    if "$exe" --benchmark_format=json --benchmark_out="$json" --benchmark_out_format=json \
        --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
        ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"} ${BENCH_ARGS:-} >/dev/null; then
        # A BENCH_FILTER that matches nothing in this executable leaves no JSON: not a failure.
        [[ -s $json ]] && outputs+=("$json")
    else
        failed+=("$name")
    fi
done
if [[ ${#outputs[@]} -eq 0 ]]; then
    echo "run_benchmarks.sh: no bench_* executable ran in $bench_dir (build the benchmarks first)" >&2
    exit 1
fi

python3 - "$build/benchmarks.json" "${outputs[@]}" <<'PY'
import json
import re
import sys

merged_path, paths = sys.argv[1], sys.argv[2:]
STANDARD = {"name", "family_index", "per_family_instance_index", "run_name", "run_type",
            "repetitions", "repetition_index", "threads", "iterations", "real_time", "cpu_time",
            "time_unit", "aggregate_name", "aggregate_unit", "error_occurred", "error_message", "label"}
TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}

# One row per benchmark: the median when repeated, else the single run.
rows = {}
merged = {"context": None, "benchmarks": []}
for path in paths:
    with open(path) as f:
        data = json.load(f)
    merged["context"] = merged["context"] or data.get("context")
    exe = path.rsplit("/", 1)[-1].removesuffix(".json")
    for b in data.get("benchmarks", []):
        merged["benchmarks"].append(dict(b, executable=exe))
        run = b.get("run_name", b["name"])
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("error_occurred"):
            rows[run] = {"exe": exe, "error": b.get("error_message", "error")}
            continue
        rows[run] = {
            "exe": exe,
            "time_ms": b["real_time"] * TO_MS[b["time_unit"]],
            "cpu_ms": b["cpu_time"] * TO_MS[b["time_unit"]],
            "counters": {k: v for k, v in b.items() if k not in STANDARD and isinstance(v, (int, float))},
        }
with open(merged_path, "w") as f:
    json.dump(merged, f, indent=1)

def si(v):
    for div, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if abs(v) >= div:
            return f"{v / div:.3g}{suffix}"
    return f"{v:.3g}"

def ms(v):
    return f"{v:.3g} ms" if v >= 0.01 else f"{v * 1e6:.3g} ns"

def find(pattern, counter=None):
    """All (run name, value) whose run name matches; value is a counter or the wall time in ms."""
    found = []
    for run, r in rows.items():
        if "error" in r or not re.search(pattern, run, re.IGNORECASE):
            continue
        if counter is None:
            found.append((run, r["time_ms"]))
        elif counter in r["counters"]:
            found.append((run, r["counters"][counter]))
    return found

# (metric, goal text, run-name pattern, counter or None for wall time, formatter, check)
GOALS = [
    ("Recording one event vs a bare read of the recorder's clock + CPU", "<= 2x", r"^BM_RecordCostRatio", "ratio",
     lambda v: f"{v:.2f}x", lambda v: v <= 2),
    ("Recording one event vs clock_gettime + CPU read", "—", r"^BM_RecordCostRatio", "ratio_vs_gettime",
     lambda v: f"{v:.2f}x", None),
    ("Writer -> consumer throughput, lossless", ">= 30 M events/s", r"^BM_RingThroughput", "events_per_s",
     lambda v: si(v) + " events/s", lambda v: v >= 30e6),
    ("Ingest into the trace model", ">= 30 M events/s", r"^BM_TraceIngest", "events_per_s",
     lambda v: si(v) + " events/s", lambda v: v >= 30e6),
    ("Trace model memory per event", "<= 24 bytes", r"^BM_TraceIngest", "bytes_per_event",
     lambda v: f"{v:.1f} bytes", lambda v: v <= 24),
    ("Timeline frame, 1M spans", "<= 16 ms", r"frame.*(\b1M\b|1000000\b|/1M)", None, ms, lambda v: v <= 16),
    ("Timeline frame, 10M spans", "<= 33 ms", r"frame.*(\b10M\b|10000000\b|/10M)", None, ms, lambda v: v <= 33),
    ("Live: recorded -> on screen, the longest-waiting record of each frame, p95", "<= 50 ms", r"^BM_LiveLatency",
     "screen_p95_ms", ms, lambda v: v <= 50),
    ("Live: newest record recorded -> in the model, p95", "—", r"^BM_LiveLatency", "latency_p95_ms", ms, None),
    ("Window shown after launch (cold)", "<= 1 s", r"^BM_ColdStartup", "startup_ms", ms, lambda v: v <= 1000),
    ("PNG export", "—", r"png", None, ms, None),
    ("Recording open", "—", r"recording.*open|open.*recording", None, ms, None),
]

print("| metric | goal | measured |")
print("|---|---|---|")
for metric, goal, pattern, counter, fmt, ok in GOALS:
    for run, value in find(pattern, counter):
        mark = "" if ok is None else (" ✓" if ok(value) else " ✗")
        print(f"| {metric} (`{run}`) | {goal} | {fmt(value)}{mark} |")

print()
print("| benchmark | wall | cpu | counters |")
print("|---|---|---|---|")
for run, r in rows.items():
    if "error" in r:
        print(f"| `{r['exe']}` `{run}` | error | | {r['error']} |")
        continue
    counters = ", ".join(f"{k}={si(v)}" for k, v in sorted(r["counters"].items()))
    print(f"| `{r['exe']}` `{run}` | {ms(r['time_ms'])} | {ms(r['cpu_ms'])} | {counters} |")
PY

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run_benchmarks.sh: failed: ${failed[*]}" >&2
    exit 1
fi
