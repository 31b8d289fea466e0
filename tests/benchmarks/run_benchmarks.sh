#!/usr/bin/env bash
# Runs every bench_* executable in BUILD_DIR/tests/benchmarks (Google Benchmark), keeps the JSON,
# and prints the README's benchmark table: each row the median and the range over the
# repetitions, which benchmark produced it, and the machine's load while it ran.
#
#   tests/benchmarks/run_benchmarks.sh BUILD_DIR
#
# BENCH_REPETITIONS (default 5) repetitions of every benchmark; a benchmark that repeats inside
# itself (cold start: 10 launches; deadlock detection: 20 runs) runs once and reports that
# distribution. Goals are judged on the median. BENCH_FILTER is passed as --benchmark_filter,
# BENCH_ARGS verbatim. JSON: BUILD_DIR/benchmarks/<executable>.json, merged in
# BUILD_DIR/benchmarks.json. The window benchmarks need a display: without one they run under
# Xvfb (xvfb-run), on Qt's xcb platform like a desktop.
set -euo pipefail

build=${1:?usage: run_benchmarks.sh BUILD_DIR}
bench_dir=$build/tests/benchmarks
out_dir=$build/benchmarks
reps=${BENCH_REPETITIONS:-5}
mkdir -p "$out_dir"
# Live benchmarks start real runs and the real window: point them at this build's programs (the
# runner with the test-only scenarios `firehose` and `ingest`), and give the window settings of its
# own (a first start).
export SAMTIDIG_RUNNER=${SAMTIDIG_RUNNER:-$(readlink -f "$build/tests/support/samtidig-test-runner")}
export SAMTIDIG_APP=${SAMTIDIG_APP:-$(readlink -f "$build/app/samtidig")}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
export XDG_CONFIG_HOME=$settings

display=()
if [[ -z ${DISPLAY:-} ]]; then
    display=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi

shopt -s nullglob
outputs=()
failed=()
for exe in "$bench_dir"/bench_*; do
    [[ -f $exe && -x $exe ]] || continue
    name=$(basename "$exe")
    json=$out_dir/$name.json
    wrap=()
    platform=${QT_QPA_PLATFORM:-offscreen}
    if [[ $name == bench_ui_* ]]; then
        wrap=("${display[@]}")
        platform=${QT_QPA_PLATFORM:-xcb}
    fi
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "run_benchmarks.sh: $name ($reps repetitions, load $load_before)" >&2
    # shellcheck disable=SC2086 # BENCH_ARGS is a list of options on purpose
    if QT_QPA_PLATFORM=$platform "${wrap[@]}" "$exe" --benchmark_format=json --benchmark_out="$json" \
        --benchmark_out_format=json --benchmark_repetitions="$reps" \
        ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"} ${BENCH_ARGS:-} >/dev/null; then
        # A BENCH_FILTER that matches nothing in this executable leaves no JSON: not a failure.
        if [[ -s $json ]]; then
            outputs+=("$json")
            load_after=$(cut -d' ' -f1-3 /proc/loadavg)
            python3 - "$json" "$load_before" "$load_after" <<'PY'
import json, sys
path, before, after = sys.argv[1:]
with open(path) as f:
    data = json.load(f)
data.setdefault("context", {})["samtidig_load"] = {"before": before, "after": after}
with open(path, "w") as f:
    json.dump(data, f, indent=1)
PY
        fi
    else
        failed+=("$name")
    fi
done
if [[ ${#outputs[@]} -eq 0 ]]; then
    echo "run_benchmarks.sh: no bench_* executable ran in $bench_dir (build the benchmarks first)" >&2
    exit 1
fi

python3 "$(dirname "$0")/benchmark_table.py" "$build/benchmarks.json" "${outputs[@]}"

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run_benchmarks.sh: failed: ${failed[*]}" >&2
    exit 1
fi
