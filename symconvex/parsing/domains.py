r"""Domains: inequalities, chains, memberships and set-builder notation -> SymPy relations (layer: text).

A domain is read as a list of conditions joined by ``,``, ``\text{and}``, ``\land``, ``\wedge`` or ``;``, every one
required (their intersection):

- inequalities and chains with ``<``, ``\le``, ``>``, ``\ge`` (``0 \le x \le 1`` is 0 <= x and x <= 1; ``x, y > 0``
  puts each listed name on the left); ``|a| < b`` is the two linear sides -b < a < b; a bound ``\infty`` adds
  nothing (x < ∞ always holds), a false numeric comparison is an empty domain (``DomainError``);
- memberships ``x \in S`` for S an interval (``(0, \infty)``, ``[0, 1]``, the French ``]0, 1[``), ``\mathbb{R}``
  (no condition), ``\mathbb{R}^n``, ``\mathbb{R}_{+}``, ``\mathbb{R}_{++}`` (and ``_{-}``, ``_{--}``,
  ``_{\ge 0}``, ...), or a product ``S_1 \times S_2`` putting the i-th name in S_i;
- set-builder notation ``\{(x, y) \in \mathbb{R}^2 \mid y > 0\}`` (the membership and the conditions).

``\ne`` and ``\setminus`` remove a point, so the set is not convex: ``DomainError``; ``=`` is refused (use two
inequalities). Nothing here evaluates text.

>>> parse_domain(r"0 \le x \le 1, y > 0")
[0 <= x, x <= 1, y > 0]
>>> parse_domain(r"x \in (0, \infty)")
[x > 0]
"""

from __future__ import annotations

import re

import sympy as sp

from ..errors import DomainError, InputError
from ..limits import SearchTimeout
from .expressions import parse_expression
from .text import AND_WORD, normalize, split_at_depth_0, split_top_level
from .variables import parse_name
from .vocabulary import fail, symbol

_REL_RE = re.compile(r"\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|\\neq|\\ne|<=|>=|<|>|=(?!=)|\\in"
                     r"|\\notin")
_REL = {"\\le": "le", "\\leq": "le", "\\leqslant": "le", "<=": "le", "\\ge": "ge", "\\geq": "ge",
        "\\geqslant": "ge", ">=": "ge", "<": "lt", "\\lt": "lt", ">": "gt", "\\gt": "gt"}
_REL_CLASS = {"le": sp.LessThan, "lt": sp.StrictLessThan, "ge": sp.GreaterThan, "gt": sp.StrictGreaterThan}


def _relation_at(text: str, i: int) -> str | None:
    """The relation symbol starting at ``text[i]`` (``\\le`` but not the start of ``\\left``), or None."""
    m = _REL_RE.match(text, i)
    if m and not (m.group().startswith("\\") and m.end() < len(text) and text[m.end()].isalpha()):
        return m.group()
    return None


def _split_relations(text: str):
    """``0 \\le x < 1`` -> ([``0``, ``x``, ``1``], [``\\le``, ``<``]) at bracket depth 0."""
    return split_at_depth_0(text, _relation_at)


def _constraint(lhs, op, rhs):
    rel = _REL[op]
    if lhs.is_number and rhs.is_number:
        if bool(_REL_CLASS[rel](lhs, rhs)):
            return None
        raise DomainError(f"the domain is empty: {lhs} {op} {rhs} is false")
    return _REL_CLASS[rel](lhs, rhs, evaluate=False)


def _constraints(lhs, op, rhs) -> list:
    """The constraint lhs op rhs, with |a| < b (<=) written as its two linear sides -b < a and a < b, and
    b > |a| alike (the same set; the sides are what the domain's box reads)."""
    rel = _REL[op]
    if isinstance(rhs, sp.Abs) and rel in ("gt", "ge"):
        lhs, rhs, rel = rhs, lhs, {"gt": "lt", "ge": "le"}[rel]
    if isinstance(lhs, sp.Abs) and rel in ("lt", "le") and (not rhs.is_number or rhs > 0):
        a, op = lhs.args[0], "<" if rel == "lt" else "<="
        return [c for c in (_constraint(-rhs, op, a), _constraint(a, op, rhs)) if c is not None]
    c = _constraint(lhs, op, rhs)
    return [] if c is None else [c]


def _bound_value(text: str):
    """A bound of an interval or inequality: a number/expression, or +-infinity (None)."""
    t = text.strip().replace(" ", "")
    if t in ("\\infty", "+\\infty", "-\\infty", "\\infinity"):
        return "-oo" if t.startswith("-") else "+oo"
    return parse_expression(text)


