#!/usr/bin/env python3
"""Python threads doing CPU work: they take turns, they do not run in parallel.

Each thread counts to the same number. In CPython only the thread that holds the
Global Interpreter Lock (the GIL) runs Python code, so however many threads there
are, at most one core does the counting at any moment: on the core lanes the
threads hand the work to each other, and on the task lanes a thread that does
not run is blocked (waiting for the GIL), even when a core is free. The run takes
as long as doing all the counting in one thread.
Dansk: Python-tråde med CPU-arbejde skiftes til at køre (GIL'en): højst én kerne ad gangen.

Compare with processes_cpu.py, which does the same work in processes.
Usage: python3 threads_cpu.py [WORKERS]   (default: one per core)
"""
import os
import sys
import threading

WORK = 20_000_000  # additions per worker: about half a second of work each


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else max(2, os.cpu_count() or 2)
    threads = [threading.Thread(target=count, args=(WORK,), name=f"worker-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{workers} threads counted to {WORK:,} each")


if __name__ == "__main__":
    main()
