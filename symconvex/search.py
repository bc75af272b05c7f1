r"""Search for certificates: refutations (curvature points, midpoints) and proofs (rules, Hessian).

Everything here only *proposes*; ``analysis.gate`` keeps what the independent checker accepts. Floats may
steer the search (e.g. an eigenvector suggests a direction) but never decide. The values a proposal states
(f(a), f(b), f(m); the value, slope and second derivative of a curvature certificate) and the kink pattern it
names are computed by the finders' own evaluator (``evaluation``: exact rationals or python-flint balls), never
by the checker's; the checker then recomputes each of them with its own code.

Finders (``find_*`` return None when nothing is found — which proves nothing):

- ``find_curvature_point(f, ...)``: a point p strictly inside a smooth piece and the domain and a direction u
  with d^2/dt^2 f(p + t u) < 0 (> 0). The Hessian at p is read off degree-2 jets along e_i and e_i + e_j;
  candidate directions are the coordinate axes, their sums and differences, and the rationalized
  eigenvectors of that Hessian.
- ``pieces.prove_piecewise``: identity and pieces proofs of piecewise functions (case splits over the kinks).
- ``find_midpoint(f, ...)``: a, b and lam = 1/2 with f(m) > (<) (f(a) + f(b)) / 2, by scanning lines
  through sample points on a grid of step 1/2 and testing every symmetric triple t - h, t, t + h — this is
  what catches the kinks of piecewise-linear functions such as relu(1 - relu(x)).
"""

from __future__ import annotations

import itertools
import math
import random
import time
from fractions import Fraction

import mpmath
import sympy as sp

from . import decompose, rules
from .certificates import CurvatureCertificate, MidpointCertificate, rational_to_str, to_tree
from .errors import CertificateError
from .evaluation import (Undefined, add, endpoints, is_exact, jet_along, mul, precision, second_derivative, sign,
                         statable, stated, sub, value_at)
from .domain import undefined_point
from .pieces import prove_by_pieces, prove_piecewise
from .strictness import find_flat_segments, find_ray_segments, prove_strict_sum

#: Sample coordinates, small and varied first.
SAMPLE_VALUES = [Fraction(v) for v in ("1", "-1", "2", "1/2", "-2", "-1/2", "3", "1/3", "-3", "3/2", "-2/3",
                                       "5/2", "-5/2", "1/4")]
#: Offsets from a domain's end (of a half-line; of a bounded interval, as a fraction of its length) tried after the
#: other sample points: curvature changes sign at an inflection point, often just past a stated end (x^4 - 2 x^2 on
#: x > 1/2 is concave on (1/2, 1/sqrt 3)).
NEAR_END, NEAR_END_OF_INTERVAL = [Fraction(1, 16), Fraction(1, 64)], [Fraction(1, 64)]
#: Deeper offsets (4^-4 ... 4^-9; of a bounded interval, times its length), tried last in a search (``find_end_slivers``),
#: only for a refutation that nothing else found and no proof excluded: an inflection point just inside a stated end leaves a sliver of the other curvature there
#: (cos x on [-1.6, 1.6] is convex on (pi/2, 1.6], 0.03 wide; ln(x)/x on x >= 4.48 is concave up to e^{3/2}, 0.0017
#: past the end).
DEEP_END = [Fraction(1, 4 ** k) for k in range(4, 10)]
#: Distances from a half-line's end (or from 0 on R) tried last (``find_far_points``): the sample values reach 3
#: only, and curvature may change sign farther out ((log v + 4/v)/2 is concave for v > 8; (log(1 + y) - log 3)^2
#: for y > 3e - 1).
FAR = [Fraction(v) for v in (6, 12, 25, 50, 100)]
#: Line grid for the midpoint scan: t in [-4, 4], step 1/2; half-widths h.
LINE_GRID = [Fraction(k, 2) for k in range(-8, 9)]
HALF_WIDTHS = [Fraction(1), Fraction(1, 2), Fraction(2), Fraction(3, 2), Fraction(1, 4)]


def _mpf_of(x):
    """An mpmath float near a number (exact, or the midpoint of an interval), at the working precision:
    steering only."""
    lo, hi = endpoints(x)
    q = (lo + hi) / 2
    return mpmath.mpf(q.numerator) / q.denominator


