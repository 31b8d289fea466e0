#!/usr/bin/env python3
"""The same CPU work as threads_cpu.py, in processes: they run in parallel.

multiprocessing starts a new Python process per worker. Every process has its
own interpreter and its own GIL, so the workers count at the same time, one on
each core: on the core lanes all cores are busy together, and the run takes
about as long as one worker's share. A worker that does not run is never blocked,
only ready (waiting for a free core, when other programs use them).
Dansk: Processer har hver deres GIL, så de kører parallelt på alle kerner.

Usage: python3 processes_cpu.py [WORKERS]   (default: one per core)
"""
import multiprocessing
import os
import sys

WORK = 20_000_000  # additions per worker, as in threads_cpu.py


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else max(2, os.cpu_count() or 2)
    processes = [multiprocessing.Process(target=count, args=(WORK,), name=f"worker-{i}") for i in range(workers)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f"{workers} processes counted to {WORK:,} each")


if __name__ == "__main__":
    main()
