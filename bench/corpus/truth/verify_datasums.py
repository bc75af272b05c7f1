"""Check spec_datasums.jsonl (written by gen_datasums.py) without symconvex: each member is evaluated with mpmath at 50
digits from the spec's own formula (never from the claim's LaTeX, never by symconvex).

- a line whose property P holds for every member (its ``why`` is the proof) gets evidence: 25 random members (d, n in
  1..3, rational data in [-3, 3], parameters by their condition, edge values 0 included for ">= 0"), 30 random pairs
  each in the domain, and no midpoint violation beyond 1e-20; a strict P also needs a positive gap on a ray (a, 2a)
  and along a direction orthogonal to every data vector (the direction a data term is flat in);
- a line whose P fails needs its witness member to fail: a midpoint violation above 1e-20 (convex, concave, affine)
  or a segment with |gap| < 1e-40 (strictly), found among random pairs in the member's domain.

    python bench/corpus/truth/verify_datasums.py bench/corpus/truth/spec_datasums.jsonl
"""
import json
import random
import sys

import mpmath as mp

mp.mp.dps = 50
ENV = {"log": mp.log, "exp": mp.exp, "sin": mp.sin, "cosh": mp.cosh, "sqrt": mp.sqrt, "abs": abs, "max": max}


def member(spec, d, n, data, params):
    body = spec["f"].replace("S(", "S(lambda i: ").replace("M(", "M(lambda i: ").replace("L(", "L(lambda i: ")
    doms = [c.replace("S(", "S(lambda i: ") for c in spec["dom"]]

    def f(w):
        env = dict(ENV, w=w, n=n, dot=lambda u, v: mp.fsum(p * q for p, q in zip(u, v)),
                   norm2=lambda u: mp.sqrt(mp.fsum(p * p for p in u)),
                   S=lambda g: mp.fsum(g(i) for i in range(n)), M=lambda g: max(g(i) for i in range(n)),
                   L=lambda g: min(g(i) for i in range(n)),
                   **data, **params)
        return eval(body, env)

    def inside(w):
        env = dict(ENV, w=w, dot=lambda u, v: mp.fsum(p * q for p, q in zip(u, v)), **data, **params)
        return all(eval(c, dict(env, i=i)) > 0 for c in doms for i in range(n))
    return f, inside


def random_member(spec, rng, edge=False):
    d, n = rng.randint(1, 3), rng.randint(1, 3)
    q = lambda: mp.mpf(rng.randint(-6, 6)) / 2
    data = {k: [[q() for _ in range(d)] if kind == "vec" else q() for _ in range(n)]
            for k, kind in spec["data"].items()}
    params = {k: (mp.mpf(0 if edge else rng.choice([0, 1, 2, 5])) / 2 if c == "nonneg" else mp.mpf(rng.randint(1, 6)) / 2)
              for k, c in spec["params"].items()}
    return d, n, data, params


def gap(f, a, b, lam):
    m = [lam * p + (1 - lam) * q for p, q in zip(a, b)]
    return f(m) - (lam * f(a) + (1 - lam) * f(b))   # <= 0 convex, >= 0 concave


def pairs(rng, d, inside, count, scale=3):
    out, tries = [], 0
    while len(out) < count and tries < 50 * count:
        tries += 1
        a = [mp.mpf(rng.uniform(-scale, scale)) for _ in range(d)]
        b = [mp.mpf(rng.uniform(-scale, scale)) for _ in range(d)]
        if inside(a) and inside(b):
            out.append((a, b, mp.mpf(rng.randint(1, 9)) / 10))
    return out


def violates(prop, g) -> bool:
    side = prop.replace("strictly ", "")
    return (side in ("convex", "affine") and g > mp.mpf("1e-20")) or (side in ("concave", "affine") and g < -mp.mpf("1e-20"))


def check(spec, rng) -> str:
    negated = " is not " in spec["claim"] or "neither" in spec["claim"]
    p_all = spec["holds"] != negated
    prop = spec["prop"]
    if p_all:
        for k in range(25):
            d, n, data, params = random_member(spec, rng, edge=k < 8)   # a parameter >= 0 at 0 first
            f, inside = member(spec, d, n, data, params)
            for a, b, lam in pairs(rng, d, inside, 30):
                g = gap(f, a, b, lam)
                if violates(prop, g):
                    return f"violation at d={d} n={n} data={data} a={a} b={b}"
            if prop.startswith("strictly"):
                # along a ray: a positively homogeneous function (a norm) is flat there
                a = [mp.mpf(rng.uniform(0.5, 2)) for _ in range(d)]
                if inside(a) and inside([2 * p for p in a]):
                    g = gap(f, a, [2 * p for p in a], mp.mpf(1) / 2)
                    if not (g < -mp.mpf("1e-40") if "convex" in prop else g > mp.mpf("1e-40")):
                        return f"not strict along a ray (gap {g})"
            vectors = [list(map(mp.mpf, x)) for k, kind in spec["data"].items() if kind == "vec" for x in data[k]]
            if prop.startswith("strictly") and len(vectors) < d:
                # a direction orthogonal to every data vector: a data term is flat along it
                v = [mp.mpf(0)] * d
                basis = vectors
                for k in range(d):
                    e = [mp.mpf(int(j == k)) for j in range(d)]
                    for u in basis:
                        nu = mp.fsum(p * p for p in u)
                        if nu:
                            c = mp.fsum(p * q for p, q in zip(e, u)) / nu
                            e = [p - c * q for p, q in zip(e, u)]
                    if mp.fsum(p * p for p in e) > mp.mpf("1e-20"):
                        v = e
                        break
                a = [mp.mpf(rng.uniform(-2, 2)) for _ in range(d)]
                b = [p + q for p, q in zip(a, v)]
                g = gap(f, a, b, mp.mpf(1) / 2) if inside(a) and inside(b) else mp.mpf(-1)
                if any(v) and not (g < -mp.mpf("1e-40") if "convex" in prop else g > mp.mpf("1e-40")):
                    return f"not strict along a direction orthogonal to the data (gap {g})"
        return ""
    w = spec["witness"]
    if not w:
        return "a false line needs a witness member"
    data = {k: ([[mp.mpf(c) for c in x] for x in v] if spec["data"][k] == "vec" else [mp.mpf(c) for c in v])
            for k, v in w["data"].items()}
    params = {k: mp.mpf(v) for k, v in w.get("params", {}).items()}
    f, inside = member(spec, w["d"], w["n"], data, params)
    for a, b, lam in pairs(rng, w["d"], inside, 3000):
        g = gap(f, a, b, lam)
        if prop.startswith("strictly"):
            if abs(g) < mp.mpf("1e-40") and any(abs(p - q) > mp.mpf("1e-3") for p, q in zip(a, b)):
                return ""
        elif violates(prop, g):
            return ""
    return "the witness member does not fail"


def main(path):
    rng = random.Random(11)
    bad = 0
    for k, line in enumerate(open(path), 1):
        spec = json.loads(line)
        problem = check(spec, rng)
        if problem:
            bad += 1
            print(f"line {k}: {spec['claim']}\n    {problem}")
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
