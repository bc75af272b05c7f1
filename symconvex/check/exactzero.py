r"""Deciding that a Jensen gap is exactly zero when the values are transcendental (checker; trusted).

``jensen_gap_is_zero(tree, names, a, b, m, lam)`` decides f(m) − λf(a) − (1−λ)f(b) = 0 at rational points where the
checker's evaluator has already found every value real (every log argument > 0). It is a *formal identity* test:

1. Each value is an expression in one positive symbol E standing for e: exp r = E^r, sinh r = (E^r − E^-r)/2,
   cosh r = (E^r + E^-r)/2 at a rational r; another function h of one argument in ``_OPAQUE`` (arctan, tanh,
   sin, ...) at a rational r is a symbol h(r) of its own (equal values at equal arguments: the only fact used).
   Powers are integers, or p/2 of a positive rational (a rational times sqrt(m)). With Q the least common
   denominator of the exponents of E, E = Z^Q makes every value a rational function over ℚ of Z = e^{1/Q}.
2. Every log(g) is rewritten as log|g| = log|c| + Σ k_i log|p_i| from the factorization g = c Π p_i^{k_i} over
   ℚ[Z] (p_i with positive leading coefficient): log|c| = Σ e_j log(prime_j), log Z = 1/Q, and every other
   log|p_i| and log(prime_j) is a new symbol. This uses only log(xy) = log x + log y for x, y > 0 and log x =
   log|x| for x > 0, so each rewritten value equals the true one when the symbols take their meanings.
3. The gap is then a polynomial in Z, 1/Z and the symbols over ℚ; ``sympy.expand`` giving the literal 0 proves it
   is 0 (an identity in symbols holds at their true values). Anything else (a nonzero residue, another operation,
   pi, a log of a log or of an irrational, a size cap) decides nothing and the certificate is rejected.
"""

from __future__ import annotations

from fractions import Fraction
from math import lcm

import sympy as sp

from ..errors import CertificateError
from .evaluate import walk
from .trees import parse_rational

#: Size caps: nodes of the function tree; |integer exponent|; degree in Z of a log argument.
MAX_NODES, MAX_POWER, MAX_DEGREE = 400, 64, 256
_E, _Z, _LOG = sp.Symbol("E", positive=True), sp.Symbol("Z", positive=True), sp.Function("LOG")  # LOG: inert
#: Functions of one argument whose value at a rational r is an inert symbol of its own (step 1).
_OPAQUE = ("tanh", "sigmoid", "softplus", "arctan", "arcsinh", "sin", "cos", "tan", "arcsin", "arccos", "arccosh",
           "artanh")


def _leaf(t, point: dict):
    """A number or a variable's rational value as a SymPy rational (pi is not decided here)."""
    if t[0] == "pi" or t[0] == "var" and t[1] not in point:
        raise ValueError("undecided")
    return sp.Rational(parse_rational(t[1]) if t[0] == "num" else point[t[1]])


def _node(t, args):
    """An operation on SymPy values (step 1); log as the inert LOG(...); anything else is undecided (ValueError)."""
    head, x = t[0], args[0]
    if head in ("add", "mul"):
        return sp.Add(*args) if head == "add" else sp.Mul(*args)
    if head == "log":
        return _LOG(x)
    k = args[1] if head == "pow" else None
    if head == "pow" and k.is_Rational and abs(k.p) <= MAX_POWER and (k.q == 1 or k.q == 2 and x.is_Rational
                                                                     and x > 0):
        return x ** k
    if head in ("exp", "sinh", "cosh") and x.is_Rational:
        return _E ** x if head == "exp" else (_E ** x + (1 if head == "cosh" else -1) * _E ** -x) / 2
    if head in _OPAQUE and len(args) == 1 and x.is_Rational:
        return sp.Function(f"OPAQUE_{head}")(x)
    raise ValueError("undecided")


def _log_terms(g, Q: int, symbols: dict):
    """log|g| for g a nonzero rational function of Z over ℚ, as a formal sum (step 2 of the module docstring)."""
    polys = [sp.Poly(part, _Z) for part in sp.fraction(sp.together(g))]
    if g.has(_LOG) or any(p.degree() > MAX_DEGREE or not (p.domain.is_QQ or p.domain.is_ZZ) for p in polys):
        raise ValueError("undecided")  # a log of a log, or of an algebraic irrational, is not rewritten here
    (c, num), (d, den) = (p.factor_list() for p in polys)
    terms = [(s * k, (-p if p.LC() < 0 else p).as_expr()) for s, fs in ((1, num), (-1, den)) for p, k in fs]
    terms += [(e, prime) for prime, e in sp.factorrat(abs(sp.Rational(c) / sp.Rational(d))).items()]
    return sum(k * (sp.Rational(1, Q) if p == _Z else symbols.setdefault(p, sp.Symbol(f"L{len(symbols)}")))
               for k, p in terms)


def jensen_gap_is_zero(tree, names, a, b, m, lam: Fraction) -> bool:
    """True only when f(m) − lam f(a) − (1 − lam) f(b) is shown to be exactly 0 (module docstring)."""
    try:
        f_m, f_a, f_b = (walk(tree, lambda t: _leaf(t, dict(zip(names, p))), _node, MAX_NODES) for p in (m, a, b))
        gap = f_m - sp.Rational(lam) * f_a - (1 - sp.Rational(lam)) * f_b
        Q = lcm(*[int(p.exp.q) for p in gap.atoms(sp.Pow) if p.base == _E])
        gap, symbols = gap.xreplace({_E: _Z ** Q}), {}  # one symbol per log|p_i| and log(prime) across all logs
        logs = {node: _log_terms(node.args[0], Q, symbols) for node in gap.atoms(_LOG)}
        return sp.expand(gap.xreplace(logs)) == 0
    except (CertificateError, sp.PolynomialError, ValueError, TypeError, ZeroDivisionError, AttributeError):
        return False


__all__ = ["jensen_gap_is_zero"]
