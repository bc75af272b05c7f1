r"""Finding perspective proofs t g(A/t) for the rules prover (search layer: proposes, never decides).

A function E(w) is the perspective of g composed with an affine map when E(w) = t(w) g(A(w) / t(w)) with t > 0 on
the domain (``check.rewrite`` states the theorem and checks the node). The finder guesses t among the affine
bases of negative powers in E (x in y/x, x − y in (x + 2y)^4 / (x − y)^3), proved positive by the rules; it
completes t to a change of coordinates by the other variables: with t = c_k w_k + Σ_{j≠k} c_j w_j + c_0 and
A = (w_j)_{j≠k} (each k with c_k ≠ 0 in turn), the candidate is g(z) = E(w_j = z_j, w_k = (1 − c_0 − Σ c_j z_j) / c_k) (E at t = 1). It keeps
the candidate when t g(A/t) − E cancels to 0 (E is then positively homogeneous of degree 1 in (A, t)) and the
rules prove g in its own variables z_j, on the sign bounds the A_j have. Floats play no part; the checker
re-checks everything:

- t e^{y/t} = t g(y/t) with g = exp; x^4 / t^3 with g(z) = z^4; (x^2 + y^2)/t with g = z_1^2 + z_2^2;
- x log(x/y) (relative entropy) with g(z) = z log z; (x + 2y)^4 / (x − y)^3 with g(z) = (1 + 3z)^4.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from .atoms import Curvature, Sign
from .signs import variable_sign

#: A perspective node has at most this many inner variables (the checker refuses more: ``check.rewrite``).
MAX_INNER = 16
#: The inner box's bound [lower, lower_strict, upper, upper_strict] on z_i = A_i / t for each sign of A_i
#: (t > 0): a positive A_i gives z_i > 0, and so on; the checker states the same rule in ``check.rewrite``.
SIGN_BOUNDS = {"positive": [Fraction(0), True, None, False], "nonnegative": [Fraction(0), False, None, False],
               "negative": [None, False, Fraction(0), True], "nonpositive": [None, False, Fraction(0), False],
               "zero": [Fraction(0), False, Fraction(0), False], "unknown": [None, False, None, False]}

#: At most this many guesses for t per product, and products of at most this many operations (the identity test
#: cancels rational functions).
MAX_CANDIDATES, MAX_OPS = 4, 80


def _affine_bases(e, variables: list) -> list:
    """Bases of negative rational powers in e that are non-constant affine forms in the variables."""
    found = []
    for sub in sp.preorder_traversal(e):
        if isinstance(sub, sp.Pow) and sub.exp.is_Rational and sub.exp < 0:
            base = sub.base
            if not base.free_symbols or not base.free_symbols <= set(variables):
                continue
            try:
                poly = sp.Poly(base, *variables)
            except sp.PolynomialError:
                continue
            if poly.total_degree() == 1 and all(c.is_Rational for c in poly.coeffs()) and base not in found:
                found.append(base)
    return found[:MAX_CANDIDATES]


def _inner_names(count: int, taken: set) -> list[str]:
    names, k = [], 1
    while len(names) < count:
        name = f"z_{k}"
        if name not in taken:
            names.append(name)
        k += 1
    return names


def _vanishes(d) -> bool:
    """Whether d cancels to 0, its fractional powers' bases first brought over one denominator (SymPy then takes
    a positive factor out of a power: ((x^2 + y^2)/t^2)^(3/2) = (x^2 + y^2)^(3/2) / t^3 for t > 0)."""
    d = d.replace(lambda n: n.is_Pow and not n.exp.is_Integer, lambda n: sp.Pow(sp.together(n.base), n.exp))
    return sp.cancel(sp.expand(d.rewrite(sp.exp))) == 0


def _with_signs(d, prover):
    """d with each variable a symbol carrying the sign its box gives (as the checker's identity test reads them:
    ``check.rewrite.check_same_function``), so |x / y| = |x| / y where y > 0."""
    swap = {}
    for s in d.free_symbols:
        word = variable_sign(prover.box[s.name]) if s.name in getattr(prover, "box", {}) else "unknown"
        if word not in ("zero", "unknown"):
            swap[s] = sp.Symbol(s.name, **{word: True})
    return d.xreplace(swap)


def _complete(prover, e, no_rule, variables, t, t_node, poly, k):
    """The perspective node with t and A = the variables other than the k-th, or None."""
    others = [w for i, w in enumerate(variables) if i != k]
    names = _inner_names(len(others), {v.name for v in variables})
    zs = [sp.Symbol(n, real=True) for n in names]
    c0 = poly.coeff_monomial(1)
    wk = (1 - c0 - sum(poly.coeff_monomial(w) * z for w, z in zip(others, zs))) / poly.coeff_monomial(variables[k])
    g = e.xreplace({**dict(zip(others, zs)), variables[k]: wk})
    if g.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    back = t * g.xreplace({z: w / t for z, w in zip(zs, others)})
    if not _vanishes(back - e) and not _vanishes(_with_signs(back - e, prover)):
        return None
    kids = [prover.prove(w) for w in others]
    inner = type(prover)(zs, None)
    inner.box = {n: list(SIGN_BOUNDS[kid[2].value]) for n, kid in zip(names, kids)}
    inner.halfspaces = []
    try:
        g_node, g_curv, g_sign = inner.prove(g)
    except no_rule:
        return None
    sign = Sign.POSITIVE.mul(g_sign)
    node = {"expr": prover.tree(e), "rule": "perspective", "curvature": g_curv.value, "sign": sign.value,
            "children": [t_node[0], *[kid[0] for kid in kids]], "inner": {"variables": names, "derivation": g_node}}
    return node, g_curv, sign


def find_perspective(prover, e, no_rule):
    """A perspective node (``check.rewrite``) proving the curvature of e, or None. ``prover`` is the rules
    prover (its ``prove``, ``tree``, ``box``); ``no_rule`` the exception it raises where no rule applies."""
    if {s.name for s in e.free_symbols} & prover.parameters:
        return None
    variables = sorted((s for s in e.free_symbols if s.name in prover.names), key=lambda s: s.name)
    if len(variables) < 2 or len(variables) > MAX_INNER + 1 or sp.count_ops(e) > MAX_OPS:
        return None
    for t in _affine_bases(e, variables):
        try:
            t_node = prover.prove(t)
            if t_node[2] is Sign.NEGATIVE:
                t = sp.expand(-t)
                t_node = prover.prove(t)
        except no_rule:
            continue
        if t_node[1] is not Curvature.AFFINE or t_node[2] is not Sign.POSITIVE:
            continue
        poly = sp.Poly(t, *variables)
        for k in [i for i, w in enumerate(variables) if poly.coeff_monomial(w) != 0]:
            found = _complete(prover, e, no_rule, variables, t, t_node, poly, k)
            if found is not None:
                return found
    return None


__all__ = ["find_perspective"]
