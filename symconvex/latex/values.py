r"""Exact values in the proof text, held against the checker's numbers (text layer, layer 4).

A proof shows values as exact SymPy numbers (rationals, or closed forms such as ``log(2)``); the checker
(``check.evaluate``) computes the same values as exact fractions or rigorous intervals. ``_consistent`` refuses to
write a proof whose exact value disagrees with the checker's number (a rational must be equal; a closed form must
lie in the checker's enclosure, to 10^-25), so the text never states a number the checker did not confirm. Signs of
pre-activations are decided exactly for rationals and by the checker's intervals otherwise (never by a float).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..certificates import to_tree
from ..check.evaluate import value_at
from ..check.numbers import endpoints, interval_precision, sign
from ..errors import CertificateError
from .notation import _cell, _paren, enclosure_latex, q_latex


def _r(q) -> sp.Rational:
    q = Fraction(q)
    return sp.Rational(q.numerator, q.denominator)


def _exact_sign(value) -> int:
    """The sign of an exact SymPy number, decided exactly (rationals) or by the checker's intervals."""
    if value.is_Rational:
        return int(value.p > 0) - int(value.p < 0)
    with interval_precision():
        s = sign(value_at(to_tree(value), (), ()))
    if not s:
        raise CertificateError("latex: cannot decide the sign of a pre-activation at the point")
    return s


def _sym_num(value, subject, paren: bool = False) -> str:
    """An exact SymPy number as LaTeX (rationals as fractions; closed forms as SymPy prints them)."""
    if isinstance(value, sp.Rational):
        text = q_latex(value)
        return r"\left(%s\right)" % text if paren and value < 0 else text
    text = subject.latex(value)
    return r"\left(%s\right)" % text if paren and (value.is_Add or text.startswith("-")) else text


def _sym_vec(values, subject) -> str:
    if len(values) == 1:
        return _sym_num(values[0], subject)
    return r"\left(" + ",\\ ".join(_sym_num(v, subject) for v in values) + r"\right)^{\mathsf T}"


def _consistent(sym_value, checked, what: str) -> None:
    """The proof text's exact value must agree with the checker's number (else refuse to write a proof)."""
    if isinstance(checked, Fraction):
        if not (isinstance(sym_value, sp.Rational) and Fraction(int(sym_value.p), int(sym_value.q)) == checked):
            simplified = sp.nsimplify(sp.simplify(sym_value)) if not sym_value.is_Rational else sym_value
            if not (simplified.is_Rational and Fraction(int(simplified.p), int(simplified.q)) == checked):
                raise CertificateError(f"latex: {what} computes to {sym_value}, the checker finds {checked}")
        return
    lo, hi = endpoints(checked)
    approx = sp.N(sym_value, 40)
    if not approx.is_Number:   # softplus(-35/16), sigmoid(2): SymPy evaluates their exp forms, not them
        approx = sp.N(sym_value.rewrite(sp.exp), 40)
    if not approx.is_Number:
        raise CertificateError(f"latex: {what} computes to {sym_value}, which could not be evaluated")
    if not approx.is_real or not (sp.Rational(lo.numerator, lo.denominator) - sp.Rational(1, 10 ** 25) <= approx
                                  <= sp.Rational(hi.numerator, hi.denominator) + sp.Rational(1, 10 ** 25)):
        raise CertificateError(f"latex: {what} computes to {approx}, outside the checker's enclosure")


def _value_line(expr_value, checked, subject) -> str:
    """``= exact`` or ``= closed form \\in [lo, hi]``."""
    if isinstance(checked, Fraction):
        return "= " + q_latex(checked)
    return "= " + subject.latex(expr_value) + r" " + enclosure_latex(checked)


def _num_paren(pair) -> str:
    exact_value, checked = pair
    if isinstance(checked, Fraction):
        return _paren(checked)
    if exact_value is None:  # a large network's loss: its enclosure
        return _cell(checked)
    return r"\left(%s\right)" % sp.latex(exact_value) if not isinstance(exact_value, sp.Rational) else q_latex(
        exact_value)
