"""Independent check of the expected answers of bench/corpus/exercises.jsonl.

The answers were derived (gen_exercises.py) from per-subject facts: C convex, V concave, SC strictly convex, SV
strictly concave (of log f for log-concavity claims), QX quasiconvex, QV quasiconcave. This script re-derives the facts
from the subject alone (function in SymPy syntax, variables, domain, parameters), never with symconvex:

- curvature facts with verify_textbook.check_subject: every absent C / V needs an exact rational witness pair a, b in
  the domain whose midpoint gap has the refuting sign by SymPy's error-bounded evaluation; every "C but not SC" needs
  its stated segment shown affine exactly; claimed C / V is tested by 40-digit midpoint tests and the exact symbolic
  Hessian at 200 random points (its proof being the mathematics in the row's `why`);
- quasi-facts: an absent QX (QV) needs rational a, b in the domain with f((a+b)/2) > max(f(a), f(b))
  (< min(f(a), f(b))), both differences' signs confirmed by SymPy's strict evalf; a present QX (QV) is tested on 600
  random triples a, b, t (no violation beyond 1e-25), its proof being the `why`;
- every row's `holds` must equal the property evaluated on the facts (lib.PROPS / QPROPS), and the corpus row must
  be the spec row's claim, answer and why.

`--selftest` plants wrong answers (a fact flipped in a subject, a quasi-fact flipped, a `holds` flipped) and expects
each to be caught, and leaves honest subjects unchanged and expects no complaint. Exit status 1 on any problem.

    python bench/corpus/truth/verify_exercises.py
    python bench/corpus/truth/verify_exercises.py --selftest
"""
import copy
import json
import os
import random
import sys

import mpmath as mp
import sympy as sp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_exercises import QPROPS  # noqa: E402
from lib import PROPS, facts  # noqa: E402
from verify_textbook import Sampler, _holds, check_subject  # noqa: E402
from verify_tools import _flip_fact, flipped_answer_caught  # noqa: E402
from verify_tools import check_rows as _check_rows  # noqa: E402

CORPUS, SPEC = "exercises.jsonl", "spec_exercises.jsonl"


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(spec):
    return json.dumps({k: v for k, v in spec.items() if k not in ("prop", "neg")}, sort_keys=True)


def _strict_sign(expr):
    """Sign of an exact SymPy number by error-bounded evaluation; 0 when it cannot be told."""
    try:
        z = expr.evalf(40, strict=True)
    except Exception:
        return 0
    if not z.is_real:
        return 0
    return 1 if z > 0 else (-1 if z < 0 else 0)


def quasi_witness(spec, rng, which, tries=800):
    """Rational a, b in the domain with f(m) > max(f(a), f(b)) (which='QX') or f(m) < min (which='QV'), exactly."""
    S = Sampler(dict(spec, facts=""), rng)
    sign = 1 if which == "QX" else -1
    f = sp.lambdify(S.xs, S.e, modules="mpmath")
    mp.mp.dps = 30
    for k in range(tries):
        a = S.point({}, den=16)
        b = S.point({}, den=16)
        m = {x: (a[x] + b[x]) / 2 for x in S.xs}
        if not _holds(S.dom, m):
            return "DOMAIN NOT CONVEX"
        try:
            fa, fb, fm = (f(*[mp.mpf(int(s[x].p)) / int(s[x].q) for x in S.xs]) for s in (a, b, m))
            if any(isinstance(v, mp.mpc) for v in (fa, fb, fm)):
                continue
        except Exception:
            continue
        if sign * (fm - fa) > mp.mpf(10) ** -20 and sign * (fm - fb) > mp.mpf(10) ** -20:
            ea, eb, em = (S.e.subs(s) for s in (a, b, m))
            if _strict_sign(sign * (em - ea)) == 1 and _strict_sign(sign * (em - eb)) == 1:
                return "ok"
    return None


def quasi_evidence(spec, rng, which, n=600):
    """Number of random triples violating QX (QV): f(t a + (1-t) b) > max (< min) by more than 1e-25."""
    S = Sampler(dict(spec, facts=""), rng)
    f = sp.lambdify(S.xs, S.e, modules="mpmath")
    mp.mp.dps = 40
    bad = 0
    for _ in range(n):
        a, b = S.point({}), S.point({})
        t = sp.Rational(rng.randint(1, 63), 64)
        m = {x: t * a[x] + (1 - t) * b[x] for x in S.xs}
        if not _holds(S.dom, m):
            bad += 1
            continue
        try:
            fa, fb, fm = (f(*[mp.mpf(int(s[x].p)) / int(s[x].q) for x in S.xs]) for s in (a, b, m))
        except Exception:
            continue
        tol = mp.mpf(10) ** -25 * (1 + abs(fa) + abs(fb))
        if which == "QX" and fm > max(fa, fb) + tol:
            bad += 1
        if which == "QV" and fm < min(fa, fb) - tol:
            bad += 1
    return bad


