r"""The formula reader: LaTeX as people paste it -> one exact SymPy expression over real symbols (layer: text).

``Reader.expression`` reads a grouped item list (``tokens``) as a sequence of operands and operators. Every operand
is read here and by the reader's parts: a number (``0.1`` is 1/10 exactly; ``1e-30`` is 1/10^30, ``tokens``), a
bracket group (``|a|`` is Abs(a); a tuple is refused), a name (``names``), a command (``commands``), a function
application (``calls``) or a sum (``sums``); the operators ``+ - * / \cdot \times \div ^`` and implicit products are
left to latex2sympy2, which sees each operand as a placeholder (``latex_input``). ``e`` standing alone (``e^{x}``,
``2e - 3``, ``e x``) is Euler's number; inside a word (``xe``) it is a letter. After ``a / b`` an implicit product
(``a / b c``) is refused as ambiguous.

The result is exact (``certificates.exact``) and real: ``check_supported`` refuses anything built from operations
other than the supported ones (polynomials, powers, exp, log, |.|, max, min, relu, sigmoid, softplus, the
trigonometric and hyperbolic functions and their inverses) and any constant that is not real (log(-1), (-8)^(1/3)).
Unreadable input raises ``InputError`` with a one-line message. Nothing here evaluates text: no ``eval``,
``sympify(str)`` or ``parse_expr``.

>>> parse_expression(r"\frac{x^2}{y}")
x**2/y
>>> parse_expression(r"\operatorname{ReLU}(w_1 x + b_{12}) + |z|")
Abs(z) + relu(b_{12} + w_1*x)
>>> parse_expression(r"\sum_{i=1}^{2} (x_i - y_i)^2")
(x_1 - y_1)**2 + (x_2 - y_2)**2
"""

from __future__ import annotations

import sympy as sp

from ..certificates import exact
from ..errors import InputError
from ..functions import leaky_relu, relu, sigmoid, softplus
from ..limits import SearchTimeout
from .calls import FunctionDef, CallReader
from .commands import CommandReader
from .latex_input import placeholder, read_arithmetic
from .names import NameReader
from .sums import SumReader
from .tokens import Group, Tok, is_comma, is_ws, peek, read_items, scientific, snippet, trim
from .vocabulary import GREEK, fail, one_line, symbol

#: operator tokens -> the text handed to latex2sympy2
_OPERATORS = {"+": "+", "-": "-", "*": "*", "/": "/", "\\cdot": " \\cdot ", "\\times": " \\cdot ",
              "\\ast": " \\cdot ", "\\div": " / "}
#: characters that cannot start an operand -> the refusal
_OUT_OF_PLACE = {"_": "unexpected subscript '_'", "=": "unexpected '=' in an expression",
                 "<": "unexpected '<' in an expression", ">": "unexpected '>' in an expression",
                 ",": "unexpected ',' in an expression", "!": "factorials are not supported",
                 "'": "primes (f') are not supported; name the variable differently"}
_TRANSPOSES = ("T", "\\top", "\\intercal")


def _operator(it) -> str | None:
    """The text of the operator token ``it`` for latex2sympy2, or None when ``it`` is no operator."""
    if isinstance(it, Tok) and (it.kind == "char" and it.text in "+-*/" or it.kind == "cmd"):
        return _OPERATORS.get(it.text)
    return None


