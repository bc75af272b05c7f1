r"""Exact real constants: domain ends such as sqrt(3), 1/sqrt(3), e^{3/2}, log 2, pi/4 (checker; trusted; kernel).

A bound a x + c > 0 (a rational) has the end -c/a. When c is not rational, a ``Constant`` keeps that end exact: the
SymPy expression of a constant that SymPy says is real, of at most ``MAX_NODES`` tree nodes, that the checker's own
evaluator (``check.evaluate``) encloses (it does only where every operation is defined: a log argument > 0, ...).
Rationals stay ``Fraction``. +, -, * are SymPy's exact arithmetic, whose automatic rewrites are identities
(2 (1/sqrt 3)^2 = 2/3, log(e^{3/2}) = 3/2).

**Order.** x < y is the sign of x - y: the evaluator's ``mpmath.iv`` enclosure of it at 64, 256, 1024, ... bits (up
to ``MAX_BITS``) contains it, and one that excludes 0 gives the sign. **Equality** only exactly: x - y is 0 when its
expanded SymPy form is the literal 0 (an identity), or when it is algebraic (rationals and rational powers only)
with minimal polynomial z. A number neither separated from 0 nor shown 0 is refused (``CertificateError``).

>>> r = exact_number(1 / sp.sqrt(3))
>>> r > Fraction(57, 100), r < Fraction(58, 100), r * r == Fraction(1, 3), r.json()
(True, True, True, ['mul', ['num', '1/3'], ['pow', ['num', '3'], ['num', '1/2']]])
>>> exact_number(sp.log(sp.exp(sp.Rational(3, 2)))), exact_number(sp.sqrt(-3))
(Fraction(3, 2), None)
"""

from __future__ import annotations

import functools
from fractions import Fraction

import sympy as sp
from mpmath import iv

from ..errors import CertificateError, InputError
from .evaluate import evaluate
from .numbers import endpoints, interval_precision, to_interval
from .numbers import sign as number_sign
from .symbolic import to_sympy, to_tree
from .trees import OPERATORS, check_tree, parse_rational, rational_to_str, tree_variables

#: The largest precision (bits) spent separating a constant from 0; the most tree nodes of a constant.
MAX_BITS = 1 << 14
MAX_NODES = 60
_Z = sp.Symbol("z")


def tree_nodes(tree) -> int:
    """The number of nodes of a tree."""
    return 1 + sum(tree_nodes(a) for a in tree[1:] if isinstance(a, list))


def _enclosure(tree, bits: int):
    """The evaluator's value of a constant tree at ``bits`` bits: a Fraction or an ``iv`` interval."""
    with interval_precision(bits):
        return evaluate(tree, {}, 0)[0].c[0]


@functools.lru_cache(maxsize=1 << 12)
def _sign_of(expr) -> int:
    """The sign of a constant: exact when rational or literally 0 once expanded, else the first enclosure that
    excludes 0, else 0 when its minimal polynomial is z (rationals and rational powers only); else refused."""
    if expr.is_Rational:
        return int(expr.p > 0) - int(expr.p < 0)
    if sp.expand(expr) == 0:
        return 0
    try:
        tree, bits = to_tree(expr), 64
        while bits <= MAX_BITS:
            s = number_sign(_enclosure(tree, bits))
            if s is not None:
                return s
            bits *= 4
    except (ValueError, ArithmeticError, TypeError):
        pass
    try:
        if not expr.atoms(sp.Function) and not expr.has(sp.pi, sp.E) and sp.minimal_polynomial(expr, _Z) == _Z:
            return 0
    except (NotImplementedError, ValueError, TypeError, sp.PolynomialError):
        pass
    raise CertificateError(f"cannot decide the sign of the constant {expr} within {MAX_BITS} bits")


@functools.lru_cache(maxsize=1 << 10)
def _outer(expr) -> tuple[Fraction, Fraction]:
    """Rationals strictly below and above an irrational constant: a 128-bit enclosure's ends moved out by 2^-64."""
    lo, hi = endpoints(_enclosure(to_tree(expr), 128))
    return lo - Fraction(1, 1 << 64), hi + Fraction(1, 1 << 64)


