#!/usr/bin/env python3
"""An asyncio program: many waits at once, in one thread.

asyncio runs its coroutines in a single thread, one at a time, switching at every
await. Four coroutines that each await asyncio.sleep for one second finish in
about one second: the waits overlap, yet the task lanes show a single thread,
blocked most of the time (concurrency without parallelism).
Dansk: async kører alle koroutiner i én tråd; ventetiderne overlapper uden flere tråde.

Usage: python3 asyncio_tasks.py [TASKS]   (default: 4)
"""
import asyncio
import sys
import time

WAIT_S = 1.0  # each coroutine's total wait, in steps
STEPS = 5


async def fetch(name):
    for _ in range(STEPS):
        await asyncio.sleep(WAIT_S / STEPS)
    print(f"{name} done", flush=True)


async def main(n):
    start = time.monotonic()
    await asyncio.gather(*(fetch(f"fetch-{i}") for i in range(n)))
    print(f"{n} waits of {WAIT_S:g} s took {time.monotonic() - start:.2f} s in one thread")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 4))
