r"""Harmonic addition: a sin u + b cos u = R sin(u + phi) (search layer: proposes, never decides).

For real numbers a, b, not both 0, R = sqrt(a^2 + b^2) and phi = atan2(b, a) give R cos(phi) = a and R sin(phi) = b,
so the angle-addition formula sin(u + phi) = sin u cos phi + cos u sin phi makes a sin u + b cos u = R sin(u + phi)
an identity in u. The sign rules read sin of an affine argument from its exact range (``atoms.SIGN_SPANS``), which a
sum of a sine and a cosine hides: f(x) = sin x + cos x has f'' = -(sin x + cos x) = -sqrt(2) sin(x + pi/4), negative
on (-pi/4, 3pi/4) exactly, so f is strictly concave on (0, 3pi/4) although an interval enclosure of sin x + cos x on
that whole interval contains 0 (f'' vanishes at the end 3pi/4).

``harmonic_form(expr)`` rewrites every such pair inside ``expr`` (terms c sin(u), c' cos(u) of one sum, with the
same argument u and numeric c, c'); the checker re-derives the identity itself (``check.symbolic.is_zero``: the
angle-addition formulas, then a literal 0), so a wrong form is only a rejected certificate.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> harmonic_form(-sp.sin(x) - sp.cos(x))
-sqrt(2)*sin(x + pi/4)
>>> harmonic_form(3 * sp.sin(2 * x) + 4 * sp.cos(2 * x) + x ** 2)
x**2 + 5*sin(2*x + atan(4/3))
>>> print(harmonic_form(sp.sin(x) + sp.cos(2 * x)))
None
"""

from __future__ import annotations

import sympy as sp


def _pair_terms(terms) -> tuple[list, bool]:
    """The terms of one sum with each pair c sin(u) + c' cos(u) (numbers c, c') replaced by R sin(u + phi); and
    whether any pair was replaced."""
    groups: dict = {}   # u -> [sin coefficient, cos coefficient]
    rest = []
    for t in terms:
        c, f = t.as_independent(sp.sin, sp.cos, as_Add=False)
        if isinstance(f, (sp.sin, sp.cos)) and c.is_number and c.is_real and not c.has(sp.Float):
            groups.setdefault(f.args[0], [sp.S.Zero, sp.S.Zero])[isinstance(f, sp.cos)] += c
        else:
            rest.append(t)
    changed = False
    for u, (a, b) in groups.items():
        if a != 0 and b != 0:
            radius, phase = sp.sqrt(sp.expand(a ** 2 + b ** 2)), sp.atan2(b, a)
            rest.append(radius * sp.sin(u + phase))
            changed = True
        else:
            rest.append(a * sp.sin(u) + b * sp.cos(u))
    return rest, changed


def harmonic_form(expr):
    """``expr`` with each sum's pairs a sin u + b cos u written R sin(u + phi) (module docstring), inside products
    and powers too; None when there is no such pair (nothing to propose)."""
    changed = False

    def walk(e):
        nonlocal changed
        if not e.args or e.is_number:
            return e
        args = [walk(a) for a in e.args]
        if isinstance(e, sp.Add):
            args, done = _pair_terms(args)
            changed = changed or done
        return e.func(*args)

    out = walk(sp.sympify(expr))
    return out if changed else None


__all__ = ["harmonic_form"]
