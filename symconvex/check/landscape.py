r"""Checking ``saddle`` certificates: critical points that are neither local minima nor local maxima (trusted).

**Strict saddle** (``proves = "strict_saddle"``). Accepted when p lies strictly inside the domain and a smooth
piece of f (the conditions of a curvature certificate: every kink strictly on one side, every singularity
strictly avoided, so f is C² near p), every first partial derivative of f at p is *exactly* 0 (an exact rational
0 from the jet along each coordinate axis; an interval around 0 decides nothing), and the stated second
derivatives along u and v are the checker's and satisfy φ_u''(0) < 0 < φ_v''(0). Then ∇f(p) = 0 and the Hessian
is indefinite: along u, f(p + t u) = f(p) + ½ φ_u''(0) t² + o(t²) < f(p) for small t ≠ 0, so p is not a local
minimum; along v it is not a local maximum.

**Higher-order saddle** (``proves = "saddle"``). For a polynomial f (operations num, var, add, mul and powers
with nonnegative integer exponents only), φ_u(t) = f(p + t u) is a polynomial whose coefficients the checker
computes exactly (``_poly_jet``); every first partial derivative at p is 0 (the t-coefficient of f(p + t e_i)),
the stated coefficients ``neg_jet`` (c_0, ..., c_k) are φ_u's, c_1 = ... = c_{k-1} = 0 and c_k < 0; dually for v
with the first nonzero coefficient after c_0 positive. Then f(p + t u) = f(p) + c_k t^k + O(t^{k+1}) < f(p) for
small t > 0, so p is not a local minimum, and likewise not a local maximum: a critical point that is a saddle
even where the Hessian is 0 (for (w₁w₂w₃ − 1)² at 0: f(t, t, t) = 1 − 2t³ + t⁶, k = 3).
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import CertificateError
from .evaluate import evaluate, line_jets
from .numbers import matches_stated, show, sign
from .trees import parse_coordinate, parse_rational

#: Size caps: the degree of a jet, the nodes of a polynomial tree, the number of variables.
MAX_ORDER, MAX_NODES, MAX_VARIABLES = 12, 2000, 64


def _vector(values, n: int, what: str) -> list[Fraction]:
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise CertificateError(f"{what}: expected {n} coordinates")
    return [parse_coordinate(v, what) for v in values]


def _stated(found, stated, what: str) -> None:
    if not isinstance(stated, str) or not matches_stated(found, stated):
        raise CertificateError(f"{what}: evaluates to {show(found)}, certificate states {str(stated)[:40]!r}")


def _axis(n: int, i: int) -> list[Fraction]:
    return [Fraction(int(k == i)) for k in range(n)]


def verify_saddle(cert, tree, names, check_domain) -> str:
    """Re-check a saddle certificate (module docstring); ``check_domain(cert, point, where, strict=True)`` is the
    checker's interior test."""
    n = len(names)
    if n > MAX_VARIABLES:
        raise CertificateError(f"saddle: at most {MAX_VARIABLES} variables")
    p = _vector(cert.point, n, "point")
    u = _vector(cert.neg_direction, n, "neg_direction")
    v = _vector(cert.pos_direction, n, "pos_direction")
    if not any(u) or not any(v):
        raise CertificateError("neg_direction, pos_direction: must be nonzero")
    check_domain(cert, p, "point", strict=True)
    if cert.proves == "strict_saddle":
        return _strict(cert, tree, names, p, u, v)
    if cert.proves == "saddle":
        return _higher_order(cert, tree, names, p, u, v)
    raise CertificateError(f"proves: a saddle certificate proves 'strict_saddle' or 'saddle', found {cert.proves!r}")


