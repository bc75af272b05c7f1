"""Ground truth of ``bench/corpus/compound.jsonl``, computed from ``spec_compound.py`` alone (never symconvex).

Each part of a compound sentence and each single claim is decided by session 10's engine (``verify_everyday10.truth``:
exact Jensen witnesses for refutations, exact equalities against strictness, sampled Hessians and Jensen gaps as the
evidence for convexity, every listed parameter value); a compound label is ``all`` or ``iff`` of its parts' truths.
A claim about a neighbourhood of a point: a true label needs the property on the stated open box around the point
(by the same engine), a false label the exact Hessian at the point with an eigenvalue of the refuting sign (SymPy,
evaluated to 50 digits and required to exceed 1e-30 in absolute value): the function being smooth at the point,
that sign persists near it, so the function is not convex (concave) on any neighbourhood.

Usage (from the repository root)::

    python bench/corpus/truth/verify_compound.py --write bench/corpus/compound.jsonl
    python bench/corpus/truth/verify_compound.py --selftest
"""
import argparse
import json
import random
import sys
from pathlib import Path

import sympy as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_compound import COMPOUND, LOCAL, NULL, SINGLE  # noqa: E402
from verify_everyday10 import truth  # noqa: E402

COMBINE = {"all": lambda ts: all(ts), "iff": lambda ts: ts[0] == ts[1]}
#: the eigenvalue sign at the point that refutes each property on every neighbourhood
REFUTING = {"convex": -1, "strictly_convex": -1, "concave": 1, "strictly_concave": 1}


def _box(spec, point, r):
    dom = []
    for v, c in zip(spec["vars"], point):
        dom += [f"{v} > ({c}) - ({r})", f"{v} < ({c}) + ({r})"]
    return dict(spec, domain=list(spec["domain"]) + dom)


def local_truth(spec, point, prop, radius):
    """(True, evidence) from the property on the box of half-width ``radius``; (False, evidence) from the Hessian's
    sign at the point; (None, why) when neither settles it."""
    if radius is not None:
        t, ev = truth(_box(spec, point, radius), prop)
        return t, {"box": radius, **(ev or {})}
    syms = {n: sp.Symbol(n, real=True) for n in spec["vars"]}
    f = sp.sympify(spec["f"], locals={**syms, "pi": sp.pi})
    xs = [syms[n] for n in spec["vars"]]
    at = dict(zip(xs, [sp.Rational(c) for c in point]))
    H = sp.hessian(f, xs).subs(at)
    eigen = [sp.N(e, 50) for e in H.eigenvals(multiple=True)]
    want = REFUTING[prop]
    if any(want * e > sp.Float("1e-30", 50) for e in eigen):
        return False, {"eigenvalues": [str(sp.N(e, 8)) for e in eigen]}
    return None, {"eigenvalues": [str(sp.N(e, 8)) for e in eigen]}


def rows():
    """(text, kind, label, why) for every claim."""
    out = []
    for text, kind, spec, prop in SINGLE:
        t, ev = truth(spec, prop)
        out.append((text, kind, t, f"{prop} of {spec['f']} in {spec['vars']}"
                    + (f" on {spec['domain']}" if spec["domain"] else "")))
    for text, kind, how, parts in COMPOUND:
        ts = [truth(s, p)[0] for s, p in parts]
        out.append((text, kind, COMBINE[how](ts), f"{how} of " + "; ".join(
            f"{p} of {s['f']} on {s['domain'] or 'R'}" + (f" for {s['params']}" if s["params"] else "") + f" = {t}"
            for (s, p), t in zip(parts, ts))))
    for text, kind, spec, point, prop, label, radius in LOCAL:
        t, ev = local_truth(spec, point, prop, radius)
        if t is not label:
            raise SystemExit(f"local claim: label {label} but computed {t}: {text} ({ev})")
        out.append((text, kind, t, f"{prop} of {spec['f']} near {tuple(point)}: " + (
            f"{prop} on the box of half-width {radius}" if radius else f"Hessian eigenvalues at the point {ev}")))
    for text, kind, why in NULL:
        out.append((text, kind, None, why))
    return out


#: each property and its negation (a planted wrong label flips one)
NEGATION = {"convex": "not_convex", "not_convex": "convex", "concave": "not_concave", "not_concave": "concave",
            "strictly_convex": "not_strictly_convex", "not_strictly_convex": "strictly_convex",
            "affine": "not_affine", "not_affine": "affine"}


def selftest():
    """Planted wrong labels must be caught: flip a single claim's property, a compound's part, a local radius."""
    caught = 0
    for text, kind, spec, prop in SINGLE[:6]:
        caught += truth(spec, prop)[0] != truth(spec, NEGATION[prop])[0]
    for text, kind, how, parts in COMPOUND[:6]:
        s, p = parts[-1]
        a = COMBINE[how]([truth(x, q)[0] for x, q in parts])
        b = COMBINE[how]([truth(x, q)[0] for x, q in parts[:-1]] + [truth(s, NEGATION[p])[0]])
        caught += a != b
    for text, kind, spec, point, prop, label, radius in LOCAL[:6]:
        if label:
            caught += local_truth(spec, point, {"convex": "concave", "concave": "convex"}.get(prop, "concave"),
                                  radius)[0] is not True
        else:
            caught += local_truth(spec, point, {"convex": "concave", "concave": "convex"}[prop], None)[0] is not False
    print(f"selftest: {caught} of 18 planted wrong labels caught")
    return caught == 18


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path)
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    random.seed(11)
    if args.selftest:
        sys.exit(0 if selftest() else 1)
    out = rows()
    print(f"{len(out)} claims: {sum(r[2] is True for r in out)} hold, {sum(r[2] is False for r in out)} do not, "
          f"{sum(r[2] is None for r in out)} null")
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for text, kind, label, why in out:
                fh.write(json.dumps({"claim": text, "holds": label, "why": why, "kind": kind, "source": "compound11"},
                                    ensure_ascii=False) + "\n")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
