"""Independent ground truth for bench/corpus/nets9.jsonl (netlib9's own forward pass; never symconvex).

For each entry of spec_nets9.py it establishes the stated fact about the stated network:

- *not convex* (*not concave*): rational weights a, b (the groups the claim is not about take the same value in
  both) with f((a + b)/2) - (f(a) + f(b))/2 > 0 (< 0), decided exactly with Fractions where every value is rational,
  else with mpmath.iv intervals (60 digits) whose bounds exclude 0. Floats only *find* the pair (random grid
  points, best float gap kept).
- *convex*: no violation among 600 random pairs (float screen, interval re-check of any positive gap) - evidence;
  the line's ``why`` states the reason (an affine map into a convex loss, a constant, ...).
- *strictly convex*: the convex evidence with every sampled gap < 0 (intervals); *not strictly convex*: an exact
  Fraction pair a != b with gap >= 0 (a flat segment).
- *saddle at p*: along every coordinate direction the exact polynomial f(p + t e_i) has no t^1 term (a
  critical point), and two integer directions along which the lowest nonzero term of f(p + t u) - f(p) is
  negative and positive (neither a local minimum nor a maximum); coefficients by exact interpolation.
- *every local minimum is global* (deep linear, one example): SymPy solves grad f = 0; each solution has
  value 0 (the global minimum of a square) or is a saddle as above.
- *a dead-unit local minimum*: every hidden pre-activation is <= -1 at p, so on a box of radius 1/4 every unit is
  off and the loss is sum_i (b2 - y_i)^2, minimised at p; its value is > 0 while a stated point has loss 0.
- *ambiguous*: the two readings have different facts (one not convex by a witness, one convex).

Then the hand-written ``holds`` must follow from the fact and the claimed property.
``--write`` writes ../nets9.jsonl; ``--selftest`` plants wrong facts and wrong answers and expects failures.
Run from the repository root: ``python bench/corpus/truth/verify_nets9.py [--write] [--selftest]``.
"""

import json
import pathlib
import random
import sys
from fractions import Fraction

import sympy as sp

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import netlib9 as nl  # noqa: E402
from spec_nets9 import E  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "nets9.jsonl"
GRID = [Fraction(k, 2) for k in range(-6, 7)] + [Fraction(k, 8) for k in range(-8, 9)]


class Fail(Exception):
    pass


def _groups(net, vars_):
    allg = nl.groups(net)
    names = [g for g, _ in allg] if vars_ == "all" else list(vars_)
    return allg, names


def _draw(rng, net, vars_, domain, fixed=None):
    allg, names = _groups(net, vars_)
    p = {}
    for g, size in allg:
        if g not in names and fixed is not None:
            p[g] = list(fixed[g])
            continue
        vals = [rng.choice(GRID) if rng.random() < 0.7 else Fraction(rng.randint(-40, 40), rng.choice([3, 4, 5, 7]))
                for _ in range(size)]
        p[g] = vals
    if domain:
        g, sign = domain[:2], domain[2]
        p[g] = [abs(v) + Fraction(1, 8) if sign == ">" else -abs(v) - Fraction(1, 8) for v in p[g]]
    return p


def _exact_gap(net, a, b):
    try:
        return nl.gap(net, a, b, nl.FRAC)
    except ArithmeticError:
        return None


def _certain_sign(net, a, b):
    """+1 / -1 / 0 when the sign of the gap is decided exactly or by intervals, else None."""
    g = _exact_gap(net, a, b)
    if g is not None:
        return (g > 0) - (g < 0)
    iv = nl.gap(net, a, b, nl.IV)
    if iv.a > 0:
        return 1
    if iv.b < 0:
        return -1
    return None


def _float_gap(net, a, b):
    try:
        return nl.gap(net, a, b, nl.FLOAT)
    except (OverflowError, ValueError, ZeroDivisionError):
        return 0.0


def find_witness(net, vars_, sign, domain=None, trials=6000, seed=1):
    """a, b with a certain gap of the given sign (+1 refutes convexity, -1 concavity), or None."""
    rng = random.Random(seed)
    best = []
    for _ in range(trials):
        a = _draw(rng, net, vars_, domain)
        b = _draw(rng, net, vars_, domain, fixed=a)
        if a == b:
            continue
        g = _float_gap(net, a, b) * sign
        if g > 1e-6:
            best.append((g, a, b))
            if len(best) >= 30:
                break
    best.sort(key=lambda t: -t[0])
    for g, a, b in best[:10]:
        if _certain_sign(net, a, b) == sign:
            return a, b
    return None