class Problem:
    """One function on one domain, with its tree and a deadline; shared by the finders."""

    def __init__(self, f, variables, domain, deadline=None):
        self.f = f
        self.variables = tuple(variables)
        self.names = tuple(v.name for v in self.variables)
        self.domain = domain
        self.tree = to_tree(f)
        self.domain_trees = domain.to_trees() if domain else ()
        self.deadline = deadline
        self.n = len(self.variables)

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def inside(self, point, strict: bool) -> bool:
        return not self.domain or self.domain.contains(point, strict=strict)

    def jet(self, p, u):
        """((c0, c1, c2) of f along p + t u, kink pattern) (``evaluation.jet_along``), or None when p is not
        shown off a kink and inside f's domain."""
        try:
            return jet_along(self.tree, self.names, p, u)
        except Undefined:
            return None

    def value(self, p):
        """f(p), exact or a ball (``evaluation.value_at``), or None where it is not shown defined."""
        try:
            return value_at(self.tree, self.names, p)
        except Undefined:
            return None

    def directions_at(self, p) -> list:
        """Candidate directions at p: axes, their sums and differences, and the rationalized eigenvectors of
        (an approximation of) the Hessian there (``_candidate_directions``); [] when f has a kink at p."""
        got = _hessian_at(self, p)
        return [] if got is None else _candidate_directions(got[0])

    def common(self) -> dict:
        return {"variables": self.names, "function": self.tree, "domain": self.domain_trees}

    # -- sample points
    def sample_points(self, count: int = 48, *, strict: bool = True):
        """Deterministic sample points strictly inside the domain (small rationals first), at most ``count``; the
        last few (at most count / 6) near its ends (``_near_end_points``)."""
        near = list(dict.fromkeys(p for p in self._near_end_points() if self.inside(p, strict)))[:count // 6]
        seen: set = set()
        regular = self._regular_points(count, strict, seen)
        produced = 0
        for p in itertools.islice(regular, count - len(near)):
            produced += 1
            yield p
        for p in near:
            if p not in seen:
                seen.add(p)
                produced += 1
                yield p
        for p in itertools.islice(regular, count - produced):
            yield p

    def _regular_points(self, count: int, strict: bool, seen: set):
        """Distinct points inside the domain not in ``seen`` (each added to it): the interior point, equal
        coordinates, then random choices of ``_coordinate_choices`` (a fixed seed), in at most 40 count tries."""
        rng = random.Random(1234 + self.n)
        starts = [tuple([v] * self.n) for v in SAMPLE_VALUES[:4]]
        if self.domain:
            interior = self.domain.interior_point()
            if interior is not None:
                starts.insert(0, tuple(Fraction(int(v.p), int(v.q)) for v in interior))
        choices = self._coordinate_choices()
        for _ in range(40 * count):
            p = starts.pop(0) if starts else tuple(rng.choice(c) for c in choices)
            if p not in seen and self.inside(p, strict):
                seen.add(p)
                yield p

    def _near_end_points(self, deep: bool = False):
        """Points with one coordinate just inside an end of its interval (``NEAR_END``; with ``deep``, ``DEEP_END``,
        nearest last), the others at the domain's interior point (or 1)."""
        base = self._base_point()
        for i, (lo, hi) in enumerate(self._rational_bounds()):
            if deep:
                steps = DEEP_END if lo is None or hi is None else [(hi - lo) * t for t in DEEP_END]
            else:
                steps = NEAR_END if lo is None or hi is None else [(hi - lo) * t for t in NEAR_END_OF_INTERVAL]
            for end, side in ((lo, 1), (hi, -1)):
                for step in steps if end is not None else ():
                    yield tuple(base[:i]) + (end + side * step,) + tuple(base[i + 1:])

    def _base_point(self) -> list[Fraction]:
        """The point the one-coordinate moves start from: the domain's interior point, or 1 in every coordinate."""
        interior = self.domain.interior_point() if self.domain else None
        return [Fraction(int(v.p), int(v.q)) for v in interior] if interior is not None else [Fraction(1)] * self.n

    def _rational_bounds(self) -> list[tuple[Fraction | None, Fraction | None]]:
        """Per variable, its lower and upper bound from the domain's box as rationals near them (None: unbounded
        on that side); they only place sample points (``_steering_rational``)."""
        bounds = self.domain.bounds() if self.domain else {}
        return [tuple(_steering_rational(b) for b in bounds.get(v, (None, False, None, False))[::2])
                for v in self.variables]

    def _far_points(self):
        """Points with one coordinate far along an unbounded direction of its bounds (``FAR`` past a half-line's
        end, or +-FAR on R), the others at the domain's interior point (or 1); then all coordinates so moved."""
        base = self._base_point()
        moves = []
        for lo, hi in self._rational_bounds():
            if lo is not None and hi is not None:
                moves.append([])
            elif lo is not None:
                moves.append([lo + d for d in FAR])
            elif hi is not None:
                moves.append([hi - d for d in FAR])
            else:
                moves.append([c for d in FAR for c in (d, -d)])
        for i, values in enumerate(moves):
            for c in values:
                yield tuple(base[:i]) + (c,) + tuple(base[i + 1:])
        if self.n > 1 and all(moves):
            for k in range(len(FAR)):
                yield tuple(values[min(k, len(values) - 1)] for values in moves)

    def _coordinate_choices(self) -> list[list[Fraction]]:
        """Per variable: the small sample values, shifted into the domain's bounds on that variable
        (lo + v, hi - v, and points spread across a bounded interval)."""
        out = []
        for lo, hi in self._rational_bounds():
            if lo is not None and hi is not None:
                values = [lo + (hi - lo) * Fraction(k, 8) for k in range(1, 8)]
            elif lo is not None:
                values = [lo + abs(c) for c in SAMPLE_VALUES]
            elif hi is not None:
                values = [hi - abs(c) for c in SAMPLE_VALUES]
            else:
                values = list(SAMPLE_VALUES)
            out.append(list(dict.fromkeys(values)))
        return out


def _steering_rational(bound) -> Fraction | None:
    """A domain bound as a rational near it (pi/2 -> 1.5707...): it only places sample points, each of which is
    then tested against the domain exactly (``Domain.contains``)."""
    if bound is None:
        return None
    if bound.is_Rational:
        return Fraction(int(bound.p), int(bound.q))
    return Fraction(str(sp.N(bound, 12))).limit_denominator(10 ** 4)


def _hessian_at(problem: Problem, p):
    """Hessian entries at p (as numbers) from jets along e_i and e_i + e_j, and the kink pattern; or None."""
    n = problem.n
    H = [[None] * n for _ in range(n)]
    pattern = None
    for i in range(n):
        e = [Fraction(0)] * n
        e[i] = Fraction(1)
        got = problem.jet(p, e)
        if got is None:
            return None
        H[i][i] = second_derivative(got[0])
        pattern = got[1]
    for i, j in itertools.combinations(range(n), 2):
        e = [Fraction(0)] * n
        e[i] = e[j] = Fraction(1)
        got = problem.jet(p, e)
        if got is None:
            return None
        both = second_derivative(got[0])
        H[i][j] = H[j][i] = mul(Fraction(1, 2), sub(sub(both, H[i][i]), H[j][j]))
    return H, pattern


def _candidate_directions(H):
    """Coordinate axes, pairwise sums/differences, and rationalized eigenvectors of (an approximation of) H."""
    n = len(H)
    dirs = []
    for i in range(n):
        dirs.append(tuple(Fraction(int(k == i)) for k in range(n)))
    for i, j in itertools.combinations(range(n), 2):
        for s in (1, -1):
            dirs.append(tuple(Fraction(1 if k == i else (s if k == j else 0)) for k in range(n)))
    try:
        with mpmath.workdps(20):  # proposal only; mpf (not float): entries beyond 1e308 do not overflow
            approx = [[_mpf_of(H[i][j]) for j in range(n)] for i in range(n)]
            E, Q = mpmath.eigsy(mpmath.matrix(approx))
            for k in range(n):
                v = [float(Q[i, k]) for i in range(n)]
                big = max(abs(c) for c in v) or 1.0
                # Small-denominator ratios first: a rank-one Hessian g''(3w + b)(3, 1)(3, 1)^T is flat along
                # exactly (1, -3), which rounding at a fixed scale misses ((1/3 -> 1/4 or 5/16).
                ratios = [Fraction(c / big).limit_denominator(12) for c in v]
                lcm = math.lcm(*(r.denominator for r in ratios))
                dirs.append(tuple(r * lcm for r in ratios))
                for scale in (4, 16, 64):
                    u = tuple(Fraction(round(c / big * scale)) for c in v)
                    if any(u):
                        dirs.append(u)
    except (ZeroDivisionError, ValueError, OverflowError, mpmath.libmp.NoConvergence):
        pass  # no eigenvector proposals (e.g. an unbounded enclosure): the axes and their sums remain
    return list(dict.fromkeys(dirs))


def find_curvature_points(problem: Problem, wanted: set[str], found: list, *, points: int = 48) -> set[str]:
    """Propose curvature certificates for the statements in ``wanted`` ("not_convex" needs a direction of
    negative curvature, "not_concave" one of positive curvature); returns the statements still missing."""
    wanted = set(wanted)
    for p in problem.sample_points(points):
        if not wanted or problem.out_of_time():
            break
        _curvature_at(problem, p, wanted, found)
    return wanted


def find_end_slivers(problem: Problem, wanted: set[str], found: list) -> set[str]:
    """Curvature certificates at points nearer and nearer each end of the domain (``DEEP_END``), for the statements
    of ``wanted`` that nothing else found or disproved: a sliver of the other curvature just inside a stated end
    (x^4 - 6x^2 on x >= 0.99 is concave on [0.99, 1)). Returns the statements still missing."""
    wanted = set(wanted)
    if not problem.domain:
        return wanted
    for p in dict.fromkeys(problem._near_end_points(deep=True)):
        if not wanted or problem.out_of_time():
            break
        if problem.inside(p, True):
            _curvature_at(problem, p, wanted, found)
    return wanted


def find_far_points(problem: Problem, wanted: set[str], found: list) -> set[str]:
    """Curvature certificates at points far along the domain's unbounded directions (``Problem._far_points``), for
    the statements of ``wanted`` that nothing else found or disproved: a sign change of the curvature beyond the
    sample values. Returns the statements still missing."""
    wanted = set(wanted)
    for p in dict.fromkeys(problem._far_points()):
        if not wanted or problem.out_of_time():
            break
        if problem.inside(p, True):
            _curvature_at(problem, p, wanted, found)
    return wanted


def _curvature_at(problem: Problem, p, wanted: set[str], found: list) -> None:
    """At one point p: a curvature certificate for each statement of ``wanted`` (removed from it) that a candidate
    direction (``_candidate_directions``) shows."""
    got = _hessian_at(problem, p)
    if got is None:
        return
    H, _ = got
    for u in _candidate_directions(H):
        if not wanted:
            break
        jet = problem.jet(p, u)
        if jet is None:
            continue
        second = second_derivative(jet[0])
        s = sign(second)
        statement = {-1: "not_convex", 1: "not_concave"}.get(s)
        if statement in wanted and statable(second, *jet[0][:2]):
            wanted.discard(statement)
            found.append(CurvatureCertificate(
                **problem.common(), refutes=statement[4:], point=tuple(map(rational_to_str, p)),
                direction=tuple(map(rational_to_str, u)), second_derivative=stated(second),
                value=stated(jet[0][0]), slope=stated(jet[0][1]),
                pattern=tuple(jet[1])))


def _lines(problem: Problem, count: int):
    """Lines (q, u) to scan: through the origin-like and sample points, along axes and small directions."""
    rng = random.Random(99 + problem.n)
    n = problem.n
    axes = [tuple(Fraction(int(k == i)) for k in range(n)) for i in range(n)]
    bases = [tuple([Fraction(0)] * n)] + list(problem.sample_points(count, strict=False))
    for q in bases:
        for u in axes:
            yield q, u
        for _ in range(2 if n > 1 else 0):
            yield q, tuple(Fraction(rng.choice((-1, 0, 1, 2))) for _ in range(n))


KINKS = ("relu", "leaky_relu", "abs", "max", "min")


def _kink_arguments(tree) -> list:
    """The subtrees whose sign switches a branch: relu/leaky_relu/abs arguments, pairwise max/min differences."""
    out = []
    if tree[0] in ("num", "var"):
        return out
    if tree[0] in ("relu", "leaky_relu", "abs"):
        out.append(tree[1])
    elif tree[0] in ("max", "min"):
        out += [["add", a, ["mul", ["num", "-1"], b]] for a, b in itertools.combinations(tree[1:], 2)]
    for arg in tree[1:]:
        out += _kink_arguments(arg)
    return out


def _kink_crossings(problem: Problem, kinks, q, u) -> list[Fraction]:
    """Rational t where a kink argument, affine along the line q + t u, vanishes."""
    ts = []
    for g in kinks:
        try:
            g0, g1, g2 = (value_at(g, problem.names, [qi + t * ui for qi, ui in zip(q, u)]) for t in (0, 1, 2))
        except Undefined:
            continue
        if not (is_exact(g0) and is_exact(g1) and is_exact(g2)) or g2 - g1 != g1 - g0 or g1 == g0:
            continue
        ts.append(Fraction(-g0, g1 - g0))
    return ts


def find_midpoints(problem: Problem, wanted: set[str], found: list, *, lines: int = 12) -> set[str]:
    """Propose midpoint certificates (lam = 1/2) for the statements in ``wanted``; return those missing.

    Along each line t -> q + t u, every grid point and every kink crossing is tried as a midpoint with
    half-widths h: f(q + t u) against the chord through t - h and t + h."""
    wanted = set(wanted)
    kinks = _kink_arguments(problem.tree)
    for q, u in _lines(problem, lines):
        if not wanted or problem.out_of_time():
            break
        if not any(u):
            continue
        values = {}

        def at(t):
            if t not in values:
                p = tuple(qi + t * ui for qi, ui in zip(q, u))
                v = problem.value(p) if problem.inside(p, strict=False) else None
                values[t] = None if v is None else (p, v)
            return values[t]

        centers = sorted(set(LINE_GRID) | set(_kink_crossings(problem, kinks, q, u)), key=lambda v: (abs(v), v))
        for h, t in itertools.product(HALF_WIDTHS, centers):
            if not wanted:
                break
            triple = at(t - h), at(t), at(t + h)
            if None in triple:
                continue
            (a, fa), (m, fm), (b, fb) = triple
            gap = sub(fm, mul(Fraction(1, 2), add(fa, fb)))
            statement = {1: "not_convex", -1: "not_concave"}.get(sign(gap))
            if statement in wanted and statable(fa, fb, fm):
                wanted.discard(statement)
                found.append(MidpointCertificate(
                    **problem.common(), refutes=statement[4:], a=tuple(map(rational_to_str, a)),
                    b=tuple(map(rational_to_str, b)), lam="1/2",
                    values={"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fm)}))
    return wanted


# ---------------------------------------------------------------------------------------- proofs

def curvature_of(g, variables):
    """The curvature the composition rules give g ("convex", "concave", "affine") or None."""
    try:
        return rules.curvature_of(g, variables)
    except Exception:  # a rule that cannot read g proves nothing
        return None


def _try(fn, *args):
    """Run a proof finder; a finder that fails proves nothing (the gate would reject a wrong proof)."""
    try:
        return fn(*args)
    except (CertificateError, ValueError, TypeError, NotImplementedError, ZeroDivisionError, RecursionError,
            AttributeError, KeyError, IndexError):
        return None


def search(f, variables, domain, found: list, *, deadline=None, verified: dict | None = None,
           accepts=None) -> str:
    """Run every finder in order of cost, appending proposals to ``found``; return an explanation of what
    could not be decided ("" when everything was). ``verified``: see ``decompose.prove_by_hessian``; ``accepts``:
    the caller's check of a proposal (``analysis`` passes the checker's, recording the statement in ``verified``),
    by which a proposal of the rules, a case split or a strict sum steers the search (``_accepted``)."""
    problem = Problem(f, variables, domain, deadline)
    proved = set()
    with precision():  # the finders' working precision (the checker's sign reasoning sets its own)
        cert = _try(rules.prove_by_rules, f, variables, domain)
        if cert is not None and _accepted(cert, accepts) is not None:
            found.append(cert)
            proved.add(cert.proves)
        if "affine" in proved:
            return ""
        if not proved:  # the rules saw nothing: a case split may (after them: ``_find_strictness``)
            _find_piecewise(problem, proved, found, accepts)
        if "affine" in proved:
            return ""
        wanted = {"not_convex", "not_concave"} - {"not_" + s for s in proved}
        wanted = find_curvature_points(problem, wanted, found)
        strict_sum = _find_strict_sum_first(problem, proved, found, accepts)
        if (wanted or (proved and not strict_sum)) and not problem.out_of_time():
            # A Hessian proof decides what the rules could not, or adds strictness to what they proved.
            cert = _try(lambda *args: decompose.prove_by_hessian(*args, strict=True, verified=verified), f, variables,
                        domain)
            base = cert.proves.removeprefix("strictly_") if cert is not None else None
            if cert is not None and ("not_" + base in wanted or (base in proved and base != cert.proves)):
                found.append(cert)
                proved.add(base)
            if cert is not None and all(p["sign"] == "zero" for p in cert.pivot_signs):  # H = 0: affine
                other = _try(lambda *args: decompose.prove_by_hessian(
                    *args, side="concave" if base == "convex" else "convex", verified=verified), f, variables, domain)
                if other is not None:
                    found.append(other)
                    proved.add(other.proves)
        wanted -= {"not_" + s for s in proved}
        if wanted and not problem.out_of_time():
            wanted = find_midpoints(problem, wanted, found)
        if wanted - {"not_" + s for s in proved} and not problem.out_of_time():   # last: only what is still open
            wanted = find_end_slivers(problem, wanted - {"not_" + s for s in proved}, found)
        if wanted - {"not_" + s for s in proved} and not problem.out_of_time():
            wanted = find_far_points(problem, wanted - {"not_" + s for s in proved}, found)
        _find_strictness(problem, proved, found, accepts)
    if not proved and wanted == {"not_convex", "not_concave"}:
        return _explain(f, variables, domain) or "no certificate was found"
    missing = [w[4:] for w in wanted if w[4:] not in proved]
    if missing and not (proved & {"convex", "concave"}):
        undefined = _try(undefined_point, f, variables, domain) or ""   # log x on x > -1: why no proof is given
        return "found no certificate deciding whether the function is " + " or ".join(sorted(missing)) + (
            f"; {undefined}" if undefined else "")
    return ""


def _accepted(cert, accepts):
    """``cert`` when ``accepts(cert)`` (the checker, passed in by ``analysis``; without one, every proposal), else
    None. A finder's proposal steers the search (what is proved is not refuted) only once accepted: a case split
    proposing "strictly convex" for (w^2 - 1)^2 + |w| from a term proof the checker rejects must not stop the search
    for the refutation at w = 1/2."""
    return cert if accepts is None or accepts(cert) else None


def _find_piecewise(problem: Problem, proved: set[str], found: list, accepts=None) -> None:
    """Piecewise functions of the inputs (``pieces.prove_piecewise``, once per search): a case split over the kinks
    (f = g smooth, or a max of pieces; smooth pieces between breakpoints in one variable) proves what the rules
    cannot: max(x, 1) + min(x, 1) is affine, |x|^3 strictly convex. Only proposals the checker accepts are kept."""
    if getattr(problem, "piecewise_tried", False) or problem.out_of_time():
        return
    problem.piecewise_tried = True
    for cert in _try(prove_piecewise, problem.f, problem.variables, problem.domain, problem.deadline) or ():
        if _accepted(cert, accepts) is None:
            continue
        found.append(cert)
        proved |= {cert.proves, cert.proves.removeprefix("strictly_")}


def _find_strict_sum_first(problem: Problem, proved: set[str], found: list, accepts=None) -> bool:
    """For a sum in several variables the rules proved convex (concave): a strict sum certificate before the Hessian
    (whose symbolic pivots of softplus(-a - b) + softplus(a - b) + softplus(-a - 2b) take longer than the claim's time
    limit; in one variable the Hessian is cheap and comes first: x^4 - x keeps its isolated-zero pivot). Whether one
    was accepted (then the Hessian need not add strictness)."""
    if problem.n < 2 or not isinstance(problem.f, sp.Add) or len(problem.f.args) < 2 or problem.out_of_time():
        return False
    got = False
    for side in sorted(proved & {"convex", "concave"}):
        got = _strict_sum(problem, side, found, accepts) or got
    return got


def _strict_sum(problem: Problem, side: str, found: list, accepts) -> bool:
    """A strict sum certificate for ``side`` (``prove_strict_sum``, pieces among the term provers), appended to
    ``found`` when accepted; whether it was. Tried once per search and side: ``_find_strict_sum_first`` and
    ``_find_strictness`` both ask, and the answer depends on nothing that changes in between."""
    tried = problem.__dict__.setdefault("strict_sums_tried", {})
    if side not in tried:
        cert = _try(lambda: prove_strict_sum(problem.f, problem.variables, problem.domain, side,
                                             extra=(prove_by_pieces,)))
        tried[side] = cert is not None and _accepted(cert, accepts) is not None
        if tried[side]:
            found.append(cert)
    return tried[side]


def _find_strictness(problem: Problem, proved: set[str], found: list, accepts=None) -> None:
    """For a side proved convex (concave) but not strictly: a strict sum, else a case split over the kinks
    (``_find_piecewise``), else look for a flat segment refuting strictness. A strict proposal stops that search
    only once the checker accepts it (``_accepted``)."""
    strict = {c.proves for c in found if getattr(c, "proves", "").startswith("strictly_")}
    for side in ("convex", "concave"):
        if side in proved and f"strictly_{side}" not in strict and not problem.out_of_time() and \
                _strict_sum(problem, side, found, accepts):
            strict.add(f"strictly_{side}")
    if any(side in proved and f"strictly_{side}" not in strict for side in ("convex", "concave")):
        _find_piecewise(problem, proved, found, accepts)  # (x - 1)_+^2 + (1 - x)_+^2 = (x - 1)^2; |x - 3| = 3 - x on x <= 3
        strict |= {c.proves for c in found if getattr(c, "proves", "").startswith("strictly_")}
    wanted = {f"not_strictly_{side}" for side in ("convex", "concave")
              if side in proved and f"strictly_{side}" not in strict}
    if wanted and not problem.out_of_time():
        wanted = find_ray_segments(problem, wanted, found)
    if wanted and not problem.out_of_time():
        find_flat_segments(problem, wanted, found)


def _explain(f, variables, domain) -> str:
    return _try(rules.explain, f, variables, domain) or ""


# The doctest below states the finder's contract on the classic example.
def find_midpoint(f, variables, domain=None):
    """Return a midpoint certificate refuting convexity of f on the domain, or None (not found — which
    does not mean convex).

    >>> from sympy.abc import x, y
    >>> cert = find_midpoint(x * y, (x, y))
    >>> cert.refutes, cert.lam
    ('convex', '1/2')
    """
    problem = Problem(f, variables, domain)
    found: list = []
    with precision():
        find_midpoints(problem, {"not_convex"}, found)
    return found[0] if found else None


def find_curvature_point(f, variables, domain=None, *, refutes: str = "convex"):
    """Return a curvature certificate refuting convexity (or concavity) of f, or None (not found).

    >>> from sympy.abc import x
    >>> from symconvex.functions import sigmoid
    >>> find_curvature_point(sigmoid(x), (x,)).second_derivative[:8]  # sigma''(1) = -0.0908...
    '~-9.0857'
    """
    problem = Problem(f, variables, domain)
    found: list = []
    with precision():
        find_curvature_points(problem, {"not_" + refutes}, found)
    return found[0] if found else None


def find_curvature_at(f, variables, domain, point, *, refutes: tuple = ("convex",)) -> list:
    """Curvature certificates at the given ``point`` itself (rational coordinates) refuting each property of
    ``refutes`` ("convex": a direction of negative curvature there, "concave": one of positive curvature), for the
    directions ``_candidate_directions`` proposes; [] when none is shown (a kink at the point, curvature 0)."""
    problem = Problem(f, variables, domain)
    found: list = []
    with precision():
        _curvature_at(problem, tuple(Fraction(c) for c in point), {"not_" + r for r in refutes}, found)
    return found
