r"""Exact numbers a + b pi, ranges of affine expressions over a box, and spans with a period.

Domains such as 0 <= x <= pi/2 have ends in Q(pi) = {a + b pi : a, b rational}. The checker keeps them
exact: ``PiRational(a, b)`` is a + b pi, and sums and rational multiples stay in Q(pi).

**Deciding a comparison, soundly.** a + b pi = c + d pi exactly when a = c and b = d (pi is irrational), so
equality is decided by comparing the rational pairs. An order comparison reduces to the sign of
r + s pi (r = a - c, s = b - d): when s = 0 it is the sign of the rational r; when s != 0 the number is not
0 (irrationality again), and its sign is read off an ``mpmath.iv`` enclosure of r + s pi, recomputed at
doubled precision until the enclosure excludes 0 — which must happen, since the number is nonzero — up to
``MAX_BITS`` bits, beyond which the comparison is refused (``CertificateError``: a rejection, never a
guess). No float decides anything.

**Ranges.** An affine tree c + sum a_i x_i (a_i and c in Q(pi), a_i rational where x_i has a bound with pi) takes, on a box of per-variable bounds,
exactly the values between its two extreme corners: ``affine_range`` returns those ends, each with whether it
is attained (a closed bound reached through every coordinate) or only approached (some open bound on the way:
the end is then *strict*). With ``interior`` every bound is taken as open.

**Spans.** A ``Span`` (``symconvex.atoms``) is {lo <= t <= hi} + k P for an integer k (no period: k = 0).
``in_span(range, span)`` holds when some integer k puts the whole range inside lo + kP .. hi + kP, with an end
that the range reaches allowed to touch the span's end only where the span is closed. The checker proposes
k from an interval estimate of (range.lo - lo) / P (the candidates floor(...) - 1 .. floor(...) + 1) and then
verifies the containment with exact comparisons; the estimate only chooses which k to verify.

>>> from fractions import Fraction
>>> half_pi = PiRational(0, Fraction(1, 2))
>>> half_pi > Fraction(3, 2), half_pi < Fraction(8, 5), 2 * half_pi == PiRational(0, 1)
(True, True, True)
"""

from __future__ import annotations

import math
from fractions import Fraction

import sympy as sp
from mpmath import iv

from ..errors import CertificateError
from .numbers import endpoints, interval_precision

#: The largest precision (bits) spent deciding the sign of r + s pi.
MAX_BITS = 1 << 15


class PiRational:
    """The number a + b pi, with a and b rational (exact)."""

    __slots__ = ("a", "b")

    def __init__(self, a=0, b=0):
        self.a, self.b = Fraction(a), Fraction(b)

    @classmethod
    def of(cls, x) -> "PiRational":
        return x if isinstance(x, PiRational) else cls(x, 0)

    def simplest(self):
        """A Fraction when b = 0, else self."""
        return self.a if self.b == 0 else self

    def __add__(self, other):
        if not isinstance(other, (PiRational, int, Fraction)):
            return NotImplemented
        o = PiRational.of(other)
        return PiRational(self.a + o.a, self.b + o.b)

    __radd__ = __add__

    def __neg__(self):
        return PiRational(-self.a, -self.b)

    def __sub__(self, other):
        if not isinstance(other, (PiRational, int, Fraction)):
            return NotImplemented
        return self + (-PiRational.of(other))

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, k):
        if isinstance(k, PiRational) and k.b == 0:
            k = k.a
        if isinstance(k, PiRational) and self.b == 0:
            return k * self.a
        if not isinstance(k, (int, Fraction)):
            return NotImplemented
        return PiRational(self.a * k, self.b * k)

    __rmul__ = __mul__

    def sign(self) -> int:
        """The exact sign of a + b pi (see the module docstring)."""
        if self.b == 0:
            return (self.a > 0) - (self.a < 0)
        bits = 128
        while bits <= MAX_BITS:
            with interval_precision(bits):
                value = iv.mpf(self.a.numerator) / self.a.denominator + \
                    iv.mpf(self.b.numerator) / self.b.denominator * iv.pi
                if value > 0:
                    return 1
                if value < 0:
                    return -1
            bits *= 2
        raise CertificateError(f"cannot decide the sign of {self} within {MAX_BITS} bits")

    def _cmp(self, other) -> int | None:
        if not isinstance(other, (PiRational, int, Fraction)):
            return None
        return (self - other).sign()

    def __eq__(self, other):
        if not isinstance(other, (PiRational, int, Fraction)):
            return NotImplemented
        o = PiRational.of(other)
        return self.a == o.a and self.b == o.b

    def __hash__(self):
        return hash((self.a, self.b)) if self.b else hash(self.a)

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __repr__(self):
        return f"PiRational({self.a}, {self.b})"

    def __str__(self):
        if self.b == 0:
            return str(self.a)
        pi = "pi" if self.b == 1 else "-pi" if self.b == -1 else f"{self.b}*pi"
        return pi if self.a == 0 else f"{self.a} + {pi}"


