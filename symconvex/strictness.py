r"""Finders for strictness facts (search layer: proposes, never decides; ``analysis.gate`` keeps what the checker
accepts).

- ``find_flat_segments``: refutations of strict convexity (concavity). A strictly convex f has
  f(m) < λf(a) + (1−λ)f(b) for *every* a ≠ b and λ ∈ (0, 1), so one segment with the Jensen *equality*
  f(m) = (f(a) + f(b))/2 refutes strict convexity and strict concavity at once (a ``midpoint`` certificate
  with ``refutes = "strictly_convex"``, gap ≥ 0, and one with ``"strictly_concave"``, gap ≤ 0). Candidates:
  lines through sample points along the near-null directions of the (approximate) Hessian there — a convex
  function that is affine along a segment has u^T H u = 0 on it — and along the axes and their sums and
  differences (piecewise-affine pieces: |x − 1|, max(x, 2y)). Floats only choose the directions and flag
  candidates; the values are stated by the finders' own evaluator (``evaluation``), and the equality is decided
  by the checker, exactly (rationals, or ``check.exactzero``).
- ``find_ray_segments``: the same refutation along a ray from the origin, for positively homogeneous functions of
  degree 1 (norms, perspectives, weighted geometric means), with scalings whose roots stay rational.
- ``prove_strict_sum``: proofs of strict convexity (concavity) of a sum g_1 + ... + g_k whose terms are each
  convex in their own variables, the strictly convex ones covering every variable (``check.sums`` states the
  theorem): x² + |x − 1|, x⁴ + y⁴, e^x + y² + |x + y|, and with ``pieces.prove_by_pieces`` as an extra term
  prover (the search passes it) |x|³ + |y|³. Each term is proved in its own variables on the domain
  constraints that mention only those variables, by the rules or a Hessian proof (strict where it can be).
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import sympy as sp

from .certificates import MidpointCertificate, SumCertificate, rational_to_str, to_tree
from .evaluation import add, endpoints, is_exact, mul, precision, statable, stated, sub
from .limits import SearchTimeout

#: Half-widths of the segments tried around each point (small ones stay inside one affine piece).
HALF_WIDTHS = (Fraction(1, 2), Fraction(1, 8), Fraction(1), Fraction(1, 32))


def _directions(problem, p) -> list[tuple[Fraction, ...]]:
    """The Hessian's near-null rationalized eigenvectors at p first, then axes, sums and differences, and the
    small integer directions (1, 2), (2, 1), ... of two coordinates."""
    n = problem.n
    dirs = problem.directions_at(p)[::-1]  # eigenvectors last in that list: null directions first
    for i, j in itertools.combinations(range(n), 2):
        for a, b in ((1, 2), (2, 1), (1, -2), (2, -1)):
            dirs.append(tuple(Fraction(a if k == i else b if k == j else 0) for k in range(n)))
    if n == 1:
        dirs.append((Fraction(1),))
    return list(dict.fromkeys(_reduced(d) for d in dirs if any(d)))


def _reduced(u: tuple) -> tuple:
    """An integer direction divided by the gcd of its entries ((32, 64) -> (1, 2)): small numbers to read."""
    if any(c.denominator != 1 for c in u):
        return u
    g = math.gcd(*(int(c) for c in u))
    return tuple(c / g for c in u) if g else u


def _looks_zero(gap) -> bool:
    """Worth proposing: an exact 0, or an interval around 0 narrower than 1e-12 (the checker then decides the
    equality exactly, ``check.exactzero``; a float never does)."""
    if is_exact(gap):
        return gap == 0
    lo, hi = endpoints(gap)
    return lo <= 0 <= hi and hi - lo < Fraction(1, 10 ** 12)


def find_flat_segments(problem, wanted: set[str], found: list, *, points: int = 8) -> set[str]:
    """Propose midpoint certificates with a Jensen equality (module docstring) for the statements in ``wanted``
    (``not_strictly_convex``, ``not_strictly_concave``); return those still missing."""
    with precision():
        return _find_flat_segments(problem, set(wanted), found, points)


def _find_flat_segments(problem, wanted: set[str], found: list, points: int) -> set[str]:
    for p in problem.sample_points(points):
        if not wanted or problem.out_of_time():
            break
        fp = problem.value(p)
        if fp is None:
            continue
        for u, h in itertools.product(_directions(problem, p), HALF_WIDTHS):
            if not wanted or problem.out_of_time():
                break
            a = tuple(pi - h * ui for pi, ui in zip(p, u))
            b = tuple(pi + h * ui for pi, ui in zip(p, u))
            if not (problem.inside(a, strict=False) and problem.inside(b, strict=False)):
                continue
            fa, fb = problem.value(a), problem.value(b)
            if fa is None or fb is None or not _looks_zero(sub(fp, mul(Fraction(1, 2), add(fa, fb)))) or \
                    not statable(fa, fb, fp):
                continue
            for statement in sorted(wanted):
                found.append(MidpointCertificate(
                    **problem.common(), refutes=statement[4:], a=tuple(map(rational_to_str, a)),
                    b=tuple(map(rational_to_str, b)), lam="1/2",
                    values={"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fp)},
                    note="f is affine along this segment: Jensen's inequality holds with equality"))
            wanted.clear()
    return wanted


#: Scalings of a ray's base point: a = p, b = N^Q p, m = M^Q p, so that Q-th roots of the scalings are integers.
RAY_SCALES = (2, 3)


def _root_degree(tree) -> int:
    """The least common multiple of the denominators of the function's numeric exponents (1 when none)."""
    q, stack = 1, [tree]
    while stack:
        node = stack.pop()
        if node[0] == "pow" and node[2][0] == "num":
            q = math.lcm(q, Fraction(node[2][1]).denominator)
        if node[0] not in ("num", "var"):
            stack.extend(node[1:])
    return q


