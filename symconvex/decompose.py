r"""Hessian proofs: the closed-form Hessian H and H = L D L^T (or -H = L D L^T) with nonnegative pivots.

``prove_by_hessian(f, variables, domain)`` computes H on the open interior of the domain's box (variables
carrying the sign assumptions of their bounds), factors +H and -H by LDL^T without pivoting on symbolic
entries, simplifies, and returns the ``HessianCertificate`` the independent checker accepts (it runs
``check.hessian.verify_hessian`` on the candidate), or None.

It applies when f is smooth (no abs, max, min, relu: those have kinks) and defined on the domain, the domain
box has a nonempty interior, and every pivot is shown >= 0 by sign rules (sums and products of signs,
even powers, exp > 0, positive-bounded variables, ...). A pivot in one variable whose polynomial factors the rules
cannot sign is rewritten, as the same function, with each factor that is positive on R as a sum of squares
(``sos``): x^4 + x^3 + x^2 has f'' = 12x^2 + 6x + 2 = 12(x + 1/4)^2 + 5/4 > 0; a sum a sin u + b cos u in it as
R sin(u + phi) (``harmonic``): sin x + cos x has f'' = -sqrt(2) sin(x + pi/4) < 0 on (-pi/4, 3pi/4).

>>> import sympy as sp
>>> x, y = sp.symbols("x y", real=True)
>>> cert = prove_by_hessian(x**2 + x*y + y**2, (x, y), None)
>>> cert.proves, cert.D
('convex', [['num', '2'], ['num', '3/2']])
"""

from __future__ import annotations

import dataclasses
import functools
import time
from fractions import Fraction

import sympy as sp

from .certificates import OPERATORS, HessianCertificate, constraint_to_sympy, rational_to_str, to_sympy, to_tree
from .check import verify
from .check.signs import domain_box, domain_halfspaces, strengthen_sign, tree_sign
from .domain import Domain
from .errors import CertificateError, InputError
from .evaluation import Undefined, precision, sign, stated, value_at
from .functions import leaky_relu, relu, sigmoid, softplus
from .harmonic import harmonic_form
from .memo import Memo
from .rules import box_of
from .signs import SIGN_BY_RANGES, box_to_json, variable_sign
from .sos import sos_pivot

_KINKS = (sp.Abs, sp.Max, sp.Min, relu, leaky_relu, sp.Piecewise, sp.Heaviside, sp.sign)


def _names(variables) -> list[str]:
    return [v if isinstance(v, str) else v.name for v in variables]


@functools.lru_cache(maxsize=4096)
def _simplify(e):
    """A simplified form whose factors the sign rules can read: (x - 1)^2 rather than x^2 - 2x + 1."""
    e = sp.cancel(sp.together(e))
    if e.has(sp.exp, sp.Pow, sp.log):
        e = sp.simplify(e)
    if e.is_number:
        return e
    factored = sp.factor(e)
    return factored if sp.count_ops(factored) <= sp.count_ops(e) + 2 else e


def ldl(M: sp.Matrix):
    """L (unit lower triangular) and the pivots D with M = L diag(D) L^T, without pivoting; None when a
    zero pivot meets a nonzero entry below it (then M is not positive semidefinite, or the order fails)."""
    n = M.rows
    L = sp.eye(n)
    D = [sp.S.Zero] * n
    for k in range(n):
        D[k] = _simplify(M[k, k] - sum((L[k, j] ** 2 * D[j] for j in range(k)), sp.S.Zero))
        for i in range(k + 1, n):
            num = _simplify(M[i, k] - sum((L[i, j] * L[k, j] * D[j] for j in range(k)), sp.S.Zero))
            if num == 0:
                L[i, k] = sp.S.Zero
            elif D[k] == 0:
                return None
            else:
                L[i, k] = _simplify(num / D[k])
    return L, D


def _exact_constant(c) -> bool:
    """Is the SymPy number c an exact real constant (rational, a + b pi, sqrt(3), e^{3/2}, log 2, ...: no symbol,
    no float)? The checker decides for itself whether it reads it (``check.constants``)."""
    return c.is_Rational or (not c.free_symbols and c.is_real is True and not c.has(sp.Float))


def _is_bound(constraint, names) -> bool:
    """Is the constraint a bound on one variable, a x + c compared with 0 with a rational and c an exact real
    constant (so that the domain's box is exactly its set of bounds)?"""
    try:
        rel = constraint_to_sympy(constraint, {n: sp.Symbol(n, real=True) for n in names})
        g = sp.expand(rel.lhs - rel.rhs)
    except (InputError, CertificateError, TypeError, ValueError, AttributeError):
        return False
    if len(g.free_symbols) != 1:
        return False
    (v,) = g.free_symbols
    if not g.is_polynomial(v) or sp.degree(g, v) != 1:
        return False
    a, c = sp.Poly(g, v).all_coeffs()
    return a.is_Rational and _exact_constant(c)


