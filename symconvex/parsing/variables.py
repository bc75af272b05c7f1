r"""One name as written, and lists of variables (layer: text).

``parse_name`` reads one name (``w_1``, ``b_{12}``, ``(A_2)_{1,1}``, ``\theta``, ``\mathbf{x}``,
``\operatorname{loss}``) to its canonical text, the name of its symbol; anything else (a product, a number, a
function application) is refused. ``parse_variables`` reads the list a claim names its variables with: names
separated by commas or by "and" (``\text{and}``, ``\land``, ``\wedge``, ``;``), optionally in parentheses
(``(w_1, w_2)``); a name listed twice is refused. Nothing here evaluates text.

>>> parse_name(r"b_{12}"), parse_name(r"(A_2)_{1,1}")
('b_{12}', '(A_2)_{1,1}')
"""

from __future__ import annotations

import sympy as sp

from .expressions import Reader
from .text import AND_WORD, normalize, split_top_level
from .tokens import Group, Tok, read_items, trim
from .vocabulary import GREEK, STYLES, WORDS, fail, symbol


def parse_name(text: str) -> str:
    """One name as written (``w_1``, ``b_{12}``, ``(A_2)_{1,1}``, ``\\theta``) -> its canonical name."""
    items, source = read_items(text)
    items = trim(items)
    if not items:
        fail("empty name")
    reader = Reader(source)
    reader.text_names = True   # "where $\text{margin} = 0.5$" names margin
    if len(items) == 1 and isinstance(items[0], Group) and items[0].open == "(":
        inner = trim(items[0].items)
        name, j = reader.read_name(inner, 0)
        if j != len(inner):
            fail(f"'{text.strip()}' is not a name")
        return name
    if isinstance(items[0], Group) and items[0].open == "(":
        value, j = reader.atom(items, 0)
    else:
        if isinstance(items[0], Tok) and (items[0].kind == "letter" or items[0].text[1:] in GREEK
                                          or items[0].text[1:] in STYLES):
            name, j = reader.read_name(items, 0)
            value = symbol(name)
        elif isinstance(items[0], Tok) and items[0].text[1:] in WORDS:
            value, j = reader.atom(items, 0)
        else:
            fail(f"'{text.strip()}' is not a name")
    if trim(items[j:]) or not isinstance(value, sp.Symbol):
        fail(f"'{text.strip()}' is not a name")
    return value.name


def parse_variables(text: str) -> list[sp.Symbol]:
    r"""``"x,y"``, ``"$w_1, w_2$"``, ``"(w_1, w_2)"``, ``"x and y"`` -> real symbols, in order.

    >>> parse_variables(r"$w_1, b_{12}$")
    [w_1, b_{12}]
    """
    norm = normalize(text)
    norm = AND_WORD.sub(",", norm).strip()
    if norm.startswith("(") and norm.endswith(")") and len(split_top_level(norm[1:-1])) > 1:
        norm = norm[1:-1]
    names = [p.strip() for p in split_top_level(norm)]
    if not any(names):
        fail("empty list of variables")
    out = []
    for part in names:
        if not part:
            fail("empty entry in the list of variables")
        name = parse_name(part)
        if name in {s.name for s in out}:
            fail(f"variable {name} listed twice")
        out.append(symbol(name))
    return out


__all__ = ["parse_name", "parse_variables"]
