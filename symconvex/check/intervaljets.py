r"""Second-order interval jets over a box, in python-flint ``arb`` ball arithmetic (trusted; kernel layer).

``box_jet(tree, names, balls)`` evaluates an expression tree on *balls* (one ``arb`` per variable) and returns a
``BoxJet(v, g, h)`` with the enclosure property: for **every** point x with x_i in ``balls[i]``,

    f(x) ∈ v,    ∂f/∂x_i (x) ∈ g[i],    ∂²f/∂x_i∂x_j (x) ∈ h[(i, j)]  (i <= j),

missing keys meaning an exact 0. The jets are sparse (a term of 12 of 36 variables carries 12 partials and 78
second partials), so a sum of pair terms stays cheap.

Why it holds (induction over the tree): a variable's jet is (x_i, e_i, 0); for a sum and a product the jets
compose by the exact rules (Leibniz); for a unary φ applied to a node u, f = φ∘u has ∇f = φ'(u)∇u and
∇²f = φ'(u)∇²u + φ''(u)∇u∇uᵀ at every x. If φ is C² on an open set containing the *enclosure* of u's values,
each right-hand side evaluated at the true values lies in the ball expression evaluated on the enclosures
(ball arithmetic is inclusion-monotone). So each operator below is accepted only where it is C² on the whole
enclosure of its argument, else the evaluation is refused with ``CertificateError``:

- ``log``, real powers x^r (r not an integer) and x^y: base shown > 0; negative integer powers: base shown ≠ 0;
- ``arcsin``/``arccos``/``artanh``: argument shown inside (-1, 1); ``arccosh``: argument shown > 1; ``tan``: cos
  shown ≠ 0;
- kinks (``relu``, ``leaky_relu``, ``abs``, ``max``, ``min``): every argument's sign (every difference of the
  arguments of max/min) shown fixed on the enclosure, so one smooth branch holds on a neighbourhood of the box;
- arguments of exp-like functions of magnitude at most ``MAX_ARGUMENT``.

Nonnegative integer powers are computed by repeated multiplication (``x*x`` of a ball containing 0 is a valid
enclosure; arb's power of such a ball is not always one we want). Only ``arb`` balls are used: no float decides.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction

import flint
from flint import arb, fmpq

from ..certificates import check_exponent, parse_rational
from ..errors import CertificateError

#: Working precision of the ball arithmetic, in bits.
PRECISION = 192
#: Caps: nodes of a tree evaluated on a box, |argument| of exp-like functions.
MAX_NODES, MAX_ARGUMENT = 200_000, 10 ** 4


@contextmanager
def ball_precision(bits: int = PRECISION):
    """Run a block with flint's ball arithmetic at ``bits`` bits, restoring the caller's precision afterwards."""
    saved = flint.ctx.prec
    flint.ctx.prec = bits
    try:
        yield
    finally:
        flint.ctx.prec = saved


def to_ball(q: Fraction) -> arb:
    """A ball enclosing the rational q."""
    return arb(fmpq(q.numerator, q.denominator))


def interval_ball(lo: Fraction, hi: Fraction) -> arb:
    """A ball enclosing the interval [lo, hi]."""
    return arb.union(to_ball(lo), to_ball(hi))


def exact_mid(x: arb) -> Fraction:
    """The midpoint of a ball as an exact rational."""
    m, e = x.mid().man_exp()
    m, e = int(m), int(e)
    return Fraction(m * 2 ** e) if e >= 0 else Fraction(m, 2 ** -e)


def exact_bounds(x: arb) -> tuple[Fraction, Fraction]:
    """Exact rational lower and upper ends of a ball (rounded outward by arb, so they enclose it)."""
    if not x.is_finite():
        raise CertificateError("an enclosure is infinite or undefined")
    return exact_mid(x.lower()), exact_mid(x.upper())


@dataclass
class BoxJet:
    """Value, gradient and Hessian enclosures of a function over a box (module docstring)."""

    v: arb
    g: dict
    h: dict


def _positive(x: arb) -> bool:
    return bool(x > 0)


def _negative(x: arb) -> bool:
    return bool(x < 0)


def _scale(d: dict, s: arb) -> dict:
    return {k: s * x for k, x in d.items()}


def _plus(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, x in b.items():
        out[k] = out[k] + x if k in out else x
    return out


def _outer(a: dict, b: dict, out: dict) -> None:
    """out[(i, j)] += a_i b_j + a_j b_i over i <= j (the symmetric part of a bᵀ, twice)."""
    for i, x in a.items():
        for j, y in b.items():
            key = (i, j) if i <= j else (j, i)
            term = x * y if i != j else 2 * x * y
            out[key] = out[key] + term if key in out else term


def _add(a: BoxJet, b: BoxJet) -> BoxJet:
    return BoxJet(a.v + b.v, _plus(a.g, b.g), _plus(a.h, b.h))


def _mul(a: BoxJet, b: BoxJet) -> BoxJet:
    h = _plus(_scale(a.h, b.v), _scale(b.h, a.v))
    _outer(a.g, b.g, h)
    return BoxJet(a.v * b.v, _plus(_scale(a.g, b.v), _scale(b.g, a.v)), h)


def _compose(a: BoxJet, value: arb, d1: arb, d2: arb) -> BoxJet:
    """φ∘a from φ(a.v), φ'(a.v), φ''(a.v) (the chain rule)."""
    h = _scale(a.h, d1)
    if a.g:
        half = {k: x * d2 for k, x in a.g.items()}  # φ'' g_i g_j = (φ'' g_i) g_j, symmetric: use _outer / 2
        for i, x in half.items():
            for j, y in a.g.items():
                if i <= j:
                    h[(i, j)] = h[(i, j)] + x * y if (i, j) in h else x * y
    return BoxJet(value, _scale(a.g, d1), h)


