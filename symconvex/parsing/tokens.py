r"""Normalized LaTeX -> tokens -> nested bracket groups; numbers in scientific notation (layer: text).

``tokenize`` cuts the text into white space, commands (``\frac``, ``\,``), numbers, numbers in scientific notation,
single letters and other characters. Scientific notation is a number followed by ``e``/``E`` and an optionally
signed integer with no space anywhere, and not right after ``_``, ``^``, a digit or ``.``: ``1e-30`` is the number
1/10^30 exactly (``scientific``), while ``2e - 3``, ``2 e-3``, ``2e-x`` and ``x_1e3`` keep Euler's e (or the
letter e) as TeX would read them. ``group`` nests the bracket groups ``( ) [ ] { } \{ \}`` (a ``[`` may close with
``)`` and back, as intervals do) and pairs absolute-value bars ``|...|`` by position: a bar after an operand closes,
any other bar opens. ``peek``, ``trim``, ``split_items`` and ``snippet`` walk the grouped item lists.
Nothing here evaluates text.

>>> [t.kind for t in tokenize(r"2.5E3 x_1 \cdot e")]
['sci', 'ws', 'letter', 'char', 'num', 'ws', 'cmd', 'ws', 'letter']
>>> scientific("1e-3"), scientific("2.5E3"), scientific(".5e+1")
(1/1000, 2500, 5)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from .text import normalize
from .vocabulary import GREEK, MAX_EXPONENT, MAX_LENGTH, fail


@dataclass
class Tok:
    """One token at ``pos`` in the normalized text."""

    kind: str   # ws, cmd, num, sci, letter, char
    text: str
    pos: int


@dataclass
class Group:
    """A bracket group: ``open`` ... ``close`` around ``items``, from ``pos`` to ``end`` in the text."""

    open: str
    items: list
    close: str
    pos: int
    end: int
    owner: str = ""   # the command the group belongs to (\frac), for messages


#: scientific notation: a number, then e/E and an optionally signed integer, with no space anywhere, and not
#: right after '_', '^', a digit or '.' (``x_1e3`` is x_1·e·3, as TeX reads it)
_SCI = r"(?<![_^\d.])(?:\d+(?:\.\d+)?|\.\d+)[eE][-+]?\d+(?![\d.])"
_TOKEN = re.compile(r"(?P<ws>\s+)|(?P<cmd>\\(?:[A-Za-z]+|.))|(?P<sci>" + _SCI + r")|(?P<num>\d+(?:\.\d+)?|\.\d+)"
                    r"|(?P<letter>[A-Za-z])|(?P<char>.)", re.S)
_OPENERS = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "\\lvert": "\\rvert"}
_CLOSERS = {")", "]", "}", "\\}", "\\rvert"}


def tokenize(text: str) -> list[Tok]:
    """The tokens of ``text`` (white space kept as one-space tokens: it separates factors)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "ws":
            tokens.append(Tok("ws", " ", m.start()))
        elif kind == "cmd":
            tokens.append(Tok("cmd", m.group().rstrip(), m.start()))
        else:
            tokens.append(Tok(kind, m.group(), m.start()))
    return tokens


def _operand_end(prev) -> bool:
    """Whether ``prev`` ends an operand (so that a bar after it closes an absolute value)."""
    if prev is None:
        return False
    if isinstance(prev, Group):
        return True
    if prev.kind in ("num", "sci", "letter"):
        return True
    return prev.kind == "cmd" and prev.text[1:] in GREEK


