r"""The finders' own reading of a domain box (search layer: proposes the signs a proof states; the checker
re-derives every stated sign with its own code, ``check.proofs``).

A box is ``{name: [lower, lower_strict, upper, upper_strict]}`` with ends rational (``Fraction``), an exact
irrational constant (an object whose ``expr`` is its SymPy expression: sqrt(3), e^{3/2}, pi/2), or None where
unbounded: the set of points with lower < x (<= when not strict) and x < upper for every variable.

- ``variable_sign(bounds)``: x > 0 on the box when lower > 0, or lower = 0 and strict (x >= 0 when lower >= 0),
  symmetrically below 0; ``interior``: every bound taken as strict (the open box).
- ``box_to_json(box)``: the stated form of a box in a certificate (bounded variables only, ends "p/q",
  ["a", "b"] for a + b pi, or the expression tree of another constant).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from .atoms import Sign
from .certificates import rational_to_str, to_tree

#: The ``sign_by`` hint of a node or pivot whose sign comes from ranges, factors and domain constraints.
SIGN_BY_RANGES = "ranges"


def variable_sign(bounds, interior: bool = False) -> str:
    """The sign word ("positive", "nonnegative", ..., "unknown") of a variable with these box bounds.

    >>> variable_sign([Fraction(0), True, None, False]), variable_sign([Fraction(0), False, None, False])
    ('positive', 'nonnegative')
    >>> variable_sign([Fraction(0), False, None, False], interior=True), variable_sign([None, False, None, False])
    ('positive', 'unknown')
    """
    lo, lo_strict, hi, hi_strict = bounds
    lo_strict, hi_strict = lo_strict or interior, hi_strict or interior
    return Sign.of(lo is not None and (lo > 0 or (lo == 0 and lo_strict)), lo is not None and lo >= 0,
                   hi is not None and (hi < 0 or (hi == 0 and hi_strict)), hi is not None and hi <= 0).value


def _end(bound):
    if bound is None:
        return None
    if isinstance(bound, (Fraction, int)):
        return rational_to_str(Fraction(bound))
    expr = bound.expr
    if expr.is_Rational:
        return rational_to_str(expr)
    poly = sp.Poly(expr, sp.pi) if expr.has(sp.pi) and expr.is_polynomial(sp.pi) else None
    if poly is not None and poly.degree() == 1 and all(c.is_Rational for c in poly.all_coeffs()):
        b, a = poly.all_coeffs()
        return [rational_to_str(a), rational_to_str(b)]  # a + b pi
    return to_tree(expr)


def box_to_json(box: dict) -> dict:
    """The stated form of a box: bounded variables only, each [lower, lower_strict, upper, upper_strict] with
    ends "p/q" (or ["a", "b"] for a + b pi, or a constant's expression tree) and a strictness False where the end
    is None."""
    return {name: [_end(lo), bool(lo_strict) and lo is not None, _end(hi), bool(hi_strict) and hi is not None]
            for name, (lo, lo_strict, hi, hi_strict) in box.items() if lo is not None or hi is not None}


__all__ = ["SIGN_BY_RANGES", "box_to_json", "variable_sign"]
