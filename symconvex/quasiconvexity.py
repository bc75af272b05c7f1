r"""Answers about quasiconvexity and log-log curvature (analysis layer: candidates through the gate, facts derived).

What is proved, and how (each certificate checked by ``check.quasi``; the facts closed under
``facts.ALL_IMPLICATIONS``):

- *quasiconvex / quasiconcave / quasilinear.* The curvature analysis of f itself (``analysis.analyze``): a convex
  f is quasiconvex, a concave f quasiconcave, an affine f both (rows of the facts table). Besides, ``quasi``
  certificates: f = phi(g) with phi monotone where g takes its values and g proved convex, concave or affine (or
  quasi-so, one level down): sqrt|x| = sqrt(|x|), 1/(1 + x^2) = (1 + x^2)^{-1}; log f proved concave or convex
  (f > 0): x y and x / y on the positive orthant; one variable on an interval with f' of one sign: log x, x^3,
  arctan x. Refutations: ``quasimidpoint`` certificates, points a, b and t with f(t a + (1 - t) b) above
  max(f(a), f(b)) (below the min), found on a grid of rational points of the domain by the finders' evaluator.
- *log-log convex / concave / affine* (f > 0 on the positive orthant): F(u) = log f(e^u) analysed in u on the
  other constraints with x = e^u (``analysis.analyze``), each of its certificates (a proof or a refutation) wrapped
  in a ``loglog`` certificate about f, whose checker verifies that the part's function is log f(exp(u)).

``analyze_beyond(f, variables, domain, words, timeout)`` returns an ``analysis.Analysis`` about f on the domain
(its facts include the curvature facts that were proved on the way).
"""

from __future__ import annotations

import itertools
import random
import time
from fractions import Fraction

import sympy as sp

from .analysis import Analysis, Subject, analyze, gate, verdict_from
from .certificates import LogLogCertificate, QuasiCertificate, QuasiMidpointCertificate, rational_to_str, to_tree
from .domain import Domain
from .errors import InputError
from .facts import ALL_IMPLICATIONS, ContradictoryFacts, derive

#: The heads f = phi(g) the ``outer`` proofs try (the checker's ``check.quasi.OUTER`` and t^p, c + g, c g).
_OUTER_HEADS = {"exp", "log", "sigmoid", "tanh", "arctan", "arcsinh", "softplus", "erf", "erfc", "pow", "add", "mul"}
#: The words of a claim this module answers.
QUASI_WORDS = ("quasiconvex", "quasiconcave", "quasilinear")
LOGLOG_WORDS = ("log-log convex", "log-log concave", "log-log affine")


def _grid(domain: Domain | None, variables, n: int, rng: random.Random) -> list[tuple[Fraction, ...]]:
    """Rational points of the domain: per variable a grid inside its bounds (or [-4, 4]), combined at random when
    there are several variables; each point tested against every constraint exactly."""
    bounds = domain.bounds() if domain else {}
    per = []
    for v in variables:
        lo, lo_s, hi, hi_s = bounds.get(v, (None, False, None, False))
        lo = Fraction(str(sp.nsimplify(lo))) if lo is not None and lo.is_Rational else None if lo is None else \
            Fraction(str(sp.Rational(sp.floor(lo * 64), 64) + sp.Rational(1, 64)))
        hi = Fraction(str(sp.nsimplify(hi))) if hi is not None and hi.is_Rational else None if hi is None else \
            Fraction(str(sp.Rational(sp.floor(hi * 64), 64)))
        lo = lo if lo is not None else (hi - 8 if hi is not None else Fraction(-4))
        hi = hi if hi is not None else lo + 8
        steps = 16 if len(variables) == 1 else 6
        per.append(sorted({lo + (hi - lo) * Fraction(k, steps) for k in range(steps + 1)} |
                          ({Fraction(0)} if lo < 0 < hi else set())))
    points = list(itertools.product(*per)) if len(variables) <= 2 else \
        [tuple(rng.choice(c) for c in per) for _ in range(n)]
    return [p for p in points if domain is None or not domain or domain.contains(p)][:n]