def _bounded(x: arb, what: str) -> arb:
    if not bool(abs(x) <= MAX_ARGUMENT):
        raise CertificateError(f"{what}: the argument {x.str(5)} is not shown within {MAX_ARGUMENT} in magnitude")
    return x


def _unit(x: arb, what: str) -> arb:
    """1 - x², after showing |x| < 1 on the enclosure."""
    if not (bool(x > -1) and bool(x < 1)):
        raise CertificateError(f"{what}: the argument {x.str(5)} is not shown inside (-1, 1) on the box")
    return 1 - x * x


def _unary(head: str, a: BoxJet) -> BoxJet:
    x = a.v
    if head == "exp":
        e = _bounded(x, head).exp()
        return _compose(a, e, e, e)
    if head == "log":
        if not _positive(x):
            raise CertificateError(f"log: the argument {x.str(5)} is not shown positive on the box")
        r = 1 / x
        return _compose(a, x.log(), r, -r * r)
    if head in ("sin", "cos"):
        s, c = _bounded(x, head).sin(), x.cos()
        return _compose(a, s, c, -s) if head == "sin" else _compose(a, c, -s, -c)
    if head == "tan":
        c = _bounded(x, head).cos()
        if not (bool(c > 0) or bool(c < 0)):
            raise CertificateError(f"tan: cos of the argument {x.str(5)} is not shown nonzero on the box")
        t = x.sin() / c
        sec2 = 1 + t * t
        return _compose(a, t, sec2, 2 * t * sec2)
    if head == "sinh":
        s, c = _bounded(x, head).sinh(), x.cosh()
        return _compose(a, s, c, s)
    if head == "cosh":
        s, c = _bounded(x, head).sinh(), x.cosh()
        return _compose(a, c, s, c)
    if head == "tanh":
        t = _bounded(x, head).tanh()
        d1 = 1 - t * t
        return _compose(a, t, d1, -2 * t * d1)
    if head == "sigmoid":
        s = 1 / (1 + (-_bounded(x, head)).exp())
        d1 = s * (1 - s)
        return _compose(a, s, d1, d1 * (1 - 2 * s))
    if head == "softplus":
        s = 1 / (1 + (-_bounded(x, head)).exp())
        value = (1 + x.exp()).log()
        return _compose(a, value, s, s * (1 - s))
    if head == "arctan":
        r = 1 / (1 + x * x)
        return _compose(a, x.atan(), r, -2 * x * r * r)
    if head == "arcsinh":
        r = (1 + x * x).rsqrt()
        return _compose(a, x.asinh(), r, -x * r * r * r)
    if head in ("arcsin", "arccos"):
        gap = _unit(x, head)
        r = gap.rsqrt()
        d1, d2 = r, x * r * r * r
        return _compose(a, x.asin(), d1, d2) if head == "arcsin" else _compose(a, x.acos(), -d1, -d2)
    if head == "artanh":
        r = 1 / _unit(x, head)
        return _compose(a, x.atanh(), r, 2 * x * r * r)
    if head == "arccosh":
        if not bool(x > 1):
            raise CertificateError(f"arccosh: the argument {x.str(5)} is not shown > 1 on the box")
        r = (x * x - 1).rsqrt()
        return _compose(a, x.acosh(), r, -x * r * r * r)
    if head in ("relu", "abs"):
        if _positive(x):
            return a
        if _negative(x):
            return BoxJet(-x, _scale(a.g, arb(-1)), _scale(a.h, arb(-1))) if head == "abs" else \
                BoxJet(arb(0), {}, {})
        raise CertificateError(f"{head}: the argument {x.str(5)} changes sign on the box (a kink inside it)")
    raise CertificateError(f"'{head}' cannot be evaluated on a box")