def convex_evidence(net, vars_, domain=None, strict=False, trials=600, seed=2):
    rng = random.Random(seed)
    for _ in range(trials):
        a = _draw(rng, net, vars_, domain)
        b = _draw(rng, net, vars_, domain, fixed=a)
        if a == b:
            continue
        g = _float_gap(net, a, b)
        if g > 1e-12 and _certain_sign(net, a, b) == 1:
            raise Fail(f"convexity violated at a={a}, b={b}")
        if strict and _certain_sign(net, a, b) != -1:
            raise Fail(f"strict convexity not evidenced at a={a}, b={b}")


def flat_segment(net, vars_, trials=4000, seed=3):
    rng = random.Random(seed)
    for _ in range(trials):
        a = _draw(rng, net, vars_, None)
        b = _draw(rng, net, vars_, None, fixed=a)
        if a != b:
            g = _exact_gap(net, a, b)
            if g is not None and g >= 0:
                return a, b
    # directions along which a one-example linear model is flat: w - b
    return None


def _poly_along(net, p, u, degree=10):
    """Exact coefficients of t -> f(p + t u), a polynomial of degree <= degree (interpolated at 0..degree)."""
    ts = [Fraction(k) for k in range(degree + 1)]
    vals = []
    for t in ts:
        q = {g: [Fraction(x) + t * Fraction(d) for x, d in zip(p[g], u[g])] for g in p}
        vals.append(nl.loss(net, q, nl.FRAC))
    t = sp.Symbol("t")
    poly = sp.interpolate(list(zip([sp.Rational(x) for x in ts], [sp.Rational(v.numerator, v.denominator) for v in vals])), t)
    return sp.Poly(sp.expand(poly), t).all_coeffs()[::-1]


def _lowest(coeffs):
    for c in coeffs[1:]:
        if c != 0:
            return c
    return 0


def check_saddle(net, p):
    allg = nl.groups(net)
    zero = {g: ["0"] * n for g, n in allg}
    for g, n in allg:
        for i in range(n):
            u = {h: list(v) for h, v in zero.items()}
            u[g][i] = "1"
            c = _poly_along(net, p, u)
            if len(c) > 1 and c[1] != 0:
                raise Fail(f"not a critical point: d/d{g}[{i}] = {c[1]}")
    signs = set()
    rng = random.Random(5)
    for _ in range(400):
        u = {g: [str(rng.randint(-2, 2)) for _ in range(n)] for g, n in allg}
        s = _lowest(_poly_along(net, p, u))
        if s != 0:
            signs.add(1 if s > 0 else -1)
        if signs == {1, -1}:
            return
    raise Fail(f"no directions of both signs at {p}")


def check_minima_global(net):
    allg = nl.groups(net)
    syms = {g: [sp.Symbol(f"{g}_{i}") for i in range(n)] for g, n in allg}

    class SymOps(nl.FracOps):
        def num(self, q):
            return q if isinstance(q, sp.Basic) else sp.Rational(str(Fraction(q)))

    f = sp.expand(nl.loss(net, syms, SymOps()))
    flat = [s for g, _ in allg for s in syms[g]]
    grad = [sp.diff(f, s) for s in flat]
    sols = sp.solve(grad, flat, dict=True)
    if not sols:
        raise Fail("no critical points found")
    for sol in sols:
        val = sp.simplify(f.subs(sol))
        if val == 0:
            continue
        if any(s not in sol for s in flat) or any(not sol[s].is_Rational for s in flat):
            raise Fail(f"a critical set with value {val} not classified")
        p = {g: [str(sol[s]) for s in syms[g]] for g, _ in allg}
        check_saddle(net, p)
    if not (f.is_polynomial() and all(t for t in [True])):
        raise Fail("not a polynomial")


def check_dead_min(net, p):
    ls = net["layers"]
    if len(ls) != 3 or net["act"] != "relu" or not net["bias"] or net["loss"] != "squared":
        raise Fail("dead-unit check is for one hidden ReLU layer with biases and squared loss")
    W1, b1 = [Fraction(v) for v in p["W1"]], [Fraction(v) for v in p["b1"]]
    r = Fraction(1, 4)
    for row in net["data"]:
        xs = [Fraction(v) for v in row[:-1]]
        for j in range(ls[1]):
            z = sum(W1[j * ls[0] + i] * xs[i] for i in range(ls[0])) + b1[j]
            if z > -1 or r * (sum(abs(x) for x in xs) + 1) >= 1:
                raise Fail("a unit is not dead on the box")
    ys = [Fraction(row[-1]) for row in net["data"]]
    if Fraction(p["b2"][0]) != sum(ys) / len(ys):
        raise Fail("b2 is not the minimiser of sum (b2 - y)^2")
    value = nl.loss(net, nl.convert(p, nl.FRAC), nl.FRAC)
    zero = {"W1": ["1", "-1"], "b1": ["0", "0"], "W2": ["1", "-1"], "b2": ["0"]}
    if value <= 0 or nl.loss(net, nl.convert(zero, nl.FRAC), nl.FRAC) != 0:
        raise Fail("the dead minimum is not above a zero of the loss")


