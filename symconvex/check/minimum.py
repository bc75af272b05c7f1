r"""Checking ``minimum`` and ``minima_count`` certificates: strict and spurious local minima (trusted).

A ``minimum`` certificate states a grid exponent m, a centre c on the grid 2⁻ᵐℤⁿ, a rational t (a multiple of
2⁻²⁰) and optionally a point q. Its box is B = c + [−r, r]ⁿ with r = 2^−⌊m/2⌋. With python-flint ``arb`` balls
(``check.intervaljets``; no float decides anything) the checker computes

- enclosures over all of B of f, ∇f and ∇²f (every operator shown C² on its argument's enclosure: arccos
  arguments inside (−1, 1), bases of real powers > 0, every kink's argument of fixed sign — so f is C² on a
  neighbourhood of B), and of ∇f(c);
- **one critical point** (Krawczyk): with Y the midpoint of an approximate inverse of mid ∇²f(B),
  K = c − Y∇f(c) + (I − Y∇²f(B))(B − c) ⊂ interior(B). By Krawczyk's theorem (Krawczyk 1969; Moore 1977) ∇f has
  then exactly one zero p* in B (the inclusion also shows Y and every matrix of ∇²f(B) nonsingular);
- **positive definiteness**: M the rational midpoint of ∇²f(B) (rounded to 2⁻⁴⁰), ε an exact upper bound of the
  largest row sum of |∇²f(B) − M|; M − (ε + t)I has every leading principal minor > 0 (exact integer Bareiss
  elimination, Sylvester's criterion). For every x ∈ B the
  Hessian A = ∇²f(x) is symmetric with ‖A − M‖₂ ≤ ε (the row-sum norm bounds the spectral norm of a symmetric
  matrix), so λ_min(A) > t ≥ 0: f is strictly convex on B, and p* is a **strict local minimum** (indeed the
  unique minimiser of f on B). Tightness (binding the stated t, not needed for soundness): M − (ε + t + 2⁻²⁰)I
  has a pivot ≤ 0;
- the **value**: f(B) ⊂ f(c) + ∇f(c)·(B − c) + ½ (B − c)ᵀ ∇²f(B) (B − c) (Taylor with the Lagrange remainder; B
  is convex), an interval [L, U] that holds f(p*);
- **spurious** (``proves = "spurious_local_minimum"``, q given): q lies in the domain and f(q) < L (f(q) from
  the checker's exact/interval evaluator ``check.evaluate``, which allows kinks and boundary points), so p* is
  not a global minimum.

Canonical centre (binding every coordinate, not needed for soundness): c is the grid point nearest to the
Newton step c − Y∇f(c), coordinate by coordinate, with no tie. B must lie strictly inside every domain
constraint (an interior box). Caps: ``MAX_VARIABLES`` variables, 8 ≤ m ≤ ``MAX_GRID``, the node cap of
``intervaljets``; the time limit is ``verify``'s.

A ``minima_count`` certificate holds N ``minimum`` certificates about its own subject whose boxes are pairwise
disjoint (some coordinate separates them, exactly), so f has at least N strict local minima.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from flint import arb, arb_mat

from ..errors import CertificateError
from .evaluate import value_at
from .intervaljets import ball_precision, box_jet, exact_bounds, exact_mid, interval_ball, to_ball
from .numbers import endpoints
from .reader import read_parsed
from .trees import parse_rational, vector

MAX_VARIABLES, MAX_GRID, MAX_MINIMA = 64, 400, 64
#: The grid of the stated Hessian bound t, and of the rational midpoint matrix M.
BOUND_BITS, MID_BITS = 20, 40


@dataclass(frozen=True)
class MinimumReport:
    """What the checker proved about a ``minimum`` certificate, in exact numbers (for display)."""

    statement: str
    radius: Fraction
    value: tuple[Fraction, Fraction]          # f(B) ⊂ [value[0], value[1]], so f(p*) lies there
    better_value: tuple[Fraction, Fraction] | None   # f(q) ∈ [.., ..]
    hessian_bound: Fraction                    # λ_min(∇²f(x)) > hessian_bound for every x in B
    epsilon: Fraction                          # ‖∇²f(x) − M‖₂ ≤ epsilon on B
    krawczyk: Fraction                         # max_i |K_i − c_i| / r < 1


def box_of(cert, n: int) -> tuple[list[Fraction], Fraction, int]:
    """The centre, the radius 2^−⌊m/2⌋ and the grid exponent m of a minimum certificate's box."""
    m, c = cert.grid, vector(cert.center, n, "center")
    if not 8 <= m <= MAX_GRID:
        raise CertificateError(f"grid: an integer m with 8 <= m <= {MAX_GRID}, found {m}")
    for i, ci in enumerate(c):
        if (ci * 2 ** m).denominator != 1:
            raise CertificateError(f"center[{i}]: {ci} is not on the grid 2^-{m} Z")
    return c, Fraction(1, 2 ** (m // 2)), m


def leading_minors(M: list[list[Fraction]], shift: Fraction) -> list[int]:
    """The leading principal minors of S·(M − shift·I), S > 0 the common denominator (a power of 2 for dyadic
    entries), by fraction-free (Bareiss) elimination in exact integers; stops after the first minor <= 0.
    M − shift·I is positive definite iff all n of them are > 0 (Sylvester's criterion); then its LDLᵀ pivots
    are their ratios."""
    n = len(M)
    scale = 1
    for row in M:
        for x in row:
            scale = math.lcm(scale, x.denominator)
    scale = math.lcm(scale, shift.denominator)
    A = [[int(x * scale) for x in row] for row in M]
    for i in range(n):
        A[i][i] -= int(shift * scale)
    minors, previous = [], 1
    for k in range(n):
        pivot = A[k][k]
        minors.append(pivot)
        if pivot <= 0:
            return minors
        row = A[k]
        for i in range(k + 1, n):
            Ai, a_ik = A[i], A[i][k]
            for j in range(k + 1, n):
                Ai[j] = (pivot * Ai[j] - a_ik * row[j]) // previous
        previous = pivot
    return minors


def positive_definite(M, shift: Fraction) -> bool:
    """Is M − shift·I positive definite (every leading principal minor > 0, exactly)?"""
    minors = leading_minors(M, shift)
    return len(minors) == len(M) and all(d > 0 for d in minors)


def _round(x: Fraction, bits: int) -> Fraction:
    return Fraction(math.floor(x * 2 ** bits + Fraction(1, 2)), 2 ** bits)


def _interior_box(cert, names, balls) -> None:
    """Every domain constraint (read by ``check.reader``) holds strictly on the whole box (so on a neighbourhood
    of it)."""
    for k, (rel, lhs, rhs) in enumerate(cert.domain):
        try:
            gap = box_jet(lhs, names, balls, order=0).v - box_jet(rhs, names, balls, order=0).v
        except CertificateError as exc:
            raise CertificateError(f"domain[{k}]: not shown to hold on the box ({exc})") from None
        if not bool(gap > 0 if rel in ("gt", "ge") else gap < 0):
            raise CertificateError(f"domain[{k}]: not shown to hold strictly on the box (lhs - rhs in {gap.str(5)})")


def hessian_parts(J, n: int) -> tuple[list[list[Fraction]], Fraction]:
    """M (the rounded rational midpoint of the Hessian enclosure) and ε (a bound of the row sums of |H − M|)."""
    zero = arb(0)
    M = [[Fraction(0)] * n for _ in range(n)]
    rows = [Fraction(0)] * n
    for i in range(n):
        for j in range(i, n):
            h = J.h.get((i, j), zero)
            if not h.is_finite():
                raise CertificateError("hessian: an entry's enclosure is infinite")
            mij = _round(exact_mid(h), MID_BITS)
            M[i][j] = M[j][i] = mij
            dev = exact_bounds(abs(h - to_ball(mij)))[1]
            rows[i] += dev
            if j != i:
                rows[j] += dev
    eps = max(rows)
    return M, Fraction(math.ceil(eps * 2 ** MID_BITS), 2 ** MID_BITS)  # rounded up: still a bound


def minimum_report(cert, tree, names, check_domain) -> MinimumReport:
    """Re-check a minimum certificate (module docstring) and return what it proves; ``CertificateError`` else.
    ``check_domain(cert, point, where, strict=...)`` is the checker's domain test (used for q)."""
    n = len(names)
    if n > MAX_VARIABLES:
        raise CertificateError(f"minimum: at most {MAX_VARIABLES} variables")
    c, r, m = box_of(cert, n)
    t = parse_rational(cert.hessian_bound, "hessian_bound")
    if t < 0 or (t * 2 ** BOUND_BITS).denominator != 1:
        raise CertificateError(f"hessian_bound: a multiple of 2^-{BOUND_BITS} that is >= 0, found {t}")
    q = None
    if cert.proves == "spurious_local_minimum":
        q = vector(cert.better, n, "better")
    elif len(cert.better):
        raise CertificateError("better: a strict local minimum certificate has no point q (or proves "
                               "'spurious_local_minimum')")
    with ball_precision():
        balls = [interval_ball(ci - r, ci + r) for ci in c]
        _interior_box(cert, names, balls)
        J = box_jet(tree, names, balls)                       # f, ∇f, ∇²f over B
        at_c = box_jet(tree, names, [to_ball(ci) for ci in c], order=1)   # f(c), ∇f(c)
        zero = arb(0)
        H = arb_mat([[J.h.get((min(i, j), max(i, j)), zero) for j in range(n)] for i in range(n)])
        g = arb_mat([[at_c.g.get(i, zero)] for i in range(n)])
        try:
            Y = arb_mat([[x.mid() for x in row] for row in H.mid().inv().tolist()])
        except (ArithmeticError, ValueError):
            raise CertificateError("krawczyk: the midpoint Hessian is not shown invertible") from None
        step = Y * g
        d = arb_mat([[interval_ball(-r, r)] for _ in range(n)])
        spread = (arb_mat(n, n, 1) - Y * H) * d
        worst = Fraction(0)
        for i in range(n):
            k_i = to_ball(c[i]) - step[i, 0] + spread[i, 0]
            if not (bool(k_i > to_ball(c[i] - r)) and bool(k_i < to_ball(c[i] + r))):
                raise CertificateError(f"krawczyk: K[{i}] = {k_i.str(8)} is not inside ({float(c[i] - r):.12g}, "
                                       f"{float(c[i] + r):.12g}): the box is not shown to hold exactly one "
                                       "critical point")
            lo, hi = exact_bounds(k_i - to_ball(c[i]))
            worst = max(worst, -lo / r, hi / r)
        for i in range(n):  # the canonical centre: the grid point nearest to the Newton step
            a, b = (_round(x, m) for x in exact_bounds(to_ball(c[i]) - step[i, 0]))
            if a != b or a != c[i]:
                raise CertificateError(f"center[{i}]: the grid point nearest to the Newton step c - Y grad f(c) is "
                                       f"{a if a == b else 'not decided (a tie)'}, certificate states {c[i]}")
        M, eps = hessian_parts(J, n)
        if not positive_definite(M, eps + t):
            raise CertificateError(f"hessian_bound: M - (eps + t) I is not positive definite (t = {t}, "
                                   f"eps = {float(eps):.3g}): the Hessian is not shown > t on the box")
        if positive_definite(M, eps + t + Fraction(1, 2 ** BOUND_BITS)):
            raise CertificateError(f"hessian_bound: t = {t} is not the largest multiple of 2^-{BOUND_BITS} "
                                   "the check allows (a stated bound must be tight)")
        d2 = interval_ball(Fraction(0), r * r)
        dd = interval_ball(-r * r, r * r)
        value = at_c.v
        for i in range(n):
            value += at_c.g.get(i, zero) * d[i, 0]
        for (i, j), h in J.h.items():
            value += h * (d2 / 2 if i == j else dd)
        value_bounds = exact_bounds(value)
    better_value = None
    statement = "strict_local_minimum"
    if q is not None:
        check_domain(cert, q, "point q", strict=False)
        fq = value_at(tree, names, q)
        better_value = endpoints(fq)
        if not better_value[1] < value_bounds[0]:
            raise CertificateError(f"better: f(q) <= {float(better_value[1]):.12g} is not shown below the lower "
                                   f"bound {float(value_bounds[0]):.12g} of f on the box")
        statement = "spurious_local_minimum"
    return MinimumReport(statement, r, value_bounds, better_value, t, eps, worst)


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
        subject = ("function", "variables", "network", "domain", "digest")
        if any(getattr(inner, f) != getattr(cert, f) for f in subject):
            raise CertificateError(f"minima[{k}]: about another subject")
        try:
            minimum_report(inner, tree, names, check_domain)
        except CertificateError as exc:
            raise CertificateError(f"minima[{k}]: {exc}") from None
        boxes.append(box_of(inner, len(names))[:2])
    for a in range(len(boxes)):
        for b in range(a):
            (ca, ra), (cb, rb) = boxes[a], boxes[b]
            if not any(abs(x - y) > ra + rb for x, y in zip(ca, cb)):
                raise CertificateError(f"minima[{a}], minima[{b}]: the boxes are not shown disjoint")
    return "strict_local_minima"


__all__ = ["MinimumReport", "box_of", "leading_minors", "minimum_report", "positive_definite", "verify_minima_count"]
