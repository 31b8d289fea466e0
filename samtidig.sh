#!/usr/bin/env bash
# Samtidig's one set-up script: installs what is missing (Debian 12 packages), builds, and then
#   ./samtidig.sh          starts the window (or, with no display, runs the default scenario
#                          headless and writes its trace, summary and PNG, printing where)
#   ./samtidig.sh test     runs every test through ctest (what CI runs)
#   ./samtidig.sh bench    runs the benchmarks and prints the README's table
#   ./samtidig.sh hardening  ASan+UBSan and TSan builds running the core tests, the fuzzers for
#                          a bounded time, and clang-tidy (CI runs it after the tests)
#   ./samtidig.sh package  builds the Debian package build-package/samtidig_<version>_amd64.deb
#                          (install it with: sudo apt install ./build-package/samtidig_*.deb)
#   ./samtidig.sh deps     only installs the packages below; ./samtidig.sh packages lists them
# Environment: BUILD_DIR (default ./build), SAMTIDIG_NO_INSTALL=1 skips apt.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
BUILD_DIR=${BUILD_DIR:-build}
mode=${1:-run}

# Everything a fresh Debian 12 needs to build, test, harden and package Samtidig (mount: the tests
# that fill a small tmpfs; dpkg-dev and file: CPack's dependency scan; gcc and libc6-dev: the C
# example of "Your own program", compiled with cc when picked, and its test; binutils: addr2line, the
# file and line a recorded program's lock was first taken at). The one list:
# .ci/check-fresh-root installs exactly this (./samtidig.sh deps) in a minimal root and configures.
PACKAGES=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev libbenchmark-dev
          xvfb xauth imagemagick xdotool clang clang-tidy clang-format libclang-rt-14-dev python3
          mount dpkg-dev file gcc libc6-dev binutils)

install_missing() {
    [[ ${SAMTIDIG_NO_INSTALL:-0} == 1 ]] && return 0
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "samtidig.sh: installing ${missing[*]}"
    local sudo=
    [[ $(id -u) -ne 0 ]] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local extra=()
    [[ ${CI:-} == true || $mode == test ]] && extra+=(-DSAMTIDIG_WERROR=ON)
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "${extra[@]}" >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case $mode in
run)
    install_missing
    configure_and_build
    if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        exec "$BUILD_DIR/app/samtidig"
    fi
    out=$PWD/samtidig-output
    mkdir -p "$out"
    echo "samtidig.sh: no display found, so running the 'threads' scenario headless."
    "$BUILD_DIR/app/samtidig-cli" run threads --trace "$out/threads-trace.json" \
        --summary "$out/threads-summary.json" --save "$out/threads.samtidig" --png "$out/threads.png"
    echo "samtidig.sh: open $out/threads-trace.json in Perfetto or chrome://tracing, or look at $out/threads.png"
    ;;
test)
    install_missing
    configure_and_build
    # Ends with every skipped test function and its reason (ctest shows a passing test's output,
    # and so its QSKIP messages, to nobody); a build that registers no tests fails.
    started=$(date +%s)
    status=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error --timeout 900 || status=$?
    python3 tests/list_skipped_tests.py "$BUILD_DIR/test-results" --since "$started"
    exit $status
    ;;
bench)
    install_missing
    BUILD_DIR=${BUILD_DIR/build/build-release}
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
    tests/benchmarks/run_benchmarks.sh "$BUILD_DIR"
    ;;