def _exp_form(expr):
    """sigmoid, softplus and tanh written with exp (the same function, so the same Hessian; trigonometric
    functions stay as they are: with exp they would turn complex)."""
    return expr.replace(lambda e: isinstance(e, (sigmoid, softplus, sp.tanh)), lambda e: e.rewrite(sp.exp))


def prove_by_hessian(f, variables, domain, *, strict: bool = False, side: str | None = None,
                     parameters=(), verified: dict | None = None) -> HessianCertificate | None:
    """A ``HessianCertificate`` that f is convex (H = L D L^T) or concave (-H = L D L^T) on the domain,
    every pivot of D >= 0 there; None when f has kinks, the domain box has no interior, or no pivot
    argument succeeds (None proves nothing). With ``strict``, the certificate proves strict convexity
    (concavity) instead when every pivot is positive on an open domain. The candidates are checked to choose
    among them; ``verified`` receives ``id(cert) -> (cert, statement)`` for the accepted ones (``analysis.gate``
    then reuses the statement instead of checking the same certificate again).

    The answer is a function of the exact inputs alone, so it is remembered per process (``_MEMO``): the same
    question again gets a copy of the same certificate (and, in ``verified``, the statement the checker gave that
    certificate), without the symbolic work. What the memo keeps is a private copy; nothing in it decides anything
    (the gate still binds every certificate to its subject)."""
    if domain is not None and not isinstance(domain, Domain):
        domain = Domain.build([sp.Symbol(v, real=True) if isinstance(v, str) else v for v in variables], domain)
    f = sp.sympify(f)
    key = (sp.srepr(f), tuple(_names(variables)), repr(() if domain is None else domain.to_trees()), strict, side,
           tuple(_names(parameters)))
    kept = _MEMO.lookup(key)
    if kept is not None:
        cert, statement = kept
        if cert is not None and statement is not None and verified is not None:
            verified[id(cert)] = (cert, statement)
        return cert
    mine: dict = {}
    started = time.monotonic()
    cert = _prove_by_hessian(f, variables, domain, strict=strict, side=side, parameters=parameters, verified=mine)
    if verified is not None:
        verified.update(mine)
    _MEMO.store(key, cert, mine[id(cert)][1] if cert is not None and id(cert) in mine else None, started)
    return cert


#: ``prove_by_hessian``'s memo: (the certificate or None, the checker's statement about it when the call verified it).
_MEMO = Memo()


def _prove_by_hessian(f, variables, domain, *, strict, side, parameters, verified) -> HessianCertificate | None:
    """``prove_by_hessian`` without the memo (f a SymPy expression, domain None or a ``Domain``)."""
    if f.has(*_KINKS):
        return None
    names = _names(variables)
    params = _names(parameters)
    box = box_of(domain, [*variables, *parameters])
    syms = {}
    for name in names + params:
        s = variable_sign(box[name], interior=True)
        syms[name] = sp.Symbol(name, real=True, **({"positive": True} if s == "positive" else
                                                  {"negative": True} if s == "negative" else {}))
    try:
        function_tree = to_tree(f)
    except InputError:
        return None
    by_name = {s.name: s for s in f.free_symbols}
    F = _exp_form(f.xreplace({by_name[n]: syms[n] for n in names + params if n in by_name}))
    xs = [syms[n] for n in names]
    H = sp.Matrix(len(xs), len(xs), lambda i, j: _simplify(sp.diff(F, xs[i], xs[j])))
    trees_box = box_to_json(box)
    domain_trees = () if domain is None else domain.to_trees()
    factored = ldl(H)  # H = L D L^T gives -H = L (-D) L^T: one factorization serves both sides
    if factored is None:  # then -H has no such factorization either
        return None
    L, D_of_H = factored
    for proves in ("convex", "concave"):
        if side is not None and proves != side:  # only the side asked for (an identically zero H: both)
            continue
        D = D_of_H if proves == "convex" else [_simplify(-d) for d in D_of_H]
        try:
            D = [_readable(d, box, params) for d in D]
            D_trees = [to_tree(d) for d in D]
            cert = HessianCertificate(
                variables=tuple(names), function=function_tree, domain=domain_trees, proves=proves,
                parameters=tuple(params),
                hessian=[[to_tree(H[i, j]) for j in range(H.cols)] for i in range(H.rows)],
                L=[[to_tree(L[i, j]) for j in range(L.cols)] for i in range(L.rows)], D=D_trees,
                pivot_signs=[{"sign": tree_sign(t, box, True), "box": trees_box} for t in D_trees])
        except InputError:
            continue
        signed = all(p["sign"] in ("positive", "nonnegative", "zero") for p in cert.pivot_signs)
        # the strict version first when it is asked for: when the checker accepts it, checking the plain one too
        # would repeat the same identities (H = L D L^T) for a certificate that is then dropped
        found = _strict_version(cert, verified) if strict and signed else None
        found = found or (_accepted(cert, verified) if signed else None)
        if found is None or (strict and not found.proves.startswith("strictly_")):
            joint = _joint_version(cert, domain_trees, params, strict, verified)
            found = joint or found
        if found is not None:
            return found
    return None