class Reader(NameReader, CommandReader, CallReader, SumReader):
    r"""Reads one grouped item list into a SymPy expression (see the module docstring). ``functions``: the
    functions a claim defines (name -> ``FunctionDef``); ``values``: names with given values (for sum bounds);
    ``numbers``: names the claim states are numbers (a condition ``\lambda > 0``, a listed variable), so that a
    bracket after them is a product (``\lambda(w_1^2 + w_2^2)``), as after a name with a value; ``cases``: the values
    of the claim's cases environments, which ``\casesliteral{k}`` stands for (``cases``); ``active``: the
    defined functions being expanded (a definition may not use itself)."""

    #: Whether ``\text{word}`` is read as a name (in ``parse_name``: the left side of a definition, a listed variable);
    #: in a formula it is one only when the claim gives it a value or a condition.
    text_names = False

    def __init__(self, source: str, functions=None, values=None, active=None, numbers=(), cases=(), conditions=None):
        self.source = source
        #: when a list: every operand's natural conditions (domain.natural_conditions), as written, before SymPy's
        #: automatic simplification can drop them ((√x)^6 becomes x^3, log x - log x becomes 0)
        self.conditions = conditions
        self.functions: dict[str, FunctionDef] = functions or {}
        self.values: dict[str, sp.Expr] = values or {}
        self.numbers: frozenset[str] = frozenset(numbers)
        self.cases: tuple = tuple(cases)   # the values of the claim's cases environments (``\casesliteral{k}``)
        self.active = set(active or ())   # user functions being expanded (cycle guard)

    def is_number_name(self, name: str) -> bool:
        """Whether the claim gives ``name`` a value or states it is a number (then ``name(...)`` is a product)."""
        return name in self.values or name in self.numbers

    def parse_text(self, text: str, what="expression") -> sp.Expr:
        """The expression ``text`` (normalized, tokenized and grouped first)."""
        items, source = read_items(text)
        self.source = source
        return self.expression(items, what)

    def expression(self, items, what="expression") -> sp.Expr:
        """The value of the operands and operators in ``items`` (``what`` names them in messages)."""
        items = trim(items)
        if not items:
            fail(f"empty {what}")
        pieces: list[str] = []
        slots: dict[str, sp.Expr] = {}
        i = 0
        expect_operand = True
        division = 0   # 1: just after '/', 2: after the divisor (an implicit product now would be ambiguous)
        while i < len(items):
            it = items[i]
            operator = _operator(it)
            if is_ws(it):
                pieces.append(" ")
                i += 1
            elif operator is not None:
                pieces.append(operator)
                i += 1
                expect_operand = True
                division = 1 if operator.strip() == "/" else 0
            elif isinstance(it, Tok) and it.kind == "char" and it.text == "^":
                if expect_operand:
                    fail("'^' without a base")
                _refuse_ambiguous_exponent(items, i, self.source, base_is_e=pieces[-1:] == [" e "])
                value, i = self._exponent(items, i + 1)
                pieces.append("^{" + placeholder(value, slots) + "}")
            else:
                if division == 2:
                    fail(f"ambiguous '{snippet(items, self.source)}': after '/' write the divisor in parentheses "
                         "or use \\frac{...}{...}")
                division = 2 if division == 1 else division
                piece, i = self._operand(items, i, slots)
                pieces.append(piece)
                expect_operand = False
        if self.conditions is not None:
            from ..domain import natural_conditions
            for value in slots.values():
                self.conditions.extend(natural_conditions(value))
        if len(slots) == 1 and sum(1 for piece in pieces if piece.strip()) == 1:
            return next(iter(slots.values()))     # one operand alone: no arithmetic to read
        text = "".join(pieces)
        return read_arithmetic(text, slots, snippet(items, self.source))

    def _operand(self, items, i, slots) -> tuple[str, int]:
        """The text standing for the operand at ``i`` (a placeholder, or ``e``) and the index after it."""
        it = items[i]
        if isinstance(it, Tok) and it.kind == "cmd" and it.text in ("\\sum", "\\prod"):
            value, i = self._sum(items, i + 1, product=it.text == "\\prod")
        elif isinstance(it, Tok) and it.kind == "letter" and it.text == "e" and self._euler(items, i):
            return " e ", i + 1
        else:
            value, i = self.atom(items, i)
        return " " + placeholder(value, slots) + " ", i

    def _euler(self, items, i) -> bool:
        """Whether the letter e at ``i`` is Euler's number: alone or before ``^``, not subscripted, not in a word."""
        nxt, _ = peek(items, i + 1, skip_ws=False)
        if isinstance(nxt, Tok) and nxt.text == "_":
            return False
        prev = items[i - 1] if i > 0 else None
        nxt2 = items[i + 1] if i + 1 < len(items) else None
        # 'e' inside a word (like 'xe') is still Euler's number only when standing alone or before '^'
        return (isinstance(nxt2, Tok) and nxt2.text == "^") or not (
            isinstance(prev, Tok) and prev.kind == "letter") and not (isinstance(nxt2, Tok) and nxt2.kind == "letter")

    def atom(self, items, i) -> tuple[sp.Expr, int]:
        """One operand: a group, a number, a name or a plain function word, or a command; and the index after it."""
        it = items[i]
        if isinstance(it, Group):
            value = self._group_value(it)
            return self._postfix(value, items, i + 1, group_item=it)
        if it.kind == "num":
            if len(it.text.replace(".", "")) > 60:
                fail("number too long")
            return sp.Rational(it.text), i + 1
        if it.kind == "sci":
            return scientific(it.text), i + 1
        if it.kind == "letter":
            word = self._plain_word(items, i)
            if word:
                return self._apply(word, items, i + len(word))
            return self._name_then(items, i)
        if it.kind == "cmd":
            return self._command(items, i)
        fail(_OUT_OF_PLACE.get(it.text, f"unexpected '{it.text}'"))

    def _group_value(self, g: Group) -> sp.Expr:
        """A bracket group's value: ``|a|`` is Abs(a); a tuple and mismatched brackets are refused."""
        if g.open in ("|", "\\lvert"):
            return sp.Abs(self.expression(g.items, "absolute value |...|"))
        if any(isinstance(x, Tok) and is_comma(x) for x in g.items):
            fail(f"unexpected ',' in '{self.source[g.pos:g.end + 1]}' (a tuple is not a number)")
        if g.open == "[" and g.close == ")" or g.open == "(" and g.close == "]":
            fail(f"mismatched brackets in '{self.source[g.pos:g.end + 1]}'")
        return self.expression(g.items, "brackets")

    def _exponent(self, items, i):
        """The exponent after a ``^`` at ``i - 1``: braced, or one digit (``x^23`` is refused before this, see
        ``_refuse_ambiguous_exponent``; were it read, it would be x^2·3, as TeX reads it), a
        letter (``e`` is Euler's number: ``x^e``, as ``x^{e}`` and a lone e everywhere), ``\\pi``, a Greek letter, ``-`` and an exponent, ``\\frac`` or ``\\sqrt``, or a bracket ``(...)`` (plain text's
        ``e^(x+y)``); transposes are refused."""
        nxt, j = peek(items, i)
        if nxt is None:
            fail("incomplete exponent after '^'")
        if isinstance(nxt, Group) and nxt.open == "{":
            inner = trim(nxt.items)
            if len(inner) == 1 and isinstance(inner[0], Tok) and inner[0].text in _TRANSPOSES:
                fail("transposes are not supported; write the scalar formula")
            return self.expression(nxt.items, "exponent"), j + 1
        if isinstance(nxt, Group) and nxt.open == "(" and nxt.close == ")":
            # e^(x+y), x^(1/2): the bracket is the exponent, as plain text means it (TeX would raise only "(")
            return self._group_value(nxt), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "num":
            if len(nxt.text) > 1 and "." not in nxt.text:
                items[j] = Tok("num", nxt.text[1:], nxt.pos + 1)
                return sp.Integer(nxt.text[0]), j
            return sp.Rational(nxt.text), j + 1
        if isinstance(nxt, Tok) and nxt.text in _TRANSPOSES:
            fail("transposes are not supported; write the scalar formula")
        if isinstance(nxt, Tok) and nxt.text == "-":
            value, k = self._exponent(items, j + 1)
            return -value, k
        if isinstance(nxt, Tok) and nxt.kind == "letter":
            after, _ = peek(items, j + 1, skip_ws=False)
            if nxt.text == "e" and not (isinstance(after, Tok) and after.text == "_"):
                return sp.E, j + 1   # x^e, e^e: Euler's number, as e alone is everywhere else (x^{e} already was)
            return symbol(nxt.text), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "cmd" and nxt.text == "\\pi":
            return sp.pi, j + 1   # x^\pi, x^π: the number, as x^{\pi} is
        if isinstance(nxt, Tok) and nxt.kind == "cmd" and nxt.text[1:] in GREEK:
            return symbol(nxt.text[1:]), j + 1
        if isinstance(nxt, Tok) and nxt.kind == "cmd" and nxt.text in ("\\frac", "\\sqrt"):
            return self.atom(items, j)
        if isinstance(nxt, Tok) and nxt.text == "*":
            fail("conjugates x^* are not supported")
        fail("incomplete exponent after '^'")


