"""Independent ground truth for a corpus written as a spec module (bench/corpus/NAME.jsonl from spec_NAME.py: red8,
red9, ...; uses SymPy, mpmath and numpy; never symconvex).

For each function of the spec (on its domain, for each listed parameter value) it derives the facts
convex, concave, strictly convex, strictly concave, affine, and checks every hand-written ``holds``:

- *not convex* is shown by an exact counterexample: rational points a, b in the domain (membership decided
  exactly by SymPy) and lam in {1/2, 1/4, 3/4} with f(lam a + (1 - lam) b) - lam f(a) - (1 - lam) f(b) > 0,
  the sign decided by SymPy's ``is_positive`` on the exact number (evaluated with error control), never by
  a float. Floats (numpy) only *find* the candidate points.
- *not strictly convex* (of a convex f) is shown by an exact equality on a segment: the same gap is exactly 0
  (logs of rationals expanded over primes, else SymPy ``simplify``), searched along short random segments, Hessian
  null vectors, rays through sample points and small integer directions.
- candidate segments: 2500 random pairs of sample points, 500 short segments, and pairs of points nearer and
  nearer each end of the sampling box (4^-2 ... 4^-10 of its width: a sliver past an inflection point);
- *convex* is accepted when no counterexample is found among those segments and the Hessian's least
  eigenvalue is >= -1e-7 (relative) at 600 sampled points; *strictly convex* further needs the least eigenvalue
  > 0 at all but 2 % of the sampled interior points (isolated zeros) and no exact flat segment. These positive facts are numerical evidence; each
  line's ``why`` states the mathematical reason (a second derivative or a rule), checked by hand.

A claim's answer disagreeing with the derived fact, or a fact that is neither shown nor refuted, fails.
Planted-error self-test: ``--selftest`` flips every claim's answer in turn, for a sample of lines, and checks
the verifier rejects each flip.

Run from the repository root: ``python bench/corpus/truth/verify_spec.py NAME [--selftest] [-v]`` (NAME: red8, red9).
"""

import importlib
import itertools
import json
import math
import pathlib
import random
import sys
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

sys.path.insert(0, str(pathlib.Path(__file__).parent))
NUMERIC = ["numpy", {"erf": np.vectorize(math.erf), "loggamma": np.vectorize(math.lgamma),
                     "gamma": np.vectorize(math.gamma),
                     "polygamma": np.vectorize(lambda n, v: float(mpmath.polygamma(int(n), v))),
                     "DiracDelta": lambda *a: 0.0, "Heaviside": lambda v, *a: np.heaviside(v, 0.5)}]


def sym(name):
    return sp.Symbol(name, real=True)


def parse(text, names):
    loc = {n: sym(n) for n in names}
    loc.update({"gamma": sp.gamma, "beta": sym("beta"), "lam": sym("lam")})
    return sp.sympify(text, locals=loc)


def _prime_logs(expr):
    """log(r) of a positive rational r as the sum of k log(p) over its prime factors (exact)."""
    def split(node):
        r = node.args[0]
        if r.is_Rational and r > 0:
            return sum((k * sp.log(sp.Integer(q), evaluate=False) for q, k in sp.factorint(r.p).items()), sp.S(0)) \
                - sum((k * sp.log(sp.Integer(q), evaluate=False) for q, k in sp.factorint(r.q).items()), sp.S(0))
        return node
    return expr.replace(lambda n: isinstance(n, sp.log), split)


def exact_zero(g) -> bool:
    """Whether the number g is exactly 0: ruled out when a 50-digit evaluation is clearly nonzero; shown by
    expanding logs of rationals over primes (independent over Q), else by SymPy's simplify."""
    val = sp.N(g, 50)
    if val.is_Number and abs(val) > sp.Float("1e-30"):
        return False
    h = sp.expand(_prime_logs(sp.expand(sp.expand_log(g, force=True))))
    if h == 0:
        return True
    return sp.simplify(h) == 0


