"""Benchmark: certifying a Safran–Shamir spurious local minimum against finding it with float64 gradient descent.

For k = 6 and k = 7 (d = k, V = I) and the stored candidates (``symconvex/data/safran_shamir.json``):

- gd s: float64 gradient descent for the one run that found the candidate (``safran_shamir.descend_one``: the
  same start, the same 8000 steps of size 0.1, numpy, one start only);
- find s: ``safran_shamir.certify`` from the candidate's float point: Newton refinement in 40 digits, the box, the
  tight Hessian bound and the checker's acceptance (the finder calls the checker, so this includes it);
- check s: ``check.verify`` alone on the certificate's JSON (the independent re-check a reader runs);
- ratio: (find s) / (gd s) and (check s) / (gd s);
- F interval: the certified enclosure of F on the box, and its width; λ > t: the certified Hessian bound.

    python bench/landscape.py            # k = 6 and 7, best of 3
    python bench/landscape.py --quick    # k = 6, one run
"""

from __future__ import annotations

import argparse
import time
from fractions import Fraction

from symconvex import safran_shamir as ss
from symconvex.check import report_minimum, verify


def _best(run, repeat: int):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = run()
        times.append(time.perf_counter() - start)
    return min(times), value


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="k = 6 only, one run")
    args = parser.parse_args(argv)
    ks, repeat = ((6,), 1) if args.quick else ((6, 7), 3)
    print(f"{'k':>2} {'gd s':>7} {'find s':>7} {'check s':>8} {'find/gd':>8} {'check/gd':>9}  "
          f"{'F interval':<40} {'width':>8} {'lambda >':>9}")
    for k in ks:
        c = ss.candidates(k)[0]
        gd, _ = _best(lambda: ss.descend_one(k, c["seed"], c["index"], steps=c["steps"]), repeat)
        find, cert = _best(lambda: ss.certify(k, point=c["W"]), repeat)
        text = cert.to_json()
        check, statement = _best(lambda: verify(text), repeat)
        assert statement == "spurious_local_minimum"
        lo, hi = report_minimum(cert).value
        print(f"{k:>2} {gd:>7.3f} {find:>7.3f} {check:>8.3f} {find / gd:>8.2f} {check / gd:>9.2f}  "
              f"[{float(lo):.16f}, {float(hi):.16f}] {float(hi - lo):>8.1e} "
              f"{float(Fraction(cert.hessian_bound)):>9.3e}")


if __name__ == "__main__":
    main()