def _unbraced_exponent_end(items, i) -> int | None:
    """The index after the unbraced exponent that starts at ``items[i]`` (``-`` signs included), or None when the
    exponent is braced (or absent)."""
    while i < len(items) and isinstance(items[i], Tok) and items[i].text == "-":
        i += 1
    if i >= len(items) or isinstance(items[i], Group):
        return None
    return i + 1


def _power_fraction(first, follow, after) -> bool:
    """Whether ``^n/d`` (one-digit n and d) is typed as the exponent n/d as often as x^n divided by d: n = 1 (x^1 is
    never written for x), or d = 2 or 3 not dividing n (x^3/2, x^2/3); x^2/2, x^4/4, (x - 1)^2/8 are read as
    written."""
    if not (isinstance(first, Tok) and first.kind == "num" and isinstance(follow, Tok) and follow.text == "/"
            and isinstance(after, Tok) and after.kind == "num"):
        return False
    if not (first.text.isdigit() and after.text.isdigit() and len(first.text) == len(after.text) == 1):
        return False
    n, d = int(first.text), int(after.text)
    return d > 1 and (n == 1 or (d in (2, 3) and n % d != 0))


def _refuse_ambiguous_exponent(items, caret: int, source: str, *, base_is_e: bool) -> None:
    """Refuse an unbraced exponent that TeX and plain text read differently, before either reading is chosen.

    TeX takes one token after ``^``: ``x^12`` is x^1·2, ``e^-2x`` is e^{-2}·x, ``e^2x`` is e^2·x and ``x^2^3`` is an
    error; typed as plain text the same strings mean x^{12}, e^{-2x}, e^{2x} and x^{(2^3)}. Reading either way
    answers a claim about a function the writer may not have meant (``x^12 is concave`` answered "holds" about 2x),
    so these are one-line errors that say how to write the exponent. Refused: a multi-digit integer exponent
    (``x^12``; a decimal ``x^0.5`` is one number either way); a signed exponent followed at once by an operand
    (``e^-2x``, ``e^-x^2``); Euler's e with an exponent followed at once by a letter or digit (``e^2x``, ``e^xy``);
    an exponent followed at once by another ``^`` (``x^2^3``); a digit exponent followed by e and digits
    (``x^1e4``, which scientific notation would read as x^{10000}); a digit exponent divided by a digit where
    people type the fraction as the exponent (``x^1/2``, ``x^3/2``, ``x^2/3``: TeX reads x/2, x^3/2, x^2/3; typed
    as plain text they are the square root, x^{3/2}, x^{2/3}), but not ``x^2/2`` or ``x^2/8``."""
    nxt, j = peek(items, caret + 1)
    end = _unbraced_exponent_end(items, j) if nxt is not None else None
    if end is None:
        follow = items[j + 1] if j + 1 < len(items) else None
        if isinstance(nxt, Group) and isinstance(follow, Tok) and follow.text == "^":
            fail(f"ambiguous exponent in '{source[nxt.pos:follow.pos + 1]}' (a double superscript): write "
                 "(x^{2})^{3} or x^{2^{3}}")
        return
    first = items[end - 1]
    follow = items[end] if end < len(items) else None
    after = items[end + 1] if end + 1 < len(items) else None
    shown = source[items[caret - 1].pos if caret and not isinstance(items[caret - 1], Group) else items[caret].pos:
                   (follow.end + 1 if isinstance(follow, Group) else follow.pos + len(follow.text)) if follow is not None
                   else len(source)].strip()
    why = None
    if isinstance(first, Tok) and first.kind == "num" and len(first.text) > 1 and "." not in first.text:
        why = "TeX reads only its first digit"
    elif isinstance(follow, Tok) and follow.text == "^":
        why = "a double superscript"
    elif isinstance(follow, Tok) and follow.kind == "letter" and follow.text in "eE" and isinstance(after, Tok) \
            and after.kind == "num" and isinstance(first, Tok) and first.kind == "num":
        why = "scientific notation in an exponent"
    elif end - 1 > j and (isinstance(follow, Tok) and follow.kind in ("letter", "num", "cmd") and follow.text != "\\cdot"
                          or isinstance(follow, Group) and follow.open == "("):
        why = "a signed exponent followed by more"
    elif base_is_e and isinstance(follow, Tok) and follow.kind in ("letter", "num"):
        why = "an exponent of e followed by more"
    elif _power_fraction(first, follow, after):
        fail(f"ambiguous exponent in '{shown}{after.text}' (x^1/2 is typed for the square root): write x^{{1/2}} for "
             "the power, or (x^1)/2 for the quotient")
    if why:
        fail(f"ambiguous exponent in '{shown}' ({why}): write the exponent in braces, e.g. "
             f"x^{{12}}, e^{{-2x}}, e^{{x^2}} (or a product with \\cdot)")