def _readable(d, box: dict, params=()):
    """The pivot d, or the same function written so that the sign rules read its sign (``sos.sos_pivot``: a
    polynomial factor positive on R as a sum of squares, 12x^2 + 6x + 2 = 12(x + 1/4)^2 + 5/4) when they cannot
    read d's; with parameters, a rational pivot in one variable as partial fractions in it (``_partial_fractions``)."""
    if params:
        d = _partial_fractions(d, box, params)
    if len(d.free_symbols) != 1:   # (sos_pivot reads one variable only: no sign work for the others)
        return d
    try:
        if tree_sign(to_tree(d), box, True) != "unknown":
            return d
        better = sos_pivot(d)
        if better is None:
            better = _completed_square(d)
        if better is None:
            better = harmonic_form(d)   # a sin u + b cos u = R sin(u + phi): read off u + phi's exact range
        if better is not None and tree_sign(to_tree(better), box, True) in ("positive", "nonnegative"):
            return better
    except (InputError, CertificateError, ValueError, TypeError, sp.PolynomialError):
        pass
    return d


def _partial_fractions(d, box: dict, params):
    """d, or its partial fractions in its one variable when the sign rules read those and not d: the Beta density's
    (log f)'' = -((a - 1)(x - 1)^2 + (b - 1) x^2) / (x^2 (x - 1)^2) is -(a - 1)/x^2 - (b - 1)/(x - 1)^2, a sum of
    terms <= 0 for a, b >= 1 (the parameters' signs from their bounds). The checker re-derives the identity."""
    names = {s.name for s in d.free_symbols} - set(params)
    try:
        if len(names) != 1 or not d.is_rational_function() or tree_sign(to_tree(d), box, True) != "unknown":
            return d
        (x,) = [s for s in d.free_symbols if s.name in names]
        better = sp.apart(d, x)
        if tree_sign(to_tree(better), box, True) in ("positive", "nonnegative"):
            return better
    except (InputError, CertificateError, ValueError, TypeError, NotImplementedError, sp.PolynomialError):
        pass
    return d


def _completed_square(d):
    """d with each factor that is a quadratic a t^2 + b t + c in a logarithm t written a (t + b/(2a))^2 +
    (c - b^2/(4a)), so that the sign rules read it: x^x's x log^2 x + 2x log x + x + 1 = x (log x + 1)^2 + 1.
    None when no factor is such a quadratic (an identity: the checker re-derives the pivot's equality)."""
    changed, out = False, []
    for f in (d.args if d.is_Mul else (d,)):
        for t in sorted(f.atoms(sp.log), key=sp.default_sort_key):
            T = sp.Dummy("t")
            q = sp.expand(f).subs(t, T)
            if not q.is_polynomial(T) or sp.degree(q, T) != 2:
                continue
            a, b, c = sp.Poly(q, T).all_coeffs()
            f = a * (t + sp.cancel(b / (2 * a))) ** 2 + sp.simplify(c - b ** 2 / (4 * a))
            changed = True
            break
        out.append(f)
    return sp.Mul(*out) if changed else None


def _accepted(cert, verified: dict | None = None):
    """The certificate when the checker accepts it (its statement recorded in ``verified``), else None."""
    try:
        statement = verify(cert)
    except CertificateError:
        return None
    if verified is not None:
        verified[id(cert)] = (cert, statement)
    return cert


