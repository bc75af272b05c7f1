r"""Sums over data given term by term, written out (layer: text).

A sum with numeric bounds whose summand names data by its index, ``\sum_{i=1}^{2} (w^\top x_i - y_i)^2`` where
``x_1 = (1, 2)`` and ``x_2 = (0, 1)`` are given arrays, denotes the sum of its terms with i replaced by 1, 2, ...:
``(w^\top x_1 - y_1)^2 + (w^\top x_2 - y_2)^2`` (data written ``x^{(i)}`` likewise). ``unroll_data_sums``
rewrites the vector reader's tree so (the reader then types x_1, x_2 by their values, which it cannot do for x_i);
y^{(i)} of a given vector y is its coordinate y_{i}. Only a ``\sum`` with integer bounds, at most ``MAX_TERMS``
terms, and at least one name whose instance at the first index is a given array is written out; a name equal to the
index becomes that number. Nothing here evaluates text.
"""

from __future__ import annotations

import re

import sympy as sp

from .names import rename_index

#: The most terms a sum is written out into.
MAX_TERMS = 50


def unroll_data_sums(node, arrays: dict):
    """The tree ``node`` (``vector_syntax.read_tree``'s nodes) with each sum over given data written out (module
    docstring); ``arrays`` maps a given array's name to its value."""
    if not isinstance(node, tuple) or not node or not isinstance(node[0], str):
        return node
    if node[0] == "big" and node[1] == "sum":
        _, _, index, lo, hi, body = node
        span = _bounds(lo, hi)
        if span is not None and any(_rename(n, index, span[0]) in arrays
                                    for n in _names(body) if _rename(n, index, span[0]) != n):
            return ("add", [(1, unroll_data_sums(_at(body, index, k, arrays), arrays))
                            for k in range(span[0], span[1] + 1)])
    return _map(node, lambda child: unroll_data_sums(child, arrays))


def _bounds(lo, hi):
    """(first, last) of integer bounds with 1 <= last - first + 1 <= MAX_TERMS, else None."""
    if lo is None or hi is None or not re.fullmatch(r"\s*\d+\s*", str(lo)) or not re.fullmatch(r"\s*\d+\s*", str(hi)):
        return None
    first, last = int(lo), int(hi)
    return (first, last) if 1 <= last - first + 1 <= MAX_TERMS else None


def _rename(name: str, index: str, k: int, arrays=None) -> str:
    """x_i -> x_k (``names.rename_index``), and the data superscript x^{(i)} -> x^{(k)}, or y_{k} (the coordinate)
    when y is a given array and y^{(k)} is not."""
    renamed = rename_index(name, index, str(k))
    if renamed == name:
        m = re.fullmatch(r"(?P<base>.+)\^\{\(" + re.escape(index) + r"\)\}", name)
        if m:
            renamed = f"{m.group('base')}^{{({k})}}"
            if arrays is not None and renamed not in arrays and m.group("base") in arrays:
                renamed = f"{m.group('base')}_{{{k}}}"
    return renamed


def _names(node) -> set[str]:
    out: set[str] = set()

    def visit(n):
        if isinstance(n, tuple) and n and n[0] == "name":
            out.add(n[1])
        _map(n, lambda c: (visit(c), c)[1])
    visit(node)
    return out


def _at(node, index: str, k: int, arrays: dict):
    """The summand with the index replaced by k: x_i -> x_k, the index itself -> the number k (a sum inside over
    the same index keeps its own)."""
    if not isinstance(node, tuple) or not node or not isinstance(node[0], str):
        return node
    if node[0] == "name":
        return ("num", sp.Integer(k)) if node[1] == index else ("name", _rename(node[1], index, k, arrays))
    if node[0] == "big" and node[2] == index:
        return node
    return _map(node, lambda child: _at(child, index, k, arrays))


def _map(node, fn):
    """``node`` with ``fn`` applied to each child node (children are nodes, lists of nodes, or lists of (sign, node)
    pairs, as in a sum's terms); other fields are kept."""
    if not isinstance(node, tuple) or not node or not isinstance(node[0], str) or node[0] in ("name", "num", "literal"):
        return node
    out = [node[0]]
    for child in node[1:]:
        if isinstance(child, tuple) and child and isinstance(child[0], str):
            out.append(fn(child))
        elif isinstance(child, list):
            out.append([(c[0], fn(c[1])) if isinstance(c, tuple) and len(c) == 2 and isinstance(c[0], int)
                        else fn(c) if isinstance(c, tuple) else c for c in child])
        else:
            out.append(child)
    return tuple(out)
