r"""Latency of ``check_claim`` over the CLAIMS.md examples (import time excluded).

    /tmp/venv/bin/python bench/claims.py [--repeat 3]

Prints one line per claim (best time of the repeats, the answer) and then the median and the worst latency.
Target: median < 1 s (printed, not asserted).
"""

from __future__ import annotations

import argparse
import statistics
import time

from symconvex.claims import check_claim

CLAIMS = [
    r"$f(x,y) = xy$ is convex",
    r"The function $f(x, y) = x^2 y^2$ is not convex.",
    r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$",
    r"$\max(0, x)$ is convex",
    r"$f(x) = x^3$ is convex for $x \ge 0$",
    r"$\frac{x^2}{y}$ is convex on $y > 0$",
    r"$\log(1 + e^{-(w_1 + 2 w_2)})$ is convex in $w_1, w_2$",
    r"$L(a, b) = \frac{1}{2}(a b - 1)^2$ is convex",
    r"$(1 - \rho(w_1 \rho(w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$",
    r"$\log(e^{x} + e^{y})$ is convex",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    check_claim(CLAIMS[0], timeout=args.timeout)   # warm-up: lazy imports (latex2sympy2, antlr) excluded
    times = []
    for text in CLAIMS:
        best, answer = float("inf"), None
        for _ in range(max(args.repeat, 1)):
            start = time.perf_counter()
            result = check_claim(text, timeout=args.timeout)
            best = min(best, time.perf_counter() - start)
            answer = result.holds
        times.append(best)
        print(f"{best * 1000:9.1f} ms  holds={str(answer):5}  {text[:70]}")
    median, worst = statistics.median(times), max(times)
    print(f"median {median * 1000:.1f} ms, worst {worst * 1000:.1f} ms over {len(CLAIMS)} claims "
          f"(target: median < 1000 ms: {'met' if median < 1 else 'NOT met'})")


if __name__ == "__main__":
    main()