def _names_of(text: str) -> list[str]:
    t = text.strip()
    if t.startswith("(") and t.endswith(")") and len(split_top_level(t[1:-1])) > 1:
        return [parse_name(p) for p in split_top_level(t[1:-1])]
    return [parse_name(p) for p in split_top_level(t)]


_REALS = re.compile(r"^\\(?:mathbb|mathbf|Bbb|mathrm)\s*(?:\{\s*R\s*\}|R(?![A-Za-z]))|^\\R(?![A-Za-z])"
                    r"|^\\reals(?![A-Za-z])|^R(?=$|\s*[\^_])")
#: ]a, b[ (the French open interval): (a, b); ]a, b] and [a, b[ likewise
_FRENCH_INTERVAL = re.compile(r"^([\[\]])(.*)([\[\]])$", re.S)
#: \{ (x, y) \in \mathbb{R}^2 \mid y > 0 \} and \{ x > 0, x z > y^2 \}: the set of the points satisfying the conditions
_SET_BUILDER = re.compile(r"^\\\{(?P<inner>.*)\\\}$", re.S)
_SUCH_THAT = re.compile(r"\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|\|(?![|])|:(?!=)")


def _set_builder(text: str) -> str | None:
    r"""The conditions of a set written in set-builder notation, as a domain text: ``\{(x, y) \in \mathbb{R}^2 \mid
    y > 0\}`` -> ``(x, y) \in \mathbb{R}^2, y > 0`` (the membership and the conditions, both required);
    ``\{x > 0, y > 0\}`` -> ``x > 0, y > 0``. None when ``text`` is not in braces."""
    m = _SET_BUILDER.match(text.strip())
    if not m:
        return None
    inner = m.group("inner")
    bars = [k for k, c in enumerate(inner) if c == "|" and not (k > 0 and inner[k - 1] == "\\")]
    # only absolute-value bars (an even number of them, no other separator): \{t > |x|\} is t > |x|
    abs_only = bars and len(bars) % 2 == 0 and not re.search(r"\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|:(?!=)", inner)
    depth, cut = 0, None
    for k, c in enumerate(inner):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0 and cut is None and _SUCH_THAT.match(inner, k) and not (inner[k] == "|" and k > 0
                                                                              and inner[k - 1] == "\\") \
                and not (abs_only and inner[k] == "|"):
            cut = k
    if cut is None:
        return inner
    sep = _SUCH_THAT.match(inner, cut)
    head, tail = inner[:cut].strip(), inner[sep.end():].strip()
    if not head or not tail:
        fail(f"cannot read the set '{text.strip()}'")
    if not _split_relations(head)[1]:   # \{(x, y) : y > 0\}: the head only names the points
        return tail
    return f"{head}, {tail}"


def _french(s: str) -> str:
    """]a, b[ -> (a, b), ]a, b] -> (a, b], [a, b[ -> [a, b): the French way of writing open ends."""
    m = _FRENCH_INTERVAL.match(s)
    if not m or (m.group(1) == "[" and m.group(3) == "]"):
        return s
    return ("(" if m.group(1) == "]" else "[") + m.group(2) + (")" if m.group(3) == "[" else "]")


#: mathlib's interval names (``Set.Ioi a``, ``Set.Icc a b``), as pasted from Lean: \mathrm{Ioi}\ 0, Ioi(0)
_LEAN_INTERVAL = re.compile(r"(?:\\mathrm\{|\\operatorname\{|\\text\{)?(?:Set\.)?(Ioi|Ici|Iio|Iic|Ioo|Icc|Ico|Ioc)\}?"
                            r"\s*((?:\(\s*)?-?[\d./]+(?:[\s,]+-?[\d./]+)?\s*\)?)")


