r"""Digits glued to a single letter are its subscript: ``w1`` is ``w_{1}`` (layer: text).

People type indexed weights and data without the underscore: ``w1*w2``, ``(x1 - x2)^2``, ``$w1 w2$``, as in code.
TeX reads ``w1`` as the product w·1, so ``w1 w2`` became 2w² (claimed convex: "holds", about another function)
and ``w1^2 + w2^2`` became w + 4w. Nobody writes the number after the letter for a product (2x, not x2), so a
single letter followed at once by digits is read as that letter with the digits as its subscript. Excluded: the
letter ``e`` (Euler's number; ``e2`` is left as written), a letter that is part of a longer word or command
(``\frac12``, ``log2``, ``L2`` inside ``sL2``), a letter already subscripted or superscripted, and digits followed by
a decimal point or another letter (``x2y`` stays for the other rules and is refused or read as written). A Greek
letter is a letter here too (``θ1 θ2``, ``\\theta1``: θ_1 θ_2, never the product 2θ²).

A lowercase letter glued to one digit from 2 to 9 that no other index of the same letter accompanies (``x2 is concave``, ``1 -
w3``) is also how a square or a cube is typed in a chat without ``^`` (x², w³): with no sibling index (``x1 + x2``,
``w1*w2``) nothing tells the two readings apart, and they are different functions, so the formula is refused in one
line (write ``x_2`` or ``x^2``).
"""

from __future__ import annotations

import re

from .vocabulary import fail

_GLUED = re.compile(r"(?<![\\A-Za-z_^{])(?P<letter>[A-DF-Za-df-z]|[\u03b1-\u03c9]|\\(?:alpha|beta|gamma|delta|epsilon|"
                    r"theta|lambda|mu|rho|sigma|tau|phi|omega|eta))(?P<digits>\d+)(?![\d.A-Za-z_])")


def glued_subscripts(text: str) -> str:
    """``text`` with every single letter followed at once by digits written as a subscript (``w1`` -> ``w_{1}``).

    >>> glued_subscripts("w1*w2 + (x1 - x12)^2")
    'w_{1}*w_{2} + (x_{1} - x_{12})^2'
    >>> glued_subscripts(r"\\frac12 + e2 + x^2 + x_1")
    '\\\\frac12 + e2 + x^2 + x_1'
    """
    return _GLUED.sub(lambda m: f"{m.group('letter')}_{{{m.group('digits')}}}", text)


def refuse_lone_glued(text: str) -> None:
    """A one-line error for a letter glued to one digit from 2 to 9 with no sibling index of the same letter in the
    whole claim ``text`` (module docstring: ``x2`` may be x_2 or x^2).

    >>> refuse_lone_glued("(x1 - x2)^2 is convex")
    >>> refuse_lone_glued("x2 is concave")
    Traceback (most recent call last):
    ...
    symconvex.errors.InputError: ambiguous 'x2': write x_2 for an indexed variable or x^2 for the power
    """
    found = list(_GLUED.finditer(text))
    for m in found:
        siblings = {o.group("digits") for o in found if o.group("letter") == m.group("letter")}
        if siblings == {m.group("digits")} and m.group("digits") in "23456789" and not m.group("letter").isupper():
            fail(f"ambiguous '{m.group(0)}': write {m.group('letter')}_{m.group('digits')} for an indexed variable "
                 f"or {m.group('letter')}^{m.group('digits')} for the power")


__all__ = ["glued_subscripts", "refuse_lone_glued"]
