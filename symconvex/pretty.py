r"""One-line mathematical notation for a terminal: ``pretty(expr)`` prints a SymPy expression in Unicode.

``x**2*y`` prints as ``x²·y``, ``exp(x)`` as ``e^x``, ``sqrt(x)`` as ``√x``, ``Abs(z)`` as ``|z|``,
``x >= 0`` as ``x ≥ 0``, ``w_1`` as ``w₁`` and ``theta`` as ``θ``; everything stays on one line (SymPy's own
``pretty`` draws fractions and powers over several lines, which a one-line summary cannot hold).

Display only (layer: kernel, beside ``certificates``; it imports SymPy and ``functions`` and decides nothing):
the exact value is what is printed, with no rounding.

>>> import sympy as sp
>>> x, y = sp.symbols("x y")
>>> pretty(x**-2), pretty(2*sp.exp(x)), pretty(sp.sqrt(x + y)), pretty((x + 1)**3 / y)
('1/x²', '2·e^x', '√(x + y)', '(x + 1)³/y')
>>> pretty(sp.Ge(x**2 * y, sp.Rational(1, 2))), pretty(sp.Symbol("w_1") * sp.Symbol("theta"))
('x²·y ≥ 1/2', 'θ·w₁')
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.str import StrPrinter

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
    "Lambda": "Λ", "Xi": "Ξ", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ",
}
_RELATIONS = {">=": "≥", "<=": "≤", "!=": "≠", ">": ">", "<": "<", "==": "="}
_NAME = re.compile(r"^(?P<base>[A-Za-z]+)(?:_(?:\{(?P<braced>\d+)\}|(?P<single>\d)))?$")
_FUNCTION_NAMES = {"sigmoid": "σ", "Max": "max", "Min": "min", "asin": "arcsin", "acos": "arccos", "atan": "arctan",
                   "asinh": "arcsinh", "acosh": "arccosh", "atanh": "artanh", "gamma": "Γ"}


class UnicodePrinter(StrPrinter):
    """``StrPrinter`` with Unicode powers, roots, products and relations (see the module docstring)."""

    def _atomic(self, expr) -> bool:
        """Printed without brackets as a base or an exponent: a name, a natural number, a function call."""
        return expr.is_Symbol or (expr.is_Integer and expr >= 0) or isinstance(expr, (sp.Function, sp.Sum)) or \
            expr in (sp.E, sp.pi)

    def _base(self, expr) -> str:
        return self._print(expr) if self._atomic(expr) else f"({self._print(expr)})"

    def _print_Symbol(self, expr) -> str:
        name = expr.name
        if name in _GREEK:
            return _GREEK[name]
        m = _NAME.match(name)
        if m and (m.group("braced") or m.group("single")):
            base = _GREEK.get(m.group("base"), m.group("base"))
            return base + (m.group("braced") or m.group("single")).translate(_SUBSCRIPT)
        return name

    _print_Dummy = _print_Symbol

    def _print_Pow(self, expr, rational=False) -> str:
        base, exp = expr.as_base_exp()
        if base is sp.E:
            return self._print(sp.exp(exp, evaluate=False))
        if exp.is_Number and exp < 0:
            inverse = base if exp == -1 else sp.Pow(base, -exp, evaluate=False)
            return "1/" + self.parenthesize(inverse, PRECEDENCE["Mul"], strict=True)
        if exp == sp.Rational(1, 2):
            return "√" + self._base(base)
        if exp.is_Integer:
            return self._base(base) + str(exp).translate(_SUPERSCRIPT)
        return f"{self._base(base)}^{self._base(exp)}"

    def _print_polygamma(self, expr) -> str:
        """psi(a) for SymPy's polygamma(0, a) (the digamma function), psi^(n)(a) for polygamma(n, a)."""
        n, a = expr.args
        return ("ψ" if n == 0 else f"ψ^({self._print(n)})") + f"({self._print(a)})"

    def _print_exp(self, expr) -> str:
        return "e^" + self._base(expr.args[0])

    def _print_Mul(self, expr) -> str:
        # every '*' StrPrinter writes here is a product: powers never print '**' (above), names have no '*'
        return super()._print_Mul(expr).replace("*", "·")

    def _print_Abs(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Function(self, expr) -> str:
        name = type(expr).__name__
        return f"{_FUNCTION_NAMES.get(name, name)}({', '.join(self._print(a) for a in expr.args)})"

    def _print_Max(self, expr) -> str:
        return self._print_Function(expr)

    def _print_Sum(self, expr) -> str:
        """Sum(t, (i, 1, n)) as Σ_{i=1..n} t, in brackets (a factor or a power outside reads as outside the sum)."""
        limits = ", ".join(f"{self._print(i)}={self._print(lo)}..{self._print(hi)}" for i, lo, hi in expr.limits)
        term = expr.function
        return f"(Σ_{{{limits}}} {f'({self._print(term)})' if term.is_Add else self._print(term)})"

    _print_Min = _print_Max

    def _print_Relational(self, expr) -> str:
        op = _RELATIONS.get(expr.rel_op, expr.rel_op)
        return f"{self._print(expr.lhs)} {op} {self._print(expr.rhs)}"

    def _print_Exp1(self, expr) -> str:
        return "e"

    def _print_Pi(self, expr) -> str:
        return "π"

    def _print_ImaginaryUnit(self, expr) -> str:
        return "i"

    def _print_Infinity(self, expr) -> str:
        return "∞"

    def _print_NegativeInfinity(self, expr) -> str:
        return "-∞"


def pretty(expr) -> str:
    """``expr`` (a SymPy expression or relation) on one line in Unicode mathematical notation.

    >>> import sympy as sp
    >>> from symconvex.functions import relu, sigmoid
    >>> z = sp.Symbol("z")
    >>> pretty(relu(1 - relu(z))), pretty(sp.log(1 + sp.exp(-z))), pretty(sigmoid(z) * sp.Abs(z - 1))
    ('relu(1 - relu(z))', 'log(1 + e^(-z))', '|z - 1|·σ(z)')
    """
    if isinstance(expr, (int, Fraction)):
        expr = sp.Rational(expr.numerator, expr.denominator)
    if not isinstance(expr, sp.Basic):  # never sympify: a string here would be parsed as code
        raise TypeError(f"pretty() takes a SymPy expression, not {type(expr).__name__}")
    text = UnicodePrinter().doprint(expr)
    return text[1:-1] if isinstance(expr, sp.Sum) else text   # a whole sum needs no brackets


__all__ = ["UnicodePrinter", "pretty"]