def _membership(names: list[str], text: str) -> list:
    r"""x \in S for S = \mathbb{R}, \mathbb{R}^n, \mathbb{R}_{+}, \mathbb{R}_{++}, (a, b), [a, b], ]a, b[, ...;
    a product S_1 \times ... \times S_k of k one-dimensional sets puts the i-th name in S_i; an interval's power
    I^k (``(0, 1)^2``) puts each of k names in I."""
    s = _french(text.strip())
    factors = re.split(r"\\times(?![A-Za-z])", s)
    if len(factors) > 1:
        if len(factors) != len(names) or any("^" in f for f in factors):
            fail(f"the product set '{s}' has {len(factors)} factors for {len(names)} variables "
                 f"({', '.join(names)}); give one one-dimensional set per variable")
        return [c for n, f in zip(names, factors) for c in _membership([n], f)]
    lean = _LEAN_INTERVAL.fullmatch(s)
    if lean:   # mathlib's names: Set.Ioi 0 is (0, oo), Set.Icc 0 1 is [0, 1]
        kind, args = lean.group(1), [a for a in re.split(r"[\s,]+", lean.group(2).strip("() ")) if a]
        if len(args) != (2 if kind in ("Ioo", "Icc", "Ico", "Ioc") else 1):
            fail(f"cannot read the set '{s}'")
        lo, hi = (args if len(args) == 2 else (args[0], "\\infty") if kind in ("Ioi", "Ici") else ("-\\infty", args[0]))
        left = "[" if kind in ("Ici", "Icc", "Ico") else "("
        right = "]" if kind in ("Iic", "Icc", "Ioc") else ")"
        return _membership(names, f"{left}{lo}, {hi}{right}")
    power = re.fullmatch(r"([\(\[].*[\)\]])\s*\^\s*(?:\{\s*(\d+)\s*\}|(\d))", s)
    if power:   # (0, 1)^2: the product of an interval with itself, one factor per variable
        k = int(power.group(2) or power.group(3))
        if k != len(names):
            fail(f"the set '{s}' has {k} factors for {len(names)} variables ({', '.join(names)}); give one "
                 "factor per variable")
        return _membership(names, power.group(1))
    m = _REALS.match(s)
    if m:
        rest = re.sub(r"\s+", "", s[m.end():])
        rest = re.sub(r"\^(\{[^{}]*\}|\w)", "", rest)      # the dimension R^n
        sign = re.fullmatch(r"_(?:\{(.*)\}|(.))", rest) if rest else None
        if rest and not sign:
            fail(f"cannot read the set '{text.strip()}'")
        kind = (sign.group(1) if sign.group(1) is not None else sign.group(2)) if sign else ""
        kind = kind.replace("\\geq", ">=").replace("\\ge", ">=").replace("\\leq", "<=").replace("\\le", "<=")
        table = {"": None, "+": ("ge", 0), "++": ("gt", 0), ">=0": ("ge", 0), ">0": ("gt", 0), "-": ("le", 0),
                 "--": ("lt", 0), "<=0": ("le", 0), "<0": ("lt", 0), "\\geq0": ("ge", 0)}
        if kind not in table:
            fail(f"cannot read the set '{text.strip()}'")
        if table[kind] is None:
            return []
        rel, value = table[kind]
        return [_REL_CLASS[rel](symbol(n), sp.Integer(value), evaluate=False) for n in names]
    if s and s[0] in "([" and s[-1] in ")]":
        ends = split_top_level(s[1:-1])
        if len(ends) == 1:   # "(0;1)", "[0; 2]": the semicolon of countries whose decimal mark is a comma
            ends = split_top_level(s[1:-1], ";")
        if len(ends) != 2:
            fail(f"cannot read the interval '{s}'")
        lo, hi = _bound_value(ends[0]), _bound_value(ends[1])
        if lo == "+oo" or hi == "-oo":
            raise DomainError(f"the interval {s} is empty")
        out = []
        for n in names:
            x = symbol(n)
            if lo != "-oo":
                out.append(_REL_CLASS["ge" if s[0] == "[" else "gt"](x, lo, evaluate=False))
            if hi != "+oo":
                out.append(_REL_CLASS["le" if s[-1] == "]" else "lt"](x, hi, evaluate=False))
        for c in out:
            if c.free_symbols - {symbol(n) for n in names}:
                fail(f"interval bounds must be numbers: '{s}'")
        if lo not in ("-oo", "+oo") and hi not in ("-oo", "+oo"):
            if lo > hi or (lo == hi and (s[0] == "(" or s[-1] == ")")):
                raise DomainError(f"the interval {s} is empty")
        return out
    if "setminus" in s:
        raise DomainError(f"the set '{s}' is not convex (a point is removed)")
    fail(f"cannot read the set '{s}'; use an interval, \\mathbb{{R}}, \\mathbb{{R}}_{{+}} or \\mathbb{{R}}_{{++}}")


