r"""Two intervals for one variable in one claim (layer: text).

A claim's domain may be split over several math blocks, each one more condition ("on $x > 1$, $y > x$", "for
$s > 0$ and $s + t < 3$"): the domain is where all of them hold. When two blocks each bound the *same* variable on
both sides, or two blocks written as sets ("on $\mathbb{R}_+$ and $[1, 3]$", "$x \in \mathbb{R}_+$ and $x \in
[1, 3]$") bound the same variable, each is a whole interval by itself: "$x^3 - 3x^2$ is convex on $[0, 2]$ and $[1, 3]$", "for $x \in
[-1, 0]$ and $x \in [0, 1]$". A person writing that means the property on each interval (or on their union), not on
their intersection: read as conditions, "$x^3$ is convex on $[-1, 0]$ and on $[0, 1]$" became a claim about the
single point 0 and was answered "holds", although x³ is not convex on [-1, 0]. Such claims are refused in one line,
asking for one interval per claim; one-sided conditions ("for $x > 0$ and $x < 1$") are still joined.

>>> import sympy as sp
>>> x = sp.Symbol("x")
>>> def bound(c):   # (variable, end, is_lower, strict) of x > a / x < a
...     return (x, c.rhs, isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan)), False)
>>> two_sided_twice([[x >= 0, x <= 2], [x >= 1, x <= 3]], bound)
'x'
>>> two_sided_twice([[x > 0], [x < 1]], bound) is None
True
>>> two_sided_twice([[x >= 0], [x >= 1, x <= 3]], bound, sets=[True, True])
'x'

"""

from __future__ import annotations


def two_sided_twice(blocks: list[list], bound, sets: list[bool] | None = None) -> str | None:
    """The name of a variable that two different ``blocks`` (lists of constraints, one list per math block) each
    bound from below and from above, or that two blocks written as sets (``sets[k]`` true: an interval, a
    membership) both bound; else None. ``bound(c)`` gives (variable, end, is_lower, strict) for a one-variable
    linear constraint, else None."""
    two_sided, as_set, read = set(), set(), []
    for k, block in enumerate(blocks):
        if set(block) in read:   # the same set stated twice ("on $[0, 1]$ ... for $x \in [0, 1]$") is one set
            continue
        read.append(set(block))
        sides: dict = {}
        for c in block:
            b = bound(c)
            if b is not None:
                sides.setdefault(b[0], set()).add(b[2])
        is_set = bool(sets and sets[k])
        for v, s in sides.items():
            if (s == {True, False} and v in two_sided) or (is_set and v in as_set):
                return str(v)
            if s == {True, False}:
                two_sided.add(v)
            if is_set:
                as_set.add(v)
    return None


__all__ = ["two_sided_twice"]