def find_ray_segments(problem, wanted: set[str], found: list) -> set[str]:
    """Propose midpoint certificates with a Jensen equality along rays from the origin (a positively homogeneous
    function of degree 1, f(c p) = c f(p) for c > 0, is affine on every such ray: norms, perspectives, weighted
    geometric means). On the ray through p the points are a = p, b = N^Q p and m = M^Q p = λ a + (1 − λ) b with
    λ = (N^Q − M^Q)/(N^Q − 1), Q the least common multiple of the exponents' denominators, so that every
    fractional power of a scaling is rational and the values stay exact where f(p) is (p = (1, ..., 1), the unit
    vectors, the sample points). Floats never decide: the checker verifies the equality exactly. Returns the
    statements still missing."""
    wanted = set(wanted)
    if not wanted:
        return wanted
    q = _root_degree(problem.tree)
    if q > 12:
        return wanted
    m_scale, n_scale = Fraction(RAY_SCALES[0]) ** q, Fraction(RAY_SCALES[1]) ** q
    lam = (n_scale - m_scale) / (n_scale - 1)
    n = problem.n
    bases = [tuple(Fraction(1) for _ in range(n))]
    bases += [tuple(Fraction(s if k == i else 0) for k in range(n)) for i in range(n) for s in (1, -1)]
    bases += list(itertools.islice(problem.sample_points(8), 8))
    inexact = None  # a candidate with enclosed values (exp, log: check.exactzero may decide it), used last
    for p in dict.fromkeys(bases):
        if not wanted or problem.out_of_time():
            break
        a, b, m = p, tuple(n_scale * c for c in p), tuple(m_scale * c for c in p)
        if not any(p) or not all(problem.inside(x, strict=False) for x in (a, b, m)):  # the origin is no ray
            continue
        fa, fb, fm = problem.value(a), problem.value(b), problem.value(m)
        if fa is None or fb is None or fm is None or not statable(fa, fb, fm):
            continue
        if not _looks_zero(sub(fm, add(mul(lam, fa), mul(1 - lam, fb)))):
            continue
        if not all(is_exact(v) for v in (fa, fb, fm)):
            inexact = inexact or (a, b, fa, fb, fm)
            continue
        _propose_ray(problem, wanted, found, lam, (a, b, fa, fb, fm))
    if wanted and inexact is not None:
        _propose_ray(problem, wanted, found, lam, inexact)
    return wanted


