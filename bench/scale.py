"""Benchmark: exact certificates for 2-layer ReLU nets with up to 2.1 million weights.

For each (d, k, n) (input width, hidden width, data points; one output, squared loss, biases):

- curv s / mid s: time to find (``symconvex.scale.certify_large``) and verify (``symconvex.check.verify``, its
  own exact forward pass) one certificate refuting convexity, in memory from the dataclass. Above
  ``scale.COMPACT_ABOVE`` parameters the certificate is compact: implicit parameter names (empty ``variables``,
  digest over the empty list) and numpy int8 coordinate vectors that the fast checker consumes as they are (JSON
  integers in the certificate's JSON); below it, explicit names and tuples of Python ints; cold caches in every
  timing;
- float s: the baseline measured in the same run: one float64 numpy forward pass of the loss with a
  Hessian-vector product along a dense direction (Pearlmutter's R-operator: three n x k x d products);
- ratio: (find + verify) / float for the curvature certificate, and for the midpoint certificate;
- backend: what ``check.fastnet.matmul`` used for the big product (float64 exact, float64 in limbs, flint).

Targets (P = 2.1 million weights, n = 32): a certificate found and verified in under 2 s; ratio at most 3 where
the 2^53 bound holds, at most 30 otherwise; time linear in n k (d + 1). A second table uses data with 50-bit
numerators (where the direct 2^53 bound fails); a third block shows where the time goes and the JSON round trip.

    python bench/scale.py            # up to (1024, 2048, 32)
    python bench/scale.py --quick    # up to (256, 512, 32)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from fractions import Fraction

import numpy as np

from symconvex.certificates import from_json, rational_to_str, subject_digest
from symconvex.check import fastnet, verify
from symconvex.scale import certify_large
from timing import best_of

SIZES = [(1, 2, 2), (4, 8, 4), (16, 32, 8), (64, 128, 16), (128, 256, 32), (256, 512, 32), (512, 1024, 32),
         (1024, 2048, 32)]
BIG_DATA_SIZES = [(64, 128, 16), (256, 512, 32), (1024, 2048, 32)]


def make_spec(d: int, k: int, n: int, *, big: bool = False, seed: int = 0) -> dict:
    rng = random.Random(seed)
    if big:  # float-like data: 50-bit numerators over 2^49
        x = lambda: rational_to_str(Fraction(rng.randint(-(2 ** 50), 2 ** 50), 2 ** 49))
    else:
        x = lambda: rational_to_str(Fraction(rng.randint(-8, 8), 8))
    return {"layers": [d, k, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
            "inputs": [[x() for _ in range(d)] for _ in range(n)],
            "targets": [[rational_to_str(Fraction(rng.randint(-4, 4), 2))] for _ in range(n)]}


def float_forward_hvp(X, y, W1, b1, W2, b2, dW1, db1, dW2, db2):
    """Loss and H v for a 2-layer ReLU net with squared loss, in float64 (forward + R-operator backward)."""
    Z = X @ W1.T + b1
    A = Z > 0
    H = Z * A
    r = H @ W2.T + b2 - y
    loss = 0.5 * float((r * r).sum())
    dH = (X @ dW1.T + db1) * A
    dout = dH @ W2.T + H @ dW2.T + db2
    d_gZ = (dout @ W2 + r @ dW2) * A
    return loss, (d_gZ.T @ X, d_gZ.sum(0), dout.T @ H + r.T @ dH, dout.sum(0))


def float_time(spec: dict, repeat: int = 3) -> float:
    rng = np.random.default_rng(1)
    d, k = spec["layers"][0], spec["layers"][1]
    X = np.array([[float(Fraction(v)) for v in row] for row in spec["inputs"]])
    y = np.array([[float(Fraction(v)) for v in row] for row in spec["targets"]])
    args = [X, y, rng.standard_normal((k, d)), rng.standard_normal(k), rng.standard_normal((1, k)),
            rng.standard_normal(1), rng.standard_normal((k, d)), rng.standard_normal(k),
            rng.standard_normal((1, k)), rng.standard_normal(1)]
    return best_of(lambda: float_forward_hvp(*args), repeat)


def cold_caches() -> None:
    fastnet._names.cache_clear()
    fastnet._names_hash.cache_clear()
    fastnet.forget_compiled()


def find_and_verify(spec: dict, kind: str) -> tuple[float, float]:
    cold_caches()
    start = time.perf_counter()
    (cert,) = certify_large(spec, kinds=(kind,), refutes=("convex",))
    found = time.perf_counter()
    assert verify(cert) == "not_convex"
    return found - start, time.perf_counter() - found


def big_backend(spec: dict) -> str:
    net = fastnet.FastNet(spec)
    W = np.ones((net.widths[1], net.widths[0]), dtype=np.int64) * 4
    plan = fastnet.float_plan(net.X, W.T)
    if plan is None:
        return fastnet.choose_backend(net.X, W.T)
    return "float64" if plan[0] == "direct" else f"f64x{plan[1]}"


def table(title: str, sizes, *, big: bool, repeat: int) -> list[tuple]:
    print(title)
    print(f"{'d':>5} {'k':>5} {'n':>3} {'P':>9} {'n*k*(d+1)':>10} {'backend':>8} {'curv s':>8} {'mid s':>8} "
          f"{'float s':>8} {'ratio c':>8} {'ratio m':>8} {'us/Mnkd':>8}")
    rows = []
    for d, k, n in sizes:
        spec = make_spec(d, k, n, big=big)
        P = k * (d + 2) + 1
        work = n * k * (d + 1)
        curv = min((sum(find_and_verify(spec, "curvature")) for _ in range(repeat)))
        mid = min((sum(find_and_verify(spec, "midpoint")) for _ in range(repeat)))
        flt = float_time(spec, repeat=max(repeat, 3))
        rows.append((d, k, n, P, work, curv, mid, flt))
        print(f"{d:5} {k:5} {n:3} {P:9} {work:10} {big_backend(spec):>8} {curv:8.3f} {mid:8.3f} {flt:8.4f} "
              f"{curv / flt:8.1f} {mid / flt:8.1f} {curv / work * 1e12:8.0f}", flush=True)
    return rows


def breakdown(d: int, k: int, n: int) -> None:
    """Where the time goes for the largest net, and the JSON round trip."""
    spec = make_spec(d, k, n)
    cold_caches()
    t0 = time.perf_counter()
    fastnet.FastNet(spec)
    t1 = time.perf_counter()
    subject_digest((), None, spec, ())
    t2 = time.perf_counter()
    (cert,) = certify_large(spec, kinds=("curvature",), refutes=("convex",))
    t3 = time.perf_counter()
    net = fastnet.FastNet(spec)
    p = net.vector(cert.point, "point")
    u = net.vector(cert.direction, "direction")
    t4 = time.perf_counter()
    net.curvature(p, u)
    t5 = time.perf_counter()
    verify(cert)
    t6 = time.perf_counter()
    text = cert.to_json()
    t7 = time.perf_counter()
    again = from_json(text)
    t8 = time.perf_counter()
    assert verify(again) == "not_convex"
    t9 = time.perf_counter()
    print(f"where the time goes at (d, k, n) = ({d}, {k}, {n}), curvature certificate, P = {len(cert.point)}:")
    print(f"  compile the spec (data as integer matrices)  {t1 - t0:7.3f} s")
    print(f"  subject digest (implicit names)              {t2 - t1:7.3f} s")
    print(f"  certify_large (warm caches)                  {t3 - t2:7.3f} s")
    print(f"  parse point + direction (int8 arrays, as is) {t4 - t3:7.3f} s")
    print(f"  exact forward pass with jets + pattern       {t5 - t4:7.3f} s")
    print(f"  verify(cert) from the dataclass, total       {t6 - t5:7.3f} s")
    print(f"  JSON: to_json {t7 - t6:.3f} s ({len(text) / 1e6:.1f} MB), from_json {t8 - t7:.3f} s, "
          f"verify after the round trip {t9 - t8:.3f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at (256, 512, 32)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    sizes = [s for s in SIZES if not args.quick or s[1] <= 512]
    rows = table("small-rational data (k/8): the 2^53 bound holds", sizes, big=False, repeat=args.repeat)
    print()
    big_sizes = [s for s in BIG_DATA_SIZES if not args.quick or s[1] <= 512]
    table("50-bit data numerators (x = N / 2^49): the direct 2^53 bound fails", big_sizes, big=True,
          repeat=args.repeat)
    d, k, n = big_sizes[-1]
    spec = make_spec(d, k, n, big=True)
    with fastnet.use_backend("flint"):
        flint_s = sum(find_and_verify(spec, "curvature"))
    print(f"  forced flint backend at ({d}, {k}, {n}): curvature find + verify {flint_s:.3f} s, "
          f"ratio {flint_s / float_time(spec):.1f}")
    print()
    d, k, n, P, work, curv, mid, flt = rows[-1]
    breakdown(d, k, n)
    print()
    print(f"largest: P = {P}, curvature {curv:.3f} s, midpoint {mid:.3f} s (target < 2 s end to end: "
          f"{'ok' if max(curv, mid) < 2 else 'MISS'}); ratio {curv / flt:.1f} / {mid / flt:.1f} (target <= 3: "
          f"{'ok' if max(curv, mid) / flt <= 3 else 'MISS'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