def find_quasimidpoint(f, variables, domain: Domain | None, refutes: str, *, deadline: float,
                       max_points: int = 120) -> QuasiMidpointCertificate | None:
    """Points a, b of the domain and t = 1/2 with f(m) > max(f(a), f(b)) (``refutes`` "quasiconvex") or
    f(m) < min(f(a), f(b)) ("quasiconcave"), from the finders' evaluator (exact, or balls whose sign is certain);
    None means not found, never that f is quasiconvex. The domain is convex, so m lies in it (tested anyway)."""
    from .evaluation import Undefined, sign, stated, sub, value_at

    tree, names = to_tree(f), [v.name for v in variables]
    want = 1 if refutes == "quasiconvex" else -1
    points = _grid(domain, variables, max_points, random.Random(13))
    values = {}

    def value(p):
        if p not in values:
            try:
                values[p] = value_at(tree, names, p)
            except (Undefined, ZeroDivisionError, ValueError, OverflowError):
                values[p] = None
        return values[p]

    for a, b in itertools.combinations(points, 2):
        if time.monotonic() > deadline:
            return None
        m = tuple((x + y) / 2 for x, y in zip(a, b))
        if domain and not domain.contains(m):
            continue
        fa, fb, fm = value(a), value(b), value(m)
        if None in (fa, fb, fm) or sign(sub(fm, fa)) != want or sign(sub(fm, fb)) != want:
            continue
        try:
            said = {"f(a)": stated(fa), "f(b)": stated(fb), "f(m)": stated(fm)}
        except Undefined:
            continue
        return QuasiMidpointCertificate(variables=tuple(names), function=tree,
                                        domain=domain.to_trees() if domain else (), refutes=refutes,
                                        a=tuple(map(rational_to_str, a)), b=tuple(map(rational_to_str, b)), lam="1/2",
                                        values=said)
    return None


def _proofs(analysis: Analysis) -> list:
    """The certificates of an analysis that prove a curvature (not the refutations)."""
    return [c for c in analysis.certificates if c.statement in ("convex", "concave", "affine", "strictly_convex",
                                                                 "strictly_concave")]


def _quasi_candidates(f, variables, domain, timeout: float, depth: int = 0) -> list:
    """``quasi`` certificates for f: monotone in one variable, phi(g) with g's proofs, log f's proofs."""
    tree, names = to_tree(f), tuple(v.name for v in variables)
    trees = domain.to_trees() if domain else ()
    out = []
    if len(variables) == 1:
        out.append(QuasiCertificate(variables=names, function=tree, domain=trees, proves="quasilinear", by="monotone"))
        for c in _rational_critical_points(f, variables[0], domain):
            for proves in ("quasiconvex", "quasiconcave"):
                out.append(QuasiCertificate(variables=names, function=tree, domain=trees, proves=proves,
                                            by="monotone", breakpoint=rational_to_str(c)))
    inner_trees = []
    if tree[0] in _OUTER_HEADS and len(tree) >= 2:
        g = tree[1] if tree[0] not in ("add", "mul") else None if tree[1][0] != "num" or len(tree) < 3 else \
            tree[2] if len(tree) == 3 else [tree[0], *tree[2:]]
        if g is not None and g[0] not in ("num",):
            inner_trees.append(("outer", g))
    if tree[0] == "mul":
        dens = [a for a in tree[1:] if a[0] == "pow" and a[2] == ["num", "-1"]]
        rest = [a for a in tree[1:] if not (a[0] == "pow" and a[2] == ["num", "-1"])]
        if len(dens) == 1 and rest:
            inner_trees.append(("ratio", rest[0] if len(rest) == 1 else ["mul", *rest]))
    from .certificates import to_sympy

    symbols = {v.name: v for v in variables}
    for by, g in inner_trees:
        try:
            g_expr = to_sympy(g, dict(symbols))
        except Exception:
            continue
        if to_tree(g_expr) != g:    # SymPy rewrote g: the part would be about another tree
            continue
        out += _with_parts(by, g_expr, tree, variables, domain, timeout, depth)
    if depth <= 1:   # log f, its logarithms of products split (the checker shows it is log f on the domain)
        log_f = sp.expand_log(sp.log(f), force=True)
        out += _with_parts("log", log_f, tree, variables, domain, timeout, depth + 1)
    return out


