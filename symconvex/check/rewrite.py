r"""Checking that two expressions are the same function on the domain, and the ``rewrite`` and ``perspective`` nodes
of a rules derivation (checker; trusted).

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

**The perspective node.** If g is convex on a convex set Z ⊆ R^k, its perspective P(a, s) = s g(a / s) is convex on
{(a, s) : s > 0, a / s ∈ Z} (Boyd & Vandenberghe, §3.2.6); composed with an affine map w ↦ (A(w), t(w)) it stays
convex on the preimage. Dually for concave g; an affine g(z) = c·z + d gives the affine c·A + d t. The node
``{"expr": E, "rule": "perspective", "curvature", "sign", "children": [t, A_1, ..., A_k],
"inner": {"variables": [z_1, ..., z_k], "derivation": node}}``. Accepted when

- every child is a checked derivation of curvature ``affine``, and the first one, t, has sign ``positive`` on the
  domain;
- ``inner.derivation`` is a rules derivation (checked by the same rules checker, with no parameters and no domain
  constraints) of g in its own variables z_1, ..., z_k (distinct names; a scope of their own), where each z_i has
  the sign bound that A_i has: z_i = A_i / t with t > 0 has the sign of A_i (positive: z_i > 0, nonnegative:
  z_i >= 0, ...). So g has the derivation's curvature on the orthant-like set Z those bounds describe (a convex
  set), and every point of the domain has t > 0 and A / t ∈ Z;
- E equals t · g(A_1 / t, ..., A_k / t) on the domain (``check_same_function``: literally, up to
  the order of sums and products, or E is defined on the whole domain and the difference is an identity).

The node's curvature is g's, its sign the sign of t g = the sign of g.
"""

from __future__ import annotations

from types import SimpleNamespace

from ..errors import CertificateError
from .signs import SIGN_RANGES, defined_on, sign_mul, signed_symbols
from .signs import short as _short
from .symbolic import is_zero, to_sympy
from .trees import check_tree

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


#: A perspective's inner function has at most this many variables.
MAX_INNER = 16

#: The bound [lower, lower_strict, upper, upper_strict] on z_i = A_i / t for each sign of A_i (t > 0).
SIGN_BOUNDS = {word: list(r) for word, r in SIGN_RANGES.items()}


def substitute(tree, values: dict):
    """The tree with each variable named in ``values`` replaced by its tree."""
    if tree[0] == "var":
        return values.get(tree[1], tree)
    return tree if tree[0] == "num" else [tree[0], *[substitute(a, values) for a in tree[1:]]]


def check_perspective(checker, node: dict, kids: list, where: str, *, sign_of, canon) -> tuple[str, str]:
    """(curvature, sign) of a checked perspective node (module docstring); ``checker`` is the rules checker
    whose ``node`` method checks the inner derivation in a scope of its own."""
    inner = node.get("inner")
    if not isinstance(inner, dict) or set(inner) != {"variables", "derivation"}:
        raise CertificateError(f"{where}.inner: expected {{'variables', 'derivation'}}, found {_short(inner)}")
    names = inner["variables"]
    if not isinstance(names, list) or not 1 <= len(names) <= MAX_INNER or len(set(map(str, names))) != len(names):
        raise CertificateError(f"{where}.inner.variables: expected 1 to {MAX_INNER} distinct names, found "
                               f"{_short(names)}")
    for n in names:
        check_tree(["var", n], f"{where}.inner.variables")
    if len(kids) != len(names) + 1:
        raise CertificateError(f"{where}: a perspective of {len(names)} variables needs {len(names) + 1} children "
                               f"(t, A_1, ...), found {len(kids)}")
    t_expr, _, t_sign = kids[0]
    for i, (e, curv, _) in enumerate(kids):
        if curv != "affine":
            raise CertificateError(f"{where}.children[{i}]: the perspective's arguments must be affine, "
                                   f"{_short(e)} is {curv}")
    if t_sign != "positive":
        raise CertificateError(f"{where}.children[0]: the perspective needs t > 0 on the domain, the sign of "
                               f"{_short(t_expr)} is {t_sign}")
    box = {n: list(SIGN_BOUNDS[s]) for n, (_, _, s) in zip(names, kids[1:])}
    scope = SimpleNamespace(variables=tuple(names), parameters=(), domain=(), network=None)
    # the inner node's curvature is affine, convex or concave: the rules checker refuses a node that has none
    g_expr, g_curv, g_sign = type(checker)(scope, box).node(inner["derivation"], f"{where}.inner.derivation")
    quotients = {n: ["mul", a, ["pow", t_expr, ["num", "-1"]]] for n, (a, _, _) in zip(names, kids[1:])}
    template = ["mul", t_expr, substitute(g_expr, quotients)]
    check_same_function(checker.box, node["expr"], template, where, sign_of=sign_of, canon=canon)
    return g_curv, sign_mul("positive", g_sign)


__all__ = ["MAX_INNER", "SIGN_BOUNDS", "check_perspective", "check_rewrite", "check_same_function", "defined_on_domain",
           "substitute"]