def q_pi(expr) -> Fraction | PiRational | None:
    """A SymPy number a + b*pi (a, b rational) as a Fraction (b = 0) or a ``PiRational``; None otherwise."""
    if expr.is_Rational:
        return Fraction(int(expr.p), int(expr.q))
    if expr.free_symbols or not expr.has(sp.pi):
        return None
    try:
        poly = sp.Poly(expr, sp.pi)
    except sp.PolynomialError:
        return None
    if poly.degree() > 1 or not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    b = poly.coeff_monomial(sp.pi)
    a = poly.coeff_monomial(1)
    return PiRational(Fraction(int(a.p), int(a.q)), Fraction(int(b.p), int(b.q))).simplest()


def affine_range(tree, box: dict, interior: bool = False):
    """(lo, lo_strict, hi, hi_strict) of an affine tree c + sum a_i x_i (a_i, c in Q(pi)) on the box
    (ends Fraction or ``PiRational``, None when unbounded; strict: the end is approached, not attained), or
    None when the tree is not of that form. ``interior``: every bound taken as open."""
    from .symbolic import to_sympy

    symbols = {n: sp.Symbol(n, real=True) for n in box}
    try:
        expr = sp.expand(to_sympy(tree, dict(symbols)))
    except CertificateError:
        return None
    if expr.free_symbols - set(symbols.values()):
        return None
    xs = [symbols[n] for n in box]
    if xs and not expr.is_polynomial(*xs):
        return None
    poly = sp.Poly(expr, *xs) if xs else None
    if poly is not None and poly.total_degree() > 1:
        return None
    c = q_pi(poly.coeff_monomial(1) if poly is not None else expr)
    if c is None:
        return None
    lo, hi = [c, False], [c, False]  # value, strict; None value: unbounded
    for name, x in zip(box, xs):
        a = q_pi(poly.coeff_monomial(x))  # rational, or a + b pi (pi x on 0 <= x <= 1)
        if a is None:
            return None
        if a == 0:
            continue
        blo, blos, bhi, bhis = box[name]
        if isinstance(a, PiRational) and (isinstance(blo, PiRational) or isinstance(bhi, PiRational)):
            return None  # pi^2 is not in Q(pi)
        blos, bhis = blos or interior, bhis or interior
        low, high = ((blo, blos), (bhi, bhis)) if a > 0 else ((bhi, bhis), (blo, blos))
        for acc, (bound, strict) in ((lo, low), (hi, high)):
            if acc[0] is None or bound is None:
                acc[0] = None
            else:
                acc[0] = acc[0] + a * bound
                acc[1] = acc[1] or strict
    simple = [v.simplest() if isinstance(v, PiRational) else v for v in (lo[0], hi[0])]
    return simple[0], lo[1], simple[1], hi[1]


def _end(pair) -> Fraction | PiRational | None:
    return None if pair is None else PiRational(*pair).simplest()


def _fits(r, span, k: int) -> bool:
    rlo, rlo_strict, rhi, rhi_strict = r
    shift = PiRational(*span.period) * k if span.period is not None else Fraction(0)
    lo, hi = _end(span.lo), _end(span.hi)
    if lo is not None:
        lo = lo + shift
        if rlo is None or rlo < lo or (rlo == lo and not (span.lo_closed or rlo_strict)):
            return False
    if hi is not None:
        hi = hi + shift
        if rhi is None or rhi > hi or (rhi == hi and not (span.hi_closed or rhi_strict)):
            return False
    return True


def in_span(r, span) -> bool:
    """Does the range r = (lo, lo_strict, hi, hi_strict) lie in ``span`` + k period for some integer k?"""
    if r is None:
        return False
    if span.period is None:
        return _fits(r, span, 0)
    if r[0] is None or span.lo is None:
        return False
    period = PiRational(*span.period)
    with interval_precision():
        offset = PiRational.of(r[0]) - _end(span.lo)
        estimate = (iv.mpf(offset.a.numerator) / offset.a.denominator
                    + iv.mpf(offset.b.numerator) / offset.b.denominator * iv.pi) / \
            (iv.mpf(period.a.numerator) / period.a.denominator
             + iv.mpf(period.b.numerator) / period.b.denominator * iv.pi)
        low, high = endpoints(estimate)
    if high - low > 4:
        return False
    return any(_fits(r, span, k) for k in range(math.floor(low) - 1, math.floor(high) + 2))


def span_sign(head: str, r, table) -> str:
    """The sign of ``head`` where its argument's range is r, from the head's rows in ``table`` (SIGN_SPANS)."""
    for span, sign in table.get(head, ()):
        if in_span(r, span):
            return sign.value
    return "unknown"


__all__ = ["PiRational", "affine_range", "in_span", "q_pi", "span_sign"]
