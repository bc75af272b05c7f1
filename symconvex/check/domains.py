r"""Checking that a domain is a convex set: a certificate for constraints that are convex jointly.

A domain {x : G_k(x) > 0 (or >= 0), k = 1..K} (``G_k`` = lhs - rhs of a constraint ``gt``/``ge``, rhs - lhs of
``lt``/``le``) is convex when, taking the constraints in a stated order, each one cuts a convex set out of the set
C of the constraints before it (C = R^n before the first):

- ``affine``: G is a polynomial of degree <= 1 (a half-space; its intersection with C is convex), or a bound
  a x + c on one variable whose end is an exact constant (x > sqrt(2), x < e^{3/2}: ``signs.is_bound``), a
  half-line, so a half-space too;
- ``superlevel``: G is concave on C, shown by a rules derivation (``proofs.verify_rules``) whose domain is the
  constraints before it: {x in C : G(x) > 0} (>= 0) is then convex (a superlevel set of a concave function on a
  convex set);
- ``factor``: G = m h as rational functions (checked exactly: ``cancel(G - m h) = 0``), m > 0 at every point
  of C (its sign re-derived here from the constraints before it: ``signs.strengthen_sign``) and h concave on C
  (a rules derivation, as above): on C, G > 0 iff h > 0 (G >= 0 iff h >= 0), so the constraint cuts out
  {x in C : h(x) > 0}, convex. This is how s t > r^2 is read on s > 0: s t - r^2 = s (t - r^2 / s), a
  superlevel set of the concave t - r^2/s.

The intersection of convex sets is convex, so the whole domain is. Constraints must be polynomials with
rational coefficients (the identity and the derivation are then about the constraint itself), or such bounds.
The certificate (a JSON object) is::

    {"symconvex": 1, "kind": "domain", "variables": [names], "domain": [constraint trees],
     "proves": "convex_set", "order": [a permutation of 0..K-1],
     "steps": [{"rule": "affine"} | {"rule": "superlevel", "derivation": node}
               | {"rule": "factor", "multiplier": tree, "derivation": node}, ...]}

``steps[i]`` is about constraint ``order[i]``; a derivation's root is G (``superlevel``) or h (``factor``),
and is checked as a rules certificate whose domain is the constraints ``order[:i]`` (its ``box`` stated as
the checker computes it). ``verify_domain`` returns "convex_set" or raises ``CertificateError``.
"""

from __future__ import annotations

import sympy as sp

from ..errors import CertificateError
from .proofs import verify_rules
from .signs import _gap, check_constraint, domain_box, domain_halfspaces, is_bound, polynomial_form, strengthen_sign
from .reader import read_parsed
from .symbolic import to_sympy
from .trees import check_constraint_tree, check_tree, clipped, tree_variables

#: The most constraints a domain certificate may have.
MAX_CONSTRAINTS = 12
_KEYS = {"symconvex", "kind", "variables", "domain", "proves", "order", "steps"}
_STEP_KEYS = {"affine": {"rule"}, "superlevel": {"rule", "derivation"}, "factor": {"rule", "multiplier", "derivation"}}


def _rules_record(names, before, **values):
    """A rules certificate the checker builds itself (and reads) from a step it has read: about ``names`` on the
    constraints ``before``, with these fields."""
    return read_parsed({"symconvex": 1, "kind": "rules", "variables": list(names), "domain": list(before),
                        "digest": "", "proves": "affine", "derivation": {}, **values})


def _concave_on(derivation, names, before, where: str) -> None:
    """The derivation proves its root concave (or affine) on the constraints ``before``."""
    root, proves = (derivation.get("expr"), derivation.get("curvature")) if isinstance(derivation, dict) else (0, 0)
    if not isinstance(root, list) or proves not in ("concave", "affine"):
        raise CertificateError(f"{where}: a derivation of a concave (or affine) expr is needed")
    check_tree(root, f"{where}.expr")
    try:
        verify_rules(_rules_record(names, before, function=root, proves=proves, derivation=derivation), root)
    except CertificateError as exc:
        raise CertificateError(f"{where}: {exc}") from None


