r"""Checking the ``norm_p`` and ``norm2`` nodes of a rules derivation (checker; trusted).

The atom (``atoms.ATOMS["norm_p"]``) is N(a) = (c_1 |a_1|^p + ... + c_k |a_k|^p + c)^{1/p} with a rational
p > 1, weights c_i > 0 and a constant c >= 0. It is the p-norm of the vector
(c_1^{1/p} a_1, ..., c_k^{1/p} a_k, c^{1/p}), so by Minkowski's inequality it is convex on R^k, nonnegative,
nondecreasing in a_i where a_i >= 0 and nonincreasing where a_i <= 0 (``SIGNED``). When p is an even integer,
|a_i|^p = a_i^p and the term may be written without the absolute value (SymPy writes |x|^4 as x^4); when p is an
odd integer, |a_i|^p = a_i^{p-1} |a_i| (SymPy writes |x|^3 as x^2 |x|).

``norm_p_template(expr, exprs, where)`` reads the node's own expression: it must be ``["pow", ["add", term, ...],
["num", "1/p"]]`` with each term ``c |a|^p`` (``c`` a positive number, or absent; |a|^p in one of the forms above) or
a number >= 0; the i-th non-constant term is paired with the i-th child. It returns the expression the rule builds
from the children's expressions, which the caller compares with ``expr`` (up to the order of sums and products),
and raises ``CertificateError`` on any other shape; with ``rule="norm2"`` it reads a ``norm2`` node, the case p = 2:
sqrt(c_1 a_1^2 + ... + c_k a_k^2 + c).

>>> t = ["pow", ["add", ["pow", ["abs", ["var", "x"]], ["num", "3"]], ["num", "1"]], ["num", "1/3"]]
>>> norm_p_template(t, [["var", "x"]], "n") == t
True
"""

from __future__ import annotations

from fractions import Fraction

from ..atoms import norm_exponent_ok
from ..errors import CertificateError
from .signs import num_value, short
from .trees import rational_to_str


def _form(factors: list, p: Fraction, even: bool) -> str | None:
    """How |a|^p is written in a term's factors (its weight removed): ``abs`` |a|^p, ``plain`` a^p (p even),
    ``odd`` a^{p-1} |a| (p an odd integer, as SymPy writes |x|^3 = x^2 |x|); None for anything else."""
    powers = [f for f in factors if f[0] == "pow" and num_value(f[2]) in (p, p - 1)]
    if len(factors) == 1 and powers and num_value(powers[0][2]) == p:
        return "abs" if powers[0][1][0] == "abs" else "plain" if even else None
    absolute = [f for f in factors if f[0] == "abs"]
    if len(factors) == 2 and p.denominator == 1 and p.numerator % 2 == 1 and len(absolute) == 1 and \
            len(powers) == 1 and num_value(powers[0][2]) == p - 1 and absolute[0][1] == powers[0][1]:
        return "odd"
    return None


def norm_p_template(expr, exprs: list, where: str, checker=None, rule: str = "norm_p") -> list:
    """The norm_p expression built from the children's expressions ``exprs`` with the weights, the form of each
    term (|a|^p or, p even, a^p) and the constants read off ``expr`` (module docstring); for ``rule`` norm2, p = 2."""
    inv = num_value(expr[2]) if isinstance(expr, list) and expr[:1] == ["pow"] and len(expr) == 3 else None
    if inv is None or inv <= 0 or not isinstance(expr[1], list) or expr[1][:1] != ["add"]:
        raise CertificateError(f"{where}: {rule} needs (sum of c |a|^p)^(1/p), found {str(expr)[:60]}")
    p = 1 / inv
    if not norm_exponent_ok(p) or rule == "norm2" and p != 2:
        raise CertificateError(f"{where}: {rule} needs p {'= 2' if rule == 'norm2' else '> 1'}, found p = {p}")
    constants = [t for t in expr[1][1:] if num_value(t) is not None]
    varying = [t for t in expr[1][1:] if num_value(t) is None]
    if any(num_value(t) < 0 for t in constants):
        raise CertificateError(f"{where}: {rule}'s constant must be >= 0, found {short(constants)}")
    if len(varying) != len(exprs):
        raise CertificateError(f"{where}: {rule} has {len(varying)} terms and {len(exprs)} children")
    power, terms = ["num", rational_to_str(p)], []
    for term, a in zip(varying, exprs):
        factors = term[1:] if term[0] == "mul" else [term]
        weight = factors[0] if len(factors) > 1 and (w := num_value(factors[0])) is not None and w > 0 else None
        form = _form(factors[1:] if weight is not None else factors, p, p.denominator == 1 and p.numerator % 2 == 0)
        if form is None:
            raise CertificateError(f"{where}: {rule}'s terms are c |a|^{p} with c > 0 (a^{p} for an even p, "
                                   f"a^{p - 1} |a| for an odd p), found {str(term)[:60]}")
        t = {"abs": ["pow", ["abs", a], power], "plain": ["pow", a, power],
             "odd": ["mul", ["pow", a, ["num", rational_to_str(p - 1)]], ["abs", a]]}[form]
        terms.append(t if weight is None else ["mul", weight, t])
    return ["pow", ["add", *terms, *constants], expr[2]]


__all__ = ["norm_p_template"]