@functools.total_ordering
class Constant:
    """An exact real constant (module docstring): ``expr`` its SymPy expression; +, -, * are SymPy's, comparisons
    ``_sign_of`` the difference, with another Constant, a Fraction or an int (NotImplemented for anything else)."""

    __slots__ = ("expr",)

    def __init__(self, expr):
        if not isinstance(expr, sp.Expr):
            raise TypeError(f"a Constant is a SymPy number expression, found {type(expr).__name__}")
        self.expr = expr

    @staticmethod
    def of(x) -> "Constant":
        """x (a Constant, Fraction or int) as a Constant."""
        return x if isinstance(x, Constant) else Constant(sp.Rational(Fraction(x)))

    def simplest(self):
        """A Fraction when the expression is rational, else self."""
        return Fraction(int(self.expr.p), int(self.expr.q)) if self.expr.is_Rational else self

    def _binary(self, other, op):
        """op(self's expression, other's) for another exact number; NotImplemented for anything else."""
        if not isinstance(other, (Constant, int, Fraction)):
            return NotImplemented
        return op(self.expr, Constant.of(other).expr)

    __add__ = __radd__ = lambda self, other: self._binary(other, lambda a, b: Constant(a + b))  # noqa: E731
    __sub__ = lambda self, other: self._binary(other, lambda a, b: Constant(a - b))  # noqa: E731
    __rsub__ = lambda self, other: self._binary(other, lambda a, b: Constant(b - a))  # noqa: E731
    __mul__ = __rmul__ = lambda self, other: self._binary(other, lambda a, b: Constant(a * b))  # noqa: E731
    __eq__ = lambda self, other: self._binary(other, lambda a, b: _sign_of(a - b) == 0)  # noqa: E731
    __lt__ = lambda self, other: self._binary(other, lambda a, b: _sign_of(a - b) < 0)  # noqa: E731
    __neg__ = lambda self: Constant(-self.expr)  # noqa: E731
    __repr__ = lambda self: f"Constant({self.expr})"  # noqa: E731
    __str__ = lambda self: str(self.expr)  # noqa: E731

    def sign(self) -> int:
        """-1, 0 or 1, decided as in the module docstring; ``CertificateError`` when it cannot be."""
        return _sign_of(self.expr)

    def __hash__(self):
        return hash(self.simplest()) if self.expr.is_Rational else hash(self.expr)

    def outer(self, lower: bool) -> tuple[Fraction, bool]:
        """(q, strict): a rational q below (``lower``) or above the number, strict when q != the number: the
        number itself when rational, else an enclosure's end moved out by 2^-64 (so strictly outside)."""
        return (self.simplest(), False) if self.expr.is_Rational else (_outer(self.expr)[0 if lower else 1], True)

    def json(self):
        """The stated form: "p/q" when rational, ["a", "b"] for a + b pi (a, b rational), else the constant's
        tree."""
        if self.expr.is_Rational:
            return rational_to_str(self.simplest())
        try:
            poly = sp.Poly(self.expr, sp.pi)
        except sp.PolynomialError:
            return to_tree(self.expr)
        if poly.degree() > 1 or not all(c.is_Rational for c in poly.all_coeffs()):
            return to_tree(self.expr)
        return [rational_to_str(Fraction(str(poly.coeff_monomial(k)))) for k in (1, sp.pi)]


def PiRational(a=0, b=0) -> Constant:
    """The number a + b pi (a, b rational) as a ``Constant``."""
    return Constant(sp.Rational(Fraction(a)) + sp.Rational(Fraction(b)) * sp.pi)


def exact_number(expr) -> Fraction | Constant | None:
    """A SymPy number as a Fraction (rational) or a ``Constant`` (module docstring), else None."""
    if expr.is_Rational:
        return Fraction(int(expr.p), int(expr.q))
    if expr.free_symbols or expr.is_real is not True or expr.has(sp.Float):
        return None
    try:
        tree = to_tree(expr)
        if tree_nodes(tree) > MAX_NODES:
            return None
        _enclosure(tree, 64)
    except (CertificateError, ValueError, ArithmeticError, TypeError, RecursionError):
        return None
    return Constant(expr)


def enclose(x):
    """An ``iv`` interval containing a Fraction or a ``Constant``, at the current precision."""
    return to_interval(_enclosure(to_tree(x.expr), iv.prec) if isinstance(x, Constant) else Fraction(x))


def end_from_json(value, where: str):
    """A stated box end: None, "p/q", ["a", "b"] (a + b pi) or a constant tree; ``CertificateError`` otherwise."""
    if value is None or isinstance(value, str):
        return None if value is None else parse_rational(value, where)
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value) and \
            value[0] not in OPERATORS:
        return PiRational(parse_rational(value[0], where), parse_rational(value[1], where)).simplest()
    check_tree(value, where)
    if tree_variables(value) or tree_nodes(value) > MAX_NODES:
        raise CertificateError(f"{where}: a box end is a constant of at most {MAX_NODES} nodes")
    try:
        found = exact_number(to_sympy(value))
    except (InputError, ValueError, TypeError):
        found = None
    if found is None:
        raise CertificateError(f"{where}: not a real constant the checker encloses")
    return found


__all__ = ["Constant", "MAX_BITS", "PiRational", "enclose", "end_from_json", "exact_number", "tree_nodes"]
