"""Ground truth of ``bench/corpus/everyday10.jsonl``, computed from ``spec_everyday10.py`` alone (never symconvex).

The engine is session 9's (``verify_everyday9.py``), extended for session 10's lists: compound sentences (the
label computed from each part's truth), claims fixed by words (the label must equal the truth of the stated
witness subject), monotonicity parts ("and increasing": refuted by exact a < b with f(a) > f(b) at 60 digits;
held on the evidence of f' > 0 at random points), and queries that assert nothing (label null, no subject).

For each claim the subject (a SymPy expression written by hand, its variables, its domain, parameter values drawn
from the allowed set) is examined on its own:

- a refutation of convexity (concavity) needs an exact witness: rational points a, b in the domain (every
  constraint checked exactly) and λ = 1/2 or 1/4 with f(λa + (1-λ)b) - λf(a) - (1-λ)f(b) of the refuting sign,
  the gap evaluated by SymPy to 60 digits and required to exceed 1e-40 in absolute value;
- a refutation of strict convexity needs a, b ≠ a with that gap exactly zero (SymPy simplifies it to 0);
- "convex" claimed true rests on the mathematics (the property's ``why``), plus: no Jensen violation among 500
  random pairs and 300 short segments, and for smooth subjects the SymPy Hessian positive semidefinite (minimum
  eigenvalue > -1e-25 at 40 digits) at 60 random points of the domain; "strictly convex" also needs no equality
  pair among axis-aligned and random pairs, and a positive definite Hessian at the random points (where smooth;
  at most 12 of 60 points singular, as on the axes of x^4 + y^4);
- a claim over parameters holds when it holds at every listed value, and is refuted by one value;
- an ambiguous claim names two readings whose truths must differ.

Usage (from the repository root)::

    python bench/corpus/truth/verify_everyday10.py --write bench/corpus/everyday10.jsonl   # check, then write
    python bench/corpus/truth/verify_everyday10.py --selftest                            # planted errors caught
"""
import argparse
import json
import random
import sys
from pathlib import Path

import mpmath
import sympy as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_everyday10 import AMBIGUOUS, COMPOUND, GROUPS, NOT_A_CLAIM, WORDS  # noqa: E402

mpmath.mp.dps = 40
TOL = mpmath.mpf("1e-25")
NONSMOOTH = (sp.Abs, sp.Max, sp.Min, sp.Piecewise, sp.sign)


def _subject(spec, values):
    names = spec["vars"] + sorted(values)
    syms = {n: sp.Symbol(n, real=True) for n in names}
    syms.update({"pi": sp.pi, "E": sp.E})
    f = sp.sympify(spec["f"], locals=syms)
    f = f.subs({syms[k]: sp.Rational(v) for k, v in values.items()})
    dom = [sp.sympify(c, locals=syms).subs({syms[k]: sp.Rational(v) for k, v in values.items()})
           for c in spec["domain"]]
    xs = [syms[n] for n in spec["vars"]]
    return f, xs, dom


def _inside(dom, xs, point):
    sub = dict(zip(xs, point))
    for c in dom:
        val = c.subs(sub)
        if val is not sp.true:
            if val is sp.false:
                return False
            if not bool(val.doit()):
                return False
    return True


def _value(fn, point):
    try:
        v = fn(*[mpmath.mpf(p.p) / p.q for p in point])
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > TOL:
            return None
        v = v.real
    if not mpmath.isfinite(v):
        return None
    return v


def _points(dom, xs, rng, n, scale):
    out, tries = [], 0
    while len(out) < n and tries < 40 * n:
        tries += 1
        den = rng.choice([4, 8, 16, 64])
        s = rng.choice(scale)
        p = [sp.Rational(rng.randint(-int(s * den), int(s * den)), den) for _ in xs]
        if _inside(dom, xs, p):
            out.append(p)
    return out


def _exact_gap(f, xs, a, b, lam):
    m = [lam * ai + (1 - lam) * bi for ai, bi in zip(a, b)]
    sub = lambda p: f.subs(dict(zip(xs, p)))  # noqa: E731
    return sub(m) - lam * sub(a) - (1 - lam) * sub(b)


def _find_violation(f, xs, dom, sign, rng):
    """Exact a, b, λ with sign*(f(m) - chord) > 0, or None (not found: evidence, not proof)."""
    fn = sp.lambdify(xs, f, modules="mpmath")
    pts = _points(dom, xs, rng, 160, [1, 2, 4, 8])
    pairs = [(rng.choice(pts), rng.choice(pts)) for _ in range(500)] if pts else []
    for a in pts:  # short segments
        u = [sp.Rational(rng.randint(-4, 4), 32) for _ in xs]
        b = [ai + ui for ai, ui in zip(a, u)]
        pairs.append((a, b))
        pairs.append(([ai - ui for ai, ui in zip(a, u)], b))
    for a, b in pairs:
        if a == b or not _inside(dom, xs, b) or not _inside(dom, xs, a):
            continue
        for lam in (sp.Rational(1, 2), sp.Rational(1, 4)):
            m = [lam * ai + (1 - lam) * bi for ai, bi in zip(a, b)]
            fa, fb, fm = _value(fn, a), _value(fn, b), _value(fn, m)
            if None in (fa, fb, fm):
                continue
            gap = fm - (lam * fa + (1 - lam) * fb)
            if sign * gap > TOL:
                exact = sp.N(_exact_gap(f, xs, a, b, lam), 60)
                if exact.is_real and sign * exact > sp.Float("1e-40", 60):
                    return {"a": [str(v) for v in a], "b": [str(v) for v in b], "lam": str(lam),
                            "gap": str(sp.N(exact, 12))}
    return None


