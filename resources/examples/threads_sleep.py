#!/usr/bin/env python3
"""Python threads waiting on I/O: their waits overlap.

Each thread "downloads" something by sleeping (time.sleep stands in for waiting
on the network or the disk). A thread that waits lets go of the GIL, so the
others go on meanwhile: four waits of one second each take about one second in
all, not four. On the task lanes the threads are blocked at the same time and
hardly use a core.
Dansk: Tråde der venter på I/O frigiver GIL'en, så deres ventetider overlapper.

Usage: python3 threads_sleep.py [THREADS]   (default: 4)
"""
import sys
import threading
import time

WAIT_S = 1.0  # each thread's total wait, in steps
STEPS = 5


def download(name):
    for _ in range(STEPS):
        time.sleep(WAIT_S / STEPS)
    print(f"{name} done", flush=True)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    start = time.monotonic()
    threads = [threading.Thread(target=download, args=(f"download-{i}",), name=f"download-{i}") for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{n} waits of {WAIT_S:g} s took {time.monotonic() - start:.2f} s together")


if __name__ == "__main__":
    main()