def check_quasi(spec, rng):
    msgs = []
    have = spec["quasi"].split()
    for which, word in (("QX", "quasiconvexity"), ("QV", "quasiconcavity")):
        if which in have:
            bad = quasi_evidence(spec, rng, which)
            if bad:
                msgs.append(f"{which} claimed but {bad} random triples violate it")
        else:
            w = quasi_witness(spec, rng, which)
            if w is None:
                msgs.append(f"no exact witness against {word}")
            elif w != "ok":
                msgs.append(w)
    return msgs


def expected(spec):
    """The answer the subject's facts give to the row's property (negated for "is not")."""
    if "quasi" in spec:
        q = {k: (k in spec["quasi"].split()) for k in ("QX", "QV")}
        h = QPROPS[spec["prop"]](q)
    else:
        h = PROPS[spec["prop"]](facts(spec["facts"]))
    return (not h) if spec["neg"] else h


def check_one(spec, rng):
    return check_quasi(copy.deepcopy(spec), rng) if "quasi" in spec else check_subject(copy.deepcopy(spec), rng)


def check_rows(corpus, specs, rng, cache=None, log=print):
    """Problems of the corpus: each row against its spec (``verify_tools.check_rows`` with this corpus's checks)."""
    return _check_rows(corpus, specs, rng, cache, log, check=check_one, key=_key,
                       expect=expected, fields=("holds", "why", "kind"))


def main():
    rng = random.Random(17)
    corpus_dir = os.path.normpath(os.path.join(HERE, ".."))
    corpus, specs = _rows(os.path.join(corpus_dir, CORPUS)), _rows(os.path.join(HERE, SPEC))
    n = check_rows(corpus, specs, rng)
    print(f"{CORPUS}: {len(corpus)} claims, {len({_key(s['spec']) for s in specs})} subjects, {n} problems")
    return n


def selftest():
    """Plant wrong answers into real subjects and expect every plant to be caught; honest ones pass."""
    rng = random.Random(5)
    sample_rng = random.Random(9)
    specs = _rows(os.path.join(HERE, SPEC))
    subjects, quasi = {}, {}
    for srow in specs:
        (quasi if "quasi" in srow["spec"] else subjects).setdefault(_key(srow["spec"]), srow)
    failures = honest = planted = 0
    chosen = sample_rng.sample(sorted(subjects), 14)
    for key in chosen[:4]:
        msgs = check_one(subjects[key]["spec"], rng)
        honest += 1
        failures += bool(msgs)
        print("honest ", subjects[key]["spec"]["expr"], subjects[key]["spec"]["facts"], "->", msgs or "ok")
    for k, key in enumerate(chosen[4:]):
        spec = _flip_fact(subjects[key]["spec"], k % 3)
        msgs = check_one(spec, rng)
        planted += 1
        failures += not msgs
        print("planted", spec["expr"], f"{subjects[key]['spec']['facts']!r} -> {spec['facts']!r}", "->",
              "; ".join(msgs) if msgs else "MISSED")
    for key in sorted(quasi)[:6]:                   # quasi: honest, then each quasi-fact flipped
        spec = quasi[key]["spec"]
        msgs = check_one(spec, rng)
        honest += 1
        failures += bool(msgs)
        print("honest ", spec["expr"], spec["quasi"], "->", msgs or "ok")
        have = spec["quasi"].split()
        for q in ("QX", "QV"):
            flipped = dict(spec, quasi=" ".join([f for f in have if f != q] if q in have else have + [q]))
            msgs = check_one(flipped, rng)
            planted += 1
            failures += not msgs
            print("planted", spec["expr"], f"{spec['quasi']!r} -> {flipped['quasi']!r}", "->",
                  "; ".join(msgs) if msgs else "MISSED")
    for srow in (specs[0], next(s for s in specs if "quasi" in s["spec"])):   # flipped answers
        planted += 1
        failures += not flipped_answer_caught(srow, rng, check_rows)
    print(f"{honest} honest, {planted} planted, {failures} failures")
    return failures


if __name__ == "__main__":
    sys.exit(1 if (selftest() if "--selftest" in sys.argv[1:] else main()) else 0)
