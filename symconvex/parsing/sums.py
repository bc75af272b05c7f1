r"""Sums and products written with ``\sum`` and ``\prod``, expanded term by term (layer: text).

``\sum_{i=a}^{b} summand`` with integer bounds a <= b (numbers, or names a claim gives values: ``where $n = 3$``)
is the sum of the b - a + 1 terms in which the index i is replaced by each of a, ..., b, and every name subscripted by
the index is renamed (``x_i`` -> ``x_1``, ``A_{i,j}`` -> ``A_{1,j}``; ``names.rename_index``). The summand is the
product that follows, up to the next top-level ``+`` or ``-`` (a sign right after ``^``, ``*``, ``/``, ``\cdot`` or
``\times`` belongs to the summand). ``\prod_{i=a}^{b} factor`` is the product of the same terms, the factor read
the same way. At most ``MAX_SUM_TERMS`` terms (an empty range is the empty sum 0, the empty product 1).

A function written without brackets before a sum applies to the whole sum, as ``\log \sum_{i=1}^{3} e^{x_i}`` is
log(e^{x_1} + e^{x_2} + e^{x_3}) (``calls``).

``SumReader`` is the part of the formula reader (``expressions.Reader``) that reads sums. Nothing here evaluates
text.

>>> expand_index(symbol("x_i") * symbol("i"), "i", 2)
2*x_2
"""

from __future__ import annotations

from contextvars import ContextVar

import sympy as sp

from .names import rename_index
from .tokens import Group, Tok, peek, split_items, trim
from .vocabulary import MAX_SUM_TERMS, fail, symbol


#: A reader of sums whose bounds are not integers (``symbolic_sums`` sets it while it reads a claim): called with
#: (summand, index, lower, upper), it returns the expression that stands for the sum, or None (then the bounds are
#: refused as before).
SYMBOLIC_SUMS: ContextVar = ContextVar("SYMBOLIC_SUMS", default=None)


class SumReader:
    """Reads ``\\sum_{i=a}^{b}`` (a part of ``expressions.Reader``, whose ``values``, ``read_name``, ``expression``
    and ``_exponent`` it uses)."""

    def _sum(self, items, i, product: bool = False):
        r"""``\sum_{i=1}^{n} summand`` (``\prod`` when ``product``): expanded; the summand runs up to the next
        top-level + or -."""
        word = r"\prod" if product else r"\sum"
        nxt, j = peek(items, i)
        if not (isinstance(nxt, Tok) and nxt.text == "_"):
            fail(f"{word} needs its range: {word}_{{i=1}}^{{n}}")
        sub, j = peek(items, j + 1)
        if not (isinstance(sub, Group) and sub.open == "{"):
            fail(f"{word} needs its range: {word}_{{i=1}}^{{n}}")
        sides = split_items(sub.items, lambda t: t.kind == "char" and t.text == "=")
        if len(sides) != 2:
            fail(f"{word} needs its range: {word}_{{i=1}}^{{n}}")
        index_items = trim(sides[0])
        index, k = self.read_name(index_items, 0) if index_items else (None, 0)
        if index is None or k != len(index_items):
            fail(f"the index of {word} must be a name, as in {word}_{{i=1}}^{{n}}")
        lower = self.expression(sides[1], "lower bound of the sum")
        sup, j = peek(items, j + 1)
        if not (isinstance(sup, Tok) and sup.text == "^"):
            fail(f"{word} needs its upper bound: {word}_{{i=1}}^{{n}}")
        upper, j = self._exponent(items, j + 1)
        summand_items = []
        while j < len(items):
            it = items[j]
            if isinstance(it, Tok) and it.kind == "char" and it.text in "+-" and trim(summand_items):
                prev = trim(summand_items)[-1]
                if not (isinstance(prev, Tok) and (prev.text in ("^", "*", "/") or prev.text in (
                        "\\cdot", "\\times"))):
                    break
            summand_items.append(it)
            j += 1
        symbolic = SYMBOLIC_SUMS.get()
        if symbolic is not None and not product and not self._integer_bounds(lower, upper):
            seen = len(self.conditions) if self.conditions is not None else 0
            stands = symbolic(self.expression(summand_items, "summand"), index, lower, upper)
            if stands is not None:
                if self.conditions is not None and lower.is_Integer:   # the summand's conditions, at each term used
                    size = getattr(symbolic, "size", None) or 1
                    new = self.conditions[seen:]
                    self.conditions[seen:] = [(expand_index(g, index, int(lower) + k), rel)
                                              for k in range(size) for g, rel in new]
                return stands, j
        lo, hi = self._bound(lower), self._bound(upper)
        if hi - lo + 1 > MAX_SUM_TERMS:
            fail(f"{word} with more than {MAX_SUM_TERMS} terms")
        summand = self.expression(summand_items, "factor" if product else "summand")
        terms = [expand_index(summand, index, k) for k in range(lo, hi + 1)]
        return (sp.Mul(*terms) if product else sp.Add(*terms)), j

    def _integer_bounds(self, *values) -> bool:
        return all(v.xreplace({s: self.values[s.name] for s in v.free_symbols if s.name in self.values}).is_Integer
                   for v in values)

    def _bound(self, value) -> int:
        """A bound of a sum as an int (names with a given value replaced by it); refused unless an integer."""
        value = value.xreplace({s: self.values[s.name] for s in value.free_symbols if s.name in self.values})
        if not value.is_Integer:
            fail(f"the bounds of a sum must be integers (found {value}); give n a value, e.g. 'where $n = 3$'")
        return int(value)


def expand_index(expr, index: str, value: int):
    """The term of a sum: ``index`` -> value, and names subscripted by the index renamed (x_i -> x_1)."""
    mapping = {}
    for s in expr.free_symbols:
        if s.name == index:
            mapping[s] = sp.Integer(value)
        else:
            new = rename_index(s.name, index, str(value))
            if new != s.name:
                mapping[s] = symbol(new)
    return expr.xreplace(mapping)


__all__ = ["SYMBOLIC_SUMS", "SumReader", "expand_index"]
