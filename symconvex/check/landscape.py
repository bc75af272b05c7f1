r"""Checking ``saddle`` certificates: critical points that are neither local minima nor local maxima (trusted).

**Strict saddle** (``proves = "strict_saddle"``). Accepted when p lies strictly inside the domain and a smooth
piece of f (the conditions of a curvature certificate: every kink strictly on one side, every singularity
strictly avoided, so f is C² near p), every first partial derivative of f at p is *exactly* 0 (an exact rational
0 from the jet along each coordinate axis; an interval around 0 decides nothing), and the stated second
derivatives along u and v are the checker's and satisfy φ_u''(0) < 0 < φ_v''(0). Then ∇f(p) = 0 and the Hessian
is indefinite: along u, f(p + t u) = f(p) + ½ φ_u''(0) t² + o(t²) < f(p) for small t ≠ 0, so p is not a local
minimum; along v it is not a local maximum.

**Higher-order saddle** (``proves = "saddle"``). For a polynomial f (num, var, add, mul, powers with integer
exponents >= 0), the checker computes the coefficients of φ_u(t) = f(p + t u) exactly (``_poly_jet``); every
first partial derivative at p is 0 (the t-coefficient of f(p + t e_i)), the stated ``neg_jet`` (c_0, ..., c_k)
are φ_u's, c_1 = ... = c_{k-1} = 0 and c_k < 0; dually for v with c_k > 0. Then f(p + t u) = f(p) + c_k t^k +
O(t^{k+1}) < f(p) for small t > 0: p is not a local minimum, nor a local maximum, even where the Hessian is 0
(for (w₁w₂w₃ − 1)² at 0: f(t, t, t) = 1 − 2t³ + t⁶, k = 3).
"""

from __future__ import annotations

from fractions import Fraction
from functools import reduce
from operator import add, mul

from ..errors import CertificateError
from .evaluate import evaluate, line_jets, walk
from .numbers import Jet, show, sign
from .stated import check_stated
from .trees import parse_rational, vector

#: Size caps: the degree of a jet, the nodes of a polynomial tree, the number of variables.
MAX_ORDER, MAX_NODES, MAX_VARIABLES = 12, 2000, 64


def verify_saddle(cert, tree, names, check_domain) -> str:
    """Re-check a saddle certificate (module docstring); ``check_domain(cert, point, where, strict=True)`` is the
    checker's interior test."""
    n, strict = len(names), cert.proves == "strict_saddle"
    if n > MAX_VARIABLES:
        raise CertificateError(f"saddle: at most {MAX_VARIABLES} variables")
    p, u, v = (vector(getattr(cert, f), n, f) for f in ("point", "neg_direction", "pos_direction"))
    if not any(u) or not any(v):
        raise CertificateError("neg_direction, pos_direction: must be nonzero")
    check_domain(cert, p, "point", strict=True)

    def jet(direction, order: int) -> list:
        """phi(0), phi'(0), phi''(0) (strict) or c_0..c_order (a polynomial) of phi(t) = f(p + t direction)."""
        if not strict:
            return _poly_jet(tree, names, p, direction, order)
        found = evaluate(tree, line_jets(names, p, direction, 2), 2)[0]
        return [*found.c[:2], found.second_derivative()]

    for i in range(n):  # every first partial derivative is exactly 0
        slope = jet([Fraction(int(k == i)) for k in range(n)], 1)[1]
        if not (isinstance(slope, Fraction) and slope == 0):
            raise CertificateError(f"gradient: the partial derivative in {names[i]} at the point is {show(slope)}, "
                                   "not shown to be exactly 0")
    for what, direction, stated, want in (("neg_jet", u, cert.neg_jet, -1), ("pos_jet", v, cert.pos_jet, 1)):
        if not (len(stated) == 3 if strict else 3 <= len(stated) <= MAX_ORDER + 1):
            raise CertificateError(f"{what}: states f(p), the slope and the second derivative (3 values)" if strict
                                   else f"{what}: states c_0, ..., c_k with 2 <= k <= {MAX_ORDER}")
        found = jet(direction, len(stated) - 1)
        for k, (x, s) in enumerate(zip(found, stated)):
            check_stated(x, s, f"{what}[{k}]")
        if any(found[1:-1]) and not strict or sign(found[-1]) != want:
            raise CertificateError(f"{what}: the first nonzero {'derivative' if strict else 'coefficient'} after "
                                   f"the value must be the last one, {'< 0' if want < 0 else '> 0'}; found "
                                   f"{[show(c) for c in found]}")
    return cert.proves


def _poly_jet(tree, names, p, u, order: int) -> list[Fraction]:
    """The coefficients c_0..c_order of the polynomial t -> f(p + t u), exactly (f a polynomial tree: num, var,
    add, mul, pow with an integer exponent in [0, 64])."""
    env = line_jets(names, p, u, order)

    def leaf(t):
        if t[0] == "num" or t[0] == "var" and t[1] in env:
            return Jet.constant(parse_rational(t[1]), order) if t[0] == "num" else env[t[1]]
        raise CertificateError(f"saddle: a higher-order saddle needs a polynomial in the variables; found {t[:2]}")

    def node(t, args):
        k = parse_rational(t[2][1]) if t[0] == "pow" and t[2][0] == "num" else None
        if t[0] not in ("add", "mul") and (k is None or k.denominator != 1 or not 0 <= k <= 64):
            raise CertificateError(f"saddle: a higher-order saddle needs a polynomial; found '{t[0]}'")
        terms = args if k is None else [args[0]] * int(k)  # the sum or product of the terms, of none: 0 or 1
        return reduce(add if t[0] == "add" else mul, terms, Jet.constant(Fraction(t[0] != "add"), order))

    return list(walk(tree, leaf, node, MAX_NODES).c)


__all__ = ["verify_saddle"]
