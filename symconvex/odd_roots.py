r"""Odd roots read as real numbers on a stated domain (text layer: rewrites a claim's function before analysis).

A writer's x^{m/n} with n odd is the *real* power: x^{1/3} = -(-x)^{1/3} for x < 0, and x^{2/3} = |x|^{2/3}
everywhere. SymPy (and the rest of symconvex) evaluates a fractional power only where its base is >= 0, so a
claim such as "$\sqrt[3]{x}$ is convex on $x < 0$" would be about a function that is not real on its domain.
When the claim states a domain, ``read_odd_roots`` rewrites each power u^{m/n} (n odd, n > 1) whose base u is
affine in the variables with number coefficients:

- if u <= 0 on the domain's box (the largest value of u over the box is <= 0): u^{m/n} = (-1)^m (-u)^{m/n},
  an identity of real numbers there, since u = -(-u) and (-1)^{m/n} = (-1)^m for the real n-th root, n odd;
- else, if m is even and u >= 0 is not shown: u^{m/n} = |u|^{m/n}, an identity on all of R (an even power of
  the real n-th root is the same power of the root of |u|).

A base whose sign is shown >= 0 is left alone (the two readings agree there), and so is an odd m with a base
of either sign on the domain (the real power sign(u)|u|^{m/n} is not read). The rewritten function is the
subject of the analysis and of every certificate, and the answer names it. Without a stated domain the claim
keeps its one-line refusal (``claims._refuse_odd_roots``).

>>> x = sp.Symbol("x", real=True)
>>> read_odd_roots(x ** sp.Rational(1, 3), [x < 0], (x,))[0]
-(-x)**(1/3)
>>> read_odd_roots(x ** sp.Rational(2, 3), [x >= -1, x <= 1], (x,))[0]
Abs(x)**(2/3)
>>> read_odd_roots(x ** sp.Rational(1, 3), [x >= -1, x <= 1], (x,))[0]
x**(1/3)
"""

from __future__ import annotations

import sympy as sp

from .domain import Domain
from .pretty import pretty


def _largest_and_least(u, variables, bounds):
    """(sup, inf) of the affine u over the box, each None when unbounded (or u is not affine with number
    coefficients in the variables)."""
    if not u.is_polynomial(*variables):
        return None, None
    poly = sp.Poly(u, *variables)
    if poly.total_degree() > 1 or not all(c.is_number for c in poly.coeffs()):
        return None, None
    high = low = u.subs({v: 0 for v in variables})
    for v in variables:
        c = poly.coeff_monomial(v)
        if c == 0:
            continue
        lo, _, hi, _ = bounds[v]
        top, bottom = (hi, lo) if c > 0 else (lo, hi)
        high = None if high is None or top is None else high + c * top
        low = None if low is None or bottom is None else low + c * bottom
    return high, low


def _sign(value) -> int | None:
    """The exact sign of a real number (an expression such as pi/2 - 1), or None when SymPy cannot tell."""
    if value is None:
        return None
    value = sp.nsimplify(value) if isinstance(value, sp.Float) else value
    if value.is_zero:
        return 0
    if value.is_positive:
        return 1
    if value.is_negative:
        return -1
    return None


def read_odd_roots(f, constraints, variables) -> tuple[sp.Expr, str]:
    """(f with its odd roots read as real powers on the domain, a note saying what was rewritten or "")."""
    try:
        bounds = Domain.build(tuple(variables), list(constraints)).bounds()
    except (ValueError, TypeError):
        return f, ""
    changed = {}
    for node in sp.preorder_traversal(f):
        if not (isinstance(node, sp.Pow) and node.exp.is_Rational and node.exp.q % 2 == 1 and node.exp.q > 1):
            continue
        u, m = node.base, node.exp.p
        if u.is_nonnegative:
            continue
        high, low = _largest_and_least(u, variables, bounds)
        if _sign(low) in (0, 1):
            continue
        if _sign(high) in (0, -1):
            changed[node] = sp.Integer(-1) ** m * sp.Pow(-u, node.exp)
        elif m % 2 == 0:
            changed[node] = sp.Pow(sp.Abs(u), node.exp)
    if not changed:
        return f, ""
    note = "; ".join(f"{pretty(old)} is the real power {pretty(new)} on the domain (an odd root)"
                     for old, new in changed.items())
    return f.xreplace(changed), note
