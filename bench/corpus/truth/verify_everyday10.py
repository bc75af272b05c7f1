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

import sympy as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_everyday10 import AMBIGUOUS, COMPOUND, GROUPS, NOT_A_CLAIM, WORDS  # noqa: E402

# the engine (exact Jensen witnesses, exact equalities, sampled Hessians) is session 9's, unchanged
from verify_everyday9 import TOL, _points, _subject, _value, facts  # noqa: E402


PROPS = {
    "convex": lambda F: F["C"], "concave": lambda F: F["V"], "affine": lambda F: F["C"] and F["V"],
    "strictly_convex": lambda F: F["SC"], "strictly_concave": lambda F: F["SV"],
    "neither": lambda F: not F["C"] and not F["V"], "not_convex": lambda F: not F["C"],
    "not_concave": lambda F: not F["V"], "not_strictly_convex": lambda F: not F["SC"],
    "convex_not_strict": lambda F: F["C"] and not F["SC"], "convex_or_concave": lambda F: F["C"] or F["V"],
    # session 10's properties
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