def _power(base: BoxJet, r: Fraction) -> BoxJet:
    x = base.v
    if r.denominator == 1 and r >= 0:
        n = int(r)
        if n == 0:
            return BoxJet(arb(1), {}, {})
        out = base
        for _ in range(n - 1):
            out = _mul(out, base)
        return out
    if r.denominator == 1:
        if not (_positive(x) or _negative(x)):
            raise CertificateError(f"pow: the base {x.str(5)} of a negative power is not shown nonzero on the box")
        inv = 1 / x
        one = _compose(base, inv, -inv * inv, 2 * inv * inv * inv)
        return _power(one, -r)
    if not _positive(x):
        raise CertificateError(f"pow: the base {x.str(5)} of the real power {r} is not shown positive on the box")
    if r == Fraction(1, 2):
        s = x.sqrt()
        d1 = 1 / (2 * s)
        return _compose(base, s, d1, -d1 / (2 * x))
    if r == Fraction(-1, 2):
        s = x.rsqrt()
        d1 = -s / (2 * x)
        return _compose(base, s, d1, -3 * d1 / (2 * x))
    rr = to_ball(r)
    value = (rr * x.log()).exp()
    d1 = rr * value / x
    return _compose(base, value, d1, (rr - 1) * d1 / x)


def box_jet(tree, names, balls, *, order: int = 2) -> BoxJet:
    """The jet of ``tree`` over the box whose i-th side is ``balls[i]`` (module docstring). With ``order`` 0 or 1
    the Hessian (and gradient) parts are dropped on the way (a cheaper value or gradient enclosure)."""
    env = {name: i for i, name in enumerate(names)}
    count = [0]

    def trim(j: BoxJet) -> BoxJet:
        if order < 2:
            j.h = {}
        if order < 1:
            j.g = {}
        return j

    def ev(t) -> BoxJet:
        count[0] += 1
        if count[0] > MAX_NODES:
            raise CertificateError(f"box: a tree of at most {MAX_NODES} nodes is evaluated on a box")
        head = t[0]
        if head == "num":
            return BoxJet(to_ball(parse_rational(t[1])), {}, {})
        if head == "var":
            if t[1] not in env:
                raise CertificateError(f"function: {t[1]!r} is not a variable")
            i = env[t[1]]
            return trim(BoxJet(balls[i], {i: arb(1)}, {}))
        if head == "pi":
            return BoxJet(arb.pi(), {}, {})
        args = [ev(a) for a in t[1:]]
        if head == "add":
            out = args[0]
            for a in args[1:]:
                out = _add(out, a)
            return out
        if head == "mul":
            out = args[0]
            for a in args[1:]:
                out = trim(_mul(out, a))
            return out
        if head == "pow":
            base, exponent = args
            if t[2][0] == "num":
                r = parse_rational(t[2][1])
                check_exponent(r, "pow")
                return trim(_power(base, r))
            if not _positive(base.v):
                raise CertificateError(f"pow: the base {base.v.str(5)} is not shown positive on the box")
            return trim(_unary("exp", trim(_mul(exponent, _unary("log", base)))))
        if head in ("max", "min"):
            sgn = 1 if head == "max" else -1
            for k, a in enumerate(args):
                if all(bool(sgn * (a.v - b.v) > 0) for m, b in enumerate(args) if m != k):
                    return a
            raise CertificateError(f"{head}: no argument is shown strictly {'largest' if sgn > 0 else 'smallest'} "
                                   "on the box (a kink inside it)")
        if head == "leaky_relu":
            a, slope = args
            if slope.g:
                raise CertificateError("leaky_relu: the slope must be a constant")
            if _positive(a.v):
                return a
            if _negative(a.v):
                return trim(_mul(a, slope))
            raise CertificateError(f"leaky_relu: the argument {a.v.str(5)} changes sign on the box (a kink inside it)")
        if len(args) != 1:
            raise CertificateError(f"'{head}' cannot be evaluated on a box")
        return trim(_unary(head, args[0]))

    return ev(tree)


__all__ = ["BoxJet", "MAX_NODES", "PRECISION", "ball_precision", "box_jet", "exact_bounds", "exact_mid",
           "interval_ball", "to_ball"]
