r"""Checking that two expressions are the same function on the domain, and the ``rewrite`` node (checker; trusted).

``check_same_function(box, E, F, ...)`` accepts when E and F are literally the same tree up to the order of sums
and products, or when

1. E is defined at every point of the domain: each logarithm's argument is > 0, each negative integer power's base
   is nonzero (> 0 or < 0), each fractional power's base is > 0 (>= 0 for a positive exponent), and every other
   operation is defined on all of R (``defined_on_domain``; signs from the checker's sign rules on the box and the
   domain's constraints); and
2. E − F is shown to be 0 by SymPy (``cancel`` of the expansion, else ``simplify``) with every variable a real
   symbol carrying the sign the closed box gives it (so each identity SymPy applies holds at every point of the
   domain).

F must be defined on the domain by other means (it is the expression of a checked derivation, whose atoms check
their arguments' domains); then E = F at every point of the domain, and a fact proved about F is a fact about E.

**The rewrite node.** ``{"expr": E, "rule": "rewrite", "curvature", "sign", "children": [node of F]}``: "E ≡ F,
and F is ...". Accepted when the child is a checked derivation and ``check_same_function`` accepts E and the
child's expression; the node has the child's curvature and sign. The prover uses it to write a product of positive
factors Π b_i^{k_i} as exp(Σ k_i log b_i) (log-convexity: e^{2x}/(3 − x) = exp(2x − log(3 − x)) on x < 3).
"""

from __future__ import annotations

import sympy as sp

from ..errors import CertificateError
from .signs import short as _short
from .signs import variable_sign
from .symbolic import to_sympy
from .trees import parse_rational


#: Heads defined at every real point (their arguments permitting).
_TOTAL = {"num", "var", "add", "mul", "exp", "abs", "max", "min", "relu", "softplus", "sigmoid", "tanh", "sinh",
          "cosh", "arctan", "arcsinh", "leaky_relu"}


def defined_on_domain(tree, sign_of) -> bool:
    """Whether every operation of the tree is defined at every point of the domain, with ``sign_of(tree)`` the
    sign of a subexpression there (a string of ``check.proofs``' sign algebra)."""
    head = tree[0]
    if head in ("num", "var"):
        return True
    if head == "pow":
        exponent = tree[2]
        if exponent[0] != "num" or not defined_on_domain(tree[1], sign_of):
            return False
        p = parse_rational(exponent[1])
        if p.denominator == 1 and p >= 0:
            return True
        s = sign_of(tree[1])
        if p.denominator == 1:
            return s in ("positive", "negative")
        return s == "positive" or (p > 0 and s in ("positive", "nonnegative", "zero"))
    if head == "log":
        return defined_on_domain(tree[1], sign_of) and sign_of(tree[1]) == "positive"
    return head in _TOTAL and all(defined_on_domain(a, sign_of) for a in tree[1:])


def _symbol(name: str, bounds) -> sp.Symbol:
    """A SymPy symbol carrying the sign the closed box gives the variable (so SymPy's identities hold on it)."""
    word = variable_sign(bounds)
    return sp.Symbol(name, **{word: True}) if word in ("positive", "nonnegative", "negative", "nonpositive") else \
        sp.Symbol(name, real=True)


#: The largest |numerator| of an exponent, and the most terms of an expanded numerator, the identity test takes on.
MAX_EXPONENT, MAX_TERMS = 1024, 20_000


def _rational_function(expr) -> bool:
    """Is expr built from symbols and rationals by +, *, and integer powers (a rational function over Q)?"""
    return all(a.is_Symbol or a.is_Rational or a.is_Add or a.is_Mul or (a.is_Pow and a.exp.is_Integer)
               for a in sp.preorder_traversal(expr))


def is_zero(expr) -> bool:
    """Whether expr is identically 0 where it is defined; False decides nothing (the certificate is rejected).

    Every exponent's numerator is capped (``MAX_EXPONENT``): a larger one is refused (False), so no expansion
    explodes; the caller's time limit (``check.verify``) bounds the rest.

    1. *Rational functions* (symbols and rationals under +, *, integer powers): exact arithmetic over Q. ``cancel``
       writes expr as P/Q with P, Q coprime polynomials with rational coefficients; expr is 0 wherever it is
       defined exactly when P is the zero polynomial, which ``cancel`` returns as the literal 0. The answer is
       final: no other test runs.
    2. *Fallback* (exp, log, trigonometric functions, fractional powers): with sigmoid, softplus and tanh written
       with exp, ``cancel(expand(expr))``, then ``simplify``; a literal 0 is a SymPy identity under the symbols'
       stated assumptions (real, and the signs the box gives). Anything else is False.

    >>> x = sp.Symbol("x", real=True)
    >>> is_zero((x ** 2 - 1) / (x - 1) - x - 1), is_zero(x ** 2 - x), is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)
    (True, False, True)
    """
    if expr == 0:
        return True
    if any(a.is_Pow and a.exp.is_Rational and abs(a.exp.p) > MAX_EXPONENT for a in sp.preorder_traversal(expr)):
        return False
    if _rational_function(expr):
        return sp.cancel(expr) == 0
    expr = expr.rewrite(sp.exp)
    expanded = sp.expand(expr)
    if len(sp.Add.make_args(expanded)) > MAX_TERMS:
        return False
    return sp.cancel(expanded) == 0 or sp.simplify(expr) == 0


def check_same_function(box: dict, expr, other, where: str, *, sign_of, canon) -> None:
    """Raise ``CertificateError`` unless the trees ``expr`` and ``other`` are the same function on the domain
    (module docstring); ``box`` gives each variable's bounds, ``sign_of(tree)`` a subexpression's sign there."""
    if canon(expr) == canon(other):
        return
    if not defined_on_domain(expr, sign_of):
        raise CertificateError(f"{where}: cannot show {_short(expr)} is defined on the whole domain")
    symbols = {n: _symbol(n, b) for n, b in box.items()}
    if not is_zero(to_sympy(expr, dict(symbols)) - to_sympy(other, dict(symbols))):
        raise CertificateError(f"{where}: {_short(expr)} is not the same function as {_short(other)}")


def check_rewrite(checker, node: dict, kids: list, where: str, *, sign_of, canon) -> tuple[str, str]:
    """(curvature, sign) of a checked rewrite node (module docstring)."""
    if len(kids) != 1:
        raise CertificateError(f"{where}: a rewrite has one child, found {len(kids)}")
    other, curv, sgn = kids[0]
    check_same_function(checker.box, node["expr"], other, where, sign_of=sign_of, canon=canon)
    return curv, sgn


__all__ = ["check_rewrite", "check_same_function", "defined_on_domain"]