def group(tokens: list[Tok], source: str) -> list:
    """Nest bracket groups; ``|...|`` pairs are matched by position (an opening bar follows an operator)."""
    stack: list[tuple[Tok, list, str]] = []
    current: list = []
    for tok in tokens:
        text = tok.text
        prev = next((x for x in reversed(current) if not (isinstance(x, Tok) and x.kind == "ws")), None)
        is_bar = text in ("|", "\\vert", "\\mid")
        if is_bar and stack and stack[-1][0].text in ("|", "\\vert", "\\mid") and _operand_end(prev):
            opener, outer, owner = stack.pop()
            outer.append(Group("|", current, "|", opener.pos, tok.pos))
            current = outer
            continue
        if is_bar or text in _OPENERS:
            owner = ""
            if text == "{" and prev is not None:
                if isinstance(prev, Tok) and prev.kind == "cmd":
                    owner = prev.text
                elif isinstance(prev, Group) and prev.owner:
                    owner = prev.owner
            stack.append((tok, current, owner))
            current = []
            continue
        if text in _CLOSERS:
            if not stack:
                fail(f"unbalanced '{text}' at position {tok.pos + 1}")
            opener, outer, owner = stack.pop()
            want = _OPENERS.get(opener.text)
            ok = (text == want or (opener.text in "([" and text in ")]"))
            if not ok:
                fail(f"unbalanced '{opener.text}' at position {opener.pos + 1}: closed by '{text}'")
            outer.append(Group(opener.text, current, text, opener.pos, tok.pos, owner))
            current = outer
            continue
        current.append(tok)
    if stack:
        opener, _, owner = stack[-1]
        if owner in ("\\frac", "\\dfrac", "\\tfrac"):
            fail(r"incomplete fraction: unbalanced '{' in \frac{...}{...}")
        if owner:
            fail(f"incomplete {owner}: unbalanced '{opener.text}' at position {opener.pos + 1}")
        fail(f"unbalanced '{opener.text}' at position {opener.pos + 1}")
    return current


def is_ws(item) -> bool:
    """Whether ``item`` is white space."""
    return isinstance(item, Tok) and item.kind == "ws"


def trim(items: list) -> list:
    """``items`` without white space at either end."""
    lo, hi = 0, len(items)
    while lo < hi and is_ws(items[lo]):
        lo += 1
    while hi > lo and is_ws(items[hi - 1]):
        hi -= 1
    return items[lo:hi]


def split_items(items: list, is_sep) -> list[list]:
    """Split a top-level item list at the items for which ``is_sep`` holds."""
    parts, current = [], []
    for it in items:
        if isinstance(it, Tok) and is_sep(it):
            parts.append(current)
            current = []
        else:
            current.append(it)
    parts.append(current)
    return parts


def is_comma(tok) -> bool:
    """Whether the token ``tok`` is a comma."""
    return tok.kind == "char" and tok.text == ","


def read_items(text: str) -> tuple[list, str]:
    """Normalize and group ``text``; ``InputError`` on unbalanced brackets or an empty text."""
    norm = normalize(text)
    if len(norm) > MAX_LENGTH:
        fail(f"expression too long ({len(norm)} characters; at most {MAX_LENGTH})")
    if "\\variable" in norm:
        fail(r"unknown command \variable")
    items = group(tokenize(norm), norm)
    return items, norm


def peek(items, i, skip_ws=True):
    """(the item at ``i`` or after the white space there, its index); (None, len(items)) past the end."""
    while skip_ws and i < len(items) and is_ws(items[i]):
        i += 1
    return (items[i], i) if i < len(items) else (None, i)


def snippet(items, source: str) -> str:
    """The text of ``source`` that ``items`` were read from (for messages)."""
    if not items:
        return ""
    first, last = items[0], items[-1]
    start = first.pos
    end = (last.end + 1) if isinstance(last, Group) else last.pos + len(last.text)
    return source[start:end]


def scientific(text: str) -> sp.Rational:
    """A number in scientific notation, exactly: ``1e-30`` is 1/10^30, ``2.5E3`` is 2500.

    >>> scientific("1e-3"), scientific("2.5E3"), scientific(".5e+1")
    (1/1000, 2500, 5)
    """
    mantissa, exponent = re.split("[eE]", text)
    if len(mantissa.replace(".", "")) > 60:
        fail("number too long")
    power = int(exponent)
    if abs(power) > MAX_EXPONENT:
        fail(f"exponent too large in {text} (at most {MAX_EXPONENT})")
    return sp.Rational(mantissa) * sp.Integer(10) ** power


__all__ = ["Group", "Tok", "group", "is_comma", "is_ws", "peek", "read_items", "scientific", "snippet", "split_items",
           "tokenize", "trim"]
