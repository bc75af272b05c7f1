r"""The bridge to latex2sympy2: flat arithmetic over placeholders -> SymPy (layer: text).

latex2sympy2 reads the arithmetic only: the precedence of ``+ - \cdot / ^``, implicit products and ``e`` (Euler's
number). The formula reader (``expressions.Reader``) reads everything else itself (names, numbers, bracket groups,
functions, ``\frac``, ``\sqrt``, ``\sum``) and hands each value over as an opaque ``\variable{...}`` placeholder, so
the text latex2sympy2 sees is always small and flat, such as ``\variable{a} + 2 \cdot \variable{b}^{\variable{c}}``.
``read_arithmetic`` substitutes the values back into latex2sympy2's result, after refusing powers whose value would
be an enormous number (an exponent above ``MAX_EXPONENT`` in size, or more than ``MAX_DIGITS`` digits): SymPy would
otherwise compute them before anything could stop it.

A placeholder is named by its position in the text (the k-th operand is ``zq{k}``), so the flat text depends on the
shape of the formula only, and few shapes recur (``a + b``, ``a^{b}``, ``-a``, ``a b``, ...). latex2sympy2's result
is a function of the text alone, so each text is parsed once and its tree kept (``_flat_tree``); the values are
substituted into that tree afresh every time. Parsing is where nearly all of the reading time went (tens of
milliseconds per text with ANTLR); a corpus of 1,900 claims has fewer than 150 distinct texts.

latex2sympy2 is imported here once, at import time, never inside a time limit (an interrupted first import would
break it), and its own error output is silenced. Nothing here evaluates text: latex2sympy2 parses with its
ANTLR grammar; no ``eval``, ``sympify(str)`` or ``parse_expr``.

>>> slots = {}
>>> text = placeholder(sp.Symbol("x"), slots) + " + 2 e"
>>> text
'\\variable{zq0} + 2 e'
>>> read_arithmetic(text, slots, "x + 2e")
x + 2*E
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io

import sympy as sp

from ..limits import SearchTimeout
from .vocabulary import MAX_DIGITS, MAX_EXPONENT, fail

# imported here, never inside a time limit: an interrupted first import of latex2sympy2 would break it
with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
    from latex2sympy2 import latex2sympy as _latex2sympy
    # warm antlr's lazily built parse tables on the only shapes this module hands over (flat arithmetic)
    _latex2sympy(r"-\variable{a} + 2 \cdot \variable{b}^{\variable{c}} \variable{d} - e^{\variable{e}} / 3 * 1.5")


def placeholder(value, slots: dict) -> str:
    """The placeholder text standing for ``value``, the next operand of one flat text (recorded in ``slots`` under
    the symbol name latex2sympy2 gives it)."""
    name = f"zq{len(slots)}"
    key = name + hashlib.md5(name.encode()).hexdigest()
    slots[key] = value
    return "\\variable{" + name + "}"


def read_arithmetic(text: str, slots: dict, shown: str) -> sp.Expr:
    """The value of the flat arithmetic ``text`` over the placeholders in ``slots``; ``shown`` is the text as the
    user wrote it, for messages."""
    try:
        result = _flat_tree(text)
    except RecursionError:
        fail("expression nested too deeply")
    except SearchTimeout:
        raise
    except Exception:
        fail(f"cannot read '{shown}': operators out of place")
    if not isinstance(result, sp.Expr):
        fail(f"cannot read '{shown}' as one expression")
    by_symbol = {s: slots[s.name] for s in result.free_symbols if s.name in slots}
    if len(by_symbol) != len(result.free_symbols):
        fail(f"cannot read '{shown}'")
    _guard_sizes(result, by_symbol)
    return result.xreplace(by_symbol)


@functools.lru_cache(maxsize=4096)
def _flat_tree(text: str):
    """latex2sympy2's reading of the flat ``text`` (placeholders as symbols), once per text; failures are not kept."""
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
        return _latex2sympy(text)


def _guard_sizes(expr, slots):
    """Refuse powers that would build enormous numbers before SymPy evaluates them."""
    for node in sp.postorder_traversal(expr):
        if isinstance(node, sp.Pow):
            e = node.exp.xreplace(slots)
            if e.is_number:
                try:
                    size = abs(complex(sp.N(e, 15)))
                except (TypeError, ValueError):
                    continue
                if size > MAX_EXPONENT:
                    fail(f"exponent too large ({sp.N(e, 3)})")
                b = node.base.xreplace(slots)
                if b.is_Rational and b != 0:
                    digits = len(str(abs(b.p))) + len(str(b.q))
                    if digits * size > MAX_DIGITS:
                        fail("number too large")


__all__ = ["placeholder", "read_arithmetic"]
