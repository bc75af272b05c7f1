r"""Checking ``sum`` certificates: strict convexity of a sum from its terms (checker; trusted).

**Theorem.** Let f = g_1 + ... + g_k on a set D ⊆ ℝⁿ, where each g_i depends only on the variables V_i and is
convex on a set D_i ⊇ the projection of D onto V_i, and let S be the terms that are *strictly* convex on D_i.
If the V_i with i ∈ S together cover all n variables, f is strictly convex on D.
With parameters (symbols that are not variables, ranging over the values the domain allows), the theorem is
applied for each fixed parameter value, at which every term is a function of its own variables alone.
*Proof.* For a ≠ b in D and λ ∈ (0, 1), some coordinate j has a_j ≠ b_j; j ∈ V_i for some i ∈ S, so the
projections of a and b onto V_i differ and g_i(m) < λ g_i(a) + (1−λ) g_i(b) strictly; every other term gives ≤
(a constant gives =). Summing gives f(m) < λ f(a) + (1−λ) f(b). Dually for concave.

**Accepted when** the certificate's function is ``["add", g_1, ..., g_k]``; ``parts`` has one entry per term: None
for a term without variables (a constant), else a certificate (JSON dict, read by ``read_part``, which reads the
parts of sum, identity and pieces certificates alike) whose function is exactly g_i, whose variables are distinct
variables of the sum and whose parameters are parameters of the sum (never one of its variables: the term then
depends on its declared variables only, for each fixed parameter value), whose domain constraints are each one of
the sum's (so the projection of D satisfies them), and which the checker accepts with a statement that is convex /
affine / strictly convex (for ``strictly_convex``; dually); the variables of the strictly convex parts cover every
variable of the sum. Parts number at most ``MAX_PARTS`` and nest at most ``check.MAX_NESTING`` deep.
"""

from __future__ import annotations

from ..errors import CertificateError
from .reader import Record, read_parsed
from .trees import clipped, tree_variables

MAX_PARTS = 64
_ENOUGH = {"strictly_convex": ("convex", "affine", "strictly_convex"),
           "strictly_concave": ("concave", "affine", "strictly_concave")}


def read_part(data, function, what: str, where: str, *, variables, domain, parameters=(), exact=False) -> Record:
    """A part of a ``sum``, ``identity`` or ``pieces`` certificate, read like a whole one: about exactly the tree
    ``function`` (``what`` names it; not a network), with distinct variables among ``variables`` (``exact``: the
    same list), parameters among ``parameters`` and no values stated for them, each domain constraint one of
    ``domain``."""
    part = read_parsed(data)
    names = list(part.variables)
    if part.network is not None or part.function != function:
        raise CertificateError(f"{where}: its function is not {what}")
    if part.parameter_values or not set(part.parameters) <= set(parameters):
        raise CertificateError(f"{where}: a part's parameters must be parameters of the whole, found "
                               f"{list(part.parameters)}")
    if names != list(variables) if exact else len(set(names)) != len(names) or not set(names) <= set(variables):
        raise CertificateError(f"{where}: variables {names}, expected {'' if exact else 'distinct names among '}"
                               f"{list(variables)}")
    if any(list(c) not in domain for c in part.domain):
        raise CertificateError(f"{where}: a domain constraint is not one of the allowed ones, found "
                               f"{clipped(list(part.domain))}")
    return part


def verify_sum(cert, tree: list, verify, depth: int) -> str:
    """Re-check a sum certificate (a ``check.reader`` record) against its subject ``tree``; ``verify(part, depth)``
    re-checks each part (a record)."""
    if tree[0] != "add":
        raise CertificateError(f"function: a sum certificate is about a sum, found '{tree[0]}'")
    terms, parts = tree[1:], list(cert.parts)
    if len(parts) != len(terms) or len(parts) > MAX_PARTS:
        raise CertificateError(f"parts: expected one per term ({len(terms)}), found {len(parts)}")
    covered: set[str] = set()
    for k, (term, part) in enumerate(zip(terms, parts)):
        if part is None:
            if tree_variables(term):
                raise CertificateError(f"parts[{k}]: the term uses variables, so it needs a certificate")
            continue
        # a parameter of a part that is a variable of the sum would let the term depend on more than its declared
        # variables (x y is affine in x for every y, yet not a function of x alone): parameters of the sum only
        sub = read_part(part, term, f"term {k} of the sum", f"parts[{k}]", variables=cert.variables,
                        domain=list(cert.domain), parameters=cert.parameters)
        statement = verify(sub, depth + 1)
        if statement not in _ENOUGH[cert.proves]:
            raise CertificateError(f"parts[{k}]: proves {statement}, which does not give "
                                   f"{cert.proves.removeprefix('strictly_')}ity")
        if statement == cert.proves:
            covered |= set(sub.variables)
    missing = [n for n in cert.variables if n not in covered]
    if missing:
        raise CertificateError(f"parts: no strictly {cert.proves[9:]} term covers {missing[:4]}")
    return cert.proves


__all__ = ["read_part", "verify_sum"]
