"""Independent ground truth for bench/corpus/nets10.jsonl (session 10's blind red team on network claims).

Every claim of the corpus is written here with its label and a *witness* that settles the label without symconvex
(this file imports SymPy only):

- ``Mid``: an exact midpoint inequality f(λa + (1 − λ)b) > λ f(a) + (1 − λ) f(b) (refutes convexity; ``<``
  refutes concavity). ReLU and max are exact on rationals; values with exp/log are compared with SymPy's
  ``evalf`` at 60 digits, and the gap must exceed 1e-40 (never a near-tie).
- ``Dd``: the second directional derivative d²/dt² f(p + t u) at t = 0, at a point p where every max/ReLU
  argument is nonzero (a smooth piece), of a stated sign. A convex C² function has none negative on an open set.
- ``Dcp``: a small composition proof written here (sums, nonnegative multiples, max, convex nondecreasing or
  nonincreasing outer functions of convex/concave inner ones, any convex function of an affine map).
- ``Quad``: a function that is a quadratic polynomial in the named variable(s) (the others fixed parameters) with
  a Hessian that is a sum of squares of the parameters: convex for every parameter value.
- ``Ident``: f'' equals a stated formula (checked by SymPy at 7 exact points to 60 digits, and symbolically when
  simplify succeeds) whose sign on the domain is a one-line argument given in ``why``.
- ``Crit``: a critical point (exact zero gradient) with an indefinite Hessian (a saddle), a positive definite one (a
  strict local minimum), or an explicit argument in ``why`` (``extra``) checked by exact values.
- ``Both``: two readings of an ambiguous claim, each with its own witness, that disagree: the label is null.

``python verify_nets10.py`` checks every witness and that it supports the label; ``--write PATH`` writes the corpus
jsonl; ``--self-test`` plants wrong labels and demands that each is caught.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

import sympy as sp

R = sp.Rational
w, v, b, c, a = sp.symbols("w v b c a", real=True)
w1, w2, w3, v1, v2, b1, b2 = sp.symbols("w1 w2 w3 v1 v2 b1 b2", real=True)
u1, u2, c1, c2, a1, a2, d = sp.symbols("u1 u2 c1 c2 a1 a2 d", real=True)
t, z = sp.symbols("t z", real=True)


def relu(e):
    return sp.Max(0, e)


def leaky(e, s=R(1, 10)):
    return sp.Max(s * e, e)


def sig(e):
    return 1 / (1 + sp.exp(-e))


def spl(e):
    return sp.log(1 + sp.exp(e))


def sign_of(e) -> int:
    """The sign of a closed-form number: exact for rationals, else 60-digit evalf with a 1e-40 margin."""
    e = sp.nsimplify(e) if e.is_Float else e
    if e.is_Rational:
        return int(bool(e > 0)) - int(bool(e < 0))
    n = sp.N(e, 60)
    if abs(n) < sp.Float("1e-40"):
        raise AssertionError(f"near tie: {e} ~ {n}")
    return 1 if n > 0 else -1


def at(f, vs, pt):
    return f.subs(dict(zip(vs, [sp.sympify(x) for x in pt])), simultaneous=True)


# ---------------------------------------------------------------- witnesses

@dataclass
class Mid:
    """f(m) - (λ f(a) + (1-λ) f(b)) has sign ``sense`` (+1 refutes convex, -1 refutes concave)."""
    f: sp.Expr
    vs: tuple
    a: tuple
    b: tuple
    sense: int = 1
    lam: sp.Rational = R(1, 2)

    def refutes(self):
        m = [self.lam * x + (1 - self.lam) * y for x, y in zip(self.a, self.b)]
        if self.sense == 0:  # f(m) >= chord with a != b: not strictly convex
            gap = at(self.f, self.vs, m) - self.lam * at(self.f, self.vs, self.a) - (1 - self.lam) * at(self.f, self.vs, self.b)
            assert tuple(self.a) != tuple(self.b) and sign_of(gap + 1) >= 0 and sp.simplify(gap) >= 0, gap
            return {"not_strictly_convex"}
        gap = at(self.f, self.vs, m) - self.lam * at(self.f, self.vs, self.a) - (1 - self.lam) * at(self.f, self.vs, self.b)
        assert sign_of(gap) == self.sense, f"midpoint gap has the wrong sign: {gap}"
        return {"not_convex"} if self.sense > 0 else {"not_concave"}


@dataclass
class Dd:
    """d²/dt² f(p + t u) at 0 has sign ``sense`` at a point p on a smooth piece (kink arguments nonzero)."""
    f: sp.Expr
    vs: tuple
    p: tuple
    u: tuple
    sense: int = -1

    def refutes(self):
        for m in self.f.atoms(sp.Max):
            for arg in m.args:
                for arg2 in m.args:
                    if arg is not arg2:
                        assert at(arg - arg2, self.vs, self.p) != 0, "point on a kink"
        g = at(self.f, self.vs, [pi + t * ui for pi, ui in zip(self.p, self.u)])
        g = g.rewrite(sp.Piecewise) if g.atoms(sp.Max) else g
        val = sp.diff(g, t, 2).subs(t, 0)
        assert sign_of(val) == self.sense, f"second derivative {val} has the wrong sign"
        return {"not_convex"} if self.sense < 0 else {"not_concave"}


def _dcp(e, vs):
    """(curvature, sign) of e by composition rules; curvature in {'affine', 'convex', 'concave', None}."""
    if not (e.free_symbols & set(vs)):
        s = sp.sign(sp.N(e, 30)) if e.is_number else 0
        return "affine", (1 if s > 0 else -1 if s < 0 else 0) if e.is_number else 0
    if e.is_Symbol:
        return "affine", 0
    if e.is_Add:
        curv, parts = "affine", [_dcp(x, vs) for x in e.args]
        for cv, _ in parts:
            if cv is None:
                return None, 0
            if cv != "affine":
                if curv not in ("affine", cv):
                    return None, 0
                curv = cv
        signs = {s for _, s in parts}
        return curv, (1 if signs <= {1, 0} and 1 in signs and all(s >= 0 for s in signs) else 0)
    if e.is_Mul:
        consts = [x for x in e.args if not (x.free_symbols & set(vs))]
        rest = [x for x in e.args if x.free_symbols & set(vs)]
        if len(rest) != 1:
            return None, 0
        k = sp.Mul(*consts)
        cv, s = _dcp(rest[0], vs)
        if cv == "affine":
            return "affine", 0
        ks = sign_of(k)
        if cv is None:
            return None, 0
        return (cv if ks > 0 else ("concave" if cv == "convex" else "convex")), s * ks
    if isinstance(e, sp.Max):
        parts = [_dcp(x, vs) for x in e.args]
        if all(cv in ("affine", "convex") for cv, _ in parts):
            return "convex", (1 if any(s > 0 for _, s in parts) else 0)
        return None, 0
    if e.is_Pow and e.exp == 2:
        cv, s = _dcp(e.base, vs)
        if cv == "affine":
            return "convex", 1
        if cv == "convex" and s >= 0 and _nonneg(e.base, vs):
            return "convex", 1
        if cv == "concave" and _nonpos(e.base, vs):
            return "convex", 1
        return None, 0
    if isinstance(e, sp.log) and e.args[0].is_Add and len(e.args[0].args) == 2 and 1 in e.args[0].args:
        other = [x for x in e.args[0].args if x != 1][0]
        if isinstance(other, sp.exp):  # softplus: convex, increasing
            cv, _ = _dcp(other.args[0], vs)
            if cv in ("affine", "convex"):
                return "convex", 1
        return None, 0
    if isinstance(e, sp.exp):
        cv, _ = _dcp(e.args[0], vs)
        return ("convex", 1) if cv in ("affine", "convex") else (None, 0)
    return None, 0


def _nonneg(e, vs):
    """e >= 0 everywhere: a sum of nonnegative terms (relu, softplus, exp, squares, positive constants)."""
    if e.is_number:
        return bool(e >= 0)
    if isinstance(e, (sp.Max,)) and any(x.is_number and x >= 0 for x in e.args):
        return True
    if isinstance(e, sp.exp) or (e.is_Pow and e.exp == 2):
        return True
    if isinstance(e, sp.log) and _dcp(e, vs)[0] == "convex":  # softplus > 0
        return True
    if e.is_Add:
        return all(_nonneg(x, vs) for x in e.args)
    if e.is_Mul:
        return all(_nonneg(x, vs) for x in e.args)
    return False


def _nonpos(e, vs):
    return _nonneg(-e, vs)


@dataclass
class Dcp:
    """f is convex (or concave with ``concave=True``) by the composition rules of ``_dcp``."""
    f: sp.Expr
    vs: tuple
    concave: bool = False

    def proves(self):
        cv, _ = _dcp(sp.expand(self.f) if not self.f.atoms(sp.Max, sp.log, sp.exp) else self.f, self.vs)
        want = "concave" if self.concave else "convex"
        assert cv in ("affine", want), f"no composition proof of {want}: {self.f}"
        return {want}


@dataclass
class Quad:
    """f is a polynomial of degree <= 2 in ``vs`` with a Hessian whose determinant minors are >= 0 for every value
    of the other symbols (checked: diagonal entries and the determinant are sums of squares times >= 0)."""
    f: sp.Expr
    vs: tuple
    strict: bool = False

    def proves(self):
        poly = sp.Poly(sp.expand(self.f), *self.vs)
        assert poly.total_degree() <= 2, "not quadratic"
        H = sp.hessian(sp.expand(self.f), self.vs)
        minors = [H[:k, :k].det() for k in range(1, len(self.vs) + 1)]
        for m in minors:
            m = sp.factor(sp.expand(m))
            assert m.free_symbols == set() and m >= 0 or sp.ask(sp.Q.nonnegative(m)) is not False and _sos(m), m
        if self.strict:
            assert all(sp.expand(m).is_number and m > 0 for m in minors), "not positive definite"
            return {"strictly_convex", "convex"}
        return {"convex"}


def _sos(m):
    m = sp.factor(m)
    if m.is_number:
        return m >= 0
    if m.is_Pow and m.exp % 2 == 0:
        return True
    if m.is_Mul:
        return all(_sos(x) for x in m.args)
    if m.is_Add:
        return all(_sos(x) for x in m.args)
    return False


@dataclass
class Ident:
    """f''(w) == g(w) on the domain (checked at exact points), and ``why`` argues g's sign; ``points`` sample the
    domain; ``sign_points`` re-check the claimed sign of g at exact points (an extra guard on the argument)."""
    f: sp.Expr
    var: sp.Symbol
    g: sp.Expr
    points: tuple
    result: set
    sign: int = 1

    def proves(self):
        f2 = sp.diff(self.f, self.var, 2)
        for p in self.points:
            diff = sp.N((f2 - self.g).subs(self.var, p), 60)
            assert abs(diff) < sp.Float("1e-45"), f"f'' != g at {p}: {diff}"
            gv = sp.N(self.g.subs(self.var, p), 60)
            assert gv * self.sign >= 0, f"g has the wrong sign at {p}"
        return set(self.result)


@dataclass
class Crit:
    """p is a critical point (exact zero gradient) of f; ``kind`` is 'saddle' (Hessian has directions of both
    signs, given as u_plus, u_minus) or 'strict_min' (Hessian positive definite by leading minors), or
    'nonsmooth_saddle' / 'min' / 'not_critical' / 'not_min' proved by the exact values in ``extra``."""
    f: sp.Expr
    vs: tuple
    p: tuple
    kind: str
    u_plus: tuple = ()
    u_minus: tuple = ()
    extra: tuple = ()

    def proves(self):
        grad = [sp.diff(self.f, x) for x in self.vs] if not self.f.atoms(sp.Max) else None
        if self.kind == "not_critical":
            assert any(sp.simplify(at(g_, self.vs, self.p)) != 0 for g_ in grad)
            return {"not_saddle", "not_min"}
        if self.kind in ("saddle", "strict_min"):
            assert all(sp.simplify(at(g_, self.vs, self.p)) == 0 for g_ in grad), "not critical"
            H = at(sp.hessian(self.f, self.vs), self.vs, self.p)
            if self.kind == "saddle":
                up = sp.Matrix(self.u_plus)
                um = sp.Matrix(self.u_minus)
                assert sign_of((up.T * H * up)[0]) > 0 and sign_of((um.T * H * um)[0]) < 0
                return {"saddle", "not_min"}
            assert all(sign_of(H[:k, :k].det()) > 0 for k in range(1, len(self.vs) + 1))
            return {"min", "not_saddle"}
        # explicit arguments: extra = (list of (point, relation-to-f(p)))
        fp = at(self.f, self.vs, self.p)
        for q, rel in self.extra:
            assert sign_of(at(self.f, self.vs, q) - fp) == rel, (q, rel)
        return {"nonsmooth_saddle": {"saddle", "not_min"}, "min": {"min", "not_saddle"},
                "not_min": {"not_min"}}[self.kind]


@dataclass
class Theorem:
    """A fact proved by a named argument whose computational part is ``check`` (returns True)."""
    why: str
    check: object
    result: set

    def proves(self):
        assert self.check(), self.why
        return set(self.result)


# ---------------------------------------------------------------- the corpus

@dataclass
class C:
    claim: str
    holds: object
    prop: str  # what the label is about: convex, not_convex, concave, strictly_convex, neither, saddle, min, ...
    wit: list = field(default_factory=list)
    kind: str = "formula"
    why: str = ""


def second_layer_convex(loss):
    """Loss ℓ(z) of a linear score z: ℓ'' >= 0 for every real z and every target is checked symbolically."""
    y = sp.Symbol("y", real=True)
    ell = {"sq": (z - y) ** 2, "log": spl(z) - y * z, "logpm": spl(-y * z)}[loss]
    return sp.simplify(sp.diff(ell, z, 2)).is_nonnegative is not False and sp.simplify(
        sp.diff(ell, z, 2) - {"sq": 2, "log": sp.exp(z) / (1 + sp.exp(z)) ** 2,
                             "logpm": y ** 2 * sp.exp(-y * z) / (1 + sp.exp(-y * z)) ** 2}[loss]) == 0


AB = (a - 0) * (b - 0)
CLAIMS: list[C] = []


def add(*args, **kw):
    CLAIMS.append(C(*args, **kw))


F1 = (w2 * relu(w1) - 1) ** 2
mid_F1 = Mid(F1, (w1, w2), (1, 1), (2, R(1, 2)))
add(r"$L(w_1, w_2) = (w_2 \max(0, w_1 x) - y)^2$ with $x = 1$, $y = 1$ is convex", False, "convex", [mid_F1])
add(r"$L(w_1, w_2) = (w_2 \max(0, w_1 x) - y)^2$ with $x = 1$, $y = 1$ is not convex", True, "not_convex", [mid_F1])
F3 = (v * relu(w) - 1) ** 2
add(r"The loss $L(w, v) = (v \max(0, w) - 1)^2$ is neither convex nor concave", True, "neither",
    [Mid(F3, (w, v), (1, 1), (2, R(1, 2))), Dd(F3, (w, v), (1, 0), (0, 1), 1)])
F4 = (w2 * sp.tanh(w1)) ** 2
add(r"$(w_2 \tanh(w_1 x) - y)^2$ is convex in $w_1, w_2$ where $x = 1, y = 0$", False, "convex",
    [Mid(F4, (w1, w2), (2, 0), (0, 2))])
F5 = R(1, 2) * (v * sig(2 * w) - 1) ** 2
add(r"$\frac{1}{2}(v \sigma(w x) - y)^2$ with $x = 2$ and $y = 1$ is not convex in $(w, v)$", True, "not_convex",
    [Dd(F5, (w, v), (0, 0), (2, 1), -1)])
add(r"$\log(1 + e^{-y (w x + b)})$ is convex in $(w, b)$ with $x = 3$, $y = -1$", True, "convex",
    [Dcp(spl(3 * w + b), (w, b))])
F7 = spl(-v * sp.tanh(w))
add(r"$\log(1 + e^{-y v \tanh(w x)})$ is convex in $(w, v)$ for $x = 1$, $y = 1$", False, "convex",
    [Dd(F7, (w, v), (0, 0), (1, 1), -1)])
add(r"$\max(0, 1 - y (w x + b))$ is convex in $w, b$ with $x = 2$, $y = 1$", True, "convex",
    [Dcp(sp.Max(0, 1 - 2 * w - b), (w, b))])
F9 = sp.Max(0, 1 - v * relu(w))
add(r"$\max(0, 1 - y\, v \max(0, w x))$ with $x = 1, y = 1$ is convex in $(w, v)$", False, "convex",
    [Mid(F9, (w, v), (1, 1), (-1, -1))])
F11 = (w2 * w1 - 1) ** 2
add(r"$(w_2 w_1 x - y)^2$ is convex in $w_1, w_2$ with $x = 1$, $y = 1$", False, "convex",
    [Mid(F11, (w1, w2), (1, 1), (-1, -1))])
add(r"$(w_2 w_1 x - y)^2$ with $x = 1$, $y = 0$ is convex in $(w_1, w_2)$", False, "convex",
    [Mid((w1 * w2) ** 2, (w1, w2), (2, 0), (0, 2))])
add(r"$(w_2 w_1 - 1)^2$ is convex in $w_2$ for fixed $w_1$", True, "convex", [Quad(F11, (w2,))])
add(r"$(v \max(0, w x) - y)^2$ is convex in $v$ for fixed $w$, where $x = 1$ and $y = 1$", True, "convex",
    [Theorem("quadratic in v with leading coefficient relu(w)^2 >= 0",
             lambda: sp.expand(sp.diff(F3, v, 2) - 2 * relu(w) ** 2) == 0, {"convex"})])
add(r"$(v \max(0, w x) - y)^2$ is convex in $w$ for fixed $v$, where $x = 1$, $y = 1$", False, "convex",
    [Mid((relu(w) - 1) ** 2, (w,), (-1,), (1,))], why="at v = 1: (relu(w) - 1)^2, slopes 0 then -2 at 0")
F17 = (v * leaky(w) - 1) ** 2
add(r"$(v\,\max(\frac{1}{10} w, w) - 1)^2$ is convex in $(w, v)$", False, "convex",
    [Mid(F17, (w, v), (1, 1), (-10, -1))])
add(r"The function $L(w) = (\max(0, w) - 1)^2$ is convex", False, "convex",
    [Mid((relu(w) - 1) ** 2, (w,), (-1,), (1,))])
add(r"$L(w) = (\max(0, w) + 1)^2$ is convex", True, "convex", [Dcp((relu(w) + 1) ** 2, (w,))])
add(r"$L(w, b) = (\max(0, w + b) - 1)^2$ is not convex", True, "not_convex",
    [Mid((relu(w + b) - 1) ** 2, (w, b), (-1, 0), (1, 0))])
add(r"$L(w) = (\max(0, w x) - y)^2$ is convex in $w$ for $x = 1$, $y = -1$", True, "convex",
    [Dcp((relu(w) + 1) ** 2, (w,))])
add(r"$(\max(0, w x) - y)^2$ with $x = -2$ and $y = 3$ is convex in $w$", False, "convex",
    [Mid((relu(-2 * w) - 3) ** 2, (w,), (-1,), (1,))])
F23 = R(1, 2) * ((w2 * relu(w1) - 1) ** 2 + (w2 * relu(-w1) - 1) ** 2)
add(r"$\frac{1}{2}\sum_{i=1}^{2} (w_2 \max(0, w_1 x_i) - y_i)^2$ is not convex in $w_1, w_2$ where $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, 1)$",
    True, "not_convex", [Mid(F23, (w1, w2), (1, 1), (-1, 1))])
add(r"$(\sigma(w x + b) - y)^2$ is convex in $w, b$ with $x = 1, y = 0$", False, "convex",
    [Dd(sig(w + b) ** 2, (w, b), (2, 0), (1, 0), -1)])
add(r"$-y \log \sigma(w x) - (1 - y)\log(1 - \sigma(w x))$ is convex in $w$ with $x = 2$, $y = 1$", True, "convex",
    [Dcp(spl(-2 * w), (w,))], why="-log sigma(2w) = softplus(-2w)")
add(r"$-\log \sigma(v \tanh(w))$ is convex in $(w, v)$", False, "convex",
    [Dd(spl(-v * sp.tanh(w)), (w, v), (0, 0), (1, 1), -1)])
add(r"$-\log \sigma(v \max(0, w))$ is not convex in $w, v$", True, "not_convex",
    [Mid(spl(-v * relu(w)), (w, v), (1, 1), (-1, -1))])
F28 = (w2 * w1 - 1) ** 2 + R(1, 2) * (w1 ** 2 + w2 ** 2)
add(r"$(w_2 w_1 - 1)^2 + \frac{1}{2}(w_1^2 + w_2^2)$ is convex in $w_1, w_2$", False, "convex",
    [Dd(F28, (w1, w2), (0, 0), (1, 1), -1)])
F29 = (w2 * w1 - 1) ** 2 + 3 * (w1 ** 2 + w2 ** 2)
add(r"$(w_2 w_1 - 1)^2 + 3(w_1^2 + w_2^2)$ is convex", False, "convex",
    [Dd(F29, (w1, w2), (3, 3), (1, -1), -1)])
lam = sp.Symbol("lambda", nonnegative=True)
add(r"$(w_2 w_1 - 1)^2 + \lambda(w_1^2 + w_2^2)$ is not convex in $w_1, w_2$ for $\lambda \ge 0$", True, "not_convex",
    [Theorem("at w1 = w2 = s, direction (1, -1): d2 = -4 s^2 + 4 + 4 lambda < 0 for s^2 > 1 + lambda",
             lambda: sp.expand(sp.diff(at((w2 * w1 - 1) ** 2 + lam * (w1 ** 2 + w2 ** 2), (w1, w2), (z + t, z - t)), t, 2).subs(t, 0)) == -4 * z ** 2 + 4 + 4 * lam,
             {"not_convex"})], kind="parametric")
add(r"$\frac{1}{2}(v w - 1)^2$ is convex on $v > 0, w > 0$", False, "convex",
    [Dd(R(1, 2) * (v * w - 1) ** 2, (v, w), (R(1, 2), R(1, 2)), (1, 1), -1)])
add(r"$(v w - 1)^2$ is convex on $v \ge 1, w \ge 1$", False, "convex",
    [Dd((v * w - 1) ** 2, (v, w), (2, 2), (1, -1), -1)])
add(r"$(v w - 1)^2$ is convex on $0 \le v \le \frac{1}{2}, 0 \le w \le \frac{1}{2}$", False, "convex",
    [Dd((v * w - 1) ** 2, (v, w), (R(1, 4), R(1, 4)), (1, 1), -1)])
add(r"$(w_3 w_2 w_1 - 1)^2$ is not convex in $w_1, w_2, w_3$", True, "not_convex",
    [Mid((w3 * w2 * w1 - 1) ** 2, (w1, w2, w3), (1, 1, 1), (-1, -1, 1))])
add(r"$(w_3 w_2 w_1 x - y)^2$ with $x = 1, y = 1$ is convex in $w_3$ for fixed $w_1, w_2$", True, "convex",
    [Quad((w3 * w2 * w1 - 1) ** 2, (w3,))])
LR = R(1, 2) * ((w + b - 2) ** 2 + (2 * w + b - 1) ** 2 + (3 * w + b) ** 2)
add(r"$\frac{1}{2}\sum_{i=1}^{3} (w x_i + b - y_i)^2$ is convex in $(w, b)$ where $x_1 = 1, x_2 = 2, x_3 = 3$ and $y_1 = 2, y_2 = 1, y_3 = 0$",
    True, "convex", [Quad(LR, (w, b))])
add(r"$\frac{1}{2}\sum_{i=1}^{3} (w x_i + b - y_i)^2$ is strictly convex in $(w, b)$ where $x_1 = 1, x_2 = 2, x_3 = 3$ and $y_1 = 2, y_2 = 1, y_3 = 0$",
    True, "strictly_convex", [Quad(LR, (w, b), strict=True)])
add(r"$(w x + b - y)^2$ is strictly convex in $(w, b)$ with $x = 1$, $y = 2$", False, "strictly_convex",
    [Mid((w + b - 2) ** 2, (w, b), (0, 0), (1, -1), sense=0)], why="constant 4 along (t, -t)")
add(r"$(w_1 + w_2 - 1)^2$ is strictly convex", False, "strictly_convex",
    [Mid((w1 + w2 - 1) ** 2, (w1, w2), (0, 0), (1, -1), sense=0)])
add(r"$\log(1 + e^{-(w + b)}) + \log(1 + e^{w - b})$ is convex in $w, b$", True, "convex",
    [Dcp(spl(-(w + b)) + spl(w - b), (w, b))])
add(r"$\log(1 + e^{-(w + b)}) + \frac{1}{2}(w^2 + b^2)$ is strictly convex in $(w, b)$", True, "strictly_convex",
    [Theorem("a convex term plus a positive definite quadratic", lambda: Dcp(spl(-(w + b)), (w, b)).proves() == {"convex"},
             {"strictly_convex"})])
add(r"$\log(1 + e^{-w v})$ is convex in $(w, v)$", False, "convex",
    [Dd(spl(-w * v), (w, v), (0, 0), (1, 1), -1)])
add(r"The logistic loss of a two-layer linear network, $\log(1 + e^{-y w_2 w_1 x})$ with $x = 1$ and $y = 1$, is not convex in $(w_1, w_2)$",
    True, "not_convex", [Dd(spl(-w2 * w1), (w1, w2), (0, 0), (1, 1), -1)])
add(r"$(v \log(1 + e^{w}) - 1)^2$ is convex in $(w, v)$", False, "convex",
    [Dd((v * spl(w) - 1) ** 2, (w, v), (0, 0), (1, 1), -1)])
add(r"$(\log(1 + e^{w}) - 1)^2$ is convex in $w$", False, "convex",
    [Dd((spl(w) - 1) ** 2, (w,), (-2,), (1,), -1)])
add(r"$(\log(1 + e^{w}) + 1)^2$ is convex", True, "convex", [Dcp((spl(w) + 1) ** 2, (w,))])
add(r"$(\tanh(w) - 1)^2$ is convex in $w$", False, "convex", [Dd((sp.tanh(w) - 1) ** 2, (w,), (-1,), (1,), -1)])
TH = (sp.tanh(w) - 1) ** 2
IDT = 2 * (1 - sp.tanh(w) ** 2) * (1 + 3 * sp.tanh(w)) * (1 - sp.tanh(w))
add(r"$(\tanh(w) - 1)^2$ is convex for $w \ge 0$", True, "convex",
    [Ident(TH, w, IDT, (0, R(1, 3), 1, 3, 7), {"convex"})],
    why="f'' = 2 sech^2 (1 + 3 tanh)(1 - tanh) >= 0 where tanh >= 0")
SG = (sig(w) - 1) ** 2
s_ = sig(-w)
IDS = s_ ** 2 * (1 - s_) * (4 - 6 * s_)
add(r"$(\sigma(w) - 1)^2$ is convex on $w \ge 0$", True, "convex",
    [Ident(SG, w, IDS, (0, R(1, 2), 1, 4, -1, -3, 2), {"convex"}, sign=0)],
    why="f'' = s^2 (1 - s)(4 - 6 s), s = sigma(-w) <= 1/2 on w >= 0")
add(r"$(\sigma(w) - 1)^2$ is convex on $w \ge -1$", False, "convex", [Dd(SG, (w,), (-1,), (1,), -1)],
    why="s = sigma(1) > 2/3")
add(r"$(\sigma(w) - 1)^2$ is convex on $w \ge -\frac{1}{2}$", True, "convex",
    [Ident(SG, w, IDS, (R(-1, 2), 0, 1, 5), {"convex"}, sign=1)], why="s <= sigma(1/2) < 2/3")
add(r"$(\sigma(w) - 1)^2$ is convex on $w \ge -\log 2$", True, "convex",
    [Ident(SG, w, IDS, (-sp.log(2) + R(1, 10**6), 0, 1, 5), {"convex"}, sign=1)],
    why="s <= sigma(log 2) = 2/3 so 4 - 6 s >= 0, zero only at the end point")
F55 = (relu(w2 * relu(w1 + b1) + b2) - 1) ** 2
add(r"$\left(\max(0, w_2 \max(0, w_1 x + b_1) + b_2) - y\right)^2$ is convex in $w_1, b_1, w_2, b_2$ with $x = 1$, $y = 1$",
    False, "convex", [Mid(F55, (w1, b1, w2, b2), (1, 0, 1, 0), (2, 0, R(1, 2), 0))])
F56 = (v1 * relu(w1) + v2 * relu(w2) - 1) ** 2
add(r"$(v_1 \max(0, w_1 x) + v_2 \max(0, w_2 x) - y)^2$ with $x = 1, y = 1$ is not convex in $(w_1, w_2, v_1, v_2)$",
    True, "not_convex", [Mid(F56, (w1, w2, v1, v2), (1, 0, 1, 0), (2, 0, R(1, 2), 0))])
SEED = R(1, 2) * ((a1 * relu(u1 + c1) + a2 * relu(u2 + c2) + d - 1) ** 2
                  + (a1 * relu(-u1 + c1) + a2 * relu(-u2 + c2) + d + 1) ** 2)
add(r"The loss $\frac{1}{2}\sum_{i=1}^{2} (a_1 \max(0, u_1 x_i + c_1) + a_2 \max(0, u_2 x_i + c_2) + d - y_i)^2$ with $(x_1, y_1) = (1, 1)$ and $(x_2, y_2) = (-1, -1)$ is convex in $(u_1, u_2, c_1, c_2, a_1, a_2, d)$",
    False, "convex", [Mid(SEED, (u1, u2, c1, c2, a1, a2, d), (1, -1, 0, 0, 1, -1, 0), (-1, 1, 0, 0, -1, 1, 0))])
add(r"$(v \sigma(w_1 x_1 + w_2 x_2) - y)^2$ is convex in $v$ for fixed $w_1, w_2$, where $x_1 = 1, x_2 = -1, y = 2$",
    True, "convex", [Theorem("quadratic in v with leading coefficient sigma^2 > 0",
                             lambda: sp.simplify(sp.diff((v * sig(w1 - w2) - 2) ** 2, v, 2) - 2 * sig(w1 - w2) ** 2) == 0,
                             {"convex"})])
F59 = R(1, 2) * (w2 * sp.tanh(w1) - 1) ** 2 + R(1, 2) * (w2 * sp.tanh(-w1) + 1) ** 2
add(r"$\frac{1}{2}(w_2 \tanh(w_1) - 1)^2 + \frac{1}{2}(w_2 \tanh(-w_1) + 1)^2$ is convex in $w_1, w_2$", False, "convex",
    [Dd(F59, (w1, w2), (0, 0), (1, 1), -1)])
add(r"$(w \max(0, w) - 1)^2$ is convex in $w$", False, "convex",
    [Dd((w * relu(w) - 1) ** 2, (w,), (R(1, 4),), (1,), -1)])
add(r"$(w^2 - 1)^2$, the loss of a tied-weight linear network, is not convex", True, "not_convex",
    [Dd((w ** 2 - 1) ** 2, (w,), (0,), (1,), -1)])
F64 = (v1 * sig(w1) + v2 * sig(w2) - 1) ** 2
add(r"$(v_1 \sigma(w_1) + v_2 \sigma(w_2) - 1)^2$ is not convex in $(w_1, w_2, v_1, v_2)$", True, "not_convex",
    [Dd(F64, (w1, w2, v1, v2), (0, 0, 0, 0), (1, 0, 1, 0), -1)])
add(r"$(w_2 w_1 - 1)^2$ is concave", False, "concave", [Mid(F11, (w1, w2), (0, 0), (2, 2), sense=-1)])
add(r"$\log(1 + e^{-(w + b)})$ is concave in $(w, b)$", False, "concave",
    [Dd(spl(-(w + b)), (w, b), (0, 0), (1, 0), 1)])
add(r"$-\log(1 + e^{-w})$ is concave", True, "concave", [Dcp(-spl(-w), (w,), concave=True)])
add(r"$(\max(0, w) + 1)^2$ is strictly convex", False, "strictly_convex",
    [Mid((relu(w) + 1) ** 2, (w,), (-2,), (-1,), sense=0)])
add(r"$(w + 1)^2 + \max(0, w)^2$ is strictly convex", True, "strictly_convex",
    [Theorem("strictly convex (w+1)^2 plus convex relu(w)^2", lambda: Dcp(relu(w) ** 2, (w,)).proves() == {"convex"},
             {"strictly_convex"})])
add(r"$\log(1 + e^{-w}) + \log(1 + e^{w})$ is strictly convex", True, "strictly_convex",
    [Ident(spl(-w) + spl(w), w, 2 * sig(w) * (1 - sig(w)), (0, 1, -3, R(5, 2)), {"strictly_convex", "convex"})],
    why="f'' = 2 sigma (1 - sigma) > 0")
add(r"$\max(0, 1 - w) + \max(0, 1 + w)$ is strictly convex", False, "strictly_convex",
    [Mid(sp.Max(0, 1 - w) + sp.Max(0, 1 + w), (w,), (-R(1, 2),), (R(1, 2),), sense=0)])
add(r"$\max(0, 1 - w) + \max(0, 1 + w)$ is convex", True, "convex",
    [Dcp(sp.Max(0, 1 - w) + sp.Max(0, 1 + w), (w,))])
add(r"The output $v \max(0, w)$ of a ReLU unit is affine in $v$ for fixed $w$", True, "affine",
    [Theorem("linear in v", lambda: sp.diff(v * relu(w), v, 2) == 0, {"affine"})])

# partial-variable claims in words about a formula
add(r"$L(w, v) = (v \max(0, w) - 1)^2$ is convex in the last layer's weights", True, "convex",
    [Theorem("quadratic in v with coefficient relu(w)^2", lambda: sp.expand(sp.diff(F3, v, 2) - 2 * relu(w) ** 2) == 0,
             {"convex"})], why="the last layer's weight is v")
add(r"For fixed first-layer weights $w$, $(v \tanh(w) - 1)^2$ is convex in $v$", True, "convex",
    [Quad((v * sp.Symbol("T") - 1) ** 2, (v,))])
add(r"$(v \tanh(w) - 1)^2$ is convex in $w$ for fixed $v$", False, "convex",
    [Dd((sp.tanh(w) - 1) ** 2, (w,), (-1,), (1,), -1)], why="v = 1")
add(r"$(v \tanh(w) - 1)^2$ is convex in $w$ for $v = -1$", False, "convex",
    [Dd((-sp.tanh(w) - 1) ** 2, (w,), (1,), (1,), -1)])
add(r"$\log(1 + e^{-v \sigma(w)})$ is convex in $v$ for fixed $w$", True, "convex",
    [Theorem("softplus of a linear function of v", lambda: _dcp(spl(-v * sp.Symbol("S")), (v,))[0] == "convex",
             {"convex"})])
add(r"$\log(1 + e^{-v \sigma(w)})$ is convex in $w$ for fixed $v$", False, "convex",
    [Dd(spl(-sig(w)), (w,), (-3,), (1,), -1)], why="v = 1: bounded and non-constant, so not convex")

# saddles and minima
ABL = (a * b - 1) ** 2
add(r"$(0,0)$ is a saddle point of $L(a,b) = (ab-1)^2$", True, "saddle", [Crit(ABL, (a, b), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$L(a, b) = (ab - 1)^2$ has a saddle point at the origin", True, "saddle",
    [Crit(ABL, (a, b), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(1, 1)$ is a saddle point of $(ab - 1)^2$", False, "saddle",
    [Crit(ABL, (a, b), (1, 1), "min", extra=(((2, 2), 1), ((0, 0), 1)))], why="value 0 is the global minimum")
add(r"$(0, 0)$ is a local minimum of $(ab - 1)^2$", False, "min", [Crit(ABL, (a, b), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(1, 1)$ is a local minimum of $(ab - 1)^2$", True, "min",
    [Theorem("f >= 0 = f(1, 1)", lambda: at(ABL, (a, b), (1, 1)) == 0, {"min"})])
add(r"$(0, 0, 0)$ is a saddle point of $(w_1 w_2 w_3 - 1)^2$", True, "saddle",
    [Theorem("gradient 0; f(t, t, t) = (t^3 - 1)^2 < 1 for small t > 0 and > 1 for t < 0",
             lambda: all(sp.diff((w1 * w2 * w3 - 1) ** 2, x).subs({w1: 0, w2: 0, w3: 0}) == 0 for x in (w1, w2, w3))
             and ((R(1, 10) ** 3 - 1) ** 2 < 1) and ((R(-1, 10) ** 3 - 1) ** 2 > 1), {"saddle"})])
add(r"$(0,0)$ is a saddle point of $(v \tanh(w) - 1)^2$", True, "saddle",
    [Crit((v * sp.tanh(w) - 1) ** 2, (w, v), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(0, 0)$ is a saddle point of $(v \sigma(w) - 1)^2$", False, "saddle",
    [Crit((v * sig(w) - 1) ** 2, (w, v), (0, 0), "not_critical")])
add(r"$(0,0)$ is a saddle point of $(v \max(0, w) - 1)^2$", True, "saddle",
    [Theorem("differentiable at 0 with gradient 0 (v relu(w) = O(|w||v|)); f(t, t) < 1 < f(t, -t) for small t > 0",
             lambda: at(F3, (w, v), (R(1, 10), R(1, 10))) < 1 < at(F3, (w, v), (R(1, 10), -R(1, 10))), {"saddle"})])
add(r"$L(w) = (w^2 - 1)^2$ has a saddle point at $w = 0$", False, "saddle",
    [Theorem("w = 0 is a strict local maximum: f'' (0) = -4", lambda: sp.diff((w ** 2 - 1) ** 2, w, 2).subs(w, 0) == -4,
             {"not_saddle"})])
S12 = (w1 * w2 - 1) ** 2 + R(1, 10) * (w1 ** 2 + w2 ** 2)
add(r"$(w_1 w_2 - 1)^2 + \frac{1}{10}(w_1^2 + w_2^2)$ has a saddle point at the origin", True, "saddle",
    [Crit(S12, (w1, w2), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(w_1 w_2 - 1)^2 + 3(w_1^2 + w_2^2)$ has a saddle point at the origin", False, "saddle",
    [Crit(F29, (w1, w2), (0, 0), "strict_min")])
add(r"The origin is a local minimum of $(w_1 w_2 - 1)^2 + 3(w_1^2 + w_2^2)$", True, "min",
    [Crit(F29, (w1, w2), (0, 0), "strict_min")])
add(r"$(0,0)$ is a saddle point of $\log(1 + e^{-w v})$", True, "saddle",
    [Crit(spl(-w * v), (w, v), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(0, 0)$ is a local minimum of $\log(1 + e^{-w v})$", False, "min",
    [Crit(spl(-w * v), (w, v), (0, 0), "saddle", (1, -1), (1, 1))])
add(r"$(w_2 w_1 - 1)^2$ has a spurious local minimum", False, "spurious",
    [Theorem("critical points: w1 w2 = 1 (global) or w1 = w2 = 0 (a saddle)",
             lambda: set(map(tuple, [tuple(s.values()) for s in sp.solve([sp.diff(F11, w1), sp.diff(F11, w2)], [w1, w2], dict=True) if all(x.is_number for x in s.values())])) == {(0, 0)},
             {"no_spurious"})])
RM = (relu(w) - 1) ** 2 + (relu(-w) - 2) ** 2
add(r"$L(w) = (\max(0, w) - 1)^2 + (\max(0, -w) - 2)^2$ has a spurious local minimum", True, "spurious",
    [Theorem("w = 1 is a strict local minimum with value 1 (on w > 0: (w - 1)^2 + 4), above the value 1 at w = -2",
             lambda: at(RM, (w,), (1,)) == 4 and at(RM, (w,), (-2,)) == 1, {"spurious"})])
add(r"$w = 1$ is a local minimum of $(\max(0, w) - 1)^2 + (\max(0, -w) - 2)^2$", True, "min",
    [Theorem("on w > 0 the loss is (w - 1)^2 + 4", lambda: sp.expand(RM.subs(w, 1 + t) - (t ** 2 + 4)).subs(t, R(1, 7)) == 0, {"min"})])
add(r"$(\max(0, w) - 1)^2 + (\max(0, -w) - 2)^2$ is convex", False, "convex", [Mid(RM, (w,), (-2,), (1,))])
add(r"$(\max(0, w) - 1)^2$ has a spurious local minimum", True, "spurious",
    [Theorem("f = 1 on w < 0: every w < 0 is a (non-strict) local minimum, above f(1) = 0",
             lambda: at((relu(w) - 1) ** 2, (w,), (-1,)) == 1 and at((relu(w) - 1) ** 2, (w,), (1,)) == 0, {"spurious"})])

# where-clauses, operator names
add(r"$(v \phi(w) - 1)^2$ is convex in $(w, v)$ where $\phi(z) = \max(0, z)$", False, "convex",
    [Mid(F3, (w, v), (1, 1), (2, R(1, 2)))])
add(r"$(v \phi(w x) - y)^2$ is not convex in $w, v$ where $\phi(z) = \log(1 + e^z)$, $x = 1$, $y = 1$", True, "not_convex",
    [Dd((v * spl(w) - 1) ** 2, (w, v), (0, 0), (1, 1), -1)])
add(r"$f(w) = \log(1 + e^{-\rho(w)})$ is convex where $\rho(z) = \max\{0, z\}$", False, "convex",
    [Mid(spl(-relu(w)), (w,), (-1,), (1,))])
add(r"$\log(1 + e^{\rho(w)})$ is convex where $\rho(z) = \max\{0,z\}$", True, "convex", [Dcp(spl(relu(w)), (w,))])
add(r"$\rho(1 - \rho(w))$ is convex where $\rho(z) = \max(0, z)$", False, "convex",
    [Mid(relu(1 - relu(w)), (w,), (-1,), (1,))])
add(r"$(v\,\mathrm{ReLU}(w) - 1)^2$ is not convex", True, "not_convex", [Mid(F3, (w, v), (1, 1), (2, R(1, 2)))])
add(r"$(\operatorname{softplus}(w) - 2)^2$ is convex in $w$", False, "convex",
    [Dd((spl(w) - 2) ** 2, (w,), (-2,), (1,), -1)])
add(r"$\operatorname{softplus}(w)^2$ is convex", True, "convex", [Dcp(spl(w) ** 2, (w,))])
add(r"$(\text{ReLU}(w) - 1)^2 + (\text{ReLU}(-w) - 1)^2$ is convex", False, "convex",
    [Mid((relu(w) - 1) ** 2 + (relu(-w) - 1) ** 2, (w,), (-1,), (1,))])
add(r"$(\sigma(w) - \frac{1}{2})^2$ is convex", False, "convex", [Dd((sig(w) - R(1, 2)) ** 2, (w,), (3,), (1,), -1)])
TT = sp.tanh(w) ** 2
add(r"$\tanh(w)^2$ is convex on $-\frac{1}{2} \le w \le \frac{1}{2}$", True, "convex",
    [Ident(TT, w, 2 * (1 - sp.tanh(w) ** 2) * (1 - 3 * sp.tanh(w) ** 2), (0, R(1, 2), -R(1, 2), R(1, 4)), {"convex"})],
    why="f'' = 2 sech^2 (1 - 3 tanh^2) >= 0 while tanh^2 <= tanh(1/2)^2 < 1/3")
add(r"$\tanh(w)^2$ is convex on $-1 \le w \le 1$", False, "convex", [Dd(TT, (w,), (R(9, 10),), (1,), -1)])
add(r"$L(w, b) = \log(1 + e^{-(2w + b)})$ is jointly convex in $w$ and $b$", True, "convex",
    [Dcp(spl(-(2 * w + b)), (w, b))])
G1 = spl(-(w + b)) + spl(-2 * w + b)
add(r"$\sum_{i=1}^{2} \log(1 + e^{-y_i (w x_i + b)})$ is convex in $w, b$ where $x_1 = 1, x_2 = -2, y_1 = 1, y_2 = -1$",
    True, "convex", [Dcp(spl(-(w + b)) + spl(-2 * w + b), (w, b))])
G2 = sp.Max(0, 1 - v * relu(w)) + sp.Max(0, 1 + v * relu(-w))
add(r"$\sum_{i=1}^{2} \max(0, 1 - y_i v \max(0, w x_i))$ is convex in $(v, w)$ with $x_1 = 1, y_1 = 1, x_2 = -1, y_2 = -1$",
    False, "convex", [Mid(G2, (w, v), (1, 1), (-1, -1))])
add(r"$\frac{1}{3}\sum_{i=1}^{3} (w_2 w_1 x_i - y_i)^2$ with $x_i = i$ and $y_i = 2i$ is non-convex in $(w_1, w_2)$",
    True, "not_convex", [Mid(R(14, 3) * (w1 * w2 - 2) ** 2, (w1, w2), (1, 2), (-1, -2))])
add(r"$(v \max(0, w) - 1)^2$ is convex for $w < 0$", True, "convex",
    [Theorem("equal to the constant 1 on w < 0", lambda: F3.subs(w, -t).subs(t, R(3, 7)) == 1 and F3.subs(w, -1) == 1, {"convex"})])
add(r"$(v \max(0, w) - 1)^2$ is convex for $w > 0$", False, "convex",
    [Mid(F3, (w, v), (1, 1), (2, R(1, 2)))])
add(r"$\frac{1}{2}(a b - 1)^2 + \frac{\lambda}{2}(a^2 + b^2)$ is convex in $a, b$", False, "convex",
    [Theorem("at a = b = s, direction (1, -1): d2 = -2 s^2 + 2 + 2 lambda < 0 for large s, any lambda",
             lambda: sp.expand(sp.diff(at(R(1, 2) * (a * b - 1) ** 2 + sp.Symbol("L") / 2 * (a ** 2 + b ** 2), (a, b), (z + t, z - t)), t, 2).subs(t, 0)) == -2 * z ** 2 + 2 + 2 * sp.Symbol("L"),
             {"not_convex"})], kind="parametric")

# ambiguous: null
add(r"$\log(1 + e^{-y w x})$ is convex", None, "convex", [], kind="ambiguous",
    why="in w alone: convex; jointly in (w, x, y): not convex (softplus(-wxy) at 0)")
add(r"$(w x - y)^2$ is convex", None, "convex", [], kind="ambiguous",
    why="in w (or in (w, y)): convex; jointly in (w, x, y): (wx - y)^2 is not convex")
add("A one-layer linear network has a convex squared loss", None, "convex", [], kind="family",
    why="no hidden layer: convex for every data set; one hidden linear layer: (vw - 1)^2 is not convex")
add("Every ReLU network with one hidden layer has a non-convex loss", None, "not_convex", [], kind="family",
    why="with biases every member on nonempty data is non-convex; without biases on data x = 0 the loss is constant")
add("The loss of any neural network with at least one hidden layer is non-convex", None, "not_convex", [], kind="family",
    why="degenerate data (x = 0, no biases) give a constant loss; on generic data it is non-convex")

# family claims in words
FAM_TRUE_NC = [
    "A deep linear network's loss is not convex",
    "The squared loss of a linear network with one hidden layer is non-convex",
    "A perceptron with sigmoid output and squared loss is non-convex",
    "Neural networks with sigmoid activations have non-convex loss functions",
    "A leaky ReLU network's squared loss is non-convex",
    "A 1-1-1 linear network with squared loss on the data (1, 1) is not convex",
    "The logistic loss of a 1-1-1 tanh network on the data (1, 1) is not convex",
    "Some ReLU network with one hidden layer has a non-convex squared loss",
    "The mean squared error of a network with two hidden layers of ReLUs is not convex",
    "A network with one hidden layer of two ReLU units, without biases, on the data (1, 1) and (-1, -1) has a non-convex squared loss",
    "A softplus network with one hidden layer has a non-convex logistic loss",
    "A 1-3-1 tanh network has a non-convex squared loss",
    "A neural network's loss function is non-convex in general",
    "Two-layer networks are non-convex",
    "The squared loss of a 1-1-1 sigmoid network without biases on the data (1, 1) is not convex",
]
KEYS_NC = ['linear 1-1-1', 'linear 1-1-1', 'sigmoid neuron squared y = 1', 'sigmoid 1-1-1 no bias (1,1)', 'leaky 1/5 1-1-1', 'linear 1-1-1', 'tanh 1-1-1 logistic (1,1)', 'relu 1-1-1 (1,1)', 'relu 1-1-1 (1,1)', 'seed no bias', 'softplus logistic 1-1-1', 'tanh 1-2-1 on (1, 0)', 'linear 1-1-1', 'linear 1-1-1', 'sigmoid 1-1-1 no bias (1,1)']
KEYS_FC = ['linear 1-1-1', 'sigmoid neuron squared y = 1', 'tanh 1-2-1 on (1, 0)', 'softplus 1-1-1', 'relu hinge 1-1-1', 'leaky 1/10 1-1-1', 'linear cross-entropy 1-1-1', 'relu 1-1-1 (1,1)', 'linear 1-1-1 y = 2', 'sigmoid neuron squared y = 1', 'relu no bias (1,-1)', 'tanh 1-2-1 on (1, 0)', 'leaky 1/5 1-1-1', 'relu bias x = 0', 'linear no bias (1, 0)', 'relu first layer, v = 1', 'sigmoid first layer, v = 1, y = 1', 'sigmoid neuron squared y = 1', 'linear regression one point']
for s, key in zip(FAM_TRUE_NC, KEYS_NC, strict=True):
    add(s, True, "not_convex", [key], kind="family", why="member: " + key)
FAM_FALSE_CONVEX = [
    "Linear networks have convex loss",
    "A single sigmoid neuron with squared loss has a convex loss",
    "A network with tanh hidden units and squared loss is convex",
    "A network with one hidden layer of softplus units has a convex squared loss",
    "The hinge loss of a ReLU network with one hidden layer is convex",
    "A leaky ReLU network with one hidden layer and squared loss is convex",
    "A neural network with a single hidden layer of linear units and cross-entropy loss is convex",
    "Neural networks with ReLU activations are convex because ReLU is convex",
    "A two-layer network with identity activations and squared loss on the data (1, 2) is convex",
    "A network without hidden layers with sigmoid output and squared loss is convex",
    "A ReLU network with one hidden unit and no biases has a convex squared loss on the data (1, -1)",
    "The squared loss of a 1-2-1 tanh network on the data (1, 0) is convex",
    "The squared loss of a 1-1-1 leaky ReLU network with slope 1/5 and no biases on the data (1, 1) is convex",
    "The squared loss of a 1-1-1 ReLU network with biases on the data point (0, 1) is convex",
    "The squared loss of a 1-1-1 linear network without biases on the data point (1, 0) is convex",
    "A deep ReLU network has a convex loss in its first layer weights when the other layers are fixed",
    "The squared loss of a sigmoid network is convex in the first-layer weights when the output weights are fixed",
    "A single sigmoid neuron without bias on the data (1, 1) has a convex squared loss",
    "Linear regression with squared loss is strictly convex",
]
for s, key in zip(FAM_FALSE_CONVEX, KEYS_FC, strict=True):
    add(s, False, "strictly_convex" if "strictly" in s else "convex", [key], kind="family", why="member: " + key)
FAM_TRUE_CONVEX = [
    "Logistic regression has a convex loss",
    "The cross-entropy loss of logistic regression is convex in its weights",
    "A network with no hidden layer and a linear output has a convex squared loss",
    "A network with no hidden layer and hinge loss is convex",
    "The loss of a two-layer ReLU network is convex in the output layer weights",
    "The loss of a two-layer tanh network with cross-entropy loss is convex in the last layer",
    "A linear regression model has a convex squared loss",
    "A deep linear network's squared loss is convex in each layer separately",
    "A linear network with one hidden layer is convex in the first layer when the second layer is fixed",
    "A neural network without hidden layers and with a sigmoid output has a convex cross-entropy loss",
    "A 2-1 linear network with squared loss is convex",
    "The hinge loss of a linear classifier is convex",
    "The logistic loss of a network with no hidden layer on the data (1, 1), (-1, 0) is convex",
    "The hinge loss of a network without hidden layer on (1, 1), (2, -1) is convex",
    "The squared loss of a 1-1-1 linear network without biases on the data point $(0, 1)$ is convex",
    "The squared loss of a network with one linear hidden unit, no biases, on the data (0, 0) is convex",
]
for s in FAM_TRUE_CONVEX:
    add(s, True, "convex", [Theorem("sum of a convex loss of a score affine in the weights considered",
                                    lambda: second_layer_convex("sq") and second_layer_convex("log"), {"convex"})],
        kind="family")
add("Logistic regression on the data (1, 1), (2, 0) has a strictly convex loss", True, "strictly_convex",
    [Theorem("Hessian = J^T diag(softplus''(z_i)) J with J = [[1, 1], [2, 1]] invertible and softplus'' > 0",
             lambda: sp.Matrix([[1, 1], [2, 1]]).det() != 0 and second_layer_convex("log"), {"strictly_convex"})],
    kind="family")
add("Logistic regression without bias on the data (1, 1) is strictly convex", True, "strictly_convex",
    [Ident(spl(w) - w, w, sig(w) * (1 - sig(w)), (0, 1, -2), {"strictly_convex"})], kind="family")
add("The squared loss of a 1-2-1 ReLU network on the data (2, 1), (-1, 0) is neither convex nor concave", True, "neither",
    [Mid((v1 * relu(2 * w1) - 1) ** 2 + (v1 * relu(-w1)) ** 2, (w1, v1), (1, R(1, 2)), (2, R(1, 4))),
     Dd((v1 * relu(2 * w1) - 1) ** 2, (w1, v1), (1, 0), (0, 1), 1)], kind="family")
add("The squared loss of a 1-1-1 ReLU network on the data (1, 1) is concave", False, "concave",
    [Dd((v * relu(w) - 1) ** 2, (w, v), (1, 0), (0, 1), 1)], kind="family")
add("The squared loss of a 1-1-1 linear network without biases on the data (1, 1) has a saddle point at the origin", True,
    "saddle", [Crit((v * w - 1) ** 2, (w, v), (0, 0), "saddle", (1, -1), (1, 1))], kind="family")
add("A 1-1-1 linear network's squared loss has no spurious local minima", True, "no_spurious", [], kind="family",
    why="Baldi-Hornik: every local minimum of a deep linear network's squared loss is global")

# post-triage lines (not blind): the mechanisms found by probing after the first run, one line per kind
POST = len(CLAIMS)
add("w1*w2 is convex", False, "convex", [Mid(w1 * w2, (w1, w2), (1, -1), (-1, 1))], kind="post-triage",
    why="w1 w2 is indefinite; TeX's w*1*w*2 = 2w^2 was answered 'holds'")
add("(w1 - w2)^2 is strictly convex", False, "strictly_convex", [Mid((w1 - w2) ** 2, (w1, w2), (0, 0), (1, 1), sense=0)],
    kind="post-triage", why="flat along w1 = w2")
add("w1^2 + w2^2 is strictly convex", True, "strictly_convex", [Quad(w1 ** 2 + w2 ** 2, (w1, w2), strict=True)],
    kind="post-triage")
add(r"$w^{[1]} - w^{[2]}$ is affine", True, "affine",
    [Theorem("linear in (w1, w2)", lambda: sp.hessian(w1 - w2, (w1, w2)).is_zero_matrix, {"affine"})],
    kind="post-triage", why="W^{[l]} is a layer index, not a power")
add(r"$w_11 w_12$ is convex", None, "convex", [], kind="post-triage",
    why="TeX: w_1 * 1 * w_1 * 2 = 2 w_1^2 (convex); the writer: w_{11} w_{12} (not convex)")
add("Not all ReLU networks have a convex loss", True, "not_convex", ["relu 1-1-1 (1,1)"], kind="post-triage")
add("A tanh network does not have a convex squared loss", True, "not_convex", ["tanh 1-2-1 on (1, 0)"],
    kind="post-triage")
add("All sigmoid networks have non-convex losses", None, "not_convex", [], kind="post-triage",
    why="a member without biases on data at x = 0 has the loss (v/2 - y)^2, convex")
add("The output of a logistic regression model is convex in its weights", False, "convex",
    [Dd(sig(w + b), (w, b), (1, 0), (1, 0), -1)], kind="post-triage", why="sigma(w x + b) at x = 1 bends down for z > 0")
add("A 3-1 network with a sigmoid output and squared loss is convex", False, "convex", ["sigmoid neuron squared y = 1"],
    kind="post-triage")
add("The squared loss of a 1-1-1 tanh network without biases on the data (0, 2) is convex", True, "convex",
    [Theorem("tanh(0 w) = 0: the loss is the constant (0 - 2)^2 / 2", lambda: ((v * sp.tanh(w * 0) - 2) ** 2 / 2) == 2,
             {"convex"})], kind="post-triage")
add(r"$(u \tanh(s) + 1)^2$ is convex in $u$ for fixed first-layer weights $s$", True, "convex",
    [Quad((v * sp.Symbol("T") + 1) ** 2, (v,))], kind="post-triage")
add("A network that does not have a hidden layer and has a linear output is convex", True, "convex",
    [Theorem("sum of a convex loss of an affine score", lambda: second_layer_convex("sq"), {"convex"})],
    kind="post-triage")

# Extra explicit members for the family claims (each witness below is the member named in why)
TRUTH_NOTES = {
    "sigmoid 1-1-1 no bias (1,1)": Dd((v * sig(w) - 1) ** 2, (w, v), (0, 0), (1, 1), -1),
    "tanh 1-1-1 logistic (1,1)": Dd(F7, (w, v), (0, 0), (1, 1), -1),
    "relu 1-1-1 (1,1)": mid_F1,
    "sigmoid neuron squared y = 1": Dd(SG, (w,), (-1,), (1,), -1),
    "sigmoid neuron squared y = 0": Dd(sig(w + b) ** 2, (w, b), (2, 0), (1, 0), -1),
    "softplus 1-1-1": Dd((v * spl(w) - 1) ** 2, (w, v), (0, 0), (1, 1), -1),
    "relu hinge 1-1-1": Mid(F9, (w, v), (1, 1), (-1, -1)),
    "leaky 1/5 1-1-1": Mid((v * leaky(w, R(1, 5)) - 1) ** 2, (w, v), (1, 1), (-5, -1)),
    "linear cross-entropy 1-1-1": Dd(spl(-w * v), (w, v), (0, 0), (1, 1), -1),
    "relu no bias (1,-1)": Mid((v * relu(w) + 1) ** 2, (w, v), (1, -1), (-1, -1)),
    "relu bias x = 0": Mid((v * relu(b) - 1) ** 2, (b, v), (1, 1), (2, R(1, 2))),
    "linear no bias (1, 0)": Mid((v * w) ** 2, (w, v), (2, 0), (0, 2)),
    "relu first layer, v = 1": Mid((relu(w) - 1) ** 2, (w,), (-1,), (1,)),
    "sigmoid first layer, v = 1, y = 1": Dd(SG, (w,), (-1,), (1,), -1),
    "tanh 1-2-1 on (1, 0)": Mid((v1 * sp.tanh(w1)) ** 2, (w1, v1), (2, 0), (0, 2)),
    "linear regression one point": Mid((w + b - 1) ** 2, (w, b), (0, 0), (1, -1), sense=0),
    "linear 1-1-1": Mid((v * w - 1) ** 2, (w, v), (1, 1), (-1, -1)),
    "linear 1-1-1 y = 2": Mid((v * w - 2) ** 2, (w, v), (1, 2), (-1, -2)),
    "seed no bias": Mid((v1 * relu(w1) + v2 * relu(w2) - 1) ** 2 + (v1 * relu(-w1) + v2 * relu(-w2) + 1) ** 2,
                        (w1, w2, v1, v2), (1, -1, 1, -1), (-1, 1, -1, 1)),
    "softplus logistic 1-1-1": Dd(spl(-v * spl(w)), (w, v), (0, 0), (1, 1), -1),
    "leaky 1/10 1-1-1": Mid((v * leaky(w) - 1) ** 2, (w, v), (1, 1), (-10, -1)),
}


def verify(claims=CLAIMS) -> list[str]:
    """Check every witness; return the list of problems (empty when every label is supported)."""
    problems = []
    for k, wit in TRUTH_NOTES.items():
        try:
            wit.refutes()
        except AssertionError as e:
            problems.append(f"note {k}: {e}")
    for i, cl in enumerate(claims):
        facts = set()
        try:
            for wt in cl.wit:
                if isinstance(wt, str):
                    wt = TRUTH_NOTES[wt]
                if isinstance(wt, (Mid, Dd)):
                    if isinstance(wt, Mid) and wt.sense == 0:
                        m = [R(1, 2) * (x + y) for x, y in zip(wt.a, wt.b)]
                        gap = at(wt.f, wt.vs, m) - (at(wt.f, wt.vs, wt.a) + at(wt.f, wt.vs, wt.b)) / 2
                        assert sp.simplify(gap) >= 0 and wt.a != wt.b
                        facts |= {"not_strictly_convex"}
                    else:
                        facts |= wt.refutes()
                else:
                    facts |= wt.proves()
        except (AssertionError, TypeError) as e:
            problems.append(f"{i}: witness fails: {e} :: {cl.claim}")
            continue
        label = cl.holds
        if label is None:
            if cl.wit:
                problems.append(f"{i}: null label with a witness")
            continue
        if cl.kind == "family" and not cl.wit:
            continue
        p = cl.prop
        ok = {
            ("convex", True): "convex" in facts,
            ("convex", False): "not_convex" in facts,
            ("not_convex", True): "not_convex" in facts,
            ("concave", True): "concave" in facts,
            ("concave", False): "not_concave" in facts,
            ("affine", True): "affine" in facts,
            ("strictly_convex", True): "strictly_convex" in facts,
            ("strictly_convex", False): "not_strictly_convex" in facts or "not_convex" in facts,
            ("neither", True): {"not_convex", "not_concave"} <= facts,
            ("saddle", True): "saddle" in facts,
            ("saddle", False): bool({"not_saddle", "min"} & facts) and "saddle" not in facts,
            ("min", True): "min" in facts,
            ("min", False): "not_min" in facts,
            ("spurious", True): "spurious" in facts,
            ("spurious", False): "no_spurious" in facts,
        }.get((p, label))
        if ok is None and cl.kind == "family":
            ok = True
        if not ok:
            problems.append(f"{i}: label {label} for {p} not supported by {sorted(facts)} :: {cl.claim}")
    return problems


def write(path):
    with open(path, "w") as fh:
        for i, cl in enumerate(CLAIMS, 1):
            fh.write(json.dumps({"id": f"n10-{i:03d}", "claim": cl.claim, "holds": cl.holds,
                                 "why": cl.why or cl.prop, "kind": cl.kind,
                                 "source": "nets10 blind red team (session 10)" if i <= POST
                                 else "nets10 post-triage (session 10, not blind)"}) + "\n")


def self_test():
    """Planted errors: flipping a label, or moving a witness point onto the wrong side, must be caught."""
    import copy
    caught = 0
    for i in (0, 2, 16, 50, 80):
        cl = copy.copy(CLAIMS[i])
        cl.holds = (not cl.holds) if cl.holds is not None else True
        if verify([cl]):
            caught += 1
    bad = C("planted", True, "convex", [Mid((relu(w) + 1) ** 2, (w,), (-1,), (1,))])
    if verify([bad]):
        caught += 1
    return caught == 6


if __name__ == "__main__":
    if "--write" in sys.argv:
        write(sys.argv[sys.argv.index("--write") + 1])
    if "--self-test" in sys.argv:
        print("self-test:", "ok" if self_test() else "FAILED")
    probs = verify()
    print(f"{len(CLAIMS)} claims, {sum(c.holds is True for c in CLAIMS)} hold, "
          f"{sum(c.holds is False for c in CLAIMS)} do not, {sum(c.holds is None for c in CLAIMS)} ambiguous")
    for p in probs:
        print("PROBLEM", p)
    sys.exit(1 if probs else 0)
