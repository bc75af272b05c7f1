r"""Checking the ``perspective`` node of a rules derivation (checker; trusted).

**The theorem.** If g is convex on a convex set Z ⊆ R^k, its perspective P(a, s) = s g(a / s) is convex on
{(a, s) : s > 0, a / s ∈ Z} (Boyd & Vandenberghe, §3.2.6); composed with an affine map w ↦ (A(w), t(w)) it stays
convex on the preimage. Dually for concave g; an affine g(z) = c·z + d gives the affine c·A + d t.

**The node.** ``{"expr": E, "rule": "perspective", "curvature", "sign", "children": [t, A_1, ..., A_k],
"inner": {"variables": [z_1, ..., z_k], "derivation": node}}``. Accepted when

- every child is a checked derivation of curvature ``affine``, and the first one, t, has sign ``positive`` on the
  domain;
- ``inner.derivation`` is a rules derivation (checked by the same rules checker, with no parameters and no domain
  constraints) of g in its own variables z_1, ..., z_k (distinct names; a scope of their own), where each z_i has
  the sign bound that A_i has: z_i = A_i / t with t > 0 has the sign of A_i (positive: z_i > 0, nonnegative:
  z_i >= 0, ...). So g has the derivation's curvature on the orthant-like set Z those bounds describe (a convex
  set), and every point of the domain has t > 0 and A / t ∈ Z;
- E equals t · g(A_1 / t, ..., A_k / t) on the domain: either literally (up to the order of sums and products),
  or E is defined at every point of the domain (each logarithm's argument > 0, each negative power's base ≠ 0, each
  fractional power's base > 0 (>= 0 for a positive exponent), by the checker's sign rules on the box and the
  domain's constraints) and E − t · g(A / t) is shown to be 0 by SymPy (``cancel``, else ``simplify``) with each
  variable a real symbol carrying the sign the closed box gives it. Both sides are then defined on the domain and
  equal there.

The node's curvature is g's, its sign the sign of t g = the sign of g.
"""

from __future__ import annotations

from types import SimpleNamespace

import sympy as sp

from ..certificates import check_tree, parse_rational, to_sympy
from ..errors import CertificateError

#: A perspective's inner function has at most this many variables.
MAX_INNER = 16

#: Heads defined at every real point (their arguments permitting).
_TOTAL = {"num", "var", "add", "mul", "exp", "abs", "max", "min", "relu", "softplus", "sigmoid", "tanh", "sinh",
          "cosh", "arctan", "arcsinh", "leaky_relu"}

#: The bound [lower, lower_strict, upper, upper_strict] on z_i = A_i / t for each sign of A_i (t > 0).
_SIGN_BOUNDS = {"positive": [0, True, None, False], "nonnegative": [0, False, None, False],
                "negative": [None, False, 0, True], "nonpositive": [None, False, 0, False],
                "zero": [0, False, 0, False], "unknown": [None, False, None, False]}


def _short(tree) -> str:
    text = str(tree)
    return text if len(text) <= 70 else text[:67] + "..."


def substitute(tree, values: dict):
    """The tree with each variable named in ``values`` replaced by its tree."""
    if tree[0] == "var":
        return values.get(tree[1], tree)
    if tree[0] == "num":
        return tree
    return [tree[0], *[substitute(a, values) for a in tree[1:]]]


def defined_on_domain(tree, sign_of) -> bool:
    """Whether every operation of the tree is defined at every point of the domain, with ``sign_of(tree)`` the
    sign of a subexpression there (a string of ``check.proofs``' sign algebra)."""
    head = tree[0]
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
    lo, los, hi, his = bounds
    if lo is not None and (lo > 0 or (lo == 0 and los)):
        return sp.Symbol(name, positive=True)
    if lo is not None and lo >= 0:
        return sp.Symbol(name, nonnegative=True)
    if hi is not None and (hi < 0 or (hi == 0 and his)):
        return sp.Symbol(name, negative=True)
    if hi is not None and hi <= 0:
        return sp.Symbol(name, nonpositive=True)
    return sp.Symbol(name, real=True)


def _is_zero(expr) -> bool:
    if expr == 0:
        return True
    expr = expr.rewrite(sp.exp)
    if sp.cancel(sp.expand(expr)) == 0:
        return True
    return sp.simplify(expr) == 0


def check_perspective(checker, node: dict, kids: list, where: str, *, sign_of, canon, sign_mul) -> tuple[str, str]:
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
    for i, (e, curv, _) in enumerate(kids):
        if curv != "affine":
            raise CertificateError(f"{where}.children[{i}]: the perspective's arguments must be affine, "
                                   f"{_short(e)} is {curv}")
    t_expr, _, t_sign = kids[0]
    if t_sign != "positive":
        raise CertificateError(f"{where}.children[0]: the perspective needs t > 0 on the domain, the sign of "
                               f"{_short(t_expr)} is {t_sign}")
    box = {n: list(_SIGN_BOUNDS[s]) for n, (_, _, s) in zip(names, kids[1:])}
    scope = SimpleNamespace(variables=tuple(names), parameters=(), domain=(), network=None)
    g_expr, g_curv, g_sign = type(checker)(scope, box).node(inner["derivation"], f"{where}.inner.derivation")
    if g_curv not in ("affine", "convex", "concave"):
        raise CertificateError(f"{where}.inner: g is {g_curv}")
    quotients = {n: ["mul", a, ["pow", t_expr, ["num", "-1"]]] for n, (a, _, _) in zip(names, kids[1:])}
    template = ["mul", t_expr, substitute(g_expr, quotients)]
    expr = node["expr"]
    if canon(expr) != canon(template):
        if not defined_on_domain(expr, sign_of):
            raise CertificateError(f"{where}: cannot show {_short(expr)} is defined on the whole domain")
        symbols = {n: _symbol(n, b) for n, b in checker.box.items()}
        inner_symbols = {n: sp.Dummy(n) for n in names}
        t = to_sympy(t_expr, dict(symbols))
        g = to_sympy(g_expr, dict(inner_symbols)).xreplace(
            {inner_symbols[n]: to_sympy(a, dict(symbols)) / t for n, (a, _, _) in zip(names, kids[1:])})
        if not _is_zero(to_sympy(expr, dict(symbols)) - t * g):
            raise CertificateError(f"{where}: {_short(expr)} is not t g(A/t) = {_short(template)}")
    return g_curv, sign_mul("positive", g_sign)


__all__ = ["check_perspective", "defined_on_domain", "substitute"]
