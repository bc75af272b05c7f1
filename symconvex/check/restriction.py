r"""Checking ``restriction`` certificates: a function on a slice of an affine set (checker; trusted).

**Theorem.** Let f be a function of the variables x = (k, e) (k *kept*, e *eliminated*), D the set of the domain
constraints, E a system of affine equalities a_j . x = b_j (rational coefficients), and S = D ∩ {x : E}. Let
M(k) be affine in k with rational coefficients (the ``map``: one tree per eliminated variable) such that

(i)  every equality of E holds identically in k at x = φ(k) := (k, M(k)), and
(ii) the coefficients of the eliminated variables in E have rank |e|.

Then φ maps D' = {k : φ(k) ∈ D} one-to-one onto S, and f is convex (concave, affine, strictly convex, strictly
concave; or not so) on S exactly when g = f ∘ φ is so on D'. *Proof.* By (i), φ(k) satisfies E; by (ii), for each
k the system E has at most one solution e, so every x ∈ S is φ(k) for its own k, and φ is injective (its first
block is k). φ is affine, so it maps the segment [k_a, k_b] onto the segment [φ(k_a), φ(k_b)] with
φ(λ k_a + (1-λ) k_b) = λ φ(k_a) + (1-λ) φ(k_b): every inequality of Jensen's form between values of g on D' is the
same inequality between values of f on S, and back. (D' is convex exactly when S is.)

**Accepted when** the certificate has no parameters; ``equalities`` lists [lhs, rhs] trees whose difference is
affine in the variables with rational coefficients; the ``map`` sends each eliminated variable (variables of the
certificate, not all of them) to a tree in the kept variables, affine with rational coefficients (each read by
``check.sums.affine_form``); (i) and (ii) hold exactly (SymPy's expansion over ℚ, and the rank over ℚ); ``part`` is
a certificate the checker accepts, about the kept variables in order, whose function g satisfies expand(f ∘ φ − g)
= 0 and whose domain is D's constraints with φ substituted, one for one (the same relation; each side's difference
expands to the same polynomial or expression), with a statement in ``TRANSFERRED``; the restriction proves that
statement of f on S. The equalities are part of the subject: the digest covers them as constraints ``["eq", lhs,
rhs]`` after the domain's (``check.subject_tree``).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..errors import CertificateError
from .reader import read_parsed
from .sums import affine_form, rank
from .symbolic import to_sympy
from .trees import check_tree, clipped, tree_variables

#: What a part may prove, carried over to f on S unchanged.
TRANSFERRED = ("convex", "concave", "affine", "strictly_convex", "strictly_concave", "not_convex", "not_concave",
               "not_affine", "not_strictly_convex", "not_strictly_concave")
#: At most this many equalities (and eliminated variables).
MAX_EQUALITIES = 16


def _affine(tree, names: list, symbols: dict, where: str):
    """The tree as a SymPy polynomial of degree <= 1 in ``names`` over ℚ (``check.sums.affine_form``), or
    ``CertificateError``."""
    coefficients, constant = affine_form(tree, names, where)
    if constant is None:
        raise CertificateError(f"{where}: not affine in the variables with rational coefficients")
    return sum((sp.Rational(q) * symbols[n] for n, q in coefficients.items()), sp.Rational(constant)), coefficients


def verify_restriction(cert, tree, verify, depth: int) -> str:
    """Check a ``restriction`` certificate about ``tree`` (the module docstring; ``check._verify`` has refused any
    parameter); return the fact it proves."""
    names = list(cert.variables)
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    if not isinstance(cert.map, dict) or not 0 < len(cert.map) < len(names) or len(cert.map) > MAX_EQUALITIES \
            or not set(cert.map) <= set(names):
        raise CertificateError(f"map: must send some (not all) of the variables to trees, found {clipped(cert.map)}")
    kept = [n for n in names if n not in cert.map]
    image = {}
    for name, value in cert.map.items():
        check_tree(value, f"map.{name}")
        if tree_variables(value) - set(kept):
            raise CertificateError(f"map.{name}: uses names that are not kept variables")
        image[symbols[name]] = _affine(value, kept, symbols, f"map.{name}")[0]
    if not isinstance(cert.equalities, (list, tuple)) or not 0 < len(cert.equalities) <= MAX_EQUALITIES:
        raise CertificateError(f"equalities: expected 1 to {MAX_EQUALITIES} pairs [lhs, rhs]")
    rows = []
    for j, pair in enumerate(cert.equalities):
        where = f"equalities[{j}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise CertificateError(f"{where}: expected [lhs, rhs], found {clipped(pair)}")
        for side in pair:
            check_tree(side, where)
            if tree_variables(side) - set(names):
                raise CertificateError(f"{where}: uses names that are not variables")
        gap, coefficients = _affine(["add", pair[0], ["mul", ["num", "-1"], pair[1]]], names, symbols, where)
        if sp.expand(gap.xreplace(image)) != 0:
            raise CertificateError(f"{where}: does not hold identically on the map's image")
        rows.append([coefficients.get(n, Fraction(0)) for n in cert.map])
    if rank(rows) != len(cert.map):
        raise CertificateError(f"equalities: their coefficients of {sorted(cert.map)} have rank below "
                               f"{len(cert.map)}, so they do not determine the eliminated variables")
    part = read_parsed(cert.part)
    if part.network is not None or part.function is None or part.parameters or list(part.variables) != kept:
        raise CertificateError(f"part: must be about a function of the kept variables {kept} in order, without "
                               "parameters")
    restricted = to_sympy(tree, dict(symbols)).xreplace(image)
    if sp.expand(restricted - to_sympy(part.function, dict(symbols))) != 0:
        raise CertificateError("part: its function is not the function with the map substituted")
    if len(part.domain) != len(cert.domain):
        raise CertificateError(f"part: expected {len(cert.domain)} domain constraints (the domain's, with the map "
                               f"substituted), found {len(part.domain)}")
    for k, (mine, theirs) in enumerate(zip(cert.domain, part.domain)):
        gaps = [to_sympy(c[1], dict(symbols)) - to_sympy(c[2], dict(symbols)) for c in (mine, theirs)]
        if mine[0] != theirs[0] or sp.expand(gaps[0].xreplace(image) - gaps[1]) != 0:
            raise CertificateError(f"part.domain[{k}]: is not domain[{k}] with the map substituted")
    fact = verify(part, depth + 1)
    if fact not in TRANSFERRED:
        raise CertificateError(f"part: proves {fact!r}, which a restriction does not carry over")
    if cert.proves != fact:
        raise CertificateError(f"proves: the part proves {fact}, certificate states {clipped(cert.proves)}")
    return fact


__all__ = ["MAX_EQUALITIES", "TRANSFERRED", "verify_restriction"]