def _rational_critical_points(f, x, domain, limit: int = 3) -> list[Fraction]:
    """Rational zeros of f' inside the domain's interval (SymPy's solve; candidates for a ``monotone`` breakpoint)."""
    try:
        roots = sp.solve(sp.diff(f, x), x)
    except (NotImplementedError, ValueError, TypeError):
        return []
    out = []
    for r in roots if isinstance(roots, list) else []:
        if getattr(r, "is_Rational", False) and (domain is None or not domain or domain.contains((Fraction(str(r)),),
                                                                                                 strict=True)):
            out.append(Fraction(str(r)))
    return out[:limit]


def _with_parts(by: str, g_expr, tree, variables, domain, timeout: float, depth: int) -> list:
    """``quasi`` certificates ``by`` outer / ratio / log whose part is a proof about g (one level of quasi parts
    for an outer function)."""
    names = tuple(v.name for v in variables)
    trees = domain.to_trees() if domain else ()
    try:
        sub = analyze(g_expr, list(variables), list(domain.constraints) if domain else None,
                      timeout=max(timeout / 3, 0.5))
    except (InputError, ValueError):
        return []
    parts = _proofs(sub)
    if by == "outer" and not parts and depth < 1:
        parts = _quasi_candidates(g_expr, variables, domain, timeout / 3, depth + 1)
    out = []
    for part in parts:
        if tuple(part.variables) != names or list(map(list, part.domain)) != list(map(list, trees)):
            continue
        for proves in ("quasilinear", "quasiconvex", "quasiconcave"):
            out.append(QuasiCertificate(variables=names, function=tree, domain=trees, proves=proves, by=by,
                                        part=part.to_dict()))
    return out


#: F's statement -> f's log-log fact (as ``check.quasi.LOGLOG`` reads it).
_LOGLOG = {"convex": "loglog_convex", "strictly_convex": "loglog_convex", "concave": "loglog_concave",
           "strictly_concave": "loglog_concave", "affine": "loglog_affine", "not_convex": "not_loglog_convex",
           "not_concave": "not_loglog_concave"}


def _loglog_candidates(f, variables, domain: Domain, timeout: float) -> list:
    """``loglog`` certificates: F(u) = log f(e^u) analysed on the other constraints in u = log x, each of its
    certificates wrapped (the variables keep their names: u_i is written x_i). The form of F and of its domain are
    the checker's (``check.quasi.log_image``, ``log_of``, ``at_exp``: a hint; the checker re-derives both)."""
    from .certificates import constraint_to_sympy, to_sympy
    from .check.quasi import at_exp, log_image, log_of
    from .check.signs import tree_sign

    names = tuple(v.name for v in variables)
    symbols = {v.name: v for v in variables}
    positive = [["gt", ["var", n], ["num", "0"]] for n in names]
    rest = [log_image(list(t), names) for t in domain.to_trees() if list(t) not in positive]
    box = {n: [None, False, None, False] for n in names}
    for c in rest:   # the bounds u < q the box of the sign rules reads (a hint only)
        if c[1] == ["var", c[1][1]] and c[2][0] == "num" and c[1][1] in box:
            box[c[1][1]][2 if c[0] in ("lt", "le") else 0] = Fraction(c[2][1])
            box[c[1][1]][3 if c[0] in ("lt", "le") else 1] = c[0] in ("lt", "gt")
    log_f = log_of(at_exp(to_tree(f), names), lambda t: tree_sign(t, box, interior=False) == "positive")
    F = to_sympy(log_f, dict(symbols))
    inner = analyze(F, list(variables), [constraint_to_sympy(c, dict(symbols)) for c in rest], timeout=timeout)
    out = []
    for cert in inner.certificates:
        proves = _LOGLOG.get(cert.statement)
        if proves is not None:
            out.append(LogLogCertificate(variables=names, function=to_tree(f), domain=domain.to_trees(),
                                         proves=proves, part=cert.to_dict()))
    return out