hardening)
    install_missing
    # Each step prints how long it took. CI runs all of this after the test suite and must finish in
    # 90 minutes: .ci/run sets SAMTIDIG_CI_DEADLINE (epoch seconds), and a step that would likely
    # not finish before it is not started; it is reported as NOT RUN (never as passed).
    step() { echo "samtidig.sh: $1 took $(( SECONDS - $2 )) s"; }
    notRun=()
    room() { # room NAME MINUTES: true if the step may start
        [[ -z ${SAMTIDIG_CI_DEADLINE:-} ]] && return 0
        local left=$(( SAMTIDIG_CI_DEADLINE - $(date +%s) ))
        (( left >= $2 * 60 )) && return 0
        echo "samtidig.sh: NOT RUN: $1 (needs about $2 min, $(( left / 60 )) min of CI's time left)"
        notRun+=("$1")
        return 1
    }
    # Tests that measure the scheduler against thread CPU time are meaningless under a sanitizer's
    # slowdown, and the translation check runs no code of ours. Everything else (rings, runner,
    # faults, scenarios, analysis, files, the CLI with its images) runs; the widget tests are not
    # built there (tests/CMakeLists.txt), the normal build runs them.
    skip='tst_schedaccuracy|tst_translations'
    # TSan: Qt's libraries are not instrumented, so TSan cannot see their own futex-based joins and
    # locks and reports the pthread calls inside them as races (QtTest's watchdog thread, at every
    # test's exit). ignore_noninstrumented_modules drops reports from calls made inside Qt only;
    # all of our code stays checked, and tests/tsan.supp stays limited to the intended deadlocks.
    for san in asan tsan; do
        room "$san build and tests" 30 || continue
        dir=build-$san
        t0=$SECONDS
        cmake --preset "$san" -DSAMTIDIG_WERROR=ON >/dev/null
        cmake --build "$dir" -j"$(nproc)"
        step "$san build" "$t0"
        t0=$SECONDS
        started=$(date +%s)
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        TSAN_OPTIONS="suppressions=$PWD/tests/tsan.supp halt_on_error=1 second_deadlock_stack=1 ignore_noninstrumented_modules=1" \
            ctest --test-dir "$dir" --output-on-failure --no-tests=error --timeout 900 -E "$skip"
        python3 tests/list_skipped_tests.py "$dir/test-results" --since "$started"
        step "$san tests" "$t0"
    done
    if room "fuzzing" 12; then
        echo "samtidig.sh: fuzzing each reader and the parameter parser for ${FUZZ_SECONDS:-60} s"
        t0=$SECONDS
        CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAMTIDIG_FUZZ=ON \
            -DSAMTIDIG_BUILD_BENCHMARKS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
        cmake --build build-fuzz -j"$(nproc)" --target fuzz_recording fuzz_chrome_trace fuzz_parameters
        tests/fuzz/run_fuzzers.sh build-fuzz "${FUZZ_SECONDS:-60}"
        step "fuzzing" "$t0"
    fi
    if room "clang-tidy" 20; then
        echo "samtidig.sh: clang-tidy (.clang-tidy, findings are errors)"
        t0=$SECONDS
        # It reads the compile commands of the normal build (UI included); configuring is enough.
        [[ -f $BUILD_DIR/compile_commands.json ]] || cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
        run-clang-tidy -quiet -p "$BUILD_DIR" -j"$(nproc)" "$PWD/(core|ui|app)/.*\.cpp$" >/tmp/samtidig-tidy.log 2>&1 \
            || { grep -E 'error:|warning:' /tmp/samtidig-tidy.log | head -50; exit 1; }
        step "clang-tidy" "$t0"
    fi
    if (( ${#notRun[@]} > 0 )); then
        echo "samtidig.sh: hardening finished; NOT RUN for lack of CI time: ${notRun[*]}"
    else
        echo "samtidig.sh: hardening finished; every step ran and passed"
    fi
    ;;
package)
    install_missing
    BUILD_DIR=${BUILD_DIR/build/build-package}
    # Release, without tests and benchmarks: only what the package installs is built.
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DSAMTIDIG_BUILD_TESTS=OFF -DSAMTIDIG_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
    rm -f "$BUILD_DIR"/samtidig_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB)
    deb=$(readlink -f "$BUILD_DIR"/samtidig_*.deb)
    echo "samtidig.sh: wrote $deb"
    echo "samtidig.sh: install it with: sudo apt install $deb"
    ;;
deps)
    install_missing
    ;;
packages)
    printf '%s\n' "${PACKAGES[@]}"
    ;;
*)
    echo "usage: ./samtidig.sh [run|test|bench|hardening|package|deps|packages]" >&2
    exit 2
    ;;
esac
