#!/usr/bin/env python3
"""Lists every skipped test function with its reason, from the JUnit XML each Qt Test writes.

A QSKIP counts as a pass in ctest, and --output-on-failure hides its message, so a path that
silently stopped working would pass as a row of skips. The test stage ends with this list.

Usage: list_skipped_tests.py RESULTS_DIR [--since EPOCH_SECONDS]
Files older than --since (left from an earlier run) are ignored. Always exits 0: whether a skip
is a failure is decided by the test itself (e.g. SAMTIDIG_REQUIRE_KERNEL_SOURCE=1)."""
import os
import sys
import xml.etree.ElementTree as ET


def skipped_in(path):
    """(test function, reason) for every skipped test case in one JUnit XML file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [(os.path.basename(path), f"results file unreadable ({e}); did the test crash?")]
    found = []
    for case in root.iter("testcase"):
        skip = case.find("skipped")
        if skip is not None:
            found.append((f"{case.get('classname')}::{case.get('name')}", skip.get("message", "")))
    return found


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = argv[1]
    since = float(argv[argv.index("--since") + 1]) if "--since" in argv else 0.0
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xml")) \
        if os.path.isdir(folder) else []
    files = [f for f in files if os.path.getmtime(f) >= since]
    skipped = [s for f in files for s in skipped_in(f)]
    print(f"Skipped test functions ({len(skipped)}, from {len(files)} test results in {folder}):")
    for name, reason in skipped:
        print(f"  SKIP {name}: {reason}")
    if not skipped:
        print("  none")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
