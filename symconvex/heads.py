r"""The left side of a definition ``name(arguments) = formula``: the name and its arguments (layer: text).

A left side followed by '=' names the function the right side defines, so its parts are read as names, never as
formulas:

* arguments are separated by commas (``f(x, y)``), or by one double bar, the notation of divergences
  (``D(p \| q)``, ``D_{KL}(p \| q)``, ``\mathrm{KL}(p \Vert q)``, ``D(p || q)``): inside a name's parentheses on the
  left of '=' the double bar separates two arguments; it is no norm (a norm is a pair of bars around one formula);
* a Greek name that is a constant in a formula (``\pi``) is a function's name when its argument list and '=' follow:
  "the profit $\pi(q) = 10q - q^2 - 4$" defines the function pi of q, never the number pi times q. In a formula
  ``\pi`` stays the number (``\pi(1 - x)`` is a product), unless the claim defines the function pi.

Nothing here evaluates text.

>>> head_arguments(r"p \| q"), head_arguments("x, y"), head_name(r"\pi")
(['p', 'q'], ['x', ' y'], 'pi')
"""

from __future__ import annotations

import re

from .errors import InputError
from .parsing import parse_name, split_top_level

#: Greek commands that are constants in a formula but name a function on the left of '=' (command -> name)
CONSTANT_NAMES = {"\\pi": "pi", "\\varpi": "varpi", "\\Pi": "Pi"}

#: the double bar between a divergence's two arguments
_DOUBLE_BAR = re.compile(r"\\\||\|\||\\Vert(?![A-Za-z])|\\parallel(?![A-Za-z])")


def head_name(text: str) -> str:
    """The name of a left side ``NAME(...)``: a name as ``parse_name`` reads it, or a constant's Greek command
    (``\\pi``) as the function's name; InputError when it is neither."""
    t = text.strip()
    if t in CONSTANT_NAMES:
        return CONSTANT_NAMES[t]
    return parse_name(t)


def head_arguments(text: str) -> list[str]:
    """The argument texts of a left side's parentheses: split at top-level commas, or, when there is no comma, at
    one double bar (``p \\| q``); InputError for a double bar with an empty side or more than one double bar."""
    pieces = split_top_level(text)
    if len(pieces) != 1 or not _DOUBLE_BAR.search(text):
        return pieces
    sides = _DOUBLE_BAR.split(text)
    if len(sides) != 2 or not all(s.strip() for s in sides):
        raise InputError(f"cannot read the arguments '{text.strip()}': a divergence's arguments are two names "
                         "with one double bar between them, as in D(p \\| q)")
    return [s.strip() for s in sides]


__all__ = ["CONSTANT_NAMES", "head_arguments", "head_name"]
