"""Benchmark: certifying the ⌊n/d⌋ᵈ local minima of the Auer–Herbster–Warmuth neuron against finding them.

For each (n, d), on the network ``auer.auer_network(n, d)``:

- find s: the float finder (``auer.find_auer_minima``: batched damped Newton from the grid 0, ±10^k);
- certify s: ``minima.certify_minima`` on the candidates (40-digit Newton, one box each, the checker's
  acceptance of every box and of the count: the finder calls the checker, so this includes it);
- check s: ``check.verify`` alone on the count certificate's JSON (the re-check a reader runs);
- per box: (check s) / (number of minima);
- found / certified / predicted: the counts.

    python bench/auer.py            # (3, 1), (6, 2), (9, 3), (8, 4)
    python bench/auer.py --quick    # (3, 1), (6, 2)
"""

from __future__ import annotations

import argparse
import time

from symconvex.auer import auer_network, find_auer_minima, predicted_count
from symconvex.check import verify
from symconvex.minima import certify_minima


def _timed(run):
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="(3, 1) and (6, 2) only")
    args = parser.parse_args(argv)
    sizes = [(3, 1), (6, 2)] if args.quick else [(3, 1), (6, 2), (9, 3), (8, 4)]
    print(f"{'n':>3} {'d':>2} {'found':>6} {'certified':>9} {'predicted':>9} {'find s':>8} {'certify s':>9} "
          f"{'check s':>8} {'per box':>8}")
    for n, d in sizes:
        net = auer_network(n, d)
        find_s, found = _timed(lambda: find_auer_minima(net))
        certify_s, cert = _timed(lambda: certify_minima(net.loss, list(net.params), found, network=net))
        text = cert.to_json() if cert is not None else None
        check_s, _ = _timed(lambda: verify(text)) if text else (float("nan"), None)
        count = cert.count if cert is not None else 0
        print(f"{n:>3} {d:>2} {len(found):>6} {count:>9} {predicted_count(n, d):>9} {find_s:>8.2f} {certify_s:>9.2f} "
              f"{check_s:>8.3f} {check_s / max(count, 1):>8.4f}")


if __name__ == "__main__":
    main()
