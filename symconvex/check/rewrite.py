r"""Checking that two expressions are the same function on the domain, and the ``rewrite`` node (checker; trusted).

``check_same_function(box, E, F, ...)`` accepts when E and F are literally the same tree up to the order of sums
and products, or when (1) E is defined at every point of the domain (``defined_on_domain``, with signs from the
checker's sign rules on the box and the domain's constraints) and (2) E − F is 0 by ``is_zero``, with every
variable a real symbol carrying the sign the closed box gives it (so each identity SymPy applies holds at every
point of the domain). F must be defined on the domain by other means (it is the expression of a checked
derivation, whose atoms check their arguments' domains); then E = F on the domain, and a fact about F is one
about E.

**The rewrite node.** ``{"expr": E, "rule": "rewrite", "curvature", "sign", "children": [node of F]}``: "E ≡ F,
and F is ...", with the child's curvature and sign when ``check_same_function`` accepts E and the child's
expression. The prover writes a product of positive factors Π b_i^{k_i} as exp(Σ k_i log b_i) (log-convexity:
e^{2x}/(3 − x) = exp(2x − log(3 − x)) on x < 3).
"""

from __future__ import annotations

import sympy as sp

from ..errors import CertificateError
from .signs import defined_on, variable_sign
from .signs import short as _short
from .symbolic import to_sympy

#: Heads defined at every real point (their arguments permitting), and pow and log under their conditions.
_TOTAL = {"num", "var", "add", "mul", "exp", "abs", "max", "min", "relu", "softplus", "sigmoid", "tanh", "sinh",
          "cosh", "arctan", "arcsinh", "leaky_relu", "erf", "erfc"}
#: The largest |numerator| of an exponent, and the most terms of an expanded numerator, the identity test takes on.
MAX_EXPONENT, MAX_TERMS = 1024, 20_000


def defined_on_domain(tree, sign_of) -> bool:
    """Whether every operation of the tree is defined at every point of the domain, ``sign_of(tree)`` being the
    sign of a subexpression there (``signs.defined_on`` with the heads ``_TOTAL``, pow and log)."""
    return defined_on(tree, sign_of, _TOTAL | {"pow", "log"})


def is_zero(expr) -> bool:
    """Whether expr is identically 0 where it is defined; False decides nothing (the certificate is rejected). An
    exponent numerator past ``MAX_EXPONENT`` gives False; the caller's time limit (``check.verify``) bounds the rest.
    A *rational function* (symbols and rationals under +, * and integer powers) is P/Q by ``cancel``, P and Q coprime
    over Q, and 0 wherever defined exactly when P = 0 (final). *Otherwise* a literal 0 from SymPy is an identity
    under the symbols' assumptions (real, the box's signs): ``expand_trig`` with sin and cos (sqrt(2) sin(x + pi/4)
    = sin x + cos x); then, with exp for sigmoid, softplus, tanh and 1 - erf for erfc, ``cancel`` with each exp(c m)
    a power of one positive symbol (``_exp_as_powers``), ``cancel(expand(expr))``, ``simplify``.

    >>> x = sp.Symbol("x", real=True)
    >>> is_zero((x ** 2 - 1) / (x - 1) - x - 1), is_zero(x ** 2 - x), is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)
    (True, False, True)
    """
    if expr == 0:
        return True
    nodes = list(sp.preorder_traversal(expr))
    if any(a.is_Pow and a.exp.is_Rational and abs(a.exp.p) > MAX_EXPONENT for a in nodes):
        return False
    if all(a.is_Symbol or a.is_Rational or a.is_Add or a.is_Mul or (a.is_Pow and a.exp.is_Integer) for a in nodes):
        return sp.cancel(expr) == 0
    if expr.has(sp.sin, sp.cos) and sp.expand(sp.expand_trig(expr)) == 0:
        return True
    expr = expr.rewrite(sp.exp)
    if expr.has(sp.erfc):
        expr = expr.rewrite(sp.erf)   # erfc = 1 - erf
    if sp.cancel(_exp_as_powers(sp.expand_power_exp(expr))) == 0:
        return True
    expanded = sp.expand(expr)
    if len(sp.Add.make_args(expanded)) > MAX_TERMS:
        return False
    return sp.cancel(expanded) == 0 or sp.simplify(expr) == 0


def _exp_as_powers(expr):
    """expr with every exp(c·m) (c rational) written t_m^(c·L), t_m = exp(m/L) a positive symbol, L the least common
    denominator of m's coefficients (as it is when a power would pass ``MAX_EXPONENT``): the same function, so a
    rational function of the t_m and the variables that ``cancel`` finds 0 is 0 (exp(x) exp(-x) - 1 is t/t - 1)."""
    by_rest = {}
    for atom in expr.atoms(sp.exp):
        c, rest = atom.args[0].as_coeff_Mul()
        by_rest.setdefault(rest, []).append((atom, sp.Rational(c)))
    swap = {}
    for rest, atoms in by_rest.items():
        lcd = sp.ilcm(1, *[c.q for _, c in atoms])
        if any(abs(c * lcd) > MAX_EXPONENT for _, c in atoms):
            return expr
        t = sp.Dummy("t", positive=True)
        swap.update({atom: t ** int(c * lcd) for atom, c in atoms})
    return expr.xreplace(swap)


def check_same_function(box: dict, expr, other, where: str, *, sign_of, canon) -> None:
    """Raise ``CertificateError`` unless the trees ``expr`` and ``other`` are the same function on the domain
    (module docstring); ``box`` gives each variable's bounds, ``sign_of(tree)`` a subexpression's sign there."""
    if canon(expr) == canon(other):
        return
    if not defined_on_domain(expr, sign_of):
        raise CertificateError(f"{where}: cannot show {_short(expr)} is defined on the whole domain")
    symbols = {}
    for name, bounds in box.items():  # real, with the sign the closed box gives (SymPy's identities hold there)
        word = variable_sign(bounds)
        symbols[name] = sp.Symbol(name, **({word: True} if word not in ("zero", "unknown") else {"real": True}))
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
