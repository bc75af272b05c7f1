"""Benchmark: exact certificates for 2-layer ReLU nets with up to 2.1 million weights.

For each (d, k, n) (input width, hidden width, data points; one output, squared loss, biases):

- curv s / mid s: time to find (``symconvex.scale.certify_large``) and verify (``symconvex.check.verify``, its
  own exact forward pass) one certificate refuting convexity, in memory from the dataclass, at both base points:
  *blind* (the default construction: first-layer weights 0, which the checker skips, so its exact pass costs
  far less than a float64 one) and *dense* (random first-layer weights in {-4..3}, every unit active: the exact
  forward pass does all of the n x k x d work a float64 one does; the strict comparison). Above
  ``scale.COMPACT_ABOVE`` parameters the certificate is compact: implicit parameter names (empty ``variables``,
  digest over the empty list) and numpy int8 / int16 coordinate vectors that the fast checker consumes as they
  are (JSON integers in the certificate's JSON); below it, explicit names and tuples of Python ints; the best of
  ``--repeat`` runs after an untimed one;
- float s: the baseline measured in the same run: one float64 numpy forward pass of the loss with a
  Hessian-vector product along a dense direction (Pearlmutter's R-operator: three n x k x d products);
- ratio: (find + verify) / float for the curvature certificate, and for the midpoint certificate;
- backend: what ``check.fastnet.matmul`` uses for the big product X W^T at the dense point (float64 where its
  a-priori bound proves every partial sum an integer below 2^53; f64xN in N signed base-2^s digits; else flint).

Targets (P = 2.1 million weights, n = 32): a certificate found and verified in under 2 s; ratio at most 3 where
the 2^53 bound holds, at most 30 otherwise; time linear in n k (d + 1) (the us/Mnkd column: time per million
units of n k (d + 1), flat once the fixed costs are paid). A second table uses data with 50-bit numerators
(where one float64 product is not exact: the checker's products run in float64 digits); a third block shows where the time goes and
the JSON round trip. Every exact timing starts cold (the checker keeps nothing between checks). The finder reads
the spec with its own exact pass (``symconvex.forward``) and the checker compiles it again with its own (they
share no code); the forced-flint line forces the checker's products onto flint on small-rational data too.

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


def find_and_verify(spec: dict, kind: str, base: str = "dense") -> tuple[float, float]:
    start = time.perf_counter()
    (cert,) = certify_large(spec, kinds=(kind,), refutes=("convex",), base=base)
    found = time.perf_counter()
    assert verify(cert) == "not_convex"
    return found - start, time.perf_counter() - found


def steady(run, repeat: int) -> float:
    """The best of ``repeat`` timed runs after one untimed one (the first run at a new size pays the memory
    allocator's first page faults on its large arrays; the float64 baseline is timed warm as well)."""
    run()
    return min(run() for _ in range(repeat))


def big_backend(spec: dict) -> str:
    net = fastnet.FastNet(spec)
    W = np.full((net.widths[1], net.widths[0]), -4, dtype=np.int8)  # the dense point's largest weights
    plan = fastnet.float_plan(net.X, W.T)
    return "flint" if plan is None else "float64" if plan[2] == 1 else f"f64x{plan[2]}"


def table(title: str, sizes, *, big: bool, repeat: int) -> list[tuple]:
    print(title)
    print(f"{'d':>5} {'k':>5} {'n':>3} {'P':>9} {'n*k*(d+1)':>10} {'backend':>8} {'float s':>8} | dense: "
          f"{'curv s':>7} {'mid s':>7} {'ratio c':>7} {'ratio m':>7} {'us/Mnkd':>7} | blind: {'curv s':>7} "
          f"{'mid s':>7} {'ratio c':>7} {'ratio m':>7}")
    rows = []
    for d, k, n in sizes:
        spec = make_spec(d, k, n, big=big)
        P = k * (d + 2) + 1
        work = n * k * (d + 1)
        t = {(kind, base): steady(lambda: sum(find_and_verify(spec, kind, base)), repeat)
             for base in ("dense", "blind") for kind in ("curvature", "midpoint")}
        flt = float_time(spec, repeat=max(repeat, 3))
        rows.append((d, k, n, P, work, t, flt))
        dc, dm, bc, bm = (t["curvature", "dense"], t["midpoint", "dense"], t["curvature", "blind"],
                          t["midpoint", "blind"])
        print(f"{d:5} {k:5} {n:3} {P:9} {work:10} {big_backend(spec):>8} {flt:8.4f} |        {dc:7.3f} {dm:7.3f} "
              f"{dc / flt:7.1f} {dm / flt:7.1f} {max(dc, dm) / work * 1e12:7.0f} |        {bc:7.3f} {bm:7.3f} "
              f"{bc / flt:7.1f} {bm / flt:7.1f}", flush=True)
    return rows


def verdict(rows, limit: float) -> str:
    """The targets at the largest size of a table: under 2 s, each base's worse ratio at most ``limit``, and time
    growing no faster than the work from the size before."""
    d, k, n, P, work, t, flt = rows[-1]
    worst = max(t.values())
    ratios = {base: max(t["curvature", base], t["midpoint", base]) / flt for base in ("blind", "dense")}
    prev_work, prev_t = rows[-2][4], rows[-2][5]
    grow = max(t[key] / prev_t[key] for key in t)
    return (f"largest ({d}, {k}, {n}), P = {P}: slowest find + verify {worst:.3f} s (target < 2 s: "
            f"{'ok' if worst < 2 else 'MISS'}); ratio (target <= {limit:g}) blind {ratios['blind']:.1f} "
            f"{'ok' if ratios['blind'] <= limit else 'MISS'}, dense {ratios['dense']:.1f} "
            f"{'ok' if ratios['dense'] <= limit else 'MISS'}; from the size before, work x{work / prev_work:.1f}, "
            f"time x{grow:.1f} at most (linear: {'ok' if grow <= work / prev_work else 'MISS'})")


def breakdown(d: int, k: int, n: int) -> None:
    """Where the time goes for the largest net, and the JSON round trip."""
    spec = make_spec(d, k, n)
    t0 = time.perf_counter()
    fastnet.FastNet(spec)
    t1 = time.perf_counter()
    subject_digest((), None, spec, ())
    t2 = time.perf_counter()
    (cert,) = certify_large(spec, kinds=("curvature",), refutes=("convex",), base="dense")
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
    print(f"where the time goes at (d, k, n) = ({d}, {k}, {n}), dense curvature certificate, P = {len(cert.point)}:")
    print(f"  compile the spec (data as integer matrices)  {t1 - t0:7.3f} s")
    print(f"  subject digest (implicit names)              {t2 - t1:7.3f} s")
    print(f"  certify_large (its own reading of the spec)  {t3 - t2:7.3f} s")
    print(f"  checker: compile, parse point + direction    {t4 - t3:7.3f} s")
    print(f"  exact forward pass with jets + pattern       {t5 - t4:7.3f} s")
    print(f"  verify(cert) from the dataclass, total       {t6 - t5:7.3f} s")
    print(f"  JSON: to_json {t7 - t6:.3f} s ({len(text) / 1e6:.1f} MB), from_json {t8 - t7:.3f} s, "
          f"verify after the round trip {t9 - t8:.3f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at (256, 512, 32)")
    parser.add_argument("--repeat", type=int, default=5, help="best of this many cold runs (default 5; the float64 baseline too)")
    args = parser.parse_args(argv)
    sizes = [s for s in SIZES if not args.quick or s[1] <= 512]
    rows = table("small-rational data (k/8): the 2^53 bound holds", sizes, big=False, repeat=args.repeat)
    print()
    big_sizes = [s for s in BIG_DATA_SIZES if not args.quick or s[1] <= 512]
    big_rows = table("50-bit data numerators (x = N / 2^49): the direct 2^53 bound fails", big_sizes, big=True,
                     repeat=args.repeat)
    d, k, n = rows[-1][:3]
    spec = make_spec(d, k, n)
    digits, fastnet.FLOAT_DIGITS = fastnet.FLOAT_DIGITS, 0  # no product has a float64 plan
    try:
        flint_s = sum(find_and_verify(spec, "curvature"))
    finally:
        fastnet.FLOAT_DIGITS = digits
    print(f"  forced flint products at ({d}, {k}, {n}), small-rational data, dense: curvature find + verify "
          f"{flint_s:.3f} s, ratio {flint_s / float_time(spec):.1f}")
    print()
    breakdown(*rows[-1][:3])
    print()
    print("small-rational data: " + verdict(rows, 3))
    print("50-bit data:         " + verdict(big_rows, 30))
    return 0


if __name__ == "__main__":
    sys.exit(main())
