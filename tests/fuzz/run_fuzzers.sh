#!/bin/sh
# Runs every libFuzzer target of a fuzz build for a bounded time each, starting from the seed
# corpora; exits non-zero if any target found a crash (artifacts are left in BUILD_DIR/fuzz-artifacts).
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
fuzzdir="$build/tests/fuzz"
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
status=0
for target in recording chrome_trace parameters; do
    exe="$fuzzdir/fuzz_$target"
    if [ ! -x "$exe" ]; then
        echo "missing $exe: build the fuzz targets first (see tests/fuzz/CMakeLists.txt)" >&2
        exit 2
    fi
    corpus="$(dirname "$0")/corpus/$target"
    work="$build/fuzz-work/$target"   # grows as the fuzzer finds new paths; seeds stay untouched
    mkdir -p "$corpus" "$work"
    echo "== fuzz_$target for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work" "$corpus" 2>"$build/fuzz-$target.log"; then
        echo "fuzz_$target FAILED; see $build/fuzz-$target.log and $artifacts" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$build/fuzz-$target.log" || true
done
exit $status