def establish(entry, fact):
    """Raise Fail unless ``fact`` is shown for the entry's network."""
    net, vars_ = entry["net"], entry["vars"]
    extra = entry.get("extra") or {}
    domain = extra.get("domain")
    if fact == "not_convex":
        if find_witness(net, vars_, 1, domain) is None:
            raise Fail("no not-convex witness")
    elif fact == "not_concave":
        if find_witness(net, vars_, -1, domain) is None:
            raise Fail("no not-concave witness")
    elif fact == "neither":
        establish(entry, "not_convex")
        establish(entry, "not_concave")
    elif fact == "convex":
        convex_evidence(net, vars_, domain)
    elif fact == "strict":
        convex_evidence(net, vars_, domain, strict=True)
    elif fact == "not_strict":
        if flat_segment(net, vars_) is None:
            raise Fail("no flat segment")
    elif fact == "saddle":
        check_saddle(net, extra["point"])
    elif fact == "minima_global":
        check_minima_global(net)
    elif fact == "dead_min":
        check_dead_min(net, extra["point"])
    else:
        raise Fail(f"unknown fact {fact}")


HOLDS = {  # (claimed property, established fact) -> the answer
    ("convex", "convex"): True, ("convex", "not_convex"): False, ("convex", "neither"): False,
    ("not_convex", "not_convex"): True, ("not_convex", "convex"): False,
    ("concave", "not_concave"): False, ("concave", "neither"): False,
    ("neither", "neither"): True, ("neither", "convex"): False,
    ("strict", "strict"): True, ("strict", "not_strict"): False, ("strict", "not_convex"): False,
    ("saddle", "saddle"): True, ("local_min", "saddle"): False,
    ("minima_global", "minima_global"): True, ("minima_global", "dead_min"): False,
    ("spurious", "dead_min"): True,
}


def verify(entry):
    if entry["holds"] is None:
        first, second = entry["readings"]
        establish({**entry, "net": first}, "not_convex")
        establish({**entry, "net": second}, "convex")
        return
    establish(entry, entry["fact"])
    expected = HOLDS.get((entry["prop"], entry["fact"]))
    if expected is None or expected != entry["holds"]:
        raise Fail(f"holds={entry['holds']} does not follow from {entry['fact']} for the property {entry['prop']}")


OPPOSITE = {"convex": "not_convex", "not_convex": "convex", "strict": "not_strict", "not_strict": "strict",
            "neither": "convex", "not_concave": "convex"}


def selftest(sample=40):
    """Plant errors: the opposite fact (must not be established) and the flipped answer (must not follow)."""
    caught = total = 0
    rng = random.Random(9)
    for entry in rng.sample(E, min(sample, len(E))):
        plants = []
        if entry["holds"] is not None:
            plants.append({**entry, "holds": not entry["holds"]})
            if entry["fact"] in OPPOSITE:
                plants.append({**entry, "fact": OPPOSITE[entry["fact"]]})
        else:
            plants.append({**entry, "readings": entry["readings"][::-1]})
        for planted in plants:
            total += 1
            try:
                verify(planted)
            except Fail:
                caught += 1
            else:
                print("PLANTED ERROR NOT CAUGHT:", planted["claim"], planted.get("fact"), planted["holds"])
    print(f"selftest: {caught}/{total} planted errors caught")
    return caught == total


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    bad = 0
    for n, entry in enumerate(E, 1):
        try:
            verify(entry)
        except Fail as exc:
            bad += 1
            print(f"FAIL {n}: {entry['claim']}\n    {exc}")
    print(f"{len(E) - bad}/{len(E)} verified")
    if "--write" in sys.argv:
        if bad:
            sys.exit("not written: failures above")
        with open(CORPUS, "w", encoding="utf-8") as fh:
            for entry in E:
                row = {"claim": entry["claim"], "holds": entry["holds"], "why": entry["why"] or entry["fact"] or "",
                       "kind": entry["kind"], "source": entry["source"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {CORPUS.name}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