def _affine_equality(sides: list, ops: list, pending: list):
    """``x + y = 1``: an affine equality in at least two names, with rational coefficients, kept as ``sp.Eq`` (the
    domain is then a slice of an affine set, answered by ``restrictions``); None for anything else (``x = 1``
    names a value, and is not read as a domain)."""
    if ops != ["="] or pending or not all(s.strip() for s in sides):
        return None
    lhs, rhs = parse_expression(sides[0]), parse_expression(sides[1])
    gap = sp.expand(lhs - rhs)
    names = sorted(gap.free_symbols, key=lambda s: s.name)
    if len(names) < 2:
        return None
    try:
        poly = sp.Poly(gap, *names)
    except sp.PolynomialError:
        return None
    if poly.total_degree() != 1 or not all(c.is_Rational for c in poly.coeffs()):
        return None
    return sp.Eq(lhs, rhs, evaluate=False)


def _piece(text: str, pending: list[str]) -> list:
    sides, ops = _split_relations(text)
    if not ops:
        return []
    if any(op in ("\\in", "\\notin") for op in ops):
        if len(ops) != 1 or ops[0] == "\\notin":
            fail(f"cannot read the domain '{text.strip()}'")
        names = pending + _names_of(sides[0])
        return _membership(names, sides[1])
    if any(op in ("\\ne", "\\neq") for op in ops):
        raise DomainError(f"'{text.strip()}' removes a point, so the domain is not convex")
    if any(op == "=" for op in ops):
        equality = _affine_equality(sides, ops, pending)
        if equality is None:
            fail(f"domain '{text.strip()}': use inequalities (<, \\le, >, \\ge) or x \\in [a, b]")
        return [equality]
    if any(not s.strip() for s in sides):
        fail(f"incomplete inequality '{text.strip()}'")
    out = []
    values = []
    for k, side in enumerate(sides):
        if k == 0 and pending:
            values.append([symbol(n) for n in pending] + [parse_expression(side)])
            continue
        items = split_top_level(side)
        if len(items) > 1 and k in (0, len(sides) - 1):
            values.append([parse_expression(p) for p in items])
        else:
            b = _bound_value(side)
            values.append([b])
    for k, op in enumerate(ops):
        for lhs in values[k]:
            for rhs in values[k + 1]:
                if isinstance(lhs, str) or isinstance(rhs, str):
                    # x < \infty holds always; -\infty < x too
                    upward = _REL[op] in ("lt", "le")
                    if (upward and (lhs == "-oo" or rhs == "+oo")) or (not upward and (lhs == "+oo" or rhs == "-oo")):
                        continue
                    raise DomainError(f"the domain '{text.strip()}' is empty")
                out.extend(_constraints(lhs, op, rhs))
    return out


def parse_set(names: list[str], text: str) -> list:
    r"""Constraints saying every named variable lies in the set ``text`` (``[0, 1]``, ``\mathbb{R}_{++}``)."""
    norm = normalize(text)
    builder = _set_builder(norm)
    if builder is not None:
        return parse_domain(builder)
    return _membership(list(names), norm)


def has_relation(text: str) -> bool:
    """Whether ``text`` contains an inequality, a membership or '=' outside brackets."""
    return bool(_split_relations(normalize(text))[1])


def parse_domain(text: str) -> list:
    r"""Inequalities and memberships joined by ``,``, ``\text{and}``, ``\land``, ``\wedge`` -> SymPy relationals.

    Chains (``0 \le x \le 1``), lists (``x, y > 0``), memberships (``x \in (0, \infty)``, ``[0, 1]``,
    ``\mathbb{R}``, ``(x, y) \in \mathbb{R}^2``, ``\mathbb{R}_{+}``, ``\mathbb{R}_{++}``). ``\mathbb{R}`` gives
    no constraint. A ``\ne`` (a removed point) raises ``DomainError``.

    >>> parse_domain(r"x \in (0, \infty)")
    [x > 0]
    """
    norm = normalize(text)
    norm = AND_WORD.sub(",", norm).strip()
    if not norm:
        fail("empty domain")
    builder = _set_builder(norm)
    if builder is not None:
        return parse_domain(builder)
    parts = split_top_level(norm)
    out, pending = [], []
    try:
        for part in parts:
            part = part.strip()
            if not part:
                fail("empty entry in the domain")
            _, ops = _split_relations(part)
            if not ops:
                pending.append(parse_name(part))
                continue
            out.extend(_piece(part, pending))
            pending = []
    except (InputError, SearchTimeout):
        raise
    except Exception as exc:
        fail(f"cannot read the domain ({type(exc).__name__})")
    if pending:
        fail(f"'{pending[-1]}' in the domain is not an inequality")
    return out


__all__ = ["has_relation", "parse_domain", "parse_set"]
