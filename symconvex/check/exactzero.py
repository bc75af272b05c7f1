r"""Deciding that a Jensen gap is exactly zero when the values are transcendental (checker; trusted).

``jensen_gap_is_zero(tree, names, a, b, m, lam)`` decides f(m) − λf(a) − (1−λ)f(b) = 0 for a function built
from ``num var add mul pow exp log sinh cosh`` at rational points where the checker's evaluator has already found
every value real (every log argument > 0). It is a *formal identity* test:

1. Each value is an expression in one positive symbol E standing for e: exp r = E^r, sinh r = (E^r - E^-r)/2,
   cosh r = (E^r + E^-r)/2 at a rational r; any other function h of one argument in ``_OPAQUE`` (arctan, tanh,
   sin, ...) at a rational r is a symbol h(r) of its own, equal values at equal arguments being the only fact
   used (of anything else: not decided). With Q the least common denominator of the exponents of E, E = Z^Q
   makes every value a rational function over ℚ of Z = e^{1/Q} (and those symbols). Powers are
   integers, or p/2 of a positive rational (the exact real a rational times sqrt(m) SymPy makes; never inside
   a logarithm).
2. Every log(g) is rewritten as log|g| = log|c| + Σ k_i log|p_i| from the factorization g = c Π p_i^{k_i} over
   ℚ[Z] (p_i primitive with positive leading coefficient): log|c| = Σ e_j log(prime_j) by factoring c, log Z =
   1/Q, and every other log|p_i| and log(prime_j) becomes its own new symbol. This uses only log(xy) = log x +
   log y for x, y > 0 and log x = log|x| for x > 0, so each rewritten value equals the true one when the symbols
   are given their meanings.
3. The gap is then a polynomial in Z, 1/Z and the new symbols over ℚ; ``sympy.expand`` giving the literal 0
   proves it is 0 (an identity in independent symbols holds at their true values). Anything else (a nonzero
   residue, an unsupported operation, a size cap) decides nothing and the certificate is rejected.
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

_E = sp.Symbol("E", positive=True)
_Z = sp.Symbol("Z", positive=True)
_LOG = sp.Function("LOG")   # an inert marker: log of its argument, rewritten in step 2


#: Other functions of one argument, at a rational argument r: h(r) is an inert symbol of its own, the same for the
#: same h and r (a function has one value at one point), independent of every other symbol.
_OPAQUE = {head: sp.Function(f"OPAQUE_{head}") for head in ("tanh", "sigmoid", "softplus", "arctan", "arcsinh",
                                                             "sin", "cos", "tan", "arcsin", "arccos", "arccosh",
                                                             "artanh")}


class _Undecided(Exception):
    pass


def _leaf(t, point: dict):
    """A number or a variable's rational value as a SymPy rational (pi is not decided here)."""
    if t[0] == "pi" or t[0] == "var" and t[1] not in point:
        raise _Undecided()
    x = parse_rational(t[1]) if t[0] == "num" else point[t[1]]
    return sp.Rational(x.numerator, x.denominator)


def _node(t, args):
    """An operation on SymPy values: e^r = E^r, sinh r = (E^r - E^-r)/2, cosh r = (E^r + E^-r)/2 at a rational
    r, log as the inert LOG(...), integer powers and powers p/2 of a positive rational (a rational times sqrt(m))
    within ``MAX_POWER``; anything else is undecided."""
    head = t[0]
    if head in ("add", "mul"):
        return sp.Add(*args) if head == "add" else sp.Mul(*args)
    if head == "log":
        return _LOG(args[0])
    if head == "pow" and (k := args[1]).is_Integer and abs(k) <= MAX_POWER:
        return args[0] ** k
    if head == "pow" and k.is_Rational and k.q == 2 and abs(k.p) <= MAX_POWER and args[0].is_Rational and args[0] > 0:
        return sp.sqrt(args[0]) ** k.p
    if head in ("exp", "sinh", "cosh") and args[0].is_Rational:
        e, sign = _E ** args[0], {"exp": 0, "sinh": -1, "cosh": 1}[head]
        return e if not sign else (e + sign * _E ** (-args[0])) / 2
    if head in _OPAQUE and len(args) == 1 and args[0].is_Rational:
        return _OPAQUE[head](args[0])
    raise _Undecided()


def _log_terms(g, Q: int, symbols: dict):
    """log|g| for g a nonzero rational function of Z, as a formal sum (step 2 of the module docstring)."""
    if g.has(_LOG):
        raise _Undecided()
    num, den = sp.fraction(sp.together(g))
    total = sp.S.Zero
    for part, sign in ((num, 1), (den, -1)):
        poly = sp.Poly(part, _Z)
        if poly.degree() > MAX_DEGREE or not poly.domain.is_QQ and not poly.domain.is_ZZ:
            raise _Undecided()  # a log of an algebraic irrational is not rewritten here
        c, factors = poly.factor_list()
        for p, k in factors:
            p = (-p if p.LC() < 0 else p).as_expr()
            log_p = sp.Rational(1, Q) if p == _Z else symbols.setdefault(("p", p), sp.Symbol(f"L{len(symbols)}"))
            total += sign * k * log_p
        c = abs(sp.Rational(c))
        for n, s in ((c.p, 1), (c.q, -1)):
            for prime, e in sp.factorint(n).items():
                total += sign * s * e * symbols.setdefault(("q", prime), sp.Symbol(f"L{len(symbols)}"))
    return total


def jensen_gap_is_zero(tree, names, a, b, m, lam: Fraction) -> bool:
    """True only when f(m) − lam f(a) − (1 − lam) f(b) is shown to be exactly 0 (module docstring)."""
    try:
        values = [walk(tree, lambda t: _leaf(t, dict(zip(names, point))), _node, MAX_NODES) for point in (m, a, b)]
        lam = sp.Rational(lam.numerator, lam.denominator)
        gap = values[0] - lam * values[1] - (1 - lam) * values[2]
        exponents = [p.exp for p in gap.atoms(sp.Pow) if p.base == _E] + ([1] if gap.has(_E) else [])
        Q = lcm(*[int(sp.Rational(e).q) for e in exponents if sp.Rational(e).is_Rational]) if exponents else 1
        gap = gap.xreplace({_E: _Z ** Q})
        symbols: dict = {}
        logs = {node: _log_terms(node.args[0], Q, symbols) for node in gap.atoms(_LOG)}
        return sp.expand(gap.xreplace(logs)) == 0
    except (_Undecided, CertificateError, sp.PolynomialError, ValueError, TypeError, ZeroDivisionError):
        return False


__all__ = ["jensen_gap_is_zero"]