def _strict(cert, tree, names, p, u, v) -> str:
    for i in range(len(names)):
        jet, _ = evaluate(tree, line_jets(names, p, _axis(len(names), i), 2), 2)
        if not (isinstance(jet.c[1], Fraction) and jet.c[1] == 0):
            raise CertificateError(f"gradient: the partial derivative in {names[i]} at the point is {show(jet.c[1])}, "
                                   "not shown to be exactly 0")
    for what, direction, stated, want in (("neg_jet", u, cert.neg_jet, -1), ("pos_jet", v, cert.pos_jet, 1)):
        jet, _ = evaluate(tree, line_jets(names, p, direction, 2), 2)
        if not isinstance(stated, tuple) or len(stated) != 3:
            raise CertificateError(f"{what}: states f(p), the slope and the second derivative (3 values)")
        for k, (found, s) in enumerate(zip((jet.c[0], jet.c[1], jet.second_derivative()), stated)):
            _stated(found, s, f"{what}[{k}]")
        if sign(jet.second_derivative()) != want:
            raise CertificateError(f"{what}: d2/dt2 f(p + t w) = {show(jet.second_derivative())}, needs "
                                   f"{'< 0' if want < 0 else '> 0'}")
    return "strict_saddle"


def _poly_jet(tree, names, p, u, order: int) -> list[Fraction]:
    """The coefficients c_0..c_order of the polynomial t -> f(p + t u), exactly (f a polynomial tree)."""
    env = {name: [pi, ui] for name, pi, ui in zip(names, p, u)}
    count = [0]

    def times(a, b):
        out = [Fraction(0)] * min(len(a) + len(b) - 1, order + 1)
        for i, x in enumerate(a):
            if x:
                for j, y in enumerate(b[: order + 1 - i]):
                    out[i + j] += x * y
        return out

    def plus(a, b):
        out = [Fraction(0)] * max(len(a), len(b))
        for i, x in enumerate(a):
            out[i] += x
        for i, x in enumerate(b):
            out[i] += x
        return out

    def ev(t):
        count[0] += 1
        if count[0] > MAX_NODES:
            raise CertificateError(f"saddle: a polynomial of at most {MAX_NODES} nodes")
        head = t[0]
        if head == "num":
            return [parse_rational(t[1])]
        if head == "var":
            if t[1] not in env:
                raise CertificateError(f"function: {t[1]!r} is not a variable")
            return list(env[t[1]])
        if head == "add":
            out = [Fraction(0)]
            for a in t[1:]:
                out = plus(out, ev(a))
            return out
        if head == "mul":
            out = [Fraction(1)]
            for a in t[1:]:
                out = times(out, ev(a))
            return out
        if head == "pow" and t[2][0] == "num":
            k = parse_rational(t[2][1])
            if k.denominator == 1 and 0 <= k <= 64:
                base, out = ev(t[1]), [Fraction(1)]
                for _ in range(int(k)):
                    out = times(out, base)
                return out
        raise CertificateError(f"saddle: a higher-order saddle needs a polynomial; found '{head}'")

    out = ev(tree)
    return out + [Fraction(0)] * (order + 1 - len(out))


def _higher_order(cert, tree, names, p, u, v) -> str:
    for i in range(len(names)):
        if _poly_jet(tree, names, p, _axis(len(names), i), 1)[1] != 0:
            raise CertificateError(f"gradient: the partial derivative in {names[i]} at the point is not 0")
    for what, direction, stated, want in (("neg_jet", u, cert.neg_jet, -1), ("pos_jet", v, cert.pos_jet, 1)):
        if not isinstance(stated, tuple) or not 3 <= len(stated) <= MAX_ORDER + 1:
            raise CertificateError(f"{what}: states c_0, ..., c_k with 2 <= k <= {MAX_ORDER}")
        coefficients = _poly_jet(tree, names, p, direction, len(stated) - 1)
        for k, (found, s) in enumerate(zip(coefficients, stated)):
            if parse_rational(s, f"{what}[{k}]") != found:
                raise CertificateError(f"{what}[{k}]: the coefficient of t^{k} is {found}, certificate states {s}")
        lead = coefficients[-1]
        if any(coefficients[1:-1]) or sign(lead) != want:
            raise CertificateError(f"{what}: the first nonzero coefficient after c_0 must be the last one, "
                                   f"{'< 0' if want < 0 else '> 0'}; found {[str(c) for c in coefficients]}")
    return "saddle"


__all__ = ["verify_saddle"]
