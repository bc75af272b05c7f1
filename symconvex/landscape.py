r"""Finding saddle points (search layer: proposes ``SaddleCertificate``s; the checker decides, ``check.landscape``).

``find_saddles(f, variables)`` looks at candidate critical points — the origin, and for a polynomial in at most
four variables the rational solutions of ∇f = 0 — and at each one where the gradient is exactly 0:

- if the exact Hessian H there has directions with uᵀHu < 0 < vᵀHv (tried: coordinate axes, their sums and
  differences, rationalized eigenvectors), it proposes a *strict saddle*;
- else, for a polynomial, it expands φ_w(t) = f(p + t w) exactly along small integer directions w and proposes
  a *higher-order saddle* when one direction's first nonzero coefficient after c_0 is negative and another's
  positive (Kawaguchi's degenerate saddle of deep linear networks: (w₁w₂w₃ − 1)² at 0, f(t, t, t) = 1 − 2t³ + t⁶).

Only certificates the checker accepts are returned. Floats only pick eigen-directions.
"""

from __future__ import annotations

import itertools
import time
from fractions import Fraction

import sympy as sp

from .certificates import SaddleCertificate, rational_to_str, to_tree
from .check import verify
from .errors import CertificateError
from .evaluation import Undefined, jet_along, second_derivative, stated

MAX_ORDER = 8


def _is_polynomial(f, variables) -> bool:
    return f.is_polynomial(*variables)


def critical_points(f, variables, *, limit: int = 8, deadline: float | None = None) -> list[tuple]:
    """Rational points where ∇f = 0: the origin when it is one, and for a small polynomial the rational
    solutions SymPy finds (a proposal: the checker re-checks the gradient exactly)."""
    grad = [sp.diff(f, v) for v in variables]
    origin = {v: 0 for v in variables}
    out = []
    if all(sp.simplify(g.xreplace(origin)) == 0 for g in grad):
        out.append(tuple(sp.Integer(0) for _ in variables))
    if _is_polynomial(f, variables) and len(variables) <= 4 and (deadline is None or time.monotonic() < deadline):
        try:
            solutions = sp.solve(grad, variables, dict=True)
        except (NotImplementedError, ValueError, TypeError):
            solutions = []
        for sol in solutions:
            point = tuple(sol.get(v, sp.Integer(0)) for v in variables)
            if all(c.is_Rational for c in point) and point not in out:
                out.append(point)
            if len(out) >= limit:
                break
    return out


def _directions(n: int, H=None) -> list[tuple]:
    dirs = [tuple(int(k == i) for k in range(n)) for i in range(n)]
    for i, j in itertools.combinations(range(n), 2):
        for s in (1, -1):
            dirs.append(tuple(1 if k == i else s if k == j else 0 for k in range(n)))
    if n <= 4:
        dirs += [w for w in itertools.product((-1, 0, 1), repeat=n) if any(w)]
    if H is not None:
        try:
            for _, _, vecs in H.evalf().eigenvects():
                for vec in vecs:
                    big = max(abs(float(c)) for c in vec) or 1.0
                    dirs.append(tuple(int(round(float(c) / big * 4)) for c in vec))
        except (TypeError, ValueError, NotImplementedError):
            pass
    return list(dict.fromkeys(d for d in dirs if any(d)))


def find_saddles(f, variables, *, network=None, timeout: float | None = 30.0) -> list[SaddleCertificate]:
    """Saddle certificates for critical points of f over ``variables`` (module docstring), about the function
    itself or, with ``network`` (a ``Network`` whose loss is f), about its spec."""
    deadline = time.monotonic() + timeout if timeout else None
    variables = list(variables)
    names = [v.name for v in variables]
    subject = ({"network": network.spec, "variables": tuple(network.names), "function": None} if network is not None
               else {"function": to_tree(f), "variables": tuple(names)})
    H = sp.hessian(f, variables)
    found = []
    for p in critical_points(f, variables, deadline=deadline):
        if deadline is not None and time.monotonic() > deadline:
            break
        at = dict(zip(variables, p))
        Hp = H.xreplace(at)
        cert = _strict(f, variables, names, p, Hp, subject) or (
            _higher_order(f, variables, p, subject) if _is_polynomial(f, variables) else None)
        if cert is not None:
            found.append(cert)
    return found


def _strict(f, variables, names, p, Hp, subject):
    if not all(e.is_Rational for e in Hp):
        return None
    neg = pos = None
    for w in _directions(len(variables), Hp):
        q = (sp.Matrix([w]) * Hp * sp.Matrix(w))[0]
        if q < 0 and neg is None:
            neg = w
        if q > 0 and pos is None:
            pos = w
    if neg is None or pos is None:
        return None
    tree = to_tree(f)
    point = [_fraction(c) for c in p]
    jets = []
    for w in (neg, pos):  # the stated jets, from the finders' own evaluator (the checker recomputes them)
        try:
            jet, _ = jet_along(tree, names, point, [Fraction(c) for c in w])
            jets.append(tuple(stated(x) for x in (jet[0], jet[1], second_derivative(jet))))
        except Undefined:
            return None
    return _checked(SaddleCertificate(**subject, proves="strict_saddle", point=tuple(map(rational_to_str, p)),
                                      neg_direction=tuple(map(str, neg)), pos_direction=tuple(map(str, pos)),
                                      neg_jet=jets[0], pos_jet=jets[1]))


def _higher_order(f, variables, p, subject):
    t = sp.Symbol("t")
    best = {}
    for w in _directions(len(variables)):
        phi = sp.Poly(sp.expand(f.xreplace({v: c + t * k for v, c, k in zip(variables, p, w)})), t)
        coefficients = [phi.coeff_monomial(t ** k) for k in range(MAX_ORDER + 1)]
        k = next((k for k in range(1, MAX_ORDER + 1) if coefficients[k] != 0), None)
        if k is None:
            continue
        side = "neg" if coefficients[k] < 0 else "pos"
        if side not in best or k < best[side][0]:
            best[side] = (k, w, coefficients[: k + 1])
    if set(best) != {"neg", "pos"}:
        return None
    (_, u, cu), (_, v, cv) = best["neg"], best["pos"]
    return _checked(SaddleCertificate(**subject, proves="saddle", point=tuple(map(rational_to_str, p)),
                                      neg_direction=tuple(map(str, u)), pos_direction=tuple(map(str, v)),
                                      neg_jet=tuple(map(rational_to_str, cu)), pos_jet=tuple(map(rational_to_str, cv))))


def _fraction(c) -> Fraction:
    c = sp.Rational(c)
    return Fraction(int(c.p), int(c.q))


def _checked(cert):
    try:
        verify(cert)
    except CertificateError:
        return None
    return cert


__all__ = ["critical_points", "find_saddles"]
