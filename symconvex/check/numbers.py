r"""The checker's arithmetic: exact rationals where possible, rigorous ``mpmath.iv`` intervals otherwise.

A *number* is a ``fractions.Fraction`` (exact; Python integers count as exact) or an ``mpmath.iv`` interval that
encloses the true value. Signs are three-valued: ``sign(x)`` is +1, -1, 0 (only for an exact zero) or ``None``
when an interval contains 0. No float ever decides anything.

A *jet* ``Jet(c0, c1, c2)`` is the degree-2 Taylor polynomial of t -> g(p + t u) at t = 0:
g(p + t u) = c0 + c1 t + c2 t^2 + o(t^2), so d^2/dt^2 g(p + t u) at 0 is 2 c2. Jets compose by the chain rule:
for a C^2 function h, h(c0 + c1 t + c2 t^2) = h(c0) + h'(c0) c1 t + (h'(c0) c2 + h''(c0) c1^2 / 2) t^2 + o(t^2).
"""

from __future__ import annotations

import operator
from contextlib import contextmanager
from fractions import Fraction
from functools import reduce

import mpmath
from mpmath import iv

from ..errors import CertificateError

#: Working precision (bits) of every interval computation in the checker.
PRECISION = 256
_IV = type(iv.mpf(0))


@contextmanager
def interval_precision(bits: int = PRECISION, context=iv):
    """Run a block with ``mpmath.iv`` (or a ``context`` with a ``prec``: flint's) at ``bits`` bits, then restore it."""
    saved, context.prec = context.prec, bits
    try:
        yield
    finally:
        context.prec = saved


def to_interval(x):
    """An interval enclosing x (exact for integers; rigorous rounding for other rationals)."""
    return iv.mpf(x.numerator) / iv.mpf(x.denominator) if isinstance(x, Fraction) else x


def exact_at(q, value, fn):
    """x -> fn(x) on an enclosure of x, the exact ``value`` at the rational q."""
    return lambda x: value if isinstance(x, Fraction) and x == q else fn(to_interval(x))


def exact_mid(x) -> Fraction:
    """The midpoint of a python-flint ``arb`` ball (a dyadic number) as an exact rational."""
    m, e = (int(k) for k in x.mid().man_exp())
    return m * Fraction(2) ** e


def _lift(a, b):
    """Both exact (``Fraction``s), or both intervals."""
    if isinstance(a, _IV) or isinstance(b, _IV):
        return to_interval(a), to_interval(b)
    return a if type(a) is Fraction else Fraction(a), b if type(b) is Fraction else Fraction(b)


def add(a, b):
    """a + b: exact when both are, else an enclosure."""
    return operator.add(*_lift(a, b))


def sub(a, b):
    """a - b: exact when both are, else an enclosure."""
    return operator.sub(*_lift(a, b))


def mul(a, b):
    """a b, an exact 0 when either factor is an exact 0 (even times an unbounded interval)."""
    if not isinstance(a, _IV) and not a or not isinstance(b, _IV) and not b:
        return Fraction(0)
    return operator.mul(*_lift(a, b))


def sign(x) -> int | None:
    """+1, -1, 0 (exact zero only), or None when an interval does not exclude 0."""
    if not isinstance(x, _IV):
        return (x > 0) - (x < 0)
    return 1 if x > 0 else -1 if x < 0 else None


def inv(a, what: str = "division"):
    """1/a; ``CertificateError`` unless a is shown nonzero."""
    if not sign(a):
        raise CertificateError(f"{what}: cannot show the denominator {show(a)} is nonzero")
    return iv.mpf(1) / a if isinstance(a, _IV) else 1 / Fraction(a)


def show(x) -> str:
    """A short display of a number (display only; never used to decide)."""
    if isinstance(x, Fraction) and x.numerator.bit_length() + x.denominator.bit_length() <= 600:
        return str(x)
    if isinstance(x, Fraction):
        with mpmath.workdps(15):
            return "≈" + mpmath.nstr(mpmath.mpf(x.numerator) / x.denominator, 12)
    return mpmath.nstr(mpmath.mpf(x.mid), 12) + (f" (±{mpmath.nstr(mpmath.mpf(x.delta), 2)})" if x.delta else "")


def endpoints(x) -> tuple[Fraction, Fraction]:
    """Exact rational endpoints of a number's enclosure (read from the interval's raw binary bounds, unrounded)."""
    if not isinstance(x, _IV):
        return Fraction(x), Fraction(x)
    out = []
    for sgn, man, exp, _ in x._mpi_:
        if not man and exp:  # +-inf or nan
            raise CertificateError("an interval bound is infinite or undefined")
        out.append((-1) ** sgn * Fraction(man) * Fraction(2) ** exp)
    return out[0], out[1]


class Jet:
    """Degree-``order`` Taylor jet (order 0: a value; order 2: value, slope, half the curvature)."""

    __slots__ = ("c",)

    def __init__(self, *c):
        self.c = tuple(c)

    v = property(lambda self: self.c[0], doc="The value c0.")

    @classmethod
    def constant(cls, value, order: int) -> "Jet":
        """The jet of a constant: its value, then zeros."""
        return cls(value, *([Fraction(0)] * order))

    def __add__(self, other: "Jet") -> "Jet":
        """The sum, coefficient by coefficient."""
        return Jet(*[add(a, b) for a, b in zip(self.c, other.c)])

    def __mul__(self, other: "Jet") -> "Jet":
        """The product, truncated at the order: coefficient k is the sum of a_i b_(k-i)."""
        a, b = self.c, other.c
        return Jet(*[reduce(add, [mul(a[i], b[k - i]) for i in range(k + 1)]) for k in range(len(a))])

    def scale(self, k) -> "Jet":
        """k times the jet."""
        return Jet(*[mul(k, a) for a in self.c])

    def compose(self, h0, h1=None, h2=None) -> "Jet":
        """h(self) for a C^2 function h with h(c0) = h0, h'(c0) = h1, h''(c0) = h2 (h1, h2 unused at order 0)."""
        c = self.c
        out = [h0, mul(h1, c[1]) if len(c) > 1 else None]
        if len(c) > 2:
            out.append(add(mul(h1, c[2]), mul(mul(h2, Fraction(1, 2)), mul(c[1], c[1]))))
        return Jet(*out[:len(c)])

    def second_derivative(self):
        """d^2/dt^2 at t = 0, i.e. 2 c2."""
        return mul(Fraction(2), self.c[2])
