r"""A mutation fuzzer for the checker: tampered certificates must be rejected in one line, or be true.

    python bench/mutate.py [--per-seed N] [--seed S] [--timeout T] [--quick] [--out FILE]

It collects accepted certificates of every kind the engine writes (``seeds``: through the public API, a varied list
of functions, claims and networks; network refutations checked both by the exact integer pass and on the loss
tree), changes each one's JSON in many ways (``mutations``: every number +1, -1, *2, negated, 0, huge, "1/0"; every
string; two variables swapped; a subtree replaced by another; a list element dropped or doubled; a domain
constraint dropped; the function or the network's data changed; the kind changed; keys deleted or added; deep
nesting), each mutant's digests recomputed (``rehash``: else a changed subject fails at its digest and the check
beneath it is never reached), and checks each with the checker's entry (``verify``, ``verify_domain``,
``report_minimum``). A mutant must be rejected with a one-line ``CertificateError`` or be accepted with a TRUE
statement about its own subject, decided here independently of the checker and of the finders (``judge``: its own
tree evaluator at 60 digits, ``mp_value``, and its own forward pass of a network spec, ``net_loss``):

- refutations (midpoint, curvature, quasimidpoint, saddle, the parts of a loglog refutation): the mutant's own
  points, recomputed: the midpoint gap, the second derivative along the direction, the gradient;
- proofs (convex, concave, affine, strictly so, quasi-, log-log, convex sets): random points of the domain, a
  midpoint inequality violated beyond rounding is a counterexample;
- minima: Newton from the box's centre stays in the box, the Hessian is positive definite at sampled box points;
- a mutant whose subject and statement are the original's states the original's (true) fact.

Outcomes: ``rejected``, ``accepted-true``, ``accepted-false`` (a checker bug: the fact is false), ``unjudged``
(accepted, the oracle could not decide: listed for a reader), ``ways-differ`` (a network twin that the integer pass
and the loss tree judge differently), ``crashed`` (an exception other than
``CertificateError``, or a message of more than one line), ``hung`` (the check ran well past its time limit).
Deterministic for a given ``--seed``.

Results (the whole run: every kind, every mutation, a quarter more stacked twice, half restated; ``--timeout 5``;
two shared cores):

- One checker bug, fixed (``check.evaluate.Evaluator.exact_exponent``): the twin of (x + y)^2 + (x - y)^2 with the
  exponent 2 replaced by y and its values restated, a curvature refutation at (1, 1) along (1, 0), was accepted
  ("not_concave") although x^y is undefined near a zero base where the base turns negative. Its sharpest form:
  (-x^2)^y, defined on x = 0 alone (f = 0 there, convex), was accepted "not_convex" by d^2/dt^2 (-t^2)^1 = -2 at
  (0, 1) along (1, 0). A zero base with a variable exponent is now refused for derivatives and interior points
  (values keep the continuous extension 0^r = 0). ``tests/test_mutations.py`` holds both.
- After the fix (seed 0, 160 seeds of all 17 kinds): 146,985 mutants; 131,419 rejected in one line; 15,566
  accepted and true (5,075 of them about a changed subject, recomputed by the oracle); 0 accepted-false, 0
  unjudged, 0 crashed, 0 hung, no network twin judged differently by the integer pass and the loss tree. Seed 1:
  147,037 mutants, 131,454 rejected, 15,583 accepted and true (5,129 recomputed), nothing else.
- Before the fix (seed 0, 154 seeds): 145,610 mutants; 130,102 rejected in one line; 15,502 accepted and true; 0
  crashed, 0 hung; 5 unjudged, matrix certificates true by hand (since judged at size 1); 1 accepted-false, a
  mistake of the oracle (fixed): a midpoint of a x^2 + b y with the exponent 2 replaced by y at (0, 1), (0, 3),
  where the checker takes 0^y = 0 for y > 0 as ``check.evaluate`` documents.
- Mistakes of the oracle found on the way, fixed here: central differences at 60 digits lose a second derivative
  next to values of 10^800 (a data point changed to 10^400): precision, step and tolerance follow the longest
  number in the mutant, and a "false" is confirmed at twice the precision.
- By hand beyond the fuzzer, rejected as they should be: curvature refutations at the tie of a kink whose other
  branch curves down (max(-x^2, x^2), relu(-x^2), ... at 0), two "different" points that are equal (1 and 2/2, 0
  and -0), a midpoint of x^x at negative integers, minimum grids up to 10^400, network specs near the size caps.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import sys
import time
from fractions import Fraction

import mpmath

DPS = 60
#: The longest run of digits in the mutant being judged (``judge`` sets it): precision, steps and tolerances follow.
_DIGITS = [0]
_HUGE = "1" + "0" * 400


class Undefined(Exception):
    """The subject is not defined (as a real function) at the point."""


# ------------------------------------------------------------------------------------- the oracle's evaluator

def _num(text) -> mpmath.mpf:
    q = Fraction(text) if isinstance(text, str) else Fraction(int(text))
    return mpmath.mpf(q.numerator) / q.denominator


def _need(ok: bool) -> None:
    if not ok:
        raise Undefined()


def _pow(b, e, exponent_tree):
    if exponent_tree[0] == "num":
        q = Fraction(exponent_tree[1])
        if q.denominator == 1:
            _need(b != 0 or q >= 0)
            return b ** int(q)
        _need(b > 0 or b == 0 and q > 0)
        return b ** (mpmath.mpf(q.numerator) / q.denominator)
    _need(b > 0 or b == 0 and e > 0)  # x^y = exp(y log x), at x = 0 its continuous extension 0 (y > 0)
    return mpmath.exp(e * mpmath.log(b)) if b > 0 else mpmath.mpf(0)


def _positive(f):
    def g(v):
        _need(v > 0)
        return f(v)
    return g


_UNARY = {
    "exp": mpmath.exp, "log": _positive(mpmath.log), "abs": abs, "relu": lambda v: max(v, 0),
    "sigmoid": lambda v: 1 / (1 + mpmath.exp(-v)), "softplus": lambda v: mpmath.log1p(mpmath.exp(v)),
    "tanh": mpmath.tanh, "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan, "sinh": mpmath.sinh,
    "cosh": mpmath.cosh, "arctan": mpmath.atan, "arcsinh": mpmath.asinh, "erf": mpmath.erf, "erfc": mpmath.erfc,
    "gamma": _positive(mpmath.gamma), "digamma": _positive(mpmath.digamma),
    "trigamma": _positive(lambda v: mpmath.psi(1, v)),
}


def mp_value(tree, env: dict):
    """The real value of an expression tree at ``env`` (name -> mpf), at the current mpmath precision;
    ``Undefined`` where the real function is not defined, ``KeyError`` for an unknown name."""
    head, args = tree[0], tree[1:]
    if head == "num":
        return _num(args[0])
    if head == "var":
        return env[args[0]]
    if head == "pi":
        return +mpmath.pi
    if head == "pow":
        return _pow(mp_value(args[0], env), mp_value(args[1], env), args[1])
    values = [mp_value(a, env) for a in args]
    if head == "add":
        return mpmath.fsum(values)
    if head == "mul":
        return mpmath.fprod(values)
    if head in ("max", "min"):
        return (max if head == "max" else min)(values)
    if head == "leaky_relu":
        return values[0] if values[0] >= 0 else values[1] * values[0]
    v = values[0]
    if head in ("arcsin", "arccos"):
        _need(-1 <= v <= 1)
        return (mpmath.asin if head == "arcsin" else mpmath.acos)(v)
    if head == "arccosh":
        _need(v >= 1)
        return mpmath.acosh(v)
    if head == "artanh":
        _need(-1 < v < 1)
        return mpmath.atanh(v)
    if head in _UNARY:
        out = _UNARY[head](v)
        _need(mpmath.isfinite(out) and not isinstance(out, mpmath.mpc))
        return out
    raise KeyError(head)


def _activation(name: str, v):
    if name == "identity":
        return v
    if name == "relu":
        return max(v, 0)
    if name.startswith("leaky_relu:"):
        return v if v >= 0 else _num(name.split(":", 1)[1]) * v
    return _UNARY[name](v)


def parameter_names(spec) -> list[str]:
    """The spec's parameter names in the documented order (W{l}_{i}_{j} row by row, then b{l}_{i}), read here."""
    widths, names = spec["layers"], []
    for l, (n_in, n_out) in enumerate(zip(widths, widths[1:]), 1):
        names += [f"W{l}_{i}_{j}" for i in range(1, n_out + 1) for j in range(1, n_in + 1)]
        names += [f"b{l}_{i}" for i in range(1, n_out + 1)] if spec.get("bias", True) else []
    return names