def _joint_version(cert: HessianCertificate, domain_trees, params, strict: bool,
                   verified: dict | None = None) -> HessianCertificate | None:
    """The decomposition with pivot signs on the domain read also from ranges, factors and its joint polynomial
    constraints (``"sign_by": "ranges"``, as the checker re-derives them): on the open domain (or a box), or on
    the closed domain, boundary included, when a closed condition is more than a bound (1/(1 + x^2) concave on
    [-1/sqrt(3), 1/sqrt(3)], which the reader also states as x^2 <= 1/3): -log(1 - x^2 - y^2) is strictly convex
    on x^2 + y^2 < 1, sqrt(4 - x^2) strictly concave on [-2, 2]. None when a pivot's sign is not shown."""
    names = list(cert.variables) + list(params)
    box_domain = all(_is_bound(c, names) for c in domain_trees)   # no constraint: all of R^n, a box
    closed = not box_domain and any(c[0] not in ("gt", "lt") for c in domain_trees)   # signs on the closed domain
    box = domain_box(cert)
    halfspaces = domain_halfspaces(cert)
    inner = box if closed else {n: [lo, lo is not None, hi, hi is not None] for n, (lo, _, hi, _) in box.items()}
    signs = [strengthen_sign(tree_sign(t, box, not closed), t, inner, halfspaces) for t in cert.D]
    if not all(s in ("positive", "nonnegative", "zero") for s in signs):
        return None
    entries = [{**p, "sign": s, "sign_by": SIGN_BY_RANGES} for p, s in zip(cert.pivot_signs, signs)]
    joint = dataclasses.replace(cert, pivot_signs=entries, digest="")
    if strict and all(s == "positive" for s in signs) and not params:
        better = _accepted(dataclasses.replace(joint, proves="strictly_" + cert.proves), verified)
        if better is not None:
            return better
    if strict and (box_domain or closed) and len(signs) == 1 and signs[0] == "nonnegative" and not params:
        found = _positive_point(cert.D[0], cert.variables[0], entries[0]["box"])  # isolated zeros (1 variable)
        if found is not None:
            better = _accepted(dataclasses.replace(joint, proves="strictly_" + cert.proves, pivot_signs=[
                {**entries[0], "nonzero_at": [rational_to_str(found[0]), found[1]]}]), verified)
            if better is not None:
                return better
    return _accepted(joint, verified)


def _strict_version(cert: HessianCertificate, verified: dict | None = None) -> HessianCertificate | None:
    """The same decomposition as a proof of *strict* convexity (concavity): when every pivot is positive on an
    open domain (H is then positive definite), or, in one variable, when f'' >= 0 is positive at some interior
    point (an analytic f'' then has isolated zeros); None when the checker does not accept that."""
    signs = cert.pivot_signs
    if len(signs) == 1 and signs[0]["sign"] == "nonnegative" and not cert.parameters:
        found = _positive_point(cert.D[0], cert.variables[0], signs[0]["box"])
        if found is None:
            return None
        signs = [{**signs[0], "nonzero_at": [rational_to_str(found[0]), found[1]]}]
    elif not all(p["sign"] == "positive" for p in signs):
        return None  # (the checker also wants positive pivots on the closed box when a closed condition is given)
    return _accepted(dataclasses.replace(cert, proves="strictly_" + cert.proves, pivot_signs=signs, digest=""),
                     verified)


def _near(bound) -> Fraction | None:
    """A stated box bound ("p/q", ["a", "b"] for a + b pi, or a constant's tree) as a nearby rational: it only
    places candidate points, which the checker tests against the exact interval."""
    if bound is None:
        return None
    if isinstance(bound, list) and isinstance(bound[0], str) and bound[0] in OPERATORS:
        return Fraction(str(sp.N(to_sympy(bound), 30)))
    if isinstance(bound, list):
        a, b = Fraction(bound[0]), Fraction(bound[1])
        return a + b * Fraction(3141592653589793, 10 ** 15)
    return Fraction(bound)


def _positive_point(pivot_tree, name: str, box: dict):
    """(t, the pivot's value at t as stated text) for a rational t inside the interval of ``box`` where the pivot
    is shown > 0, or None (tries a few)."""
    lo, _, hi, _ = box.get(name, (None, False, None, False))
    lo, hi = _near(lo), _near(hi)
    if lo is not None and hi is not None:
        candidates = [lo + (hi - lo) * Fraction(k, 7) for k in (3, 1, 5, 2, 6)]
    elif lo is not None:
        candidates = [lo + Fraction(k, 2) for k in (2, 1, 5)]
    elif hi is not None:
        candidates = [hi - Fraction(k, 2) for k in (2, 1, 5)]
    else:
        candidates = [Fraction(1), Fraction(-1), Fraction(1, 2), Fraction(3)]
    for t in candidates:  # the finders' evaluator; the checker recomputes the value and its sign
        try:
            with precision():
                value = value_at(pivot_tree, [name], [t])
                if sign(value) == 1:
                    return t, stated(value)
        except Undefined:
            continue
    return None


__all__ = ["ldl", "prove_by_hessian"]