class Fn:
    """One function on one domain, with the parameters substituted."""

    def __init__(self, expr, vars, dom, box, rng, flats=()):
        self.flats = [tuple(tuple(sp.Rational(c) for c in end) for end in seg) for seg in flats]
        self.vars = [sym(v) for v in vars]
        self.f = expr
        self.dom = dom
        self.box = box
        self.rng = rng
        self.num = sp.lambdify(self.vars, self.f, modules=NUMERIC)
        self.domnum = [sp.lambdify(self.vars, rel, modules=NUMERIC) for rel in dom]
        h = sp.hessian(self.f, self.vars).applyfunc(lambda e: e.replace(sp.DiracDelta, lambda *a: 0))
        try:
            self.hnum = sp.lambdify(self.vars, h, modules=NUMERIC)
        except Exception:       # an unevaluated derivative (a kink of Max/Min, a step of ceiling): finite differences
            self.hnum = self.fd_hessian
        self.pts = self.sample(700)
        self.near = self.near_ends()

    def fd_hessian(self, *p):
        """A central-difference Hessian (floats: it only guides the search and the strictness evidence)."""
        n, h = len(p), 1e-4
        out = np.zeros((n, n))
        for i in range(n):
            for j in range(n):
                def at(di, dj):
                    q = list(p)
                    q[i] += di
                    q[j] += dj
                    return float(self.num(*q))
                out[i, j] = (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h)
        return out

    def inside(self, point):
        """Fast float filter (sampling only); certificates use inside_exact."""
        fl = [float(c) for c in point]
        with np.errstate(all="ignore"):
            try:
                if not all(bool(d(*fl)) for d in self.domnum):
                    return False
            except (OverflowError, ValueError, ZeroDivisionError, TypeError):
                return False
        return math.isfinite(self.value(point))

    def inside_exact(self, point):
        subs = dict(zip(self.vars, point))
        for rel in self.dom:
            if rel.subs(subs) is not sp.true:
                return False
        val = self.f.subs(subs)
        return bool(val.is_finite) and val.is_real is not False and not val.has(sp.zoo, sp.nan)

    def coord(self, lo, hi):
        u = self.rng.random()
        if self.rng.random() < 0.3:
            u = u ** 3 if self.rng.random() < 0.5 else 1 - u ** 3
        v = Fraction(lo + (hi - lo) * u).limit_denominator(400)
        return sp.Rational(v.numerator, v.denominator)

    def sample(self, n):
        pts, tries = [], 0
        ends = [(sp.nsimplify(lo), sp.nsimplify(hi)) for lo, hi in self.box]
        while len(pts) < n and tries < 20 * n:
            tries += 1
            if tries % 17 == 0:   # box corners and ends (closed domains reach them)
                p = tuple(self.rng.choice(e) for e in ends)
            else:
                p = tuple(self.coord(lo, hi) for lo, hi in self.box)
            if self.inside(p):
                pts.append(p)
        if len(pts) < 50:
            raise AssertionError(f"only {len(pts)} sample points inside the domain of {self.f}")
        return pts

    def near_ends(self):
        """Points nearer and nearer each end of each coordinate's box (4^-2 ... 4^-10 of its width), the other
        coordinates at a sample point: a sliver of the other curvature at a stated end is found from pairs of
        them."""
        out = []
        base = self.pts[0]
        for i, (lo, hi) in enumerate(self.box):
            lo_r, hi_r = sp.nsimplify(lo), sp.nsimplify(hi)
            for end, side in ((lo_r, 1), (hi_r, -1)):
                row = []
                for k in range(2, 11):
                    c = end + side * (hi_r - lo_r) / 4 ** k
                    p = base[:i] + (c,) + base[i + 1:]
                    if self.inside(p):
                        row.append(p)
                out.append(row)
        return out

    def value(self, p):
        with np.errstate(all="ignore"):
            try:
                return float(self.num(*[float(c) for c in p]))
            except (OverflowError, ValueError, ZeroDivisionError, TypeError):
                return float("nan")

    def gap_exact(self, a, b, lam):
        m = tuple(lam * ai + (1 - lam) * bi for ai, bi in zip(a, b))
        fa = self.f.subs(dict(zip(self.vars, a)))
        fb = self.f.subs(dict(zip(self.vars, b)))
        fm = self.f.subs(dict(zip(self.vars, m)))
        return fm - lam * fa - (1 - lam) * fb

    def values(self, X):
        """f at the rows of a float array (vectorized when the lambdified f allows, else row by row)."""
        with np.errstate(all="ignore"):
            try:
                out = np.asarray(self.num(*X.T), dtype=float)
                if out.shape == (len(X),):
                    return out
            except (OverflowError, ValueError, ZeroDivisionError, TypeError):
                pass
            return np.array([self.value(row) for row in X], dtype=float)

    def violation(self, sign):
        """An exact (a, b, lam) with sign * gap > 0, or None (sign 1: not convex; -1: not concave)."""
        pairs = [(self.rng.choice(self.pts), self.rng.choice(self.pts)) for _ in range(2500)]
        pairs += self.short_pairs(500)
        pairs += [(a, b) for row in self.near for a, b in itertools.combinations(row, 2)]

        def float_gap(fa, fb, fm, fl):
            return sign * (fm - fl * fa - (1 - fl) * fb) / (1 + np.abs(fa) + np.abs(fb))

        return self._witness(pairs, float_gap, 1e-15, lambda a, b, lam, m: (sign * self.gap_exact(a, b, lam)).is_positive)

    def quasi_violation(self, sign):
        """An exact (a, b, lam) with sign * (f(m) - f(a)) > 0 and sign * (f(m) - f(b)) > 0, or None (sign 1: not
        quasiconvex; -1: not quasiconcave). Floats only pick the candidates; SymPy decides both signs exactly."""
        pairs = [(self.rng.choice(self.pts), self.rng.choice(self.pts)) for _ in range(2500)]
        pairs += self.short_pairs(500)

        def float_gap(fa, fb, fm, fl):
            return np.minimum(sign * (fm - fa), sign * (fm - fb)) / (1 + np.abs(fa) + np.abs(fb))

        def exact(a, b, lam, m):
            fm, fa, fb = (self.f.subs(dict(zip(self.vars, p))) for p in (m, a, b))
            return (sign * (fm - fa)).is_positive is True and (sign * (fm - fb)).is_positive is True

        return self._witness(pairs, float_gap, 1e-12, exact)

    def _witness(self, pairs, float_gap, tol, exact):
        """The first (a, b, lam) among the 8 best float candidates (``float_gap`` > ``tol`` at lam in 1/2, 1/4, 3/4)
        whose points lie in the domain exactly and for which ``exact(a, b, lam, m)`` is True; else None."""
        pairs = [(a, b) for a, b in pairs if a != b]
        A = np.array([[float(c) for c in a] for a, _ in pairs])
        B = np.array([[float(c) for c in b] for _, b in pairs])
        fa, fb = self.values(A), self.values(B)
        cands = []
        for lam in (sp.Rational(1, 2), sp.Rational(1, 4), sp.Rational(3, 4)):
            fl = float(lam)
            fm = self.values(fl * A + (1 - fl) * B)
            with np.errstate(all="ignore"):
                g = float_gap(fa, fb, fm, fl)
            for k in np.nonzero(np.isfinite(g) & (g > tol))[0]:
                cands.append((g[k], pairs[k][0], pairs[k][1], lam))
        cands.sort(key=lambda c: -c[0])
        for _, a, b, lam in cands[:8]:
            m = tuple(lam * ai + (1 - lam) * bi for ai, bi in zip(a, b))
            if not (self.inside_exact(a) and self.inside_exact(b) and self.inside_exact(m)):
                continue
            if exact(a, b, lam, m) is True:
                return (a, b, lam)
        return None

    def quasi_facts(self):
        """qconvex / qconcave: False with an exact witness; True when 3000 float triples show no violation beyond
        1e-9 (relative: evidence; each line's ``why`` states the reason); else None."""
        out = {}
        for name, sign in (("qconvex", 1), ("qconcave", -1)):
            if self.quasi_violation(sign) is not None:
                out[name] = False
                continue
            pairs = [(self.rng.choice(self.pts), self.rng.choice(self.pts)) for _ in range(3000)]
            A = np.array([[float(c) for c in a] for a, _ in pairs])
            B = np.array([[float(c) for c in b] for _, b in pairs])
            T = np.array([self.rng.random() for _ in pairs])[:, None]
            fa, fb, fm = self.values(A), self.values(B), self.values(T * A + (1 - T) * B)
            with np.errstate(all="ignore"):
                g = np.minimum(sign * (fm - fa), sign * (fm - fb)) / (1 + np.abs(fa) + np.abs(fb))
            out[name] = None if np.any(np.isfinite(g) & (g > 1e-9)) else True
        return out

    def short_pairs(self, n):
        out = []
        for _ in range(n):
            a = self.rng.choice(self.pts)
            d = [sp.Rational(self.rng.randint(-3, 3), self.rng.choice([2, 4, 8, 16, 64])) for _ in a]
            b = tuple(ai + di for ai, di in zip(a, d))
            if b != a and self.inside(b):
                out.append((a, b))
        return out

    def least_eigs(self):
        out = []
        ends = [(sp.nsimplify(lo), sp.nsimplify(hi)) for lo, hi in self.box]
        for p in self.pts[:600]:
            if any(c in e for c, e in zip(p, ends)):   # an end of the box: the boundary, not the interior
                continue
            with np.errstate(all="ignore"):
                try:
                    h = np.array(self.hnum(*[float(c) for c in p]), dtype=float)
                except (OverflowError, ValueError, ZeroDivisionError, TypeError):
                    continue
            if not np.all(np.isfinite(h)):
                continue
            ev = np.linalg.eigvalsh(h)
            out.append((ev[0], ev[-1], np.max(np.abs(ev)) + 1e-300, h, p))
        return out

    def flat_segment(self, eigs, sign):
        """An exact segment on which f is affine (gap == 0), or None. A spec's stated segments (``flat``: a line of
        zeros the random search rarely lands on, x = 0 of x^2/sqrt(y)) are tried first, under the same exact test."""
        for a, b in self.flats:
            if self.inside_exact(a) and self.inside_exact(b) and exact_zero(self.gap_exact(a, b, sp.Rational(1, 2))):
                return (a, b)
        pairs = self.short_pairs(400)
        for lo, hi, scale, h, p in eigs[:150]:
            w, v = np.linalg.eigh(sign * h)
            if abs(w[0]) <= 1e-9 * max(1.0, abs(w[-1])):
                vec = v[:, 0] / np.max(np.abs(v[:, 0]))
                d = [sp.Rational(Fraction(float(c)).limit_denominator(12)) for c in vec]
                for t in (sp.Rational(1, 8), sp.Rational(1, 2), sp.Integer(1)):
                    b = tuple(pi + t * di for pi, di in zip(p, d))
                    if b != p and self.inside(b):
                        pairs.append((p, b))
        pairs += [(self.rng.choice(self.pts), self.rng.choice(self.pts)) for _ in range(400)]
        small = [d for d in itertools.product((-1, 0, 1), repeat=len(self.vars)) if any(d)]
        for p in self.pts[:40]:   # rays (a homogeneous f is linear along them) and small integer directions
            pairs += [(p, tuple(c * t for c in p)) for t in (sp.Rational(3, 2), sp.Integer(2))]
            pairs += [(p, tuple(c + sp.Rational(di, 4) for c, di in zip(p, d))) for d in small]
        pairs = [(a, b) for a, b in pairs if self.inside(b)]
        tried = 0
        for a, b in pairs:
            if a == b:
                continue
            lam = sp.Rational(1, 2)
            m = tuple(lam * ai + (1 - lam) * bi for ai, bi in zip(a, b))
            fa, fb, fm = self.value(a), self.value(b), self.value(m)
            if not all(map(math.isfinite, (fa, fb, fm))):
                continue
            if abs(fm - (fa + fb) / 2) > 1e-12 * (1 + abs(fa) + abs(fb)):
                continue
            tried += 1
            if tried > 40:
                break
            if not (self.inside_exact(a) and self.inside_exact(b)):
                continue
            if exact_zero(self.gap_exact(a, b, lam)):
                return (a, b)
        return None

    def facts(self):
        eigs = self.least_eigs()
        out = {}
        for name, sign in (("convex", 1), ("concave", -1)):
            bad = self.violation(sign)
            if bad is not None:
                out[name] = False
                out["s" + name] = False
                continue
            lows = [(lo if sign == 1 else -hi) / sc for lo, hi, sc, _, _ in eigs]
            if lows and min(lows) < -1e-7:
                out[name] = None    # a negative curvature seen but no exact counterexample: undecided
                out["s" + name] = None
                continue
            out[name] = True
            flat = self.flat_segment(eigs, sign)
            if flat is not None:
                out["s" + name] = False
            elif eigs and sum(lo <= 1e-12 for lo in lows) <= 0.02 * len(lows):   # isolated zeros only
                out["s" + name] = True
            else:
                out["s" + name] = None
        if out["convex"] and out["concave"]:
            out["affine"] = True
        elif out["convex"] is False or out["concave"] is False:
            out["affine"] = False
        else:
            out["affine"] = None
        return out


