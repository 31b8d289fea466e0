#!/usr/bin/env bash
# Checks that no test support is in the shipped programs: each symbol below must be defined in at
# least one of the programs that link samtidig_testsupport (else the pattern is stale and the
# check proves nothing), and in none of the shipped ones.
#
#   tst_shipped_symbols.sh TEST_PROGRAM... -- SHIPPED_PROGRAM...
set -euo pipefail

symbols=(
    'samtidig::CrashScenario::'
    'samtidig::FirehoseScenario::'
    'samtidig::IngestScenario::'
    'samtidig::makeSyntheticTrace('
    'samtidig::test::registerTestScenarios('
)

controls=()
while [[ $# -gt 0 && $1 != -- ]]; do
    controls+=("$1")
    shift
done
[[ ${1:-} == -- ]] || { echo "usage: $0 TEST_PROGRAM... -- SHIPPED_PROGRAM..." >&2; exit 2; }
shift
shipped=("$@")
[[ ${#controls[@]} -gt 0 && ${#shipped[@]} -gt 0 ]] || { echo "usage: $0 TEST_PROGRAM... -- SHIPPED_PROGRAM..." >&2; exit 2; }

defined() { # the demangled names of the symbols a program defines
    nm -C --defined-only "$1"
}

status=0
control_symbols=$(for p in "${controls[@]}"; do defined "$p"; done)
for s in "${symbols[@]}"; do
    if ! grep -qF -- "$s" <<<"$control_symbols"; then
        echo "FAIL: '$s' is in none of ${controls[*]}: the check would not see it" >&2
        status=1
    fi
done
for p in "${shipped[@]}"; do
    names=$(defined "$p")
    [[ -n $names ]] || { echo "FAIL: nm found no symbols in $p (stripped?)" >&2; status=1; continue; }
    for s in "${symbols[@]}"; do
        if found=$(grep -F -- "$s" <<<"$names"); then
            echo "FAIL: $p contains test support:" >&2
            sed 's/^/    /' <<<"$found" | head -5 >&2
            status=1
        fi
    done
done
[[ $status -eq 0 ]] && echo "PASS: none of ${#symbols[@]} test support symbols in ${shipped[*]}"
exit $status
