r"""Finding rewrite steps for the rules prover (search layer: proposes, never decides).

A ``rewrite`` node says "E ≡ F on the domain, and F is proved" (``check.rewrite`` checks the identity and that E is
defined on the whole domain). ``find_log_form`` proposes the one rewrite that turns products the composition rules
cannot read into sums they can: a product of positive factors E = Π b_i^{k_i} (each b_i > 0 on the domain by the
rules, or b_i = e^{h_i}) is exp(Σ k_i log b_i). When the exponent is convex, E is convex (exp is convex and
increasing): a product of log-convex functions is log-convex, and log-convex functions are convex.

- e^{2x} / (3 − x) = exp(2x − log(3 − x)) on x < 3: 2x is affine and −log(3 − x) convex;
- x^{-1/2} e^{x} = exp(x − ½ log x) on x > 0.

``find_log_of_product`` proposes the other one: log(c Π b_i^{k_i} e^{h}) = log c + Σ k_i log b_i + h when each factor
is > 0 on the domain, so the log of a product is read term by term (log-concavity of densities with a constant:
log(e^{−|x|}/2) = −|x| − log 2). ``find_log_of_erf`` reads log(c (1 + erf u)) as log c + log erfc(−u): the Gaussian
CDF is log-concave.
"""

from __future__ import annotations

import sympy as sp

from .atoms import Curvature, Sign


def find_log_form(prover, e, no_rule):
    """A rewrite node proving e = exp(Σ k_i log b_i) convex (or affine), or None."""
    if not isinstance(e, sp.Mul):
        return None
    terms = _log_terms(prover, e.args, no_rule, constants=False)
    if terms is None:
        return None
    rewritten = sp.exp(sp.Add(*terms), evaluate=False)
    try:
        node, curv, sgn = prover.prove(rewritten)
    except no_rule:
        return None
    if curv not in (Curvature.CONVEX, Curvature.AFFINE):
        return None
    return prover._node(prover.tree(e), "rewrite", curv, sgn, [(node, curv, sgn)])


def find_log_of_product(prover, e, no_rule):
    """A rewrite node proving log(c b_1^{k_1} ... e^{h}) = log c + sum k_i log b_i + h convex, concave or affine (each
    factor > 0 on the domain by the rules, c > 0 a constant), or None: the log of a product is the sum of the logs,
    which the rules read term by term. log(e^{-|x|} / 2) = -|x| - log 2 is concave (the Laplace density is
    log-concave), though e^{-|x|} / 2 is not concave."""
    if not isinstance(e, sp.log) or not isinstance(e.args[0], sp.Mul):
        return None
    terms = _log_terms(prover, e.args[0].args, no_rule, constants=True)
    if terms is None:
        return None
    rewritten = sp.Add(*terms)
    if rewritten == e:
        return None
    try:
        node, curv, sgn = prover.prove(rewritten)
    except no_rule:
        return None
    return prover._node(prover.tree(e), "rewrite", curv, sgn, [(node, curv, sgn)])


def find_log_of_erf(prover, e, no_rule):
    """A rewrite node proving log(c + d erf(u)) = log c + log erfc(-u) (c = d > 0) or log c + log erfc(u) (c = -d > 0)
    concave, or None: 1 + erf(u) = erfc(-u) and 1 - erf(u) = erfc(u), and log erfc is concave (atoms' ``log_erfc``),
    so the Gaussian CDF Phi(x) = (1 + erf(x/sqrt 2))/2 is log-concave (erfc c = 1 - erf c counts as erf here)."""
    if not isinstance(e, sp.log) or e.args[0].is_number:
        return None
    arg = sp.expand(e.args[0].rewrite(sp.erf))
    found = [f for f in arg.atoms(sp.erf)]
    if len(found) != 1:
        return None
    d, c = sp.Poly(arg, found[0]).all_coeffs() if arg.is_polynomial(found[0]) and sp.degree(arg, found[0]) == 1 \
        else (None, None)
    if d is None or not (c.is_number and d.is_number and c.is_positive) or (c - d != 0 and c + d != 0):
        return None
    u = found[0].args[0]
    tail = sp.erfc(-u if c == d else u, evaluate=False)
    rewritten = sp.Add(sp.log(c), sp.log(tail, evaluate=False), evaluate=False)
    try:
        node, curv, sgn = prover.prove(rewritten)
    except no_rule:
        return None
    return prover._node(prover.tree(e), "rewrite", curv, sgn, [(node, curv, sgn)])


def _log_terms(prover, factors, no_rule, *, constants: bool):
    """The logs of the factors of a product, [h for e^h, k log b for b^k with b > 0 on the domain by the rules (k
    rational), log c for a constant c > 0 when ``constants``], or None when a factor is none of these."""
    terms = []
    for factor in factors:
        if prover.is_constant(factor):
            if not (constants and factor.is_number and factor.is_positive):
                return None
            terms.append(sp.log(factor))
            continue
        if isinstance(factor, sp.exp):
            terms.append(factor.args[0])
            continue
        base, k = (factor.base, factor.exp) if isinstance(factor, sp.Pow) else (factor, sp.Integer(1))
        if not k.is_Rational:
            return None
        try:
            if prover.prove(base)[2] is not Sign.POSITIVE:
                return None
        except no_rule:
            return None
        terms.append(k * sp.log(base))
    return terms


__all__ = ["find_log_form", "find_log_of_erf", "find_log_of_product"]