def answer(facts, prop):
    """The truth of a claim's property from the facts (None when a fact it needs is undecided)."""
    table = {"convex": facts["convex"], "concave": facts["concave"], "affine": facts["affine"],
             "sconvex": facts["sconvex"], "sconcave": facts["sconcave"]}
    if prop in table:
        return table[prop]
    if prop in ("qconvex", "qconcave"):   # quasiconvex, quasiconcave (``Fn.quasi_facts``)
        return facts[prop]
    if prop == "qlinear":
        q = (facts["qconvex"], facts["qconcave"])
        return False if False in q else True if q == (True, True) else None
    if prop in ("notqconvex", "notqconcave", "notqlinear"):
        found = answer(facts, prop[3:])
        return None if found is None else not found
    if prop == "notconvex":
        return None if facts["convex"] is None else not facts["convex"]
    if prop == "notconcave":
        return None if facts["concave"] is None else not facts["concave"]
    if prop == "either":   # "convex or concave" (a question with alternatives, answered as their disjunction)
        if facts["convex"] or facts["concave"]:
            return True
        if facts["convex"] is False and facts["concave"] is False:
            return False
        return None
    if prop == "neither":
        if facts["convex"] is False and facts["concave"] is False:
            return True
        if facts["convex"] or facts["concave"]:
            return False
        return None
    raise ValueError(prop)


