"""Independent ground truth for bench/corpus/nets11.jsonl (never symconvex: netlib9's forward pass, SymPy).

Each entry of spec_nets11.py carries its evidence (see that module's docstring):

- a network (``net``) with a fact: verify_nets9.establish (exact or interval midpoint witnesses over the groups in
  ``vars``, the other groups fixed at random values shared by both points; convex evidence over 600 pairs; exact
  flat segments; exact saddle tests);
- formula witnesses: verify_nets10's ``Mid`` / ``Dd`` / ``Quad`` / ``Dcp`` / ``Crit`` / ``Ident``, and ``NC`` / ``NV``:
  a float search over rational pairs proposes a midpoint pair, whose gap sign is decided exactly (rationals) or at
  60 digits with a 1e-40 margin (verify_nets10.sign_of);
- named theorems (``extra["theorem"]``) with their computational part (a symbolic identity, or convex evidence on
  400 random pairs where the mathematics is a one-line argument in ``why``);
- ambiguous lines: the first reading refuted (not convex), the second proved convex (a different fact).

Then ``holds`` must follow from the facts and the claimed property. ``--write`` writes ../nets11.jsonl;
``--selftest`` flips answers and planted facts and expects every one to be caught.
Run from the repository root: ``python bench/corpus/truth/verify_nets11.py [--write] [--selftest]``.
"""

import json
import math
import pathlib
import random
import sys
from fractions import Fraction

import sympy as sp

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import verify_nets9 as v9  # noqa: E402
import verify_nets10 as v10  # noqa: E402
from spec_nets11 import E, NC, T  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "nets11.jsonl"
GRID = [Fraction(k, 2) for k in range(-8, 9)] + [Fraction(k, 4) for k in range(-8, 9)] + [Fraction(k) for k in (-5, 5, 6, -6)]


class Fail(Exception):
    pass


def _lambdify(f, vs):
    g = sp.lambdify(vs, f, modules=[{"Max": max, "Min": min}, "math"])

    def call(p):
        try:
            return float(g(*[float(q) for q in p]))
        except (OverflowError, ValueError, ZeroDivisionError):
            return float("nan")
    return call


def _gap_exact(f, vs, a, b):
    m = [(x + y) / 2 for x, y in zip(a, b)]
    vals = [v10.at(f, vs, [sp.Rational(q.numerator, q.denominator) for q in p]) for p in (m, a, b)]
    return vals[0] - (vals[1] + vals[2]) / 2


def find_midpoint(f, vs, sense, trials=5000, seed=11):
    """Rational a, b with sign(f(m) - (f(a) + f(b))/2) == sense, decided exactly / at 60 digits."""
    rng = random.Random(seed)
    fl = _lambdify(f, vs)
    cands = []
    for _ in range(trials):
        a = [rng.choice(GRID) for _ in vs]
        b = [rng.choice(GRID) for _ in vs]
        if a == b:
            continue
        m = [(x + y) / 2 for x, y in zip(a, b)]
        g = (fl(m) - (fl(a) + fl(b)) / 2) * sense
        if g == g and g > 1e-6:
            cands.append((g, a, b))
    cands.sort(key=lambda t: -t[0])
    for _, a, b in cands[:8]:
        try:
            if v10.sign_of(_gap_exact(f, vs, a, b)) == sense:
                return a, b
        except AssertionError:
            continue
    raise Fail(f"no midpoint witness (sense {sense}) for {f}")


def convex_evidence(f, vs, sampler, trials=400, seed=12):
    """No certain violation of convexity among random pairs drawn by ``sampler`` (evidence, not proof)."""
    rng = random.Random(seed)
    fl = _lambdify(f, vs)
    for _ in range(trials):
        a, b = sampler(rng), sampler(rng)
        m = [(x + y) / 2 for x, y in zip(a, b)]
        g = fl(m) - (fl(a) + fl(b)) / 2
        if g > 1e-9:
            try:
                if v10.sign_of(_gap_exact(f, vs, a, b)) > 0:
                    raise Fail(f"convexity violated at {a}, {b}")
            except AssertionError:
                pass


def _box(lo, hi, n):
    return lambda rng: [Fraction(rng.randint(int(lo * 8), int(hi * 8)), 8) for _ in range(n)]


w, v, b, c, lam = sp.symbols("w v b c lam", real=True)
w1, w2 = sp.symbols("w1 w2", real=True)
x, y = sp.symbols("x y", real=True)


def _relu(e):
    return sp.Max(0, e)


def _spl(e):
    return sp.log(1 + sp.exp(e))