def _find_equality(f, xs, dom, rng):
    """a ≠ b with f(m) = chord exactly (refutes strict convexity and strict concavity), or None."""
    pts = _points(dom, xs, rng, 120, [1, 2, 4])
    pairs = [(rng.choice(pts), rng.choice(pts)) for _ in range(300)] if pts else []
    for a in pts:
        for i in range(len(xs)):  # axis-aligned pairs
            b = list(a)
            b[i] = a[i] + sp.Rational(rng.randint(1, 8), 4)
            pairs.append((a, b))
        d = [sp.Integer(rng.choice([-2, -1, 1, 2])) for _ in xs]
        pairs.append((a, [ai + di / 4 for ai, di in zip(a, d)]))
    fn = sp.lambdify(xs, f, modules="mpmath")
    lam = sp.Rational(1, 2)
    for a, b in pairs:
        if a == b or not _inside(dom, xs, a) or not _inside(dom, xs, b):
            continue
        m = [lam * ai + (1 - lam) * bi for ai, bi in zip(a, b)]
        fa, fb, fm = _value(fn, a), _value(fn, b), _value(fn, m)
        if None in (fa, fb, fm) or abs(fm - (fa + fb) / 2) > TOL:
            continue
        if sp.simplify(_exact_gap(f, xs, a, b, lam)) == 0:
            return {"a": [str(v) for v in a], "b": [str(v) for v in b], "lam": "1/2", "gap": "0"}
    return None


def _hessian_ok(f, xs, dom, rng, strict):
    """Hessian PSD (PD when strict) at random domain points; True for nonsmooth subjects (not checked)."""
    if f.has(*NONSMOOTH):
        return True
    H = sp.hessian(f, xs)
    Hf = sp.lambdify(xs, H, modules="mpmath")
    singular = 0
    for p in _points(dom, xs, rng, 60, [1, 2, 4]):
        try:
            M = mpmath.matrix(Hf(*[mpmath.mpf(v.p) / v.q for v in p]))
        except (ZeroDivisionError, ValueError):
            continue
        if any(isinstance(M[i, j], mpmath.mpc) for i in range(M.rows) for j in range(M.cols)):
            continue
        lo = min(mpmath.eigsy(M)[0]) if M.rows > 1 else M[0, 0]
        if lo < -TOL:
            return False
        singular += lo <= 0
    return not (strict and singular > 12)   # strict: definite except on a thin set (x^4 + y^4 on the axes)


def facts(spec, values, seed):
    """The four basic facts of one subject at one parameter value, each True/False with evidence."""
    rng = random.Random(seed)
    f, xs, dom = _subject(spec, values)
    out = {}
    for name, sign, g in (("C", 1, f), ("V", -1, -f)):
        w = _find_violation(f, xs, dom, sign, rng)
        out[name] = (w is None and _hessian_ok(g, xs, dom, rng, False), w)
    eq = _find_equality(f, xs, dom, rng)
    out["SC"] = (out["C"][0] and eq is None and _hessian_ok(f, xs, dom, rng, True), eq)
    out["SV"] = (out["V"][0] and eq is None and _hessian_ok(-f, xs, dom, rng, True), eq)
    return out


PROPS = {
    "convex": lambda F: F["C"], "concave": lambda F: F["V"], "affine": lambda F: F["C"] and F["V"],
    "strictly_convex": lambda F: F["SC"], "strictly_concave": lambda F: F["SV"],
    "neither": lambda F: not F["C"] and not F["V"], "not_convex": lambda F: not F["C"],
    "not_concave": lambda F: not F["V"], "not_strictly_convex": lambda F: not F["SC"],
    "convex_not_strict": lambda F: F["C"] and not F["SC"], "convex_or_concave": lambda F: F["C"] or F["V"],
    "concave_not_strict": lambda F: F["V"] and not F["SV"], "not_affine": lambda F: not (F["C"] and F["V"]),
    "convex_not_concave": lambda F: F["C"] and not F["V"],
}


