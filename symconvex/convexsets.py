r"""Finding domain certificates: a proof that a domain given by joint constraints is a convex set.

Search layer: proposes a certificate for ``check.verify_domain`` (``check/domains.py`` states the mathematics)
and decides nothing. The constraints are taken affine ones first, then each remaining one as soon as it is shown
to cut a convex set out of those before it:

- ``superlevel``: its G (G > 0 or G >= 0) is concave on the constraints before it (``rules.prove_by_rules``
  with those constraints as the domain, so their bounds and joint constraints give the signs it needs);
- ``factor``: G = v h for a variable v > 0 on the constraints before it (or G = (-v) h for v < 0), with
  h = G / v concave there: s t - r^2 = s (t - r^2 / s) on s > 0; or G = G * 1 when G > 0 on the constraints
  before it (x^2 + 2x + 5 >= 0, the natural domain of sqrt(x^2 + 2x + 5): the constraint cuts nothing out).

``prove_convex_domain(domain)`` returns the certificate (a dict) or None (None proves nothing).

>>> import sympy as sp
>>> from symconvex.domain import Domain
>>> r, s, t = sp.symbols("r s t", real=True)
>>> cert = prove_convex_domain(Domain.build((r, s, t), [s > 0, t > 0, s * t > r**2]))
>>> [step["rule"] for step in cert["steps"]]
['affine', 'affine', 'factor']
>>> from symconvex.check import verify_domain
>>> verify_domain(cert)
'convex_set'
"""

from __future__ import annotations

import sympy as sp

from .check.signs import domain_box, domain_halfspaces, strengthen_sign
from .certificates import to_tree
from .domain import Domain
from .errors import InputError
from .rules import prove_by_rules


def _scope(names, before):
    return type("Scope", (), {"variables": tuple(names), "parameters": (), "domain": tuple(before)})()


def _concave_derivation(h, variables, before_constraints):
    try:
        cert = prove_by_rules(h, variables, Domain.build(variables, before_constraints) if before_constraints
                              else None)
    except (InputError, ValueError, TypeError):
        return None
    if cert is None or cert.proves not in ("concave", "affine"):
        return None
    return cert.derivation


def _step(G, variables, names, before_constraints, before_trees):
    derivation = _concave_derivation(G, variables, before_constraints)
    if derivation is not None:
        return {"rule": "superlevel", "derivation": derivation}
    scope = _scope(names, before_trees)
    box, halfspaces = domain_box(scope), domain_halfspaces(scope)
    whole = to_tree(G)
    if strengthen_sign("unknown", whole, box, halfspaces) == "positive":   # G > 0 on C: G = G * 1 cuts out C itself
        derivation = _concave_derivation(sp.Integer(1), variables, before_constraints)
        if derivation is not None:
            return {"rule": "factor", "multiplier": whole, "derivation": derivation}
    for v in variables:
        if v not in G.free_symbols:
            continue
        for m in (v, -v):
            m_tree = to_tree(m)
            if strengthen_sign("unknown", m_tree, box, halfspaces) != "positive":
                continue
            derivation = _concave_derivation(sp.expand(G / m), variables, before_constraints)
            if derivation is not None:
                return {"rule": "factor", "multiplier": m_tree, "derivation": derivation}
    return None


def prove_convex_domain(domain: Domain) -> dict | None:
    """A domain certificate that ``domain`` is convex (``check/domains.py``), or None."""
    if not domain or len(domain.constraints) > 12:
        return None
    variables = tuple(domain.variables)
    names = [v.name for v in variables]
    trees = list(domain.to_trees())
    parts = domain.parts()
    affine = [i for i, (g, _) in enumerate(parts)
              if g.is_polynomial(*variables) and sp.Poly(g, *variables).total_degree() <= 1]
    order, steps = list(affine), [{"rule": "affine"} for _ in affine]
    rest = [i for i in range(len(parts)) if i not in affine]
    progress = True
    while rest and progress:
        progress = False
        for i in list(rest):
            before = [domain.constraints[j] for j in order]
            step = _step(parts[i][0], variables, names, before, [trees[j] for j in order])
            if step is not None:
                order.append(i)
                steps.append(step)
                rest.remove(i)
                progress = True
    if rest:
        return None
    return {"symconvex": 1, "kind": "domain", "variables": names, "domain": trees, "proves": "convex_set",
            "order": order, "steps": steps}


__all__ = ["prove_convex_domain"]