def theorem(spec):
    """The facts a named theorem gives, after its computational check."""
    name = spec[0]
    if name == "poly_convex":
        f, vs = spec[1], spec[2]
        d2 = sp.Poly(sp.diff(f, vs[0], 2), vs[0])
        if not all(co >= 0 and k[0] % 2 == 0 for k, co in zip(d2.monoms(), d2.coeffs())):
            raise Fail("f'' is not a nonnegative even polynomial")
        return {"convex"}
    if name == "dcp":
        return v10.Dcp(spec[1], spec[2]).proves()
    if name == "decay_never_convex":
        t = sp.Symbol("t", real=True)
        f = (v * w - 1) ** 2 + lam * (v ** 2 + w ** 2)
        H = sp.hessian(f, (v, w)).subs({v: t, w: t})
        q = sp.expand((sp.Matrix([[1, -1]]) * H * sp.Matrix([1, -1]))[0])
        if sp.simplify(q - 4 * (lam + 1 - t ** 2)) != 0 or sp.simplify(q.subs(t, sp.sqrt(lam + 2)) + 4) != 0:
            raise Fail("decay identity")
        return {"not_convex"}
    if name == "ridge_1d":
        f = (w * x - y) ** 2 / 2 + lam * w ** 2 / 2
        if sp.simplify(sp.diff(f, w, 2) - (x ** 2 + lam)) != 0:
            raise Fail("ridge f''")
        return {"convex", "strictly_convex"}
    if name == "ridge_data":
        f = (w - 2) ** 2 + (2 * w - 1) ** 2 + lam * w ** 2
        if sp.simplify(sp.diff(f, w, 2) - (10 + 2 * lam)) != 0:
            raise Fail("ridge data f''")
        return {"convex", "strictly_convex"}
    if name == "abs_affine":
        inner = 2 * w + b - 1
        if sp.hessian(inner, (w, b)) != sp.zeros(2, 2):
            raise Fail("not affine")
        convex_evidence(sp.Abs(inner), (w, b), _box(-4, 4, 2))
        return {"convex"}
    if name == "maxout_pos":
        for w2v in (0, sp.Rational(1, 3), 2):
            convex_evidence((sp.Max(w1, w2v) + 1) ** 2, (w1,), _box(-6, 6, 1))
        return {"convex"}
    if name == "sig_sq_right":
        s = 1 / (1 + sp.exp(-w))
        v10.Ident((s - 1) ** 2, w, 2 * s * (1 - s) ** 2 * (3 * s - 1), (0, sp.Rational(1, 2), 1, 3, 7),
                  {"convex"}).proves()
        return {"convex"}
    if name == "tanh_sq_right":
        t = sp.tanh(w)
        v10.Ident((t - 1) ** 2, w, 2 * (1 - t ** 2) * (1 - t) * (1 + 3 * t), (0, sp.Rational(1, 2), 1, 3, 7),
                  {"convex"}).proves()
        return {"convex"}
    if name == "softplus_pos":
        for vv in (0, sp.Rational(1, 2), 3):
            convex_evidence((vv * _spl(w) + 2) ** 2, (w,), _box(-6, 6, 1))
        return {"convex"}
    if name == "relu_negv":
        for vv in (0, -sp.Rational(1, 2), -3):
            convex_evidence((vv * _relu(w) - 1) ** 2, (w,), _box(-6, 6, 1))
        return {"convex"}
    if name == "relu_negy":
        for yy in (0, -sp.Rational(1, 2), -3):
            convex_evidence((_relu(w) - yy) ** 2, (w,), _box(-6, 6, 1))
        return {"convex"}
    if name == "softplus_relu_neg":
        for vv in (0, -sp.Rational(1, 2), -3):
            convex_evidence(_spl(-vv * _relu(w)), (w,), _box(-6, 6, 1))
        return {"convex"}
    if name == "min_singular":
        f = (v * w - 1) ** 2 + v ** 2 + w ** 2
        if sp.expand(f - 1 - ((v - w) ** 2 + v ** 2 * w ** 2)) != 0:
            raise Fail("min identity")
        return {"min", "not_saddle"}
    if name == "ridge_logistic":
        f = _spl(-(w + b)) + _spl(2 * w + b) + (w ** 2 + b ** 2) / 10
        convex_evidence(f, (w, b), _box(-4, 4, 2))
        H = sp.hessian(f, (w, b)).subs({w: 0, b: 0})
        if not (H[0, 0] > 0 and H.det() > 0):
            raise Fail("ridge logistic Hessian")
        return {"convex", "strictly_convex"}
    if name == "softmax_ce":
        z1, z2 = w + b, 2 * w - b
        convex_evidence(sp.log(sp.exp(z1) + sp.exp(z2) + 1) - z1, (w, b), _box(-4, 4, 2))
        return {"convex"}
    raise Fail(f"unknown theorem {name}")


def formula_facts(entry):
    facts = set()
    for wt in entry["wit"]:
        if isinstance(wt, NC):
            find_midpoint(wt.f, wt.vs, wt.sense)
            facts.add("not_convex" if wt.sense > 0 else "not_concave")
        elif isinstance(wt, (v10.Mid, v10.Dd)):
            facts |= wt.refutes()
        else:
            facts |= wt.proves()
    extra = entry.get("extra") or {}
    if "theorem" in extra:
        facts |= theorem(extra["theorem"])
    if "quad" in extra:
        facts |= v10.Quad(*extra["quad"]).proves()
    if "quad_strict" in extra:
        facts |= v10.Quad(*extra["quad_strict"], strict=True).proves()
    if "flat" in extra:
        f, vs, a, bb = extra["flat"]
        gap = _gap_exact(f, vs, [Fraction(q) for q in a], [Fraction(q) for q in bb])
        if not (gap.is_Rational and gap >= 0 and tuple(a) != tuple(bb)):
            raise Fail("no flat segment")
        facts.add("not_strictly_convex")
    if "crit" in extra:
        try:
            facts |= v10.Crit(*extra["crit"]).proves()
        except AssertionError as exc:
            raise Fail(f"critical point: {exc}")
    return facts


