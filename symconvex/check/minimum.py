r"""Checking ``minimum`` and ``minima_count`` certificates: strict and spurious local minima (trusted).

A ``minimum`` certificate states a grid exponent m, a centre c on the grid 2⁻ᵐℤⁿ, a rational t (a multiple of
2⁻²⁰) and optionally a point q. Its box B = c + [−r, r]ⁿ, r = 2^−⌊m/2⌋, lies strictly inside every domain
constraint. With ``arb`` balls (``check.intervaljets``: f is C² near B; no float decides) the checker encloses f,
∇f and ∇²f over all of B and ∇f(c), and shows:

- **one critical point** (Krawczyk 1969; Moore 1977): with Y the midpoint of an approximate inverse of
  mid ∇²f(B), K = c − Y∇f(c) + (I − Y∇²f(B))(B − c) ⊂ interior(B); then ∇f has exactly one zero p* in B;
- **positive definiteness**: M the midpoint of ∇²f(B) rounded to 2⁻⁴⁰, ε an exact bound of the largest row sum
  of |∇²f(B) − M|, and every leading principal minor of M − (ε + t)I > 0 (exact rational determinants,
  Sylvester's criterion). Every A = ∇²f(x), x ∈ B, is symmetric with ‖A − M‖₂ ≤ ε (the row-sum norm bounds the
  spectral norm), so λ_min(A) > t ≥ 0: f is strictly convex on B and p* is a **strict local minimum**;
- the **value**: f(B) ⊂ f(c) + ∇f(c)·(B − c) + ½ (B − c)ᵀ ∇²f(B) (B − c) = [L, U] (Taylor with the Lagrange
  remainder, B convex), which holds f(p*);
- **spurious** (``proves = "spurious_local_minimum"``): q lies in the domain and f(q) < L (``check.evaluate``,
  which allows kinks and boundary points), so p* is not a global minimum.

Binding every number (not needed for soundness): c is the grid point nearest to the Newton step c − Y∇f(c), with
no tie; t is tight (M − (ε + t + 2⁻²⁰)I is not positive definite). Caps: ``MAX_VARIABLES`` variables,
8 ≤ m ≤ ``MAX_GRID``, the node cap of ``intervaljets``; the time limit is ``verify``'s. A ``minima_count``
certificate holds N accepted ``minimum`` certificates about its own subject whose boxes are pairwise disjoint
(some coordinate separates them, exactly): f has at least N strict local minima.
"""

from __future__ import annotations

import math
from collections import namedtuple
from fractions import Fraction
from itertools import combinations

from flint import arb, arb_mat, fmpq, fmpq_mat

from ..errors import CertificateError
from .evaluate import value_at
from .intervaljets import ball_precision, box_jet, exact_bounds, exact_mid, interval_ball, to_ball
from .numbers import endpoints
from .reader import read_parsed
from .trees import parse_rational, vector

MAX_VARIABLES, MAX_GRID, MAX_MINIMA = 64, 400, 64
#: The grid of the stated Hessian bound t, and of the rational midpoint matrix M.
BOUND_BITS, MID_BITS = 20, 40


#: What the checker proved about a ``minimum`` certificate, in exact numbers (for display): r = radius, f(B) ⊂ value
#: (so f(p*) lies there), f(q) ∈ better_value (or None), λ_min(∇²f(x)) > hessian_bound and ‖∇²f(x) − M‖₂ ≤ epsilon
#: for every x in B, max_i |K_i − c_i| / r = krawczyk < 1; B's centre c = center.
MinimumReport = namedtuple("MinimumReport", "statement radius value better_value hessian_bound epsilon krawczyk center")


def positive_definite(M: list[list[Fraction]], shift: Fraction) -> bool:
    """Is M − shift·I positive definite: is every leading principal minor > 0 (Sylvester's criterion), each an
    exact rational determinant?"""
    A = [[fmpq((q := x - shift * (i == j)).numerator, q.denominator) for j, x in enumerate(row)]
         for i, row in enumerate(M)]
    return all(fmpq_mat([row[:k] for row in A[:k]]).det() > 0 for k in range(1, len(M) + 1))


def _round(x: Fraction, bits: int) -> Fraction:
    return Fraction(math.floor(x * 2 ** bits + Fraction(1, 2)), 2 ** bits)


