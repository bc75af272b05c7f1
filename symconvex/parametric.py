r"""Analysis with parameters: "a x² is convex in x for a > 0", "xy is convex in x for fixed y" (analysis layer).

A *parameter* is a symbol of the function that is not a variable. A claim about f(x; a) with conditions C(a) is
a claim about *every* allowed parameter value:

- **convex / concave / affine for all allowed a** is proved by a rules certificate with ``parameters``: the
  checker's rules treat a parameter as a constant whose sign comes only from its bounds in the domain (a > 0),
  so the derivation holds for each allowed value;
- **not convex (for some allowed a)** is shown by a refutation at one allowed value: a midpoint or curvature
  certificate about f(x; a) itself with ``parameter_values``; the checker evaluates f at those values and checks
  the domain's conditions there (a disallowed value is rejected).

The domain's constraints must each be about the variables only or about the parameters only (a domain such as
x > a, which moves with the parameter, is refused with a one-line error). The parameters' conditions must allow
a value this module can exhibit exactly (a small rational), so that no fact holds only vacuously.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from fractions import Fraction

import sympy as sp

from .certificates import rational_to_str, to_tree
from .domain import Domain
from .errors import InputError
from .limits import SearchTimeout, search_deadline

#: Candidate parameter values, small first (each parameter), and how many combinations are tried.
SAMPLES = [Fraction(v) for v in ("1", "-1", "2", "1/2", "0", "-2", "3", "-1/2", "1/3", "10", "-10", "1/10")]
MAX_VALUES = 8


def parameter_values(domain: Domain | None, parameters, limit: int = MAX_VALUES, degenerate=None):
    """Allowed parameter values (exactly inside the parameters' conditions): per parameter, the closed ends of
    its conditions first (a >= 0 allows the degenerate a = 0, where strictness typically fails), then its
    ``degenerate`` values (``degenerate_values``: where the Hessian is singular whatever the variables), then the
    small samples; combinations of several parameters in order of the sum of their ranks, so (0, 0) comes early."""
    bounds = domain.bounds() if domain else {}
    degenerate = degenerate or {}
    ranked = []
    for p in parameters:
        lo, lo_strict, hi, hi_strict = bounds.get(p, (None, False, None, False))
        ends = [Fraction(int(e.p), int(e.q)) for e, strict in ((lo, lo_strict), (hi, hi_strict))
                if e is not None and not strict and getattr(e, "is_Rational", False)]
        ranked.append(list(dict.fromkeys(ends + list(degenerate.get(p.name, ())) + SAMPLES)))
    found = 0
    for ix in itertools.islice(_by_rank([len(r) for r in ranked]), MAX_TRIED):
        point = tuple(r[i] for r, i in zip(ranked, ix))
        if not domain or domain.contains(point):
            yield point
            found += 1
            if found >= limit:
                return


def _by_rank(sizes: list):
    """The index tuples of ``itertools.product(*map(range, sizes))`` in order of (sum, tuple), generated lazily: with
    nine parameters (a 3 x 2 matrix and a vector, by entries) the product has 12^9 tuples, far too many to sort."""
    def tails(k: int, total: int):
        if k == len(sizes):
            if total == 0:
                yield ()
            return
        room = sum(n - 1 for n in sizes[k + 1:])
        for first in range(max(0, total - room), min(sizes[k] - 1, total) + 1):
            for tail in tails(k + 1, total - first):
                yield (first, *tail)

    for total in range(sum(n - 1 for n in sizes) + 1):
        yield from tails(0, total)


#: How many combinations ``parameter_values`` examines at most (conditions may reject most of them).
MAX_TRIED = 20000


#: The largest function (SymPy operation count) and number of variables whose Hessian determinant is factored.
MAX_OPS, MAX_VARIABLES, MAX_ROOTS = 200, 3, 4


def degenerate_values(f, variables, parameters) -> dict:
    """{parameter name: rational values at which the Hessian of f in ``variables`` is singular at every point}:
    the rational roots of the factors of det H that contain one parameter and no variable (x for (y - w x)^2 in
    w, where det H = x^2; p and p - 1 for |x|^p). Candidates only: at such a value f is often affine along some
    direction, and a refutation found there is decided by the checker like any other. Empty when f is too large
    or SymPy cannot factor det H."""
    if len(variables) > MAX_VARIABLES or sp.count_ops(f) > MAX_OPS:
        return {}
    try:
        det = sp.Matrix(len(variables), len(variables),
                        lambda i, j: sp.diff(f, variables[i], variables[j])).det(method="berkowitz")
        factors = sp.factor_list(sp.factor(det))[1] if det.is_polynomial(*parameters) else \
            [(g, 1) for g in sp.Mul.make_args(sp.factor(det))]
    except SearchTimeout:  # the analysis's time is up: not a failure here
        raise
    except Exception:  # noqa: BLE001 - no candidates is always a safe answer
        return {}
    out: dict = {}
    params = set(parameters)
    for g, _ in factors:
        g = g.base if isinstance(g, sp.Pow) and g.exp.is_positive else g
        free = g.free_symbols
        if len(free) != 1 or not free <= params:
            continue
        (q,) = free
        try:
            roots = [r for r in sp.Poly(g, q).ground_roots() if r.is_Rational] if g.is_polynomial(q) else []
        except SearchTimeout:
            raise
        except Exception:  # noqa: BLE001
            roots = []
        out.setdefault(q.name, [])
        out[q.name] += [Fraction(int(r.p), int(r.q)) for r in roots][:MAX_ROOTS]
    return out


def split_constraints(constraints, variables, parameters):
    """(constraints on the variables, constraints on the parameters); InputError for a mixed one."""
    names_v = {v.name for v in variables}
    names_p = {p.name for p in parameters}
    on_vars, on_params = [], []
    for c in constraints:
        names = {s.name for s in c.free_symbols}
        if names <= names_v:
            on_vars.append(c)
        elif names <= names_p:
            on_params.append(c)
        else:
            raise InputError(f"the domain constraint {c} mixes variables and parameters, which is not supported; "
                             "give the variables' domain and the parameters' conditions separately")
    return on_vars, on_params


def analyze_parametric(f, variables, parameters, domain=None, *, timeout: float | None = None):
    """The facts of f over ``variables`` that hold for every value of ``parameters`` the domain allows (module
    docstring), each with certificates about f with its parameters."""
    from . import decompose, rules
    from .analysis import analyze, checked, conclude, has_two_points, require_convex_domain
    from .certificates import exact
    from .search import Problem
    from .strictness import find_flat_segments, prove_strict_sum

    f = exact(f if isinstance(f, sp.Basic) else sp.sympify(f))
    parameters = [sp.Symbol(getattr(p, "name", p), real=True) for p in parameters]
    names_p = [p.name for p in parameters]
    if variables is None:
        variables = sorted((s for s in f.free_symbols if s.name not in names_p), key=lambda s: s.name)
    variables = [sp.Symbol(getattr(v, "name", v), real=True) for v in variables]
    names = [v.name for v in variables] + names_p
    if not variables or len(set(names)) != len(names):
        raise InputError("variables and parameters must be distinct, with at least one variable")
    extra = sorted({s.name for s in f.free_symbols} - set(names))
    if extra:
        raise InputError(f"the function uses {', '.join(extra)}, which are neither variables nor parameters")
    by_name = {s.name: s for s in (*variables, *parameters)}
    f = f.xreplace({s: by_name[s.name] for s in f.free_symbols})
    constraints = [c.xreplace({s: by_name[s.name] for s in c.free_symbols if s.name in by_name})
                   for c in (domain if isinstance(domain, (list, tuple)) else [domain] if domain is not None else [])]
    on_vars, on_params = split_constraints(constraints, variables, parameters)
    var_domain = Domain.build(tuple(variables), on_vars) if on_vars else None
    if var_domain:
        require_convex_domain(var_domain, variables)
    param_domain = Domain.build(tuple(parameters), on_params) if on_params else None
    values = list(parameter_values(param_domain, parameters, degenerate=degenerate_values(f, variables, parameters)))
    if not values:
        raise InputError("the conditions on the parameters allow no value found among small rationals; "
                         "the claim would hold only vacuously")
    joint = Domain.build(tuple(variables) + tuple(parameters), on_vars + on_params) if constraints else None
    deadline = search_deadline(timeout, time.monotonic())
    subject = {"function": to_tree(f), "domain": joint.to_trees() if joint else (),
               "parameters": tuple(p.name for p in parameters)}  # what a refutation at one value is about
    verified: dict = {}  # id(cert) -> (cert, statement) for the restated refutations checked while searching

    def run(found: list) -> str:
        cert = rules.prove_by_rules(f, variables, joint, parameters=parameters)
        if cert is not None:
            found.append(cert)
            if cert.proves == "affine":
                return ""
        try:  # a Hessian proof adds strictness (or decides what the rules could not)
            hessian = decompose.prove_by_hessian(f, variables, joint, strict=True, parameters=parameters)
        except Exception:  # noqa: BLE001 - a prover that cannot read f proves nothing
            hessian = None
        if hessian is not None:
            found.append(hessian)
            cert = cert or hessian
        for side in ("convex", "concave"):  # a sum whose strictly convex terms cover the variables
            if cert is not None and cert.proves == side and f"strictly_{side}" not in {c.proves for c in found}:
                strict = prove_strict_sum(f, variables, joint, side, parameters)
                if strict is not None:
                    found.append(strict)
        for value in values:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0.2:
                break
            at = f.xreplace(dict(zip(parameters, (sp.Rational(v.numerator, v.denominator) for v in value))))
            sub = analyze(at, list(variables), on_vars or None, timeout=None if left is None else left / 2)
            refutations = [c for c in sub.certificates if c.kind in ("midpoint", "curvature")]
            flat = _unsettled(found + refutations) & {"not_strictly_convex", "not_strictly_concave"}
            if flat and "affine" in sub.facts:  # f is affine at this value: any segment refutes strictness
                find_flat_segments(Problem(at, list(variables), var_domain), flat, refutations)
            # only a refutation the checker accepts about f with its parameters settles anything (|x|^p at p = 1
            # is refuted at the kink x = 0, where the checker cannot evaluate the power with a parameter exponent);
            # the first restatement the checker accepts is kept, with its statement for the gate (which then does
            # not verify the same certificate again)
            for c in refutations:
                for r in _restated(c, subject, variables, parameters, value):
                    statement = checked(r)
                    if statement is not None:
                        found.append(r)
                        verified[id(r)] = (r, statement)
                        break
            if not _unsettled(found):
                break
        return "" if found else "no certificate was found for every parameter value, nor a refutation at one"

    return conclude(run, timeout, verified=verified, function=f, variables=tuple(variables), domain=joint,
                    parameters=tuple(parameters), two_points=has_two_points(var_domain))


def _restated(cert, subject: dict, variables, parameters, value) -> list:
    """A refutation found for f at one parameter value, restated about f with its parameters (``subject``) at that
    value: first with the values it states (f(a), f(b), f(m); a curvature certificate's jet) recomputed by the
    finders' evaluator on f's own tree with the parameters set (x^a at a = 1 is a power with a parameter exponent,
    evaluated as a ball, not the exact x: a value stated exactly where the checker computes a ball is rejected),
    then as found. The caller keeps the first one the checker accepts."""
    from .evaluation import Undefined, jet_along, precision, second_derivative, stated, value_at

    names = [v.name for v in variables] + [p.name for p in parameters]
    extra = [Fraction(v) for v in value]
    changes = {}
    try:
        with precision():
            if cert.kind == "midpoint" and cert.m and set(cert.values) == {"f(a)", "f(b)", "f(m)"}:
                points = {"f(a)": cert.a, "f(b)": cert.b, "f(m)": cert.m}
                changes["values"] = {key: stated(value_at(subject["function"], names,
                                                          [Fraction(c) for c in points[key]] + extra))
                                     for key in cert.values}
            elif cert.kind == "curvature":
                zeros = [Fraction(0)] * len(extra)
                jet, _ = jet_along(subject["function"], names, [Fraction(c) for c in cert.point] + extra,
                                   [Fraction(c) for c in cert.direction] + zeros)
                changes.update(value=stated(jet[0]), slope=stated(jet[1]),
                               second_derivative=stated(second_derivative(jet)))
    except (Undefined, ValueError, ZeroDivisionError):
        changes = {}
    at = tuple(rational_to_str(v) for v in value)
    plain = dataclasses.replace(cert, **subject, digest="", parameter_values=at)
    return [dataclasses.replace(plain, **changes), plain] if changes else [plain]


def _unsettled(found) -> set[str]:
    """The refutations still worth looking for at another parameter value: for each side, "not side" unless the
    side is proved for every value, and "not strictly side" unless strictness is proved or some value refutes it
    (a value where f is not convex is also one where it is not strictly convex: the facts table derives it)."""
    proved = {c.proves for c in found if c.kind in ("rules", "hessian", "sum")}
    proved |= {s.removeprefix("strictly_") for s in proved} | ({"convex", "concave"} if "affine" in proved else set())
    refuted = {c.statement for c in found if c.kind in ("midpoint", "curvature")}
    out = set()
    for side in ("convex", "concave"):
        if side not in proved and f"not_{side}" not in refuted:
            out.add(f"not_{side}")
        if (f"strictly_{side}" not in proved and "affine" not in proved and
                not {f"not_{side}", f"not_strictly_{side}"} & refuted):
            out.add(f"not_strictly_{side}")
    return out


__all__ = ["analyze_parametric", "parameter_values", "split_constraints"]
