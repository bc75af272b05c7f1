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

from ..errors import CertificateError
from .signs import defined_on, signed_symbols
from .signs import short as _short
from .symbolic import is_zero, to_sympy

#: Heads defined at every real point (their arguments permitting), and pow and log under their conditions.
_TOTAL = {"num", "var", "add", "mul", "exp", "abs", "max", "min", "relu", "softplus", "sigmoid", "tanh", "sinh",
          "cosh", "arctan", "arcsinh", "leaky_relu", "erf", "erfc"}


def defined_on_domain(tree, sign_of) -> bool:
    """Whether every operation of the tree is defined at every point of the domain, ``sign_of(tree)`` being the
    sign of a subexpression there (``signs.defined_on`` with the heads ``_TOTAL``, pow and log)."""
    return defined_on(tree, sign_of, _TOTAL | {"pow", "log"})


def check_same_function(box: dict, expr, other, where: str, *, sign_of, canon) -> None:
    """Raise ``CertificateError`` unless the trees ``expr`` and ``other`` are the same function on the domain
    (module docstring); ``box`` gives each variable's bounds, ``sign_of(tree)`` a subexpression's sign there."""
    if canon(expr) == canon(other):
        return
    if not defined_on_domain(expr, sign_of):
        raise CertificateError(f"{where}: cannot show {_short(expr)} is defined on the whole domain")
    symbols = signed_symbols(box, box)  # real, with the sign the closed box gives (SymPy's identities hold there)
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