NET_FACTS = {"not_convex": {"not_convex"}, "not_concave": {"not_concave"}, "neither": {"not_convex", "not_concave"},
             "convex": {"convex"}, "strict": {"convex", "strictly_convex"}, "not_strict": {"not_strictly_convex"},
             "saddle": {"saddle", "not_min"}}


def facts_of(entry):
    facts = set()
    if entry["net"] is not None:
        try:
            v9.establish(entry, entry["fact"])
        except v9.Fail as exc:
            raise Fail(str(exc))
        facts |= NET_FACTS[entry["fact"]]
    return facts | formula_facts(entry)


NEEDS = {  # (property, holds) -> the facts that settle it (any one of the sets)
    ("convex", True): [{"convex"}], ("convex", False): [{"not_convex"}],
    ("not_convex", True): [{"not_convex"}], ("not_convex", False): [{"convex"}],
    ("concave", False): [{"not_concave"}], ("not_concave", True): [{"not_concave"}],
    ("neither", True): [{"not_convex", "not_concave"}], ("neither", False): [{"convex"}],
    ("strict", True): [{"strictly_convex"}], ("strict", False): [{"not_strictly_convex"}, {"not_convex"}],
    ("strictly_convex", True): [{"strictly_convex"}],
    ("strictly_convex", False): [{"not_strictly_convex"}, {"not_convex"}],
    ("saddle", True): [{"saddle"}], ("min", True): [{"min"}], ("min", False): [{"not_min"}],
}


def _reading_facts(r):
    if isinstance(r, dict):
        for fact in ("not_convex", "convex"):
            try:
                v9.establish({"net": r, "vars": "all", "extra": None}, fact)
                return {fact}
            except v9.Fail:
                continue
        raise Fail("a reading has neither fact")
    if isinstance(r, NC):
        find_midpoint(r.f, r.vs, r.sense)
        return {"not_convex"}
    if isinstance(r, tuple) and r[0] == "quad":
        return v10.Quad(*r[1]).proves()
    raise Fail(f"unknown reading {r!r}")


def verify(entry):
    if entry["holds"] is None:
        first, second = (_reading_facts(r) for r in entry["readings"])
        if "not_convex" not in first or "convex" not in second:
            raise Fail(f"the readings do not disagree: {first} vs {second}")
        return
    facts = facts_of(entry)
    options = NEEDS.get((entry["prop"], entry["holds"]))
    if options is None or not any(opt <= facts for opt in options):
        raise Fail(f"holds={entry['holds']} for {entry['prop']} does not follow from {sorted(facts)}")


def selftest():
    """Flipped answers must fail; a planted convex fact for a refuted line must fail."""
    caught = total = 0
    rng = random.Random(7)
    for entry in rng.sample(E, 40):
        plants = []
        if entry["holds"] is not None:
            plants.append({**entry, "holds": not entry["holds"]})
        else:
            plants.append({**entry, "readings": entry["readings"][::-1]})
        if entry["net"] is not None and entry["fact"] in v9.OPPOSITE and entry["fact"] != "neither":
            plants.append({**entry, "fact": v9.OPPOSITE[entry["fact"]]})
        for planted in plants:
            total += 1
            try:
                verify(planted)
            except (Fail, AssertionError):
                caught += 1
            else:
                print("PLANTED ERROR NOT CAUGHT:", planted["claim"], planted.get("fact"), planted["holds"])
    print(f"selftest: {caught}/{total} planted errors caught")
    return caught == total


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    bad = 0
    texts = [e["claim"] for e in E]
    dup = {t for t in texts if texts.count(t) > 1}
    if dup:
        sys.exit(f"duplicate claims: {sorted(dup)}")
    for n, entry in enumerate(E, 1):
        try:
            verify(entry)
        except (Fail, AssertionError) as exc:
            bad += 1
            print(f"FAIL {n}: {entry['claim']}\n    {exc}")
    print(f"{len(E) - bad}/{len(E)} verified ({sum(e['holds'] is True for e in E)} hold, "
          f"{sum(e['holds'] is False for e in E)} do not, {sum(e['holds'] is None for e in E)} ambiguous)")
    if "--write" in sys.argv:
        if bad:
            sys.exit("not written: failures above")
        with open(CORPUS, "w", encoding="utf-8") as fh:
            for n, entry in enumerate(E, 1):
                row = {"id": f"n11-{n:03d}", "claim": entry["claim"], "holds": entry["holds"],
                       "why": entry["why"] or entry["fact"] or entry["prop"], "kind": entry["kind"],
                       "source": entry["source"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {CORPUS.name}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
