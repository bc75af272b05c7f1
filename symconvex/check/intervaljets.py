r"""Second-order interval jets over a box, in python-flint ``arb`` ball arithmetic (trusted; kernel layer).

``box_jet(tree, names, balls)`` evaluates an expression tree on *balls* (one ``arb`` per variable) and returns a
sparse ``BoxJet(v, g, h)`` such that for **every** point x with x_i in ``balls[i]`` (a missing key: exact 0)

    f(x) ∈ v,    ∂f/∂x_i (x) ∈ g[i],    ∂²f/∂x_i∂x_j (x) ∈ h[(i, j)]  (i <= j).

By induction over the tree: a variable's jet is (x_i, e_i, 0); sums and products compose exactly (Leibniz); for a
unary φ of a node u, ∇(φ∘u) = φ'(u)∇u and ∇²(φ∘u) = φ'(u)∇²u + φ''(u)∇u∇uᵀ at every x, and with φ C² on an open set
containing the enclosure of u's values each right-hand side lies in the ball expression on the enclosures (ball
arithmetic is inclusion-monotone). The walk is ``check.evaluate``'s over its operator table, every domain condition
strict and every kink's branch fixed on the whole enclosure (one smooth branch holds near the box), else
``CertificateError``. Only ``arb`` balls are used: no float decides.
"""

from __future__ import annotations

from fractions import Fraction
from operator import add, mul, sub

import flint
from flint import arb, fmpq

from ..errors import CertificateError
from .evaluate import MAX_ARGUMENT, Evaluator, walk
from .numbers import exact_mid, interval_precision

#: Working precision of the ball arithmetic, in bits; the most nodes of a tree evaluated on a box.
PRECISION, MAX_NODES = 192, 200_000


def ball_precision(bits: int = PRECISION):
    """A block with flint's ball arithmetic at ``bits`` bits (``numbers.interval_precision``)."""
    return interval_precision(bits, flint.ctx)


def to_ball(x) -> arb:
    """A ball enclosing the rational (or integer) x; a ball as it is."""
    return x if isinstance(x, arb) else arb(fmpq(x.numerator, x.denominator))


def interval_ball(lo: Fraction, hi: Fraction) -> arb:
    """A ball enclosing the interval [lo, hi]."""
    return arb.union(to_ball(lo), to_ball(hi))


def exact_bounds(x: arb) -> tuple[Fraction, Fraction]:
    """Exact rational lower and upper ends of a ball (rounded outward by arb, so they enclose it)."""
    if not x.is_finite():
        raise CertificateError("an enclosure is infinite or undefined")
    return exact_mid(x.lower()), exact_mid(x.upper())


def _scale(d: dict | None, s) -> dict | None:
    """s times every entry of a sparse gradient or Hessian (None: not tracked)."""
    return None if d is None else {k: s * x for k, x in d.items()}


def _plus(a: dict | None, b: dict | None) -> dict | None:
    """The sum of two sparse gradients or Hessians (None: not tracked); a's keys first, then b's new ones."""
    return None if a is None else {**a, **{k: a[k] + x if k in a else x for k, x in b.items()}}


def _outer(a: dict, b: dict, s, out: dict) -> None:
    """out[(i, j)] += s (a_i b_j + a_j b_i) over i <= j (the symmetric part of s a bᵀ, twice)."""
    for i, x in a.items():
        for j, y in b.items():
            key = (i, j) if i <= j else (j, i)
            term = s * x * y if i != j else 2 * s * x * y
            out[key] = out[key] + term if key in out else term


class BoxJet:
    """Value, gradient and Hessian enclosures of a function over a box (module docstring); ``g`` or ``h`` None
    when not tracked (a cheaper value or gradient enclosure)."""

    __slots__ = ("v", "g", "h")

    def __init__(self, v, g, h):
        self.v, self.g, self.h = v, g, h

    def __add__(self, o: "BoxJet") -> "BoxJet":
        """The sum, part by part."""
        return BoxJet(self.v + o.v, _plus(self.g, o.g), _plus(self.h, o.h))

    def __mul__(self, o: "BoxJet") -> "BoxJet":
        """Leibniz: ∇(ab) = a∇b + b∇a, ∇²(ab) = a∇²b + b∇²a + ∇a∇bᵀ + ∇b∇aᵀ."""
        h = _plus(_scale(self.h, o.v), _scale(o.h, self.v))
        if h is not None:
            _outer(self.g, o.g, 1, h)
        return BoxJet(self.v * o.v, _plus(_scale(self.g, o.v), _scale(o.g, self.v)), h)

    def scale(self, k) -> "BoxJet":
        """k times the jet."""
        k = to_ball(k)
        return BoxJet(k * self.v, _scale(self.g, k), _scale(self.h, k))

    def compose(self, h0, h1=None, h2=None) -> "BoxJet":
        """φ∘self from enclosures of φ(u), φ'(u), φ''(u) over the box (the chain rule of the module docstring)."""
        h = _scale(self.h, h1)
        if h is not None:
            _outer(self.g, self.g, h2 / 2, h)
        return BoxJet(h0, _scale(self.g, h1), h)