def derive(entry, seed=0):
    """For each claim of the entry: its derived truth (over every listed parameter value)."""
    rng = random.Random(seed)
    names = list(entry["vars"]) + list(entry["params"])
    expr = parse(entry["expr"], names)
    dom = [parse(d, names) for d in entry["dom"]]
    combos = [{}]
    for p, vals in entry["params"].items():
        combos = [dict(c, **{p: sp.Rational(v)}) for c in combos for v in vals]
    per = []
    for c in combos:
        subs = {sym(k): v for k, v in c.items()}
        fn = Fn(expr.subs(subs), entry["vars"], [d.subs(subs) for d in dom], entry["box"], rng,
                entry.get("flat", ()))
        facts = fn.facts()
        if any(p.lstrip("not").startswith("q") for _, p, _ in entry["claims"]):
            facts.update(fn.quasi_facts())
        per.append(facts)
    out = []
    for _, prop, _ in entry["claims"]:
        vals = [answer(f, prop) for f in per]
        if prop.startswith("not") or prop in ("neither", "either"):
            assert not entry["params"], "negative claims with parameters are not in this corpus"
        out.append(None if None in vals and False not in vals else all(v is True for v in vals))
    return out


def check(entries, corpus_rows, verbose=False):
    failures = []
    byclaim = {r["claim"]: r for r in corpus_rows}
    for i, entry in enumerate(entries):
        if verbose:
            print(f"[{i + 1}/{len(entries)}] {entry['expr']}", file=sys.stderr, flush=True)
        truths = derive(entry, seed=i)
        for (text, prop, holds), truth in zip(entry["claims"], truths):
            row = byclaim.get(text)
            if row is None or row["holds"] is not holds:
                failures.append(f"corpus line differs from the spec: {text}")
            if truth is None:
                failures.append(f"undecided by the verifier: {text}")
            elif truth is not holds:
                failures.append(f"WRONG answer in the spec (derived {truth}): {text}")
    return failures


