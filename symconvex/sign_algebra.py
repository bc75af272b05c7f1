r"""The algebra of signs and the spans of the trigonometric rows (kernel; trusted data: read by the checker's sign
reasoning, ``check/signs.py``, and by the atom table, ``atoms``, which re-exports every name here).

``Sign`` is what is known of an expression's sign on a set (> 0, >= 0, = 0, <= 0, < 0, or nothing), with the sign of a
sum and of a product from the signs of their terms and factors. A ``Span`` is a set of reals {lo <= a <= hi} +
k period, ends a + b pi kept exact; ``SIGN_SPANS`` gives the sign of sin, cos, tan and arccos where their argument
lies in a span (sin > 0 on (0, pi) + 2k pi, ...); ``TAN_DOMAIN``, ``UNIT_INTERVAL`` and ``OPEN_UNIT_INTERVAL`` are
the sets where tan, arcsin / arccos and artanh are defined.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from fractions import Fraction


class Sign(str, enum.Enum):
    """Sign of an expression on the domain (``UNKNOWN``: no rule decides it), and the algebra of signs.

    >>> Sign.POSITIVE.add(Sign.NONNEGATIVE), Sign.POSITIVE.add(Sign.NEGATIVE), Sign.NEGATIVE.mul(Sign.NONPOSITIVE)
    (<Sign.POSITIVE: 'positive'>, <Sign.UNKNOWN: 'unknown'>, <Sign.NONNEGATIVE: 'nonnegative'>)
    >>> Sign.POSITIVE.satisfies(Sign.NONNEGATIVE), Sign.NONNEGATIVE.satisfies(Sign.POSITIVE)
    (True, False)
    """

    POSITIVE = "positive"
    NONNEGATIVE = "nonnegative"
    ZERO = "zero"
    NONPOSITIVE = "nonpositive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"

    ge0 = property(lambda self: self in (Sign.POSITIVE, Sign.NONNEGATIVE, Sign.ZERO), doc="Is every value >= 0?")
    le0 = property(lambda self: self in (Sign.NEGATIVE, Sign.NONPOSITIVE, Sign.ZERO), doc="Is every value <= 0?")

    @classmethod
    def of(cls, gt0: bool, ge0: bool, lt0: bool, le0: bool) -> "Sign":
        """The sign from what is known: > 0, >= 0, < 0, <= 0 (the strongest statement wins)."""
        return (cls.ZERO if ge0 and le0 else cls.POSITIVE if gt0 else cls.NEGATIVE if lt0 else
                cls.NONNEGATIVE if ge0 else cls.NONPOSITIVE if le0 else cls.UNKNOWN)

    def add(self, other: "Sign") -> "Sign":
        """Sign of f + g (0 + g has g's sign: ZERO is both >= 0 and <= 0)."""
        ge0, le0 = self.ge0 and other.ge0, self.le0 and other.le0
        return Sign.of(ge0 and Sign.POSITIVE in (self, other), ge0, le0 and Sign.NEGATIVE in (self, other), le0)

    def mul(self, other: "Sign") -> "Sign":
        """Sign of f g."""
        if Sign.ZERO in (self, other) or Sign.UNKNOWN in (self, other):
            return Sign.ZERO if Sign.ZERO in (self, other) else Sign.UNKNOWN
        strict, same = {self, other} <= {Sign.POSITIVE, Sign.NEGATIVE}, self.ge0 == other.ge0
        return Sign.of(same and strict, same, strict and not same, not same)

    def satisfies(self, required: "Sign") -> bool:
        """Whether a value of this sign lies in the region ``required`` names (``UNKNOWN``: all reals)."""
        return {Sign.UNKNOWN: True, Sign.NONNEGATIVE: self.ge0, Sign.NONPOSITIVE: self.le0}.get(required,
                                                                                                  self is required)


def _q(a=0, b=0) -> tuple:
    """The number a + b pi, as the pair (a, b) of rationals."""
    return Fraction(a), Fraction(b)


@dataclass(frozen=True)
class Span:
    """The set of reals {lo <= a <= hi} + k period for some integer k (``period`` None: k = 0); ends are pairs
    (a, b) meaning a + b pi, None for an unbounded side, each end closed or open."""

    lo: tuple | None
    lo_closed: bool
    hi: tuple | None
    hi_closed: bool
    period: tuple | None = None


_ZERO, _PI, _TWO_PI = _q(0), _q(0, 1), _q(0, 2)
_HALF_PI, _MHALF_PI, _3HALF_PI = (_q(0, Fraction(k, 2)) for k in (1, -1, 3))  # pi/2, -pi/2, 3 pi/2
#: tan is defined where its argument lies in (-pi/2, pi/2) + k pi; arcsin and arccos where it lies in [-1, 1].
TAN_DOMAIN = Span(_MHALF_PI, False, _HALF_PI, False, _PI)
UNIT_INTERVAL = Span(_q(-1), True, _q(1), True)
OPEN_UNIT_INTERVAL = Span(_q(-1), False, _q(1), False)

POS, NONNEG, NEG, NONPOS = Sign.POSITIVE, Sign.NONNEGATIVE, Sign.NEGATIVE, Sign.NONPOSITIVE
#: head -> (span, sign) in order, strongest first: the sign of the value where the argument's range lies in the
#: span (the sign rule ``range`` of ``atoms``). sin > 0 on (0, pi) + 2k pi, < 0 on (pi, 2 pi) + 2k pi, and so on.
SIGN_SPANS = {
    "sin": ((Span(_ZERO, False, _PI, False, _TWO_PI), POS), (Span(_ZERO, True, _PI, True, _TWO_PI), NONNEG),
            (Span(_PI, False, _TWO_PI, False, _TWO_PI), NEG), (Span(_PI, True, _TWO_PI, True, _TWO_PI), NONPOS)),
    "cos": ((Span(_MHALF_PI, False, _HALF_PI, False, _TWO_PI), POS),
            (Span(_MHALF_PI, True, _HALF_PI, True, _TWO_PI), NONNEG),
            (Span(_HALF_PI, False, _3HALF_PI, False, _TWO_PI), NEG),
            (Span(_HALF_PI, True, _3HALF_PI, True, _TWO_PI), NONPOS)),
    "tan": ((Span(_ZERO, False, _HALF_PI, False, _PI), POS), (Span(_ZERO, True, _HALF_PI, False, _PI), NONNEG),
            (Span(_MHALF_PI, False, _ZERO, False, _PI), NEG), (Span(_MHALF_PI, False, _ZERO, True, _PI), NONPOS)),
    "arccos": ((Span(_q(-1), True, _q(1), False), POS), (UNIT_INTERVAL, NONNEG)),
}


__all__ = ["OPEN_UNIT_INTERVAL", "SIGN_SPANS", "TAN_DOMAIN", "UNIT_INTERVAL", "Sign", "Span"]