def _increasing(spec, values, seed):
    """(True, None) on the evidence of f' > 0 at random points; (False, witness) with exact a < b, f(a) > f(b)."""
    rng = random.Random(seed)
    f, xs, dom = _subject(spec, values)
    (x,) = xs
    fn = sp.lambdify(xs, f, modules="mpmath")
    pts = sorted(set(p[0] for p in _points(dom, xs, rng, 200, [1, 2, 4, 8])))
    for a, b in zip(pts, pts[1:]):
        fa, fb = _value(fn, [a]), _value(fn, [b])
        if None not in (fa, fb) and fa - fb > TOL:
            exact = sp.N(f.subs(x, a) - f.subs(x, b), 60)
            if exact > sp.Float("1e-40", 60):
                return False, {"a": str(a), "b": str(b), "gap": str(sp.N(exact, 12))}
    d = sp.lambdify(xs, sp.diff(f, x), modules="mpmath")
    for a in pts:
        v = _value(d, [a])
        if v is not None and v <= 0:
            return False, {"derivative_nonpositive_at": str(a)}
    return True, None


def truth(spec, prop, seed=0):
    """The claim's truth over every listed parameter assignment, with the evidence of the first failure."""
    names = sorted(spec["params"])
    combos = [{}]
    for n in names:
        combos = [dict(c, **{n: v}) for c in combos for v in spec["params"][n]]
    for i, values in enumerate(combos):
        if prop == "increasing":
            ok, ev = _increasing(spec, values, seed + i)
            if not ok:
                return False, {"at": values, "evidence": ev}
            continue
        F = facts(spec, values, seed + i)
        if not PROPS[prop]({k: v[0] for k, v in F.items()}):
            return False, {"at": values, "evidence": {k: v[1] for k, v in F.items() if v[1]}}
    return True, {"checked_values": len(combos)}


def rows():
    """Every claim with its label and subject: (text, kind, label, [(spec, prop), ...], why)."""
    out = []
    for spec, claims in GROUPS:
        for text, prop, label, kind in claims:
            if prop is None:
                continue
            out.append((text, kind, label, [(spec, prop)], f"{prop} of {spec['f']} in {spec['vars']}"
                        + (f" on {spec['domain']}" if spec["domain"] else "")
                        + (f" for {spec['params']}" if spec["params"] else "")))
    for text, kind, (sa, pa), (sb, pb), why in AMBIGUOUS:
        out.append((text, kind, "ambiguous", [(sa, pa), (sb, pb)], why))
    for text, kind, how, parts in COMPOUND:
        out.append((text, kind, ("compound", how), parts,
                    f"{how} of " + "; ".join(f"{p} of {s['f']} on {s['domain'] or 'R'}"
                                              + (f" for {s['params']}" if s["params"] else "") for s, p in parts)))
    for text, kind, label, how, witness, why in WORDS:
        out.append((text, kind, ("words", label), [witness] if witness and witness[0] else [], why))
    for text, kind, why in NOT_A_CLAIM:
        out.append((text, kind, "null", [], why))
    return out


COMBINE = {
    "all": lambda ts: all(ts), "none": lambda ts: not any(ts),
    "first_not_second": lambda ts: ts[0] and not ts[1],
}


def label_of(row):
    """The label written to the corpus: True / False, or None for ambiguous and null rows."""
    label = row[2]
    if label in ("ambiguous", "null"):
        return None
    if isinstance(label, tuple) and label[0] == "compound":
        return COMBINE[label[1]]([truth(s, p)[0] for s, p in row[3]])
    if isinstance(label, tuple):
        return label[1]
    return label


def check(all_rows, plant=None):
    errors = []
    for i, (text, kind, label, readings, why) in enumerate(all_rows):
        if label == "null":
            continue
        if isinstance(label, tuple) and label[0] == "compound":
            continue  # computed from the parts (label_of); each part is checked by truth() there
        if isinstance(label, tuple):  # words: the witness subject's truth must be the label
            label = label[1]
            if not readings:
                continue
        if plant is not None and i in plant and label != "ambiguous":
            label = not label
        if label == "ambiguous":
            (ta, _), (tb, _) = (truth(s, p) for s, p in readings)
            if ta == tb:
                errors.append(f"ambiguous but both readings give {ta}: {text}")
            continue
        t, ev = truth(*readings[0])
        if t is not label:
            errors.append(f"label {label} but computed {t}: {text}  ({ev})")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path)
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    all_rows = rows()
    if args.selftest:
        rng = random.Random(9)
        plant = set(rng.sample([i for i, r in enumerate(all_rows) if r[2] in (True, False)], 12))
        errs = check([all_rows[i] for i in sorted(plant)], plant=set(range(len(plant))))
        assert len(errs) == len(plant), errs
        print(f"selftest: {len(errs)} of {len(plant)} planted wrong labels caught")
        return
    errors = check(all_rows)
    for e in errors:
        print("ERROR", e)
    print(f"{len(all_rows)} claims, {len(errors)} error(s)")
    if errors:
        sys.exit(1)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for row in all_rows:
                text, kind, label, _, why = row
                extra = {"label": label} if label in ("ambiguous", "null") else {}
                fh.write(json.dumps({"claim": text, "holds": label_of(row), "why": why, "kind": kind,
                                     "source": "everyday10", **extra}, ensure_ascii=False) + "\n")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