def _closure_candidates(f, variables, domain: Domain | None, words, timeout: float) -> list:
    """``quasi`` certificates by closure: a box with closed bounds, its quasi-facts proved on the open box (every
    bound strict) and carried to the closed one by continuity (``check.quasi``, ``closure``)."""
    if not domain or not any(not isinstance(c, (sp.StrictGreaterThan, sp.StrictLessThan)) for c in domain.constraints):
        return []
    opened = [sp.StrictGreaterThan(c.lhs, c.rhs) if isinstance(c, sp.GreaterThan) else
              sp.StrictLessThan(c.lhs, c.rhs) if isinstance(c, sp.LessThan) else c for c in domain.constraints]
    try:
        inner = analyze_beyond(f, variables, opened, words, timeout=timeout, closure=False)
    except (InputError, ValueError):
        return []
    names, trees = tuple(v.name for v in variables), domain.to_trees()
    out = []
    for cert in inner.certificates:
        if cert.statement in ("convex", "concave", "affine", "strictly_convex", "strictly_concave", "quasiconvex",
                              "quasiconcave", "quasilinear"):
            for proves in ("quasilinear", "quasiconvex", "quasiconcave"):
                out.append(QuasiCertificate(variables=names, function=to_tree(f), domain=trees, proves=proves,
                                            by="closure", part=cert.to_dict()))
    return out


def _without_implied(certs: list) -> list:
    """The certificates in order, less each whose statement the ones kept before it already imply
    (``facts.ALL_IMPLICATIONS``: a quasilinear proof makes a quasiconvex one redundant)."""
    out: list = []
    for cert in certs:
        try:
            known = derive({c.statement: [] for c in out}, rows=ALL_IMPLICATIONS)
        except ContradictoryFacts:
            return certs   # the caller's derive reports it
        if cert.statement not in known:
            out.append(cert)
    return out


def analyze_beyond(f, variables, domain, words, *, timeout: float, closure: bool = True) -> Analysis:
    """The facts about quasiconvexity (``QUASI_WORDS``) or log-log curvature (``LOGLOG_WORDS``) that the claim's
    ``words`` ask, with their certificates, about f in ``variables`` on ``domain`` (a list of SymPy relations, or
    None for the natural domain)."""
    start = time.monotonic()
    loglog = any(w in LOGLOG_WORDS for w in words)
    base = analyze(f, list(variables), domain, timeout=timeout / 2)    # f's own curvature, and f's subject
    f, variables, dom = base.function, base.variables, base.domain
    left = max(timeout - (time.monotonic() - start), 0.5)
    found = list(base.certificates)
    if loglog:
        found += _loglog_candidates(f, variables, dom or Domain.build(variables, []), left * 0.8)
    else:
        facts = derive({c.statement: [] for c in base.certificates}, rows=ALL_IMPLICATIONS)
        for refutes in ("quasiconvex", "quasiconcave"):
            if refutes not in facts and any(w in (refutes, "quasilinear") for w in words):
                cert = find_quasimidpoint(f, variables, dom, refutes,
                                          deadline=time.monotonic() + left / 4)
                if cert is not None:
                    found.append(cert)
        if not any(w in facts for w in words):
            found += _quasi_candidates(f, variables, dom, left / 2)
            found += _closure_candidates(f, variables, dom, words, left / 3) if closure else []
    deadline = start + timeout
    subject = Subject.of(f, variables, dom)
    kept, _ = gate(found, subject, deadline=deadline)
    kept = _without_implied(kept)
    direct: dict[str, list[int]] = {}
    for k, cert in enumerate(kept):
        direct.setdefault(cert.statement, []).append(k)
    explanation = ""
    try:
        facts = derive(direct, rows=ALL_IMPLICATIONS)
    except ContradictoryFacts as exc:
        facts, explanation = {}, f"internal contradiction, nothing is answered: {exc}"
    if not explanation and not any(w.replace("log-log ", "loglog_") in facts or
                                   "not_" + w.replace("log-log ", "loglog_") in facts for w in words):
        explanation = ("no certificate was found: quasiconvexity is proved from convexity, a monotone outer "
                       "function, log f or a monotone function of one variable" if not loglog else
                       "no certificate was found for log f(e^u)")
    return Analysis(function=f, variables=variables, domain=dom, curvature=verdict_from(
        {s for s in direct if s in ("convex", "concave", "affine", "strictly_convex", "strictly_concave",
                                    "not_convex", "not_concave")}), certificates=kept, explanation=explanation,
        facts=facts, checked=tuple(kept))


__all__ = ["LOGLOG_WORDS", "QUASI_WORDS", "analyze_beyond", "find_quasimidpoint"]
