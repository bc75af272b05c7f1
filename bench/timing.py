"""Shared by the benchmarks: the best wall-clock time of repeated runs (the least disturbed one)."""

import time


def best_of(fn, repeat: int = 3) -> float:
    """The smallest wall-clock time, in seconds, of ``repeat`` calls of ``fn()``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best