def check_nulls(nulls, corpus_rows):
    """Each null row is in the corpus with ``holds`` null; an ambiguous one's two readings must both be derived
    and disagree (else the text is not ambiguous and deserves an answer)."""
    failures = []
    byclaim = {r["claim"]: r for r in corpus_rows}
    for i, row in enumerate(nulls):
        got = byclaim.get(row["claim"])
        if got is None or got["holds"] is not None:
            failures.append(f"corpus line differs from the spec (null expected): {row['claim']}")
        if not row["readings"]:
            continue
        truths = [derive({"expr": expr, "vars": vars, "dom": dom, "box": box, "params": {},
                          "claims": [("", prop, None)]}, seed=1000 + i)[0]
                  for expr, vars, dom, box, prop in row["readings"]]
        if None in truths or len(set(truths)) < 2:
            failures.append(f"readings do not disagree ({truths}): {row['claim']}")
    return failures


def selftest(entries, rows, n=25):
    """Flip each answer in turn on a sample of claims: the verifier must catch every flip."""
    rng = random.Random(8)
    picks = rng.sample(range(len(entries)), min(n, len(entries)))
    missed = []
    for i in picks:
        entry = entries[i]
        for j, (text, prop, holds) in enumerate(entry["claims"]):
            bad = dict(entry, claims=[(t, p, (not h) if k == j else h) for k, (t, p, h) in enumerate(entry["claims"])])
            badrows = [dict(r, holds=(not r["holds"])) if r["claim"] == text else r for r in rows]
            if not check([bad], badrows):
                missed.append(text)
    return missed


def main():
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(names) != 1:
        raise SystemExit("usage: verify_spec.py NAME [--selftest] [-v]  (NAME: the corpus, e.g. red9)")
    spec = importlib.import_module(f"spec_{names[0]}")
    ENTRIES, NULLS = spec.ENTRIES, getattr(spec, "NULLS", [])
    corpus = pathlib.Path(__file__).resolve().parents[1] / f"{names[0]}.jsonl"
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if "--selftest" in sys.argv:
        missed = selftest(ENTRIES, rows)
        print("selftest: every planted error caught" if not missed else f"selftest MISSED: {missed}")
        return 1 if missed else 0
    failures = check(ENTRIES, rows, verbose="-v" in sys.argv) + check_nulls(NULLS, rows)
    n = sum(len(e["claims"]) for e in ENTRIES) + len(NULLS)
    if len(rows) != n:
        failures.append(f"corpus has {len(rows)} lines, spec {n}")
    for f in failures:
        print(f)
    print(f"{n} claims, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