def _constant_text(value) -> str:
    from ..pretty import pretty

    return pretty(value)


_ALLOWED = (sp.Symbol, sp.Rational, sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log, sp.Abs, sp.Max, sp.Min, sp.tanh,
            relu, leaky_relu, sigmoid, softplus, sp.sin, sp.cos, sp.tan, sp.sinh, sp.cosh, sp.atan, sp.asinh, sp.asin,
            sp.acos, sp.acosh, sp.atanh, sp.erf, sp.erfc, sp.gamma)


def check_supported(expr) -> None:
    """``InputError`` unless ``expr`` is a real expression built from the supported operations."""
    if expr.has(sp.zoo, sp.oo, -sp.oo, sp.nan):
        fail("division by zero or an infinite value")
    for node in sp.preorder_traversal(expr):
        if node.is_number and node.is_extended_real is False:  # log(-1) = iπ, (-1)^{1/2}, (-8)^{1/3}
            fail(f"the expression is not real-valued: it contains {_constant_text(node)}, which is not a real "
                 "number (a logarithm or a fractional power of a negative number?)")
    for node in sp.preorder_traversal(expr):
        if node is sp.E or node is sp.pi or isinstance(node, _ALLOWED) or isinstance(node, sp.polygamma) and (
                node.args[0] == 0):  # digamma(a) is SymPy's polygamma(0, a)
            continue
        if node is sp.I:
            fail("the expression is not real-valued")
        fail(f"unsupported operation {type(node).__name__}")
    if expr.has(sp.I):
        fail("the expression is not real-valued")