def _sign(x: arb) -> int | None:
    """+1 or -1 when the whole ball is on that side of 0, 0 for an exact zero, else None."""
    return 1 if x > 0 else -1 if x < 0 else 0 if x == 0 else None


def _inv(x: arb, what: str = "division") -> arb:
    """1/x over the ball, once x is shown nonzero on all of it."""
    if not _sign(x):
        raise CertificateError(f"{what}: cannot show the denominator {x.str(5)} is nonzero on the box")
    return 1 / x


def _power(x: arb, r: Fraction, what: str) -> arb:
    """x ** r: integers by repeated squaring (a ball containing 0 stays finite: arb's power of one is NaN), else
    exp(r log x), x > 0."""
    if r.denominator != 1:
        if _sign(x) != 1:
            raise CertificateError(f"{what}: cannot show the base {x.str(5)} of a real power is positive on the box")
        return (to_ball(r) * x.log()).exp()
    if r < 0:
        return _inv(_power(x, -r, what), what)
    n, out = int(r), arb(1)
    while n:
        out, x, n = out * x if n & 1 else out, x * x, n >> 1
    return out


def _bounded(x: arb, what: str) -> None:
    """Refuse a ball not shown within ``MAX_ARGUMENT`` in magnitude (the cap of exp and its kin)."""
    if not bool(abs(x) <= MAX_ARGUMENT):
        raise CertificateError(f"{what}: the argument {x.str(5)} is not shown within {MAX_ARGUMENT} in magnitude")


#: Ball enclosures of the table's operators: arb's own functions, which enclose the range over a ball (the special
#: functions' are ``check.special.BALLS``: ``_value``).
_VALUES = {name: getattr(arb, f) for name, f in (
    ("exp", "exp"), ("log", "log"), ("sin", "sin"), ("cos", "cos"), ("sinh", "sinh"), ("cosh", "cosh"),
    ("tanh", "tanh"), ("arctan", "atan"), ("arcsinh", "asinh"), ("arcsin", "asin"), ("arccos", "acos"),
    ("arccosh", "acosh"), ("artanh", "atanh"))}
_VALUES.update(sigmoid=lambda x: 1 / (1 + (-x).exp()), softplus=lambda x: (1 + x.exp()).log(),
               tan=lambda x: x.sin() * _inv(x.cos(), "tan: cos of the argument"))


def _value(name: str, x: arb) -> arb:
    """A ball enclosing name(y) for every y in x: ``_VALUES``, or for a special function ``check.special.BALLS``
    (imported then only)."""
    if name in _VALUES:
        return _VALUES[name](x)
    from .special import BALLS

    return BALLS[name](x)


class Balls:
    """The box backend of ``check.evaluate``'s walk: numbers are arb balls."""

    KINK = "{head}: the argument {x} changes sign on the box (a kink inside it)"
    EXTREME = "{head}: no argument is shown strictly {which} on the box (a kink inside it)"
    PLACE = " on the box (it must hold inside the whole box)"
    sign, inv, power, bounded, pi, f = map(staticmethod, (_sign, _inv, _power, _bounded, arb.pi, _value))
    add, sub, mul = (staticmethod(lambda a, b, op=op: op(to_ball(a), to_ball(b))) for op in (add, sub, mul))
    neg, show = staticmethod(lambda a: -a), staticmethod(lambda x: x.str(5))


def box_jet(tree, names, balls, *, order: int = 2) -> BoxJet:
    """The jet of ``tree`` over the box whose i-th side is ``balls[i]`` (module docstring). With ``order`` 0 or 1
    the Hessian (and gradient) parts are not tracked (a cheaper value or gradient enclosure)."""
    g, h = (lambda: {} if order >= 1 else None), (lambda: {} if order >= 2 else None)
    env = {name: BoxJet(balls[i], None if order < 1 else {i: arb(1)}, h()) for i, name in enumerate(names)}
    ev = Evaluator(Balls, env, lambda c: BoxJet(to_ball(c), g(), h()), order, True, True, "on the box")
    return walk(tree, ev.leaf, ev.node, MAX_NODES)


__all__ = ["BoxJet", "MAX_NODES", "PRECISION", "ball_precision", "box_jet", "exact_bounds", "exact_mid",
           "interval_ball", "to_ball"]