def verify_domain(data: dict) -> str:
    """Re-check a domain certificate (see the module docstring); return "convex_set"."""
    if not isinstance(data, dict) or data.get("kind") != "domain":
        raise CertificateError("kind: not a domain certificate")
    if set(data) != _KEYS:
        raise CertificateError(f"domain certificate: expected keys {sorted(_KEYS)}, found {sorted(data)}")
    if data["symconvex"] != 1:
        raise CertificateError(f"symconvex: format 1 expected, found {clipped(data['symconvex'])}")
    if data["proves"] != "convex_set":
        raise CertificateError(f"proves: must be 'convex_set', found {clipped(data['proves'])}")
    names, constraints, order, steps = data["variables"], data["domain"], data["order"], data["steps"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or len(set(names)) != len(names):
        raise CertificateError("variables: a list of distinct names")
    if not isinstance(constraints, list) or not 0 < len(constraints) <= MAX_CONSTRAINTS:
        raise CertificateError(f"domain: 1 to {MAX_CONSTRAINTS} constraints")
    k = len(constraints)
    if not isinstance(order, list) or sorted(order) != list(range(k)) or not all(type(i) is int for i in order):
        raise CertificateError(f"order: must be a permutation of 0..{k - 1}, found {clipped(order)}")
    if not isinstance(steps, list) or len(steps) != k:
        raise CertificateError(f"steps: expected {k} steps, found {clipped(steps)}")
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    for i, c in enumerate(constraints):
        check_constraint_tree(c, f"domain[{i}]")
        check_constraint(c, f"domain[{i}]", names)
    for i, (index, step) in enumerate(zip(order, steps)):
        where, rule = f"steps[{i}]", step.get("rule") if isinstance(step, dict) else None
        if rule not in _STEP_KEYS or set(step) != _STEP_KEYS[rule]:
            raise CertificateError(f"{where}: a step is affine, superlevel or factor with its fields, found "
                                   f"{clipped(step)}")
        G = _gap(constraints[index], symbols)  # the constraint is G > 0 (gt, lt) or G >= 0 (ge, le)
        form = polynomial_form(G, [symbols[n] for n in names])
        if rule == "affine" and (form is None and is_bound(constraints[index], names) or
                                 form is not None and all(sum(m) <= 1 for m in form[0])):
            continue
        if form is None or rule == "affine":
            raise CertificateError(f"{where}: constraint {index} is not a polynomial with rational coefficients"
                                   if form is None else f"{where}: constraint {index} ({G} > 0) is not affine")
        before = [constraints[j] for j in order[:i]]
        derivation = step["derivation"]
        _concave_on(derivation, names, before, f"{where}.derivation")
        h = to_sympy(derivation["expr"], dict(symbols))
        if rule == "superlevel":
            if sp.expand(h - G) != 0:
                raise CertificateError(f"{where}.derivation.expr: is {h}, constraint {index} is {G} > 0")
            continue
        m_tree = step["multiplier"]
        check_tree(m_tree, f"{where}.multiplier")
        if tree_variables(m_tree) - set(names):
            raise CertificateError(f"{where}.multiplier: uses names that are not variables")
        m = to_sympy(m_tree, dict(symbols))
        if sp.cancel(sp.together(G - m * h)) != 0:
            raise CertificateError(f"{where}: constraint {index} is {G}, not multiplier * derivation "
                                   f"= {sp.expand(m * h)}")
        scope = _rules_record(names, before)
        sign = strengthen_sign("unknown", m_tree, domain_box(scope), domain_halfspaces(scope))
        if sign != "positive":
            raise CertificateError(f"{where}.multiplier: cannot show {m} > 0 on the constraints before it "
                                   f"(sign {sign})")
    return "convex_set"


__all__ = ["verify_domain"]