def parse_internal(text: str, *, functions=None, values=None, numbers=(), cases=(), conditions=None) -> sp.Expr:
    """``parse_expression`` with user functions (name -> ``FunctionDef``) and values (name -> number) for
    sum bounds, the names a claim states are numbers, and the values of its cases environments (``Reader``).
    Values are *not* substituted into the result. ``conditions`` (a list) receives the natural conditions (g, rel)
    of every operand as written (``Reader.conditions``)."""
    try:
        reader = Reader("", functions, values, numbers=numbers, cases=cases, conditions=conditions)
        expr = reader.parse_text(text)
        expr = exact(expr)
    except (InputError, SearchTimeout):
        raise
    except RecursionError:
        fail("expression nested too deeply")
    except Exception as exc:  # a SymPy failure on odd input must still be one line, never a traceback
        fail(f"cannot read the expression ({type(exc).__name__}: {one_line(exc)[:80]})")
    check_supported(expr)
    return expr


def parse_expression(text: str) -> sp.Expr:
    r"""LaTeX -> an exact SymPy expression over real symbols (see the module docstring for the notation).

    >>> parse_expression(r"\max\{0, w_1 x\}")
    relu(w_1*x)
    >>> parse_expression(r"\log(1 + e^{-z})")
    log(1 + exp(-z))
    """
    return parse_internal(text)


def parse_latex(text: str) -> sp.Expr:
    r"""``symconvex.parse_latex``: the same as ``parse_expression`` (LaTeX -> exact SymPy, ML notation).

    >>> parse_latex(r"\sigma(w x + b)")
    sigmoid(b + w*x)
    """
    return parse_internal(text)


def read_name_at(items: list, i: int, source: str) -> tuple[str, int]:
    """The name starting at ``items[i]`` of ``group(tokenize(source))`` (a letter, a Greek letter or a styled
    letter such as ``\\mathbf{x}``, with its subscripts) and the index after it; ``InputError`` if none starts there."""
    return Reader(source).read_name(items, i)


def apply_function(name: str, args: list, *, functions=None, values=None) -> sp.Expr:
    """A built-in function (``BUILTINS``) or one defined in a claim (``functions``) applied to scalar ``args``."""
    return Reader("", functions, values)._call(name, list(args))


__all__ = ["Reader", "apply_function", "check_supported", "parse_expression", "parse_internal", "parse_latex",
           "read_name_at"]