def minimum_report(cert, tree, names, check_domain) -> MinimumReport:
    """Re-check a minimum certificate (module docstring) and return what it proves; ``CertificateError`` else.
    ``check_domain(cert, point, where, strict=...)`` is the checker's domain test (used for q)."""
    n = len(names)
    if n > MAX_VARIABLES:
        raise CertificateError(f"minimum: at most {MAX_VARIABLES} variables")
    m, c = cert.grid, vector(cert.center, n, "center")
    if not 8 <= m <= MAX_GRID:
        raise CertificateError(f"grid: an integer m with 8 <= m <= {MAX_GRID}, found {m}")
    for i, ci in enumerate(c):
        if (ci * 2 ** m).denominator != 1:
            raise CertificateError(f"center[{i}]: {ci} is not on the grid 2^-{m} Z")
    r = Fraction(1, 2 ** (m // 2))
    t = parse_rational(cert.hessian_bound, "hessian_bound")
    if t < 0 or (t * 2 ** BOUND_BITS).denominator != 1:
        raise CertificateError(f"hessian_bound: a multiple of 2^-{BOUND_BITS} that is >= 0, found {t}")
    spurious = cert.proves == "spurious_local_minimum"
    if len(cert.better) and not spurious:
        raise CertificateError("better: a strict local minimum certificate has no point q (or proves "
                               "'spurious_local_minimum')")
    q = vector(cert.better, n, "better") if spurious else None
    with ball_precision():
        balls = [interval_ball(ci - r, ci + r) for ci in c]
        for k, (rel, lhs, rhs) in enumerate(cert.domain):  # every constraint holds strictly on all of B
            try:
                gap = box_jet(lhs, names, balls, order=0).v - box_jet(rhs, names, balls, order=0).v
            except CertificateError as exc:
                raise CertificateError(f"domain[{k}]: not shown to hold on the box ({exc})") from None
            if not bool(gap > 0 if rel in ("gt", "ge") else gap < 0):
                raise CertificateError(f"domain[{k}]: not shown to hold strictly on the box (lhs - rhs in "
                                       f"{gap.str(5)})")
        J = box_jet(tree, names, balls)                       # f, ∇f, ∇²f over B
        at_c = box_jet(tree, names, [to_ball(ci) for ci in c], order=1)   # f(c), ∇f(c)
        zero = arb(0)
        H = arb_mat([[J.h.get((min(i, j), max(i, j)), zero) for j in range(n)] for i in range(n)])
        g = arb_mat([[at_c.g.get(i, zero)] for i in range(n)])
        if not all(h.is_finite() for h in H.entries()):
            raise CertificateError("hessian: an entry's enclosure is infinite")
        try:
            Y = arb_mat([[x.mid() for x in row] for row in H.mid().inv().tolist()])
        except (ArithmeticError, ValueError):
            raise CertificateError("krawczyk: the midpoint Hessian is not shown invertible") from None
        step, d = Y * g, arb_mat([[interval_ball(-r, r)] for _ in range(n)])
        spread, worst = (arb_mat(n, n, 1) - Y * H) * d, Fraction(0)
        for i in range(n):
            lo, hi = exact_bounds(spread[i, 0] - step[i, 0])  # K_i - c_i
            if not -r < lo <= hi < r:
                raise CertificateError(f"krawczyk: K[{i}] - c[{i}] in [{float(lo):.6g}, {float(hi):.6g}] is not "
                                       f"inside (-r, r): the box is not shown to hold exactly one critical point")
            worst = max(worst, -lo / r, hi / r)
            a, b = (_round(x, m) for x in exact_bounds(to_ball(c[i]) - step[i, 0]))  # the canonical centre
            if a != b or a != c[i]:
                raise CertificateError(f"center[{i}]: the grid point nearest to the Newton step c - Y grad f(c) is "
                                       f"{a if a == b else 'not decided (a tie)'}, certificate states {c[i]}")
        M = [[_round(exact_mid(H[i, j]), MID_BITS) for j in range(n)] for i in range(n)]
        rows = [sum(exact_bounds(abs(H[i, j] - to_ball(M[i][j])))[1] for j in range(n)) for i in range(n)]
        eps = Fraction(math.ceil(max(rows) * 2 ** MID_BITS), 2 ** MID_BITS)  # rounded up: still a bound
        if not positive_definite(M, eps + t):
            raise CertificateError(f"hessian_bound: M - (eps + t) I is not positive definite (t = {t}, "
                                   f"eps = {float(eps):.3g}): the Hessian is not shown > t on the box")
        if positive_definite(M, eps + t + Fraction(1, 2 ** BOUND_BITS)):
            raise CertificateError(f"hessian_bound: t = {t} is not the largest multiple of 2^-{BOUND_BITS} "
                                   "the check allows (a stated bound must be tight)")
        d2, dd = interval_ball(Fraction(0), r * r), interval_ball(-r * r, r * r)  # (B - c)_i^2, (B - c)_i (B - c)_j
        value = exact_bounds(at_c.v + (g.transpose() * d)[0, 0] + sum((h * (d2 / 2 if i == j else dd)
                                                                       for (i, j), h in J.h.items()), zero))
    better_value = None
    if spurious:
        check_domain(cert, q, "point q", strict=False)
        better_value = endpoints(value_at(tree, names, q))
        if not better_value[1] < value[0]:
            raise CertificateError(f"better: f(q) <= {float(better_value[1]):.12g} is not shown below the lower "
                                   f"bound {float(value[0]):.12g} of f on the box")
    return MinimumReport(cert.proves, r, value, better_value, t, eps, worst, c)


def verify_minima_count(cert, tree, names, check_domain) -> str:
    """Re-check a minima_count certificate: each inner certificate is a minimum certificate about this subject,
    accepted, and their boxes are pairwise disjoint."""
    if not 1 <= len(cert.minima) <= MAX_MINIMA:
        raise CertificateError(f"minima: between 1 and {MAX_MINIMA} minimum certificates")
    if cert.count != len(cert.minima):
        raise CertificateError(f"count: {len(cert.minima)} minima are given, certificate states {cert.count}")
    boxes = []
    for k, data in enumerate(cert.minima):
        inner = read_parsed(data)
        if inner.kind != "minimum":
            raise CertificateError(f"minima[{k}]: not a minimum certificate")
        if any(getattr(inner, f) != getattr(cert, f) for f in ("function", "variables", "network", "domain", "digest")):
            raise CertificateError(f"minima[{k}]: about another subject")
        try:
            report = minimum_report(inner, tree, names, check_domain)
        except CertificateError as exc:
            raise CertificateError(f"minima[{k}]: {exc}") from None
        boxes.append((report.center, report.radius))
    for (a, (ca, ra)), (b, (cb, rb)) in combinations(enumerate(boxes), 2):
        if not any(abs(x - y) > ra + rb for x, y in zip(ca, cb)):
            raise CertificateError(f"minima[{b}], minima[{a}]: the boxes are not shown disjoint")
    return "strict_local_minima"


__all__ = ["MinimumReport", "minimum_report", "positive_definite", "verify_minima_count"]