def net_loss(spec, env: dict):
    """The network spec's loss at the parameters ``env`` (name -> mpf): its own forward pass."""
    widths, acts = spec["layers"], spec["activations"]
    total = []
    for x, y in zip(spec["inputs"], spec["targets"], strict=True):
        h = [_num(v) for v in x]
        for l, (n_in, n_out) in enumerate(zip(widths, widths[1:]), 1):
            z = [mpmath.fsum(env[f"W{l}_{i}_{j}"] * h[j - 1] for j in range(1, n_in + 1))
                 + (env[f"b{l}_{i}"] if spec.get("bias", True) else 0) for i in range(1, n_out + 1)]
            h = [_activation(acts[l - 1], v) for v in z]
        t = [_num(v) for v in y]
        if spec["loss"] == "squared":
            total.append(mpmath.fsum((a - b) ** 2 for a, b in zip(h, t, strict=True)) / 2)
        elif spec["loss"] == "logistic":
            total.append(mpmath.log1p(mpmath.exp(h[0])) - t[0] * h[0])
        else:
            total.append(max(0, 1 - t[0] * h[0]))
    return mpmath.fsum(total)


class Subject:
    """What a certificate (JSON dict) is about, evaluated by the oracle: f(point), its domain, its variables."""

    def __init__(self, data: dict, tree=None):
        self.data = data
        self.network = data.get("network")
        self.tree = tree if tree is not None else data.get("function")
        self.parameters = list(data.get("parameters") or [])
        self.params = dict(zip(self.parameters, map(_num, data.get("parameter_values") or [])))
        names = list(data.get("variables") or [])
        if self.network is not None and not names:
            names = parameter_names(self.network)
        self.names = names
        self.domain = [c for c in data.get("domain") or []]

    def f(self, point) -> mpmath.mpf:
        env = {**self.params, **dict(zip(self.names, point, strict=True))}
        if self.network is not None:
            if self.names != parameter_names(self.network):
                raise Undefined()
            return net_loss(self.network, env)
        return mp_value(self.tree, env)

    def inside(self, point, strict: bool = False) -> bool:
        env = {**self.params, **dict(zip(self.names, point, strict=True))}
        for rel, lhs, rhs in self.domain:
            try:
                g = mp_value(lhs, env) - mp_value(rhs, env)
            except Undefined:
                return False
            g = g if rel in ("gt", "ge", "eq") else -g
            if rel == "eq" and abs(g) > _tol(g) or rel != "eq" and not (g > 0 or g >= 0 and rel == "ge" and not strict):
                return False
        return True


def _vector(values) -> list:
    return [_num(v) for v in values]


def _scale(*values):
    return 1 + max((abs(v) for v in values), default=0)


def _tol(*values):
    """What counts as zero next to ``values`` at the working precision (differences of step 10^-15 lose 30 digits)."""
    return _scale(*values) * mpmath.mpf(10) ** (40 - mpmath.mp.dps)


def _step():
    """The step of a central difference: its truncation error (h^2 times derivatives that grow like the mutant's
    numbers) and its rounding error (10^-dps / h^2, with dps = 60 + 3 digits) both far below ``_dtol``."""
    return mpmath.mpf(10) ** -(20 + _DIGITS[0])


def _dtol(*values):
    """What counts as zero for a derivative by central differences next to ``values``: their rounding error,
    10^-dps |f| / h^2, times 10^10."""
    return _scale(*values) * mpmath.mpf(10) ** (50 + 2 * _DIGITS[0] - mpmath.mp.dps)


def _second(phi, h=None):
    """phi''(0) and phi'(0) by central differences at 60 digits (smooth near 0)."""
    h = h or _step()
    f0, fp, fm = phi(0), phi(h), phi(-h)
    return (fp - 2 * f0 + fm) / h ** 2, (fp - fm) / (2 * h), f0


# ------------------------------------------------------------------------------------------------ judging

def _refutation(data: dict) -> str | None:
    """Why the refutation's own evidence fails (None: it holds), recomputed from the mutant's JSON."""
    s = Subject(data)
    if data["kind"] in ("midpoint", "quasimidpoint"):
        a, b, lam = _vector(data["a"]), _vector(data["b"]), _num(data["lam"])
        if not 0 < lam < 1 or not (s.inside(a) and s.inside(b)):
            return f"lam {lam} or a, b outside the domain"
        m = [lam * p + (1 - lam) * q for p, q in zip(a, b, strict=True)]
        fa, fb, fm = s.f(a), s.f(b), s.f(m)
        word, scale = data["refutes"], _scale(fa, fb, fm)
        if data["kind"] == "quasimidpoint":
            gap = fm - max(fa, fb) if word == "quasiconvex" else min(fa, fb) - fm
            return None if gap > _tol(fa, fb, fm) else f"f(m) - max/min = {mpmath.nstr(gap, 8)}"
        gap = fm - lam * fa - (1 - lam) * fb
        gap = gap if word.endswith("convex") else -gap
        if word.startswith("strictly"):
            return None if a != b and gap > -_tol(fa, fb, fm) else f"a = b or the gap {mpmath.nstr(gap, 8)} < 0"
        return None if gap > _tol(fa, fb, fm) else f"the midpoint gap {mpmath.nstr(gap, 8)} is not > 0"
    if data["kind"] == "curvature":
        p, u = _vector(data["point"]), _vector(data["direction"])
        if not s.inside(p, strict=True):
            return "the point is not inside the domain"
        d2, _, f0 = _second(lambda t: s.f([pi + t * ui for pi, ui in zip(p, u, strict=True)]))
        d2b, _, _ = _second(lambda t: s.f([pi + t * ui for pi, ui in zip(p, u, strict=True)]), _step() / 1000)
        d2 = d2 if data["refutes"] == "convex" else -d2
        d2b = d2b if data["refutes"] == "convex" else -d2b
        return None if d2 < -_dtol(f0) and d2b < -_dtol(f0) else \
            f"the second derivative {mpmath.nstr(d2, 8)} is not < 0 along the direction"
    raise KeyError(data["kind"])


def _gradient(s: Subject, p):
    out = []
    for i in range(len(p)):
        e = [mpmath.mpf(i == k) for k in range(len(p))]
        out.append(_second(lambda t: s.f([pi + t * ei for pi, ei in zip(p, e)]))[1])
    return out


