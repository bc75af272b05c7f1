"""Benchmark: time to a verified answer for each core acceptance example (target: under 2 s each).

Baseline, measured in the same run: SymPy's symbolic Hessian of the same function followed by simplify —
what a person would do by hand in SymPy, without deciding anything. Prints each example's time, the
ratio to its baseline, and whether the 2 s target holds.

    python bench/core.py
"""

from __future__ import annotations

import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))

import sympy as sp  # noqa: E402

from symconvex.analysis import analyze  # noqa: E402
from test_analysis import EXAMPLES  # noqa: E402
from timing import best_of  # noqa: E402

TARGET_SECONDS = 2.0


def main() -> int:
    rows, slow = [], 0
    print(f"{'example':24} {'verdict':12} {'time s':>8} {'baseline s':>11} {'ratio':>7}  target<{TARGET_SECONDS}s")
    for name, f, domain, expected in EXAMPLES:
        variables = sorted(f.free_symbols, key=str)
        seconds = best_of(lambda: analyze(f, None, domain))
        baseline = best_of(lambda: sp.simplify(sp.hessian(f, variables)))
        verdict = analyze(f, None, domain).curvature.value
        ok = seconds < TARGET_SECONDS and verdict == expected.value
        slow += not ok
        rows.append(seconds)
        print(f"{name:24} {verdict:12} {seconds:8.3f} {baseline:11.3f} {seconds / baseline:7.1f}  "
              f"{'ok' if ok else 'MISS'}")
    print(f"median {statistics.median(rows):.3f} s, worst {max(rows):.3f} s, {slow} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
