r"""What the Python API accepts as a function and as a domain, read into exact SymPy.

``coerce_input(f, domain)`` is the one place that turns what a Python user hands to ``analyze`` into the
SymPy expression and the list of relations the analysis works on:

- ``f``: a SymPy expression, a LaTeX string (``"x^2"``, ``r"\frac{x^2}{y}"``, read by
  ``parsing.parse_expression`` with the notation of CLAIMS.md; a ``\begin{cases}`` on the whole line is read by
  ``parsing.cases`` as one continuous formula), or an exact number (int, ``Fraction``);
- ``domain``: None (the natural domain), a SymPy relation (``y > 0``), ``And(...)``, a ``Domain``, a string
  (``"y > 0"``, ``"x > 0, y > 0"``, ``r"0 \le x \le 1"``, ``r"x \in (0, \infty)"``, read by
  ``parsing.parse_domain``), or a list/tuple of any of these.

Floats are refused, never guessed: a Python float (``0.1``, or the SymPy ``Float`` that ``0.1*x`` makes) is
the binary number nearest to the decimal written (0.1 is 3602879701896397/36028797018963968), so no exact
answer can say which of the two was meant. The error says how to write the number exactly: ``sympy.Rational("0.1")``,
``sympy.Rational(1, 10)`` or, inside a string, ``"0.1"`` / ``"1/10"`` (a decimal written in a string is the
decimal it spells: ``"0.1 x^2"`` is x²/10).

Layer: text (it reads strings with ``parsing``); it decides nothing. Nothing here evaluates text: strings go
to ``parsing`` only, never to ``eval``, ``sympify`` or ``parse_expr``.

>>> coerce_input(r"\frac{x^2}{y}", "y > 0")
(x**2/y, [y > 0])
>>> import sympy as sp
>>> x, y = sp.symbols("x y")
>>> coerce_input(x * y, ["x > 0", y < 1])
(x*y, [x > 0, y < 1])
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from .domain import Domain
from .errors import InputError
from .limits import MAX_TIMEOUT, coerce_timeout  # noqa: F401  (the one timeout rule, re-exported)

def _float_error(where: str, value) -> InputError:
    """The refusal of a float, with the exact spelling to use instead."""
    text = repr(float(value))  # the shortest decimal that reads back as the float: it names the number
    return InputError(f"{where} the float {text}: floats are not exact; write sympy.Rational(\"{text}\") (or "
                      f"sympy.Rational(p, q)), or give it in a string, where \"{text}\" is exactly the decimal "
                      "it spells")


def _refuse_floats(expr, where: str) -> None:
    floats = sorted(expr.atoms(sp.Float), key=float) if isinstance(expr, sp.Basic) else []
    if floats:
        raise _float_error(f"{where} contains", floats[0])


def coerce_function(f) -> sp.Expr:
    """``f`` as an exact SymPy expression (see the module docstring); ``InputError`` otherwise."""
    if isinstance(f, str):
        from .parsing import cases_value, extract_cases, parse_expression, parse_internal

        if "\\begin" in f:   # a function by cases on the whole line: one continuous formula (parsing.cases)
            f, literals = extract_cases(f)
            if literals:
                return parse_internal(f, cases=[cases_value(literal, parse_internal) for literal in literals])
        return parse_expression(f)
    if isinstance(f, bool):
        raise InputError(f"the function must be an expression, not {f!r}")
    if isinstance(f, float):
        raise _float_error("the function is", f)
    if isinstance(f, (int, Fraction)):
        return sp.Rational(f.numerator, f.denominator)
    if not isinstance(f, sp.Basic):
        raise InputError(f"the function must be a SymPy expression or a LaTeX string, not {type(f).__name__}")
    if not isinstance(f, sp.Expr):
        raise InputError(f"the function must be a real-valued expression, not {type(f).__name__} ({f})")
    _refuse_floats(f, "the function")
    return f


def coerce_domain(domain) -> list | None:
    """``domain`` as a list of SymPy relations (None: the natural domain); see the module docstring."""
    if domain is None:
        return None
    out: list = []
    todo = [domain]
    while todo:
        item = todo.pop(0)
        if isinstance(item, Domain):
            todo[:0] = list(item.constraints)
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo[:0] = sorted(item, key=sp.default_sort_key) if isinstance(item, (set, frozenset)) else list(item)
        elif isinstance(item, str):
            from .parsing import parse_domain

            out.extend(parse_domain(item))
        elif isinstance(item, sp.And):
            todo[:0] = list(item.args)
        elif isinstance(item, (sp.Rel, sp.logic.boolalg.BooleanAtom)) or isinstance(item, bool):
            _refuse_floats(item, f"the domain constraint {item}")
            out.append(sp.true if item is True else sp.false if item is False else item)
        elif isinstance(item, float):
            raise _float_error("the domain contains", item)
        else:
            raise InputError("a domain is a SymPy relation (y > 0), a string ('y > 0, x > 0'), a Domain or a "
                             f"list of them, not {type(item).__name__}")
    return out


#: The largest time limit in seconds: setitimer refuses much larger values (and no search needs them).


def coerce_input(f, domain=None) -> tuple[sp.Expr, list | None]:
    r"""(the function as an exact SymPy expression, the domain as a list of relations or None).

    ``InputError`` (a ValueError, one line) for anything else, and for floats (see the module docstring).

    >>> coerce_input("0.1 x^2", r"x \in [0, 1]")
    (x**2/10, [x >= 0, x <= 1])
    """
    return coerce_function(f), coerce_domain(domain)


__all__ = ["MAX_TIMEOUT", "coerce_domain", "coerce_function", "coerce_input", "coerce_timeout"]