def _propose_ray(problem, wanted: set[str], found: list, lam, candidate) -> None:
    a, b, fa, fb, fm = candidate
    for statement in sorted(wanted):
        found.append(MidpointCertificate(
            **problem.common(), refutes=statement[4:], a=tuple(map(rational_to_str, a)),
            b=tuple(map(rational_to_str, b)), lam=rational_to_str(lam),
            values={"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fm)},
            note="a, b and m lie on one ray from the origin, and f(m) meets the chord exactly (a ray is where a "
                 "positively homogeneous function of degree 1 is affine)"))
    wanted.clear()


def _term_proof(term, names: list[str], domain, side: str, parameters=(), extra=()):
    """The strongest certificate for one term on its own variables (with the sum's parameters it uses): strictly
    ``side``, else ``side`` or affine; None when neither the rules nor a Hessian proof (nor, without parameters, a
    prover of ``extra``: ``prover(term, variables, domain)`` returning a list of certificates) gives one."""
    from . import decompose, rules
    from .domain import Domain

    symbols = sorted((s for s in term.free_symbols if s.name in names), key=lambda s: names.index(s.name))
    params = [p for p in parameters if p in term.free_symbols]
    own = [c for c in (domain.constraints if domain else ()) if c.free_symbols <= set(symbols) | set(params)]
    sub_domain = Domain.build(tuple(symbols) + tuple(params), own) if own else None
    best = None
    provers = [lambda: [decompose.prove_by_hessian(term, symbols, sub_domain, strict=True, parameters=params)],
               lambda: [rules.prove_by_rules(term, symbols, sub_domain, parameters=params)],
               lambda: [prove_strict_composition(term, symbols, sub_domain, side, params, extra)],
               *[lambda prover=prover: prover(term, tuple(symbols), sub_domain)
                 for prover in (() if params else extra)]]
    for prove in provers:
        try:
            found = prove()
        except SearchTimeout:  # the search's time is up: not a failure of this prover
            raise
        except Exception:  # noqa: BLE001 - a prover that cannot read the term proves nothing
            found = []
        for cert in found:
            if cert is None or cert.proves not in (side, "affine", "strictly_" + side):
                continue
            if cert.proves == "strictly_" + side:
                return cert
            best = best or cert
    return best


def _affine_forms(e, names: set[str], parameters: set) -> list | None:
    """The outermost subexpressions of e that are affine in the variables ``names`` with rational coefficients and
    not constant (x_1 - 2 in (x_1 - 2)^4), in order of appearance; None if a variable occurs outside them."""
    symbols = [s for s in e.free_symbols if s.name in names]
    if not symbols:
        return []
    if isinstance(e, (sp.Add, sp.Symbol, sp.Mul)) and e.free_symbols <= set(symbols) | parameters:
        try:
            poly = sp.Poly(e, *symbols)
        except sp.PolynomialError:
            poly = None
        if poly is not None and poly.total_degree() <= 1 and all(
                poly.coeff_monomial(s).is_Rational for s in symbols):
            return [e]
    if isinstance(e, sp.Symbol) or not e.args:
        return None
    out: list = []
    for a in e.args:
        found = _affine_forms(a, names, parameters)
        if found is None:
            return None
        out += [g for g in found if g not in out]
    return out


def _mapped_proof(term, variables, side: str, parameters=(), extra=()):
    """(certificate, map, rows): ``term`` written h(A x + c) with the outermost affine subexpressions replaced by
    fresh variables u_1, ..., u_m, m less than the term's number of variables (else h is no easier to prove strict
    than the term itself), and a proof that h is strictly ``side`` on all of R^m; None when there is none."""
    names = {v.name for v in variables}
    forms = _affine_forms(term, names, set(parameters))
    own = sorted((s for s in term.free_symbols if s.name in names), key=lambda s: s.name)
    if not forms or len(forms) >= len(own):  # as many forms as variables: no easier than the term's own proof
        return None
    taken = names | {p.name for p in parameters}
    prefix = next(c for c in ("u", "v", "z", "t_u") if not any(n.startswith(c + "_") for n in taken))
    fresh = [sp.Symbol(f"{prefix}_{k}", real=True) for k in range(1, len(forms) + 1)]
    h = term.xreplace(dict(zip(forms, fresh)))
    if any(s.name in names for s in h.free_symbols):
        return None
    cert = _term_proof(h, [u.name for u in fresh], None, side, parameters, extra)
    if cert is None or cert.proves != "strictly_" + side:
        return None
    used = [u for u in fresh if u.name in cert.variables]
    mapping = {u.name: to_tree(g) for u, g in zip(fresh, forms) if u in used}
    own_by_name = {s.name: s for s in own}
    rows = [[sp.Poly(g, *own).coeff_monomial(own_by_name[v.name]) if v.name in own_by_name else 0
             for v in variables] for u, g in zip(fresh, forms) if u in used]
    return cert, mapping, rows


def _rank(rows) -> int:
    """The rank of rational rows (exact)."""
    return sp.Matrix(rows).rank() if rows else 0


#: The outer functions of ``check.sums``' composition theorem, as the finder proposes them: h -> (what h(g) is,
#: what g must be); powers t^p by the class of p. The checker re-derives everything from its own table.
_OUTER = {("exp", "convex"): "convex", ("softplus", "convex"): "convex", ("log", "concave"): "concave"}


def _inner_side(tree, side: str) -> str | None:
    """What g must be (convex or concave, strictly) for h(g) to be strictly ``side``, or None."""
    if tree[0] == "pow" and tree[2][0] == "num":
        p = Fraction(tree[2][1])
        return {("convex", True): "convex", ("concave", False): "concave"}.get((side, p > 1), None) if p > 0 and \
            p != 1 else ("concave" if side == "convex" and p < 0 else None)
    return _OUTER.get((tree[0], side)) if len(tree) == 2 else None


def prove_strict_composition(f, variables, domain, side: str = "convex", parameters=(), extra=()):
    """A ``SumCertificate`` that h(g) is strictly ``side`` (``check.sums``' composition theorem: g strictly convex,
    h convex and strictly increasing on an interval holding g's values, ...), or None. The checker shows g's
    values in h's interval with its own sign rules."""
    try:
        tree = to_tree(f)
    except Exception:  # noqa: BLE001 - a function the format cannot write proves nothing
        return None
    inner = _inner_side(tree, side)
    if inner is None or not f.args:
        return None
    g = f.args[0]
    names = [v.name for v in variables]
    cert = _term_proof(g, names, domain, inner, parameters, extra)
    if cert is None or cert.proves != "strictly_" + inner or sorted(cert.variables) != sorted(names):
        return None
    return SumCertificate(variables=tuple(names), function=tree, domain=domain.to_trees() if domain else (),
                          proves="strictly_" + side, parts=(cert.to_dict(),),
                          parameters=tuple(p.name for p in parameters))


def prove_strict_sum(f, variables, domain, side: str = "convex", parameters=(), extra=()):
    """A ``SumCertificate`` that the sum (or, for convex, max; for concave, min) f is strictly ``side`` for every
    allowed value of ``parameters``, or None (proves nothing); ``extra``: more term provers (see ``_term_proof``).
    A term whose proof in its own variables is not strict may be proved strictly as h(A x + c) (``_mapped_proof``);
    the strict terms' rows (``check.sums``) must have full rank."""
    extreme = (sp.Max if side == "convex" else sp.Min)
    if not isinstance(f, (sp.Add, extreme)):
        return prove_strict_composition(f, variables, domain, side, parameters, extra)
    names = [v.name for v in variables]
    n = len(names)
    tree = to_tree(f)
    parts, maps, strict_rows = [], [], []
    for arg in tree[1:]:
        term = next(t for t in f.args if to_tree(t) == arg)
        used = {s.name for s in term.free_symbols}
        if not used & set(names):  # a constant, for each parameter value
            if isinstance(f, extreme) or used - {p.name for p in parameters}:
                return None
            parts.append(None)
            maps.append(None)
            continue
        cert = _term_proof(term, names, domain, side, parameters, extra)
        rows = [[int(m == v) for m in names] for v in cert.variables] if cert is not None else []
        mapping = None
        strict = cert is not None and cert.proves == "strictly_" + side
        if not strict and not isinstance(f, extreme):  # (fewer forms than variables: a max's term needs rank n)
            mapped = _mapped_proof(term, variables, side, parameters, extra)
            if mapped is not None:
                cert, mapping, rows = mapped
                strict = True
        if cert is None or (isinstance(f, extreme) and (not strict or _rank(rows) < n)):
            return None
        if strict:
            strict_rows += rows
        parts.append(cert.to_dict())
        maps.append(mapping)
    if _rank(strict_rows) < n:
        return None
    return SumCertificate(variables=tuple(names), function=tree, domain=domain.to_trees() if domain else (),
                          proves="strictly_" + side, parts=tuple(parts),
                          maps=tuple(maps) if any(m is not None for m in maps) else (),
                          parameters=tuple(p.name for p in parameters))


__all__ = ["find_flat_segments", "find_ray_segments", "prove_strict_sum"]