def _hessian(s: Subject, p):
    n, h = len(p), _step()
    H = mpmath.matrix(n, n)
    for i in range(n):
        for j in range(n):
            def at(di, dj):
                q = list(p)
                q[i] += di * h
                q[j] += dj * h
                return s.f(q)
            H[i, j] = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h * h)
    return H


def _saddle(data: dict) -> str | None:
    s, p = Subject(data), _vector(data["point"])
    if not s.inside(p, strict=True):
        return "the point is not inside the domain"
    f0 = s.f(p)
    if max(map(abs, _gradient(s, p))) > _dtol(f0):
        return "the gradient is not zero"
    u, v = _vector(data["neg_direction"]), _vector(data["pos_direction"])
    for t in (mpmath.mpf(10) ** -6, mpmath.mpf(10) ** -9):  # f(p + t u) < f(p) < f(p + t v) for small t
        below = s.f([a + t * b for a, b in zip(p, u, strict=True)]) - f0
        above = s.f([a + t * b for a, b in zip(p, v, strict=True)]) - f0
        if not (below < 0 < above):
            return f"f(p + t u) - f(p) = {mpmath.nstr(below, 5)}, f(p + t v) - f(p) = {mpmath.nstr(above, 5)}"
    return None


def _minimum(data: dict, rng: random.Random) -> str | None:
    s, c = Subject(data), _vector(data["center"])
    r = mpmath.mpf(1) / 2 ** (int(data["grid"]) // 2)
    p = list(c)
    for _ in range(40):  # Newton from the centre: the zero of the gradient in the box
        H = _hessian(s, p)
        step = mpmath.lu_solve(H, mpmath.matrix(_gradient(s, p)))
        p = [a - b for a, b in zip(p, step)]
    if any(abs(a - b) > r for a, b in zip(p, c)):
        return "Newton from the centre leaves the box"
    for _ in range(6):
        q = [a + r * mpmath.mpf(rng.uniform(-1, 1)) for a in c]
        if min(mpmath.eigsy(_hessian(s, q))[0]) <= 0:
            return "the Hessian is not positive definite in the box"
    if data["proves"] == "spurious_local_minimum" and not s.f(_vector(data["better"])) < s.f(p):
        return "f(better) is not below the minimum"
    return None


def _samples(s: Subject, rng: random.Random, n: int, dim: int | None = None):
    """Up to ``n`` random points of the subject's domain (boxes of several sizes, rejection sampling)."""
    dim = len(s.names) if dim is None else dim
    out, tries = [], 0
    while len(out) < n and tries < 40 * n:
        tries += 1
        scale = rng.choice((Fraction(1, 4), Fraction(1), Fraction(4), Fraction(30), Fraction(10) ** _DIGITS[0]))
        point = [mpmath.mpf(rng.uniform(-1, 1)) * scale for _ in range(dim)]
        if rng.random() < 0.3:  # near the positive orthant, where many domains live
            point = [abs(v) + mpmath.mpf(1) / 1000 for v in point]
        if s.inside(point):
            out.append(point)
    return out


def _curvature_proof(s: Subject, word: str, rng: random.Random, pairs: int = 60) -> str | None:
    """A counterexample to ``word`` (convex, concave, affine, strictly_*, quasi*) among random pairs of the domain."""
    points = _samples(s, rng, pairs)
    side = word.removeprefix("strictly_").removesuffix("_set")
    for a, b in zip(points, points[1:]):
        lam = mpmath.mpf(rng.choice((1, 2, 3))) / 4
        m = [lam * p + (1 - lam) * q for p, q in zip(a, b)]
        if not s.inside(m):
            if side == "convex" and word.endswith("_set"):
                return "a midpoint of two points of the set is outside it"
            continue
        if word.endswith("_set"):
            continue
        try:
            fa, fb, fm = s.f(a), s.f(b), s.f(m)
        except Undefined:
            return "undefined at a point of the domain"
        tol = _tol(fa, fb, fm) * 10 ** 10
        chord = lam * fa + (1 - lam) * fb
        bad = {"convex": fm - chord > tol, "concave": chord - fm > tol,
               "affine": abs(fm - chord) > tol, "quasiconvex": fm - max(fa, fb) > tol,
               "quasiconcave": min(fa, fb) - fm > tol,
               "quasilinear": fm - max(fa, fb) > tol or min(fa, fb) - fm > tol}[side]
        if bad:
            return f"{side} fails: f(m) = {mpmath.nstr(fm, 10)}, chord {mpmath.nstr(chord, 10)}"
        if word.startswith("strictly") and a != b and abs(fm - chord) < _tol(fa, fb, fm):
            return "not strict: the midpoint gap is zero"
    return None


def _loglog(data: dict, rng: random.Random) -> str | None:
    s = Subject(data)
    word = data["proves"]
    if word.startswith("not_"):  # the part refutes F(u) = log f(exp(u)): recompute its evidence on F itself
        part = data["part"]
        F = ["log", _substitute(data["function"], {n: ["exp", ["var", n]] for n in s.names})]
        return _refutation({**part, "function": F, "network": None, "domain": [], "parameters": [],
                            "parameter_values": []})
    side = word.removeprefix("loglog_")
    logs = Subject({**data, "domain": []},
                   tree=["log", _substitute(data["function"], {n: ["exp", ["var", n]] for n in s.names})])
    return _curvature_proof(logs, side, rng)


def _substitute(tree, mapping):
    if tree[0] == "var":
        return mapping.get(tree[1], tree)
    if tree[0] == "num":
        return tree
    return [tree[0], *(_substitute(a, mapping) for a in tree[1:])]


SUBJECT_FIELDS = ("variables", "function", "network", "domain", "parameters", "equalities", "kind")


def same_subject(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in SUBJECT_FIELDS if k != "kind")


def judge(original: dict, statement0: str, mutant: dict, statement: str, rng: random.Random) -> tuple[str, str]:
    """("true" | "false" | "unjudged", why) for a mutant the checker accepted with ``statement``. A "false" is
    confirmed at twice the precision (a value lost in rounding at the first is found at the second)."""
    if statement == statement0 and same_subject(original, mutant):
        return "true", "the original's subject and statement"
    digits = max(map(len, re.findall(r"\d+", _shown(mutant))), default=0)
    _DIGITS[0] = digits
    state = rng.getstate()
    for dps in (DPS + 4 * digits, 2 * (DPS + 4 * digits)):  # huge numbers: cancellation of digits in differences
        rng.setstate(state)
        mpmath.mp.dps = dps
        truth, why = _judged(mutant, statement, rng)
        if truth != "false":
            break
    mpmath.mp.dps = 15
    return truth, why


def _judged(mutant: dict, statement: str, rng: random.Random) -> tuple[str, str]:
    kind = mutant.get("kind")
    try:
        if kind in ("midpoint", "curvature", "quasimidpoint"):
            why = _refutation(mutant)
        elif kind == "saddle":
            why = _saddle(mutant)
        elif kind == "minimum":
            why = _minimum(mutant, rng)
        elif kind == "minima_count":
            whys = [_minimum(m, rng) for m in mutant["minima"]]
            why = next((w for w in whys if w), None) or (None if len(mutant["minima"]) >= mutant["count"]
                                                         else "fewer minima than the count")
        elif kind == "loglog":
            why = _loglog(mutant, rng)
        elif kind == "domain":
            why = _curvature_proof(Subject({**mutant, "function": ["num", "0"]}), "convex_set", rng, 200)
        elif kind == "restriction":
            eqs = [["eq", lhs, rhs] for lhs, rhs in mutant["equalities"]]
            s = Subject({**mutant, "domain": list(mutant.get("domain") or []) + eqs})
            kept = [n for n in s.names if n not in mutant["map"]]
            sub = Subject({**mutant, "variables": kept, "domain": []})
            points = []
            for q in _samples(sub, rng, 80):  # points of the affine set, by the map, kept only where they lie on it
                env = dict(zip(kept, q))
                try:
                    full = [env[n] if n in env else mp_value(mutant["map"][n], env) for n in s.names]
                except (Undefined, KeyError):
                    continue
                if s.inside(full):
                    points.append(full)
            if len(points) < 10:
                return "unjudged", "too few sampled points on the affine set"
            why = _pairs(s, statement, points, rng)
        elif kind == "matrix":  # read at size 1, a necessary case: each atom leaf its scalar function
            scalar = _size_one(mutant["function"], {*mutant.get("variables", ()), *mutant.get("parameters", ())})
            if scalar is None:
                return "unjudged", "a matrix atom without a scalar reading here"
            return _judged({**mutant, "kind": "rules", "function": scalar}, statement, rng)
        elif statement in ("convex", "concave", "affine", "strictly_convex", "strictly_concave", "quasiconvex",
                           "quasiconcave", "quasilinear"):  # a datavector subject read in dimension 1: a necessary case
            why, subjects = None, _with_parameters(mutant, rng)
            if not subjects:
                return "unjudged", "no sampled allowed value of the parameters"
            for s in subjects:  # a proof with parameters holds for each allowed value
                if len(_samples(s, rng, 5)) < 5:
                    return "unjudged", "too few sampled points of the domain"
                why = why or _curvature_proof(s, statement, rng)
        else:
            return "unjudged", f"no oracle for {kind} {statement}"
    except Undefined:
        return "false", "the subject is undefined at a point the certificate uses"
    except (ArithmeticError, ValueError, LookupError, TypeError, AttributeError, RecursionError) as exc:
        return "unjudged", f"the oracle could not evaluate it ({type(exc).__name__}: {str(exc)[:60]})"
    return ("false", why) if why else ("true", "recomputed")


_V = lambda name: ["var", name]  # noqa: E731
_SQ = lambda t: ["pow", t, ["num", "2"]]  # noqa: E731
_INV = lambda t: ["pow", t, ["num", "-1"]]  # noqa: E731
#: matrix atom -> its scalar function at size 1 (1 x 1 matrices and vectors of length 1), of its argument trees.
SIZE_ONE = {
    "logdet": lambda X: ["log", X], "detroot": lambda X: X, "trinv": _INV, "lambdamax": lambda X: X,
    "lambdamin": lambda X: X, "sigmamax": lambda X: ["abs", X], "nuclear": lambda X: ["abs", X],
    "quadform": lambda x, A: ["mul", A, _SQ(x)], "invquadform": lambda x, A: ["mul", _SQ(x), _INV(A)],
    "inner": lambda b, x: ["mul", b, x], "trace": lambda X: X, "tracewith": lambda S, X: ["mul", S, X],
    "quadoverlin": lambda x, t: ["mul", _SQ(x), _INV(t)], "matfrac": lambda x, Y: ["mul", _SQ(x), _INV(Y)],
    **{n: (lambda A, x, b: ["abs", ["add", ["mul", A, x], ["mul", ["num", "-1"], b]]])
       for n in ("norm1", "norm2", "norminf")},
    "sqnorm": _SQ, "vnorm1": lambda x: ["abs", x], "vnorm2": lambda x: ["abs", x], "vnorminf": lambda x: ["abs", x],
    "frosq": _SQ, "trsquare": _SQ, "frobaffine": lambda A, X, B: _SQ(["add", ["mul", A, X], ["mul", ["num", "-1"], B]]),
    "maxcoord": lambda x: x, "mincoord": lambda x: x,
}


def _size_one(tree, declared=()):
    """A matrix certificate's subject at size 1 (``SIZE_ONE``), or None for a leaf not read here. A leaf that is a
    declared variable or parameter is that scalar, whatever its name looks like (as the checker reads it)."""
    if tree[0] == "var":
        m = re.match(r"^([a-z][a-z0-9]*)\(([^()]+)\)$", tree[1])
        if not m or tree[1] in declared:
            return tree
        atom = SIZE_ONE.get(m.group(1))
        args = [_V(a) for a in m.group(2).split(",")]
        return None if atom is None else atom(*args)
    if tree[0] == "num":
        return tree
    parts = [_size_one(t, declared) for t in tree[1:]]
    return None if any(p is None for p in parts) else [tree[0], *parts]


def _with_parameters(data: dict, rng: random.Random, count: int = 4):
    """The subject with its parameters fixed at ``count`` random allowed values (itself when it has none)."""
    if not data.get("parameters") or data.get("parameter_values"):
        return [Subject(data)]
    names = list(data.get("variables") or []) + list(data["parameters"])
    joint = Subject({**data, "variables": names, "parameters": [], "parameter_values": []})
    out = []
    for point in _samples(joint, rng, count):
        values = point[len(names) - len(data["parameters"]):]
        s = Subject({**data, "parameter_values": []})
        s.params = dict(zip(data["parameters"], values))
        out.append(s)
    return out


def _pairs(s: Subject, statement: str, points, rng):
    side = statement.removeprefix("strictly_")
    for a, b in zip(points, points[1:]):
        m = [(p + q) / 2 for p, q in zip(a, b)]
        fa, fb, fm = s.f(a), s.f(b), s.f(m)
        gap = fm - (fa + fb) / 2
        tol = _tol(fa, fb, fm) * 10 ** 10
        if side == "convex" and gap > tol or side == "concave" and -gap > tol or side == "affine" and abs(gap) > tol:
            return f"{side} fails on the affine set: gap {mpmath.nstr(gap, 8)}"
    return None


# --------------------------------------------------------------------------------------------- mutations

def _digest(data: dict) -> str:
    """The writers' digest of a certificate's subject (``certificates.subject_digest``), restriction's included."""
    from symconvex.certificates import subject_digest

    domain = list(data.get("domain") or [])
    if data.get("kind") == "restriction" and isinstance(data.get("equalities"), list):
        domain += [["eq", *pair] for pair in data["equalities"] if isinstance(pair, list)]
    return subject_digest(data.get("variables") or [], data.get("function"), data.get("network"), domain,
                          data.get("parameters") or ())


def rehash(node):
    """Recompute, in place and innermost first, the digest of every certificate object inside ``node`` (a node
    nested deeper than Python recursion is left as it is)."""
    try:
        return _rehash(node)
    except RecursionError:
        return node


def _rehash(node):
    if isinstance(node, dict):
        for value in node.values():
            _rehash(value)
        if "digest" in node and "symconvex" in node:
            try:
                node["digest"] = _digest(node)
            except (TypeError, ValueError, AttributeError):
                pass
    elif isinstance(node, list):
        for value in node:
            _rehash(value)
    return node


def _paths(node, path=()):
    """Every (path, value) in a JSON value, containers included, parents first."""
    yield path, node
    if isinstance(node, dict):
        for key in sorted(node):
            yield from _paths(node[key], path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _paths(item, path + (i,))


def _set(data, path, value):
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _number_changes(value):
    """The changed numbers of a JSON integer or a rational string."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        q, back = Fraction(value), int
    elif isinstance(value, str):
        try:
            q = Fraction(value.lstrip("~")) if value.lstrip("~-").replace("/", "").replace(".", "").replace(
                "e", "").replace("-", "").isdigit() else None
        except (ValueError, ZeroDivisionError):
            q = None
        if q is None:
            return []
        back = (lambda r: "~" + mpmath.nstr(mpmath.mpf(r.numerator) / r.denominator, 20)) if value.startswith("~") \
            else str
    else:
        return []
    out = [back(q + 1), back(q - 1), back(q * 2), back(-q), back(Fraction(0)), back(q + Fraction(1, 10 ** 9))]
    if isinstance(value, str) and not value.startswith("~"):
        out += [_HUGE, "-" + _HUGE, "1/0", "1/" + _HUGE]
    else:
        out += [int(_HUGE)] if isinstance(value, int) else ["~1e400"]
    return [v for v in out if v != value]


_TREES = [["num", "0"], ["num", "-1"], ["var", "x"], ["mul", ["num", "-1"], ["var", "x"]],
          ["pow", ["var", "x"], ["num", "2"]], ["log", ["var", "x"]], ["exp", ["var", "y"]],
          ["abs", ["var", "x"]], ["sin", ["var", "x"]], ["mul", ["var", "x"], ["var", "y"]]]
_KINDS = ["midpoint", "curvature", "rules", "hessian", "sum", "datavector", "matrix", "saddle", "minimum",
          "minima_count", "identity", "pieces", "restriction", "quasimidpoint", "quasi", "loglog", "domain"]
_WORDS = ["convex", "concave", "affine", "strictly_convex", "strictly_concave", "not_convex", "quasiconvex",
          "quasiconcave", "strict_saddle", "saddle", "strict_local_minimum", "spurious_local_minimum", "loglog_convex",
          "not_loglog_concave", "convex_set", "positive", "negative", "nonnegative", "increasing", "decreasing"]


def _variables_of(node) -> list[str]:
    out = set()
    for _, v in _paths(node):
        if isinstance(v, list) and len(v) == 2 and v[0] == "var" and isinstance(v[1], str):
            out.add(v[1])
    return sorted(out)


def _swap_names(node, a, b):
    if isinstance(node, str):
        return b if node == a else a if node == b else node
    if isinstance(node, list):
        return [_swap_names(v, a, b) for v in node]
    if isinstance(node, dict):
        return {(_swap_names(k, a, b)): _swap_names(v, a, b) for k, v in node.items()}
    return node


def _is_tree(v) -> bool:
    return isinstance(v, list) and bool(v) and isinstance(v[0], str) and v[0] in (
        "num", "var", "add", "mul", "pow", "exp", "log", "abs", "max", "min", "relu", "sigmoid", "softplus", "sin",
        "cos", "tanh", "sqrt", "leaky_relu", "arctan", "pi", "gamma")


def pool_of(seed_list) -> dict:
    """field name -> the distinct strings that field holds anywhere in the seeds (rule names, signs, curvatures, ...),
    and "" -> their distinct expression trees: what a mutation puts in a field instead of its value."""
    pool: dict = {"": []}
    for _, _, data in seed_list:
        for path, value in _paths(data):
            key = next((k for k in reversed(path) if isinstance(k, str)), None)
            if isinstance(value, str) and key and len(value) < 40 and not value.startswith("sha256"):
                pool.setdefault(key, set()).add(value)
            elif _is_tree(value) and len(json.dumps(value)) < 200:
                pool[""].append(value)
    trees = {json.dumps(t): t for t in pool.pop("")}
    certificates = [data for _, _, data in seed_list if len(json.dumps(data)) < 5000]
    return {**{k: sorted(v) for k, v in pool.items()}, "": [trees[k] for k in sorted(trees)],
            "certificates": certificates}


def _occurrences(node, found):
    """Count, by JSON text, every value (subtrees, strings) inside ``node``."""
    text = json.dumps(node, sort_keys=True)
    found[text] = found.get(text, 0) + 1
    if isinstance(node, dict):
        for v in node.values():
            _occurrences(v, found)
    elif isinstance(node, list):
        for v in node:
            _occurrences(v, found)


def _replace_all(node, old, new):
    if node == old:
        return copy.deepcopy(new)
    if isinstance(node, dict):
        return {k: _replace_all(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_all(v, old, new) for v in node]
    return node


def mutations(data: dict, rng: random.Random, pool: dict | None = None):
    """Yield (label, mutant) for one certificate's JSON dict: every kind of change (module docstring); each mutant a
    fresh copy. ``pool`` (``pool_of``): the values other certificates hold in each field, and their trees."""
    text = json.dumps(data)
    fresh = lambda: json.loads(text)  # noqa: E731
    paths = list(_paths(data))
    pool = pool or {}
    trees = [v for _, v in paths if _is_tree(v)] + _TREES + pool.get("", [])

    def at(path, value, label):
        twin = fresh()
        if path:
            _set(twin, path, value)
        else:
            twin = value
        return label, twin

    for path, value in paths:
        where = "/".join(map(str, path))
        for new in _number_changes(value):
            yield at(path, new, f"{where}: {str(value)[:20]} -> {str(new)[:20]}")
        if isinstance(value, str) and not _number_changes(value) and path:
            key = next((k for k in reversed(path) if isinstance(k, str)), "")
            others = pool.get(key, [])
            for new in sorted({"", value + "x", value.upper(), rng.choice(_WORDS), rng.choice(_KINDS),
                               *rng.sample(others, min(3, len(others)))} - {value}):
                yield at(path, new, f"{where}: {value[:20]!r} -> {new[:20]!r}")
        if isinstance(value, bool):
            yield at(path, not value, f"{where}: {value} -> {not value}")
        if _is_tree(value) and path:
            for new in rng.sample(trees, min(4, len(trees))):
                if new != value:
                    yield at(path, copy.deepcopy(new), f"{where}: subtree -> {json.dumps(new)[:40]}")
            yield at(path, ["mul", ["num", "-1"], value], f"{where}: negated subtree")
            yield at(path, ["add", value, ["num", "1"]], f"{where}: subtree + 1")
        if isinstance(value, list) and value and path:
            for i in {0, len(value) - 1, rng.randrange(len(value))}:
                yield at(path, value[:i] + value[i + 1:], f"{where}: element {i} dropped")
                yield at(path, value[:i + 1] + value[i:], f"{where}: element {i} doubled")
            if len(value) > 1:
                i, j = rng.sample(range(len(value)), 2)
                swapped = list(value)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                if swapped != value:
                    yield at(path, swapped, f"{where}: elements {i}, {j} swapped")
        if isinstance(value, dict) and "symconvex" in value and path and pool.get("certificates"):
            for other in rng.sample(pool["certificates"], min(3, len(pool["certificates"]))):
                yield at(path, copy.deepcopy(other), f"{where}: part -> a {other['kind']} certificate of another")
        if isinstance(value, dict) and value:
            key = rng.choice(sorted(value))
            yield at(path + (key,), None, f"{where}/{key}: -> null")
            twin = fresh()
            node = twin
            for k in path:
                node = node[k]
            del node[key]
            yield f"{where}/{key}: deleted", twin
            twin = fresh()
            node = twin
            for k in path:
                node = node[k]
            node["hint"] = "trust me"
            yield f"{where}: a key added", twin
    found: dict = {}
    _occurrences(data, found)
    repeated = sorted(k for k, n in found.items() if n >= 2 and len(k) < 300)
    for key in rng.sample(repeated, min(12, len(repeated))):  # a value changed everywhere it occurs, consistently
        old = json.loads(key)
        news = _number_changes(old) if not isinstance(old, (list, dict)) else []
        if _is_tree(old):
            news = [["mul", ["num", "-1"], old], ["pow", old, ["num", "3"]], ["exp", old], ["abs", old],
                    rng.choice(trees), ["add", old, ["num", "-1"]]]
        elif isinstance(old, str) and not news:
            others = sorted({w for v in pool.values() if v and isinstance(v[0], str) for w in v})
            news = rng.sample(others, min(3, len(others)))
        for new in news[:6]:
            if new != old:
                yield f"every {key[:30]} -> {json.dumps(new)[:30]}", _replace_all(fresh(), old, new)
    names = _variables_of(data.get("function")) or list(data.get("variables") or [])
    if len(names) >= 2:
        a, b = rng.sample(names, 2)
        yield f"variables {a}, {b} swapped in the function only", {**fresh(), "function": _swap_names(
            data.get("function"), a, b)}
        yield f"variables {a}, {b} swapped everywhere", _swap_names(fresh(), a, b)
    if data.get("variables"):
        yield "variables reversed", {**fresh(), "variables": list(reversed(data["variables"]))}
    for k in range(len(data.get("domain") or [])):
        twin = fresh()
        del twin["domain"][k]
        yield f"domain constraint {k} dropped", twin
    if "domain" in data:
        yield "domain emptied", {**fresh(), "domain": []}
    if isinstance(data.get("function"), list):
        f = data["function"]
        for label, g in (("negated", ["mul", ["num", "-1"], f]), ("plus x^3", ["add", f, ["pow", ["var", (
                names or ["x"])[0]], ["num", "3"]]]), ("squared", ["pow", f, ["num", "2"]]),
                         ("exp of it", ["exp", f]), ("times 2", ["mul", ["num", "2"], f])):
            yield f"function {label}", {**fresh(), "function": g}
    if isinstance(data.get("network"), dict):
        spec = data["network"]
        for field in ("inputs", "targets"):
            if spec.get(field):
                twin = fresh()
                row = twin["network"][field][0]
                row[0] = str(Fraction(str(row[0])) + 1)
                yield f"network {field}[0][0] + 1", twin
                twin = fresh()
                twin["network"][field] = twin["network"][field][:-1]
                yield f"network {field}: last row dropped", twin
        for act in ("relu", "sigmoid", "identity", "leaky_relu:1/2", "tanh"):
            if spec.get("activations"):
                twin = fresh()
                twin["network"]["activations"][0] = act
                yield f"network activations[0] -> {act}", twin
        for loss in ("squared", "logistic", "hinge"):
            yield f"network loss -> {loss}", {**fresh(), "network": {**spec, "loss": loss}}
        yield "network bias flipped", {**fresh(), "network": {**spec, "bias": not spec.get("bias", True)}}
        yield "variables emptied", {**fresh(), "variables": []}
        yield "variables -> the parameter names", {**fresh(), "variables": parameter_names(spec)}
    for kind in rng.sample(_KINDS, 4):
        yield f"kind -> {kind}", {**fresh(), "kind": kind}
    deep = ["var", names[0] if names else "x"]
    for _ in range(rng.choice((150, 199, 200, 201, 5000))):
        deep = [rng.choice(("exp", "abs", "sin", "relu")), deep]
    yield "function nested deeply", {**fresh(), "function": deep}
    nest = []
    for _ in range(3000):
        nest = [nest]
    yield "a field nested 3000 deep", {**fresh(), "note": nest}


def restate(mutant):
    """The mutant with its stated values (and ``m``, and a curvature's kink ``pattern``) recomputed for its own
    subject by the finders' evaluator (``symconvex.evaluation``), its parts' too (innermost first), so that the
    check beneath the stated values is reached; None when nothing changed."""
    def walk(node):
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        node = {k: walk(v) for k, v in node.items()}
        return (_restate_one(node) or node) if "symconvex" in node else node

    try:
        out = rehash(walk(mutant))
    except RecursionError:
        return None
    return out if out != mutant else None


def _restate_one(mutant):
    """One certificate's own stated values restated (``restate``), or None."""
    from symconvex import evaluation as ev

    if not isinstance(mutant, dict) or mutant.get("kind") not in ("midpoint", "quasimidpoint", "curvature",
                                                                 "saddle"):
        return None
    try:
        tree, names = mutant.get("function"), list(mutant.get("variables") or [])
        if isinstance(mutant.get("network"), dict):
            import sympy as sp

            from symconvex.certificates import to_tree
            from symconvex.network import Network

            net = Network.from_spec(mutant["network"])
            names = names or parameter_names(mutant["network"])
            tree = to_tree(net.loss.subs(dict(zip(net.params, [sp.Symbol(n, real=True) for n in names]))))
        names += list(mutant.get("parameters") or [])
        fixed = [Fraction(v) if isinstance(v, str) else Fraction(int(v)) for v in mutant.get("parameter_values") or []]

        def vec(field):
            return [Fraction(v) if isinstance(v, str) else Fraction(int(v)) for v in mutant[field]] + fixed

        out = dict(mutant)
        with ev.precision():
            if mutant["kind"] in ("midpoint", "quasimidpoint"):
                a, b, lam = vec("a"), vec("b"), Fraction(mutant["lam"])
                m = [lam * p + (1 - lam) * q for p, q in zip(a, b)]
                out["m"] = [str(v) for v in m[:len(m) - len(fixed)]]
                out["values"] = {k: ev.stated(ev.value_at(tree, names, point))
                                 for k, point in (("f(a)", a), ("f(b)", b), ("f(m)", m))}
            else:
                point = vec("point")
                pairs = [("direction", None)] if mutant["kind"] == "curvature" else [("neg_direction", "neg_jet"),
                                                                                      ("pos_direction", "pos_jet")]
                for field, jet_field in pairs:
                    (c0, c1, c2), pattern = ev.jet_along(tree, names, point, vec(field)[:len(point) - len(fixed)]
                                                         + [Fraction(0)] * len(fixed))
                    texts = [ev.stated(c0), ev.stated(c1), ev.stated(ev.second_derivative((c0, c1, c2)))]
                    if jet_field is None:
                        out["value"], out["slope"], out["second_derivative"] = texts
                        out["pattern"] = list(pattern) if mutant.get("pattern") else out.get("pattern", [])
                    elif mutant.get("proves") == "strict_saddle":
                        out[jet_field] = texts
        return out if out != mutant else None
    except Exception:  # noqa: BLE001 - a mutant the finders cannot evaluate (Undefined, ...) is not restated
        return None


def one_more(data: dict, rng: random.Random, pool: dict):
    """(label, a copy of ``data`` with one more random change at one random place), or None: how a second
    mutation is stacked on a first (two changes that together may pass what each alone fails)."""
    paths = [(p, v) for p, v in _paths(data) if p]
    if not paths:
        return None
    path, value = rng.choice(paths)
    key = next((k for k in reversed(path) if isinstance(k, str)), "")
    if _number_changes(value):
        new = rng.choice(_number_changes(value))
    elif _is_tree(value):
        new = rng.choice([["mul", ["num", "-1"], value], ["add", value, ["num", "1"]], *pool.get("", _TREES)[:50]])
    elif isinstance(value, str) and pool.get(key):
        new = rng.choice(pool[key])
    elif isinstance(value, list) and value:
        new = value[:-1]
    else:
        return None
    twin = json.loads(json.dumps(data))
    _set(twin, path, copy.deepcopy(new))
    return f"and {'/'.join(map(str, path))} -> {json.dumps(new)[:30]}", twin


# ----------------------------------------------------------------------------------------------------- seeds

def seeds(quick: bool = False) -> list[tuple[str, str, dict]]:
    """(label, entry, JSON dict) of accepted certificates of every kind: ``entry`` is the checker's function that
    accepts it (verify, verify_domain, report_minimum). ``quick``: a cheap few (a midpoint, a curvature, rules and
    Hessian proofs, a sum, a network refutation)."""
    import sympy as sp

    from symconvex import analyze
    from symconvex.analysis import analyze_network
    from symconvex.certificates import MidpointCertificate
    from symconvex.network import Network

    x, y, a = sp.symbols("x y a", real=True)
    out = []

    def add(label, certs, entry="verify"):
        for c in certs:
            out.append((f"{label} [{getattr(c, 'kind', 'domain')}]", entry,
                        json.loads(c.to_json()) if hasattr(c, "to_json") else json.loads(json.dumps(c))))

    xy = ["mul", ["var", "x"], ["var", "y"]]
    add("x y", [MidpointCertificate(variables=("x", "y"), function=xy, refutes="convex", a=("1", "-1"),
                                    b=("-1", "1"), lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})])
    functions = [(x ** 2 + x * y + y ** 2, (x, y), None), (sp.log(x), (x,), [x > 0]),
                 (sp.exp(x) + y ** 2, (x, y), None)]
    if not quick:
        functions += [(x * y, (x, y), None), (x ** 3, (x,), None), (sp.sin(x), (x,), None),
                      (x ** 4 - x ** 2, (x,), None), (sp.Abs(x) ** 3, (x,), None), (sp.Max(x, 1) + sp.Min(x, 1), (x,), None),
                      (x * sp.log(x), (x,), [x > 0]), (x ** 2 / y, (x, y), [y > 0]),
                      (sp.sqrt(x * y), (x, y), [x > 0, y > 0]), (sp.sqrt(1 - x ** 2), (x,), [x > -1, x < 1]),
                      (sp.log(1 + sp.exp(x)) - x * y, (x, y), None), (x ** 2 * y, (x, y), [x > 0, y > 0]),
                      (sp.Max(x ** 2, y ** 2 + x), (x, y), None), ((x - y) ** 2 + (x + y) ** 2, (x, y), None),
                      (sp.exp(x ** 2), (x,), None), (sp.Abs(x - 1) + sp.Abs(x + 1), (x,), None),
                      (sp.Max(x, y, 1), (x, y), None), (x ** 4 + y ** 4, (x, y), None),
                      (x * y, (x, y), [x > 0, y > 0, x + y < 3]), (1 / x, (x,), [x > 0]),
                      (x ** sp.Rational(3, 2), (x,), [x >= 0])]
    for f, vs, dom in functions:
        add(sp.sstr(f), analyze(f, vs, dom, timeout=20).certificates)
    add("a x^2 (a a parameter)", analyze(a * x ** 2, (x,), [a > 0], parameters=[a], timeout=20).certificates)
    if not quick:
        b = sp.Symbol("b", real=True)
        add("a x^2 + b y (parameters)", analyze(a * x ** 2 + b * y, (x, y), [a > 0], parameters=[a, b],
                                                timeout=20).certificates)
    nets = [Network([1, 2, 1], "relu", data=[(1, 1), (-1, -1)])]
    if not quick:
        nets += [Network([1, 1, 1], "relu", output_activation="relu", data=[(1, 1)]),
                 Network([2, 1], loss="logistic", data=[((1, 0), 1), ((0, 1), 0), ((1, 1), 1),
                                                        ((Fraction(-1, 2), 2), 0)]),
                 Network([2, 2, 1], "sigmoid", data=[((1, 0), 1), ((0, 1), 0), ((1, 1), 1)]),
                 Network([1, 2, 1], "identity", data=[(1, 1), (-1, -1), (Fraction(1, 2), Fraction(1, 4))]),
                 Network([2, 1], loss="hinge", data=[((1, 0), 1), ((0, 1), -1)]),
                 Network([1, 2, 1], "leaky_relu:1/10", data=[(1, 1), (-1, -1)]),
                 Network([1, 2, 1], "relu", loss="hinge", data=[(1, 1), (-1, -1)])]
    for net in nets:
        found = analyze_network(net, timeout=20).certificates
        add(f"network {net.spec['layers']} {net.spec['loss']}", found)
        for c in found:  # both ways: the parameters named, and left implicit
            data = json.loads(c.to_json())
            if data.get("variables") and c.kind in ("midpoint", "curvature"):
                out.append((f"network {net.spec['layers']} implicit names [{c.kind}]", "verify",
                            rehash({**data, "variables": []})))
    if quick:
        return out
    out += _every_kind()
    return out


def _every_kind() -> list[tuple[str, str, dict]]:
    """One certificate of each kind the plain analyses above do not write, from the finders' public functions."""
    import sympy as sp

    from symconvex.claims import check_claim
    from symconvex.convexsets import prove_convex_domain
    from symconvex.domain import Domain
    from symconvex.landscape import find_saddles
    from symconvex.matrix_atoms import _certificates, read_matrix_claim
    from symconvex.minima import certify_minima, certify_minimum
    from symconvex.quasiconvexity import analyze_beyond

    x, y, r, s, t = sp.symbols("x y r s t", real=True)
    out = []

    def add(label, certs, entry="verify"):
        for c in certs:
            if c is not None:
                out.append((f"{label} [{getattr(c, 'kind', None) or c.get('kind')}]", entry,
                            json.loads(c.to_json()) if hasattr(c, "to_json") else json.loads(json.dumps(c))))

    add("x y", find_saddles(x * y, [x, y])[:1])
    add("x^2 y - y^3 (monkey saddle)", find_saddles(x ** 3 - 3 * x * y ** 2, [x, y])[:1])
    double_well = (x ** 2 - 1) ** 2 + y ** 2
    add("double well", [certify_minimum(double_well, [x, y], [0.9, 0.1])], "report_minimum")
    add("double well", [certify_minima(double_well, [x, y], [[1, 0], [-1, 0]])])
    for claim in (r"$x y$ is concave on $x + y = 1$", r"$\log(1 + e^{-y w x})$ is convex in $w$ for every $x, y$",
                  r"$\|w\|^2 + w \cdot x$ is convex in $w$", r"$x y$ is concave on $x + y = 1, x > 0$",
                  r"$\|w\|_2$ is convex in $w$"):
        try:
            add(claim, check_claim(claim, timeout=30).certificates)
        except ValueError:
            pass
    for f, domain, word in ((x * y, [x > 0, y > 0], "quasiconvex"), (x * y, [x > 0, y > 0], "quasiconcave"),
                            (x * y, [x > 0, y > 0], "log-log affine"), (x ** 3, None, "quasilinear"),
                            (x ** 2 + y, [x > 0, y > 0], "log-log convex"), (x / y, [y > 0], "quasilinear"),
                            (x + y, [x > 0, y > 0], "log-log convex"), (x - y, [x > 0, y > 0], "log-log convex"),
                            (x ** 3 - 3 * x, None, "quasiconvex")):
        add(f"{f} {word}", analyze_beyond(f, [x, y] if f.has(y) else [x], domain, [word], timeout=30).certificates)
    for claim in (r"$\log\det X$ is concave on $X \succ 0$", r"$-\log\det X + \operatorname{tr}(SX)$ is convex in $X$ "
                  r"on $X \succ 0$", r"$x^\top A x$ is convex in $x$ for $A$ positive semidefinite",
                  r"$f(x, Y) = x^T Y^{-1} x$ is convex on $\mathbb{R}^n \times \mathbf{S}^n_{++}$",
                  r"$\|Ax - b\|_\infty$ is convex in $x$", r"$\|AX - B\|_F^2$ is convex in $X$",
                  r"$\lambda_{\max}(X) - \lambda_{\min}(X)$ is convex on $\mathbf{S}^n$"):
        add(claim, _certificates(read_matrix_claim(claim))[0][:1])
    add("rotated cone", [prove_convex_domain(Domain.build((r, s, t), [s > 0, t > 0, s * t > r ** 2]))],
        "verify_domain")
    add("disc", [prove_convex_domain(Domain.build((x, y), [1 - x ** 2 - y ** 2 > 0]))], "verify_domain")
    return out


# ------------------------------------------------------------------------------------------------------- run

def check(entry: str, data, timeout: float):
    """("accepted", statement) | ("rejected", message) | ("crashed", description), and the seconds it took."""
    from symconvex import check as checker
    from symconvex.errors import CertificateError

    fn = {"verify": checker.verify, "verify_domain": checker.verify_domain,
          "report_minimum": checker.report_minimum}[entry]
    start = time.monotonic()
    try:
        found = fn(data, timeout=timeout)
        result = ("accepted", getattr(found, "statement", found))
    except CertificateError as exc:
        text = str(exc)
        result = ("rejected", text) if "\n" not in text and text else ("crashed", f"a message of {len(text)} "
                                                                                  f"characters over lines: {text[:80]!r}")
    except Exception as exc:  # noqa: BLE001 - exactly what is looked for
        result = ("crashed", f"{type(exc).__name__}: {str(exc)[:120]}")
    return result, time.monotonic() - start


def run(seed_list, *, per_seed: int | None = None, seed: int = 0, timeout: float = 5.0, both_ways: bool = True,
        log=None) -> dict:
    """Mutate each seed (at most ``per_seed`` mutants each, a seeded sample; None: all), check and judge each one.
    Returns counts and the findings (accepted-false, crashed, hung, unjudged)."""
    counts = {"seeds": 0, "mutants": 0, "rejected": 0, "accepted-true": 0, "accepted-false": 0, "unjudged": 0,
              "crashed": 0, "hung": 0, "oracle-true": 0}  # oracle-true: of accepted-true, those the oracle recomputed
    findings = []
    pool = pool_of(seed_list)
    for label, entry, data in seed_list:
        started = time.monotonic()
        rng = random.Random(f"{seed}:{label}:{hashlib.sha256(json.dumps(data).encode()).hexdigest()}")
        (outcome, statement0), _ = check(entry, data, 60)
        if outcome != "accepted":
            findings.append({"seed": label, "outcome": "seed-rejected", "why": statement0})
            continue
        counts["seeds"] += 1
        mutants = list(mutations(data, rng, pool))
        if per_seed is not None and len(mutants) > per_seed:
            mutants = rng.sample(mutants, per_seed)
        doubles = []
        for _ in range(len(mutants) // 4):  # a quarter as many again with a second change stacked on the first
            what, first = rng.choice(mutants)
            more = one_more(first, rng, pool) if isinstance(first, dict) and _depth_ok(first) else None
            if more:
                doubles.append((f"{what}; {more[0]}", more[1]))
        for what, mutant in mutants + doubles:
            mutant = rehash(mutant) if rng.random() < 0.9 else mutant  # a tenth keep their stale digests
            restated = restate(mutant) if rng.random() < 0.5 else None
            for mutant, what in ((mutant, what), (restated, what + " (values restated)")):
                if mutant is not None:
                    _one(entry, mutant, what, label, data, statement0, rng, timeout, both_ways, counts, findings, log)
        if log:
            print(f"  {label}: {len(mutants)} mutations, {time.monotonic() - started:.1f} s", file=log, flush=True)
    return {"counts": counts, "findings": findings}


def _one(entry, mutant, what, label, data, statement0, rng, timeout, both_ways, counts, findings, log):
    ways = [False, True] if both_ways and isinstance(mutant, dict) and isinstance(
        mutant.get("network"), dict) and entry == "verify" else [False]
    seen = []
    for loss_tree in ways:
        counts["mutants"] += 1
        cpu = time.process_time()
        if loss_tree:
            from symconvex.check import verify
            (outcome, detail), took = _loss_tree_check(verify, mutant, timeout)
        else:
            (outcome, detail), took = check(entry, mutant, timeout)
        took = min(took, time.process_time() - cpu)  # on a shared machine a wall-clock delay alone is no hang
        verdict = outcome
        seen.append((outcome, detail if outcome == "accepted" else ""))
        if len(seen) == 2 and seen[0] != seen[1] and took <= timeout:  # the integer pass and the loss tree disagree
            findings.append({"seed": label, "mutation": what, "outcome": "ways-differ", "detail": str(seen),
                             "mutant": _shown(mutant)})
            if log:
                print(f"ways-differ: {label} / {what}: {seen}", file=log, flush=True)
        if took > timeout + 5:
            verdict = "hung"
            detail = f"{took:.1f} s with a limit of {timeout} s"
        elif outcome == "accepted":
            truth, why = judge(data, statement0, mutant, detail, rng)
            verdict = {"true": "accepted-true", "false": "accepted-false", "unjudged": "unjudged"}[truth]
            counts["oracle-true"] += truth == "true" and why == "recomputed"
            detail = f"{detail}: {why}"
        counts[verdict] += 1
        if verdict not in ("rejected", "accepted-true"):
            findings.append({"seed": label, "mutation": what, "outcome": verdict, "detail": detail,
                             "loss_tree": loss_tree, "mutant": _shown(mutant)})
            if log:
                print(f"{verdict}: {label} / {what}{' (loss tree)' if loss_tree else ''}: {detail}",
                      file=log, flush=True)


def _depth_ok(data) -> bool:
    try:
        json.dumps(data)
        return True
    except RecursionError:
        return False


def _shown(mutant) -> str:
    try:
        return json.dumps(mutant)[:4000]
    except RecursionError:
        return "(nested too deeply to show)"


def _loss_tree_check(verify, mutant, timeout):
    from symconvex.errors import CertificateError

    start = time.monotonic()
    try:
        found = verify(mutant, timeout=timeout, loss_tree=True)
        result = ("accepted", found)
    except CertificateError as exc:
        result = ("rejected", str(exc)) if "\n" not in str(exc) else ("crashed", "a message over lines")
    except Exception as exc:  # noqa: BLE001
        result = ("crashed", f"{type(exc).__name__}: {str(exc)[:120]}")
    return result, time.monotonic() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-seed", type=int, default=None, help="mutants per seed certificate (default: all)")
    parser.add_argument("--seed", type=int, default=0, help="the random seed (default 0)")
    parser.add_argument("--timeout", type=float, default=5.0, help="the checker's time limit per mutant, seconds")
    parser.add_argument("--quick", action="store_true", help="a cheap few seed certificates only")
    parser.add_argument("--out", default=None, help="write the counts and findings as JSON to this file")
    args = parser.parse_args(argv)
    seed_list = seeds(quick=args.quick)
    print(f"{len(seed_list)} seed certificates, kinds: "
          f"{sorted({d.get('kind') for _, _, d in seed_list})}", flush=True)
    result = run(seed_list, per_seed=args.per_seed, seed=args.seed, timeout=args.timeout, log=sys.stdout)
    print(" ".join(f"{k}={v}" for k, v in result["counts"].items()))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1)
    bad = result["counts"]["accepted-false"] + result["counts"]["crashed"] + result["counts"]["hung"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
