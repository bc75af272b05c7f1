r"""Checking ``sum`` certificates: strict convexity of a sum, a maximum or a composition from its parts (trusted).

**Theorem (sums).** Let f = g_1 + ... + g_k on D ⊆ ℝⁿ, each term convex: a function of its own variables V_i only,
convex on a set containing the projection of D onto V_i (its rows: e_j, j ∈ V_i), or g_i(x) = h_i(A_i x + c_i)
with h_i convex on all of ℝ^{m_i}, A_i a rational m_i × n matrix (its rows) and c_i a constant (a *map*). If the
rows of the *strictly* convex terms (g_i, or h_i on ℝ^{m_i}) have rank n, f is strictly convex on D.
*Proof.* For a ≠ b in D and λ ∈ (0, 1), d = a − b ≠ 0, so A_i d ≠ 0 for some strictly convex term i: its
arguments at a and b differ and g_i(m) < λ g_i(a) + (1−λ) g_i(b); every other term gives ≤ (a constant =).
Summing gives f(m) < λ f(a) + (1−λ) f(b). Dually for concave. (With coordinate rows only, this is the covering
rule. Example: (x_1 − 2)^4 + (x_1 − 2x_2)^2, rows (1, 0) and (1, −2).)

**Theorem (maxima).** If f = max(g_1, ..., g_k) on D and every g_i is strictly convex on D (rank n of its own
rows), f is strictly convex on D. *Proof.* With g_j the maximum at m: f(m) = g_j(m) < λ g_j(a) + (1−λ) g_j(b) ≤
λ f(a) + (1−λ) f(b). Dually min of strictly concave terms. (Not with one term merely convex: max(x², |x|) = |x| on
[−1, 1].)

**Theorem (compositions).** If f = h(g) on D, g is strictly convex on D and h is convex and strictly increasing
on an interval I ⊇ g(D), f is strictly convex on D. *Proof.* g(m) < c = λ g(a) + (1−λ) g(b) ∈ I, so f(m) =
h(g(m)) < h(c) ≤ λ f(a) + (1−λ) f(b). Likewise h concave increasing, g strictly concave: strictly concave; h convex
decreasing, g strictly concave: strictly convex. The rows of ``OUTER`` (exp, softplus on ℝ, log on (0, ∞)) and
t^p (p > 1 or 0 < p < 1 on [0, ∞), p < 0 on (0, ∞)); g(D) ⊆ I by the checker's sign rules (``check.signs``).

With parameters (symbols that are not variables, over the values the domain allows), the theorems hold for each
fixed parameter value, at which every term is a function of its own variables alone.

**Accepted when** the function is ``["add", g_1, ..., g_k]`` (or ``["max", ...]`` for strictly convex, ``["min",
...]`` for strictly concave, or h(g) for an ``OUTER`` row: one part, about g, in all the variables, no map);
``parts`` has one entry per term: None for a term without variables (a constant; sums only), else a certificate
(JSON) the checker accepts with a statement that is convex / affine / strictly convex (for ``strictly_convex``;
dually; strictly for every term of a max), whose parameters are parameters of the sum (never one of its variables:
the term then depends on its declared variables only, for each fixed parameter value), and either

- (``maps[i]`` absent or None) whose function is g_i, whose variables are distinct variables of the sum and whose
  domain constraints are each one of the sum's (so the projection of D satisfies them); or
- (``maps[i]`` = {u: tree}) whose variables are exactly the map's names, whose domain is empty (h_i is proved on
  all of ℝ^m), and whose function with every u_j replaced by its tree is g_i (up to the order of sums and
  products); each tree is affine in the sum's variables with rational coefficients (``affine_form``; a parameter
  may appear in its constant part only).

The rank is exact over ℚ (python-flint). Parts (``read_part``, which reads the parts of every kind made of parts)
nest at most ``check.kinds.MAX_NESTING`` deep and number at most ``MAX_PARTS``; a map has at most ``MAX_MAP`` names.
"""

from __future__ import annotations

import math
from fractions import Fraction

from flint import fmpq, fmpq_mat

from ..errors import CertificateError
from .reader import Record, read_parsed
from .trees import check_tree, clipped, parse_rational, tree_variables

MAX_PARTS, MAX_MAP = 64, 16
_ENOUGH = {"strictly_convex": ("convex", "affine", "strictly_convex"),
           "strictly_concave": ("concave", "affine", "strictly_concave")}
#: The head of the function each statement allows besides a sum: max for strict convexity, min for concavity.
_EXTREME = {"strictly_convex": "max", "strictly_concave": "min"}
#: Outer functions h of the composition theorem: (curvature of h, strictly "increasing" or "decreasing", the sign
#: g must have on the domain so that its values lie in h's interval). A power t^p is read by ``_outer_row``.
OUTER = {"exp": ("convex", "increasing", None), "softplus": ("convex", "increasing", None),
         "log": ("concave", "increasing", "positive")}
#: (what h(g) is, h's curvature, h's strict monotonicity) -> what g must be.
_INNER = {("strictly_convex", "convex", "increasing"): "strictly_convex",
          ("strictly_convex", "convex", "decreasing"): "strictly_concave",
          ("strictly_concave", "concave", "increasing"): "strictly_concave"}


def affine_form(tree, names, where: str) -> tuple[dict[str, Fraction], Fraction | None]:
    """(the coefficients {name: q}, the constant) of a tree affine in ``names`` with rational coefficients: built
    from numbers and names with + and ×, every product with a factor in ``names`` having numbers as its other
    factors; a subtree without those names is a constant, read when it is built from numbers with + and × (else
    None: a parameter's, not read). Anything else is a ``CertificateError``."""
    head = tree[0]
    if head == "var" and tree[1] in names:
        return {tree[1]: Fraction(1)}, Fraction(0)
    if head == "num":
        return {}, parse_rational(tree[1], where)
    if head not in ("add", "mul"):
        if tree_variables(tree) & set(names):
            raise CertificateError(f"{where}: not affine in the variables (numbers, variables, + and × only), "
                                   f"found '{head}'")
        return {}, None
    forms = [affine_form(a, names, where) for a in tree[1:]]
    constants = [c for _, c in forms]
    if head == "add":
        out: dict[str, Fraction] = {}
        for coefficients, _ in forms:
            for name, q in coefficients.items():
                out[name] = out.get(name, Fraction(0)) + q
        return out, None if None in constants else sum(constants, Fraction(0))
    varying = [k for k, (coefficients, _) in enumerate(forms) if coefficients]
    if len(varying) > 1 or varying and any(a[0] != "num" for k, a in enumerate(tree[1:]) if k != varying[0]):
        raise CertificateError(f"{where}: not affine in the variables with rational coefficients")
    if not varying:
        return {}, None if None in constants else math.prod(constants, start=Fraction(1))
    scale = math.prod((c for k, c in enumerate(constants) if k != varying[0]), start=Fraction(1))
    coefficients, constant = forms[varying[0]]
    return {n: scale * q for n, q in coefficients.items()}, None if constant is None else scale * constant


def rank(rows: list[list[Fraction]]) -> int:
    """The rank of a matrix over ℚ, exactly (python-flint's ``fmpq_mat``)."""
    matrix = [[fmpq(x.numerator, x.denominator) for x in row] for row in rows]
    return fmpq_mat(matrix).rank() if rows and rows[0] else 0


def read_part(data, function, what: str, where: str, *, variables, domain, parameters=(), exact=False,
              same_domain=False) -> Record:
    """A part of a certificate made of parts, read like a whole one: about exactly the tree ``function`` (``what``
    names it; None: the caller checks it; not a network), with distinct variables among ``variables`` (``exact``:
    the same list), parameters among ``parameters`` and no values stated for them, each domain constraint one of
    ``domain`` (``same_domain``: the same list; None: the caller checks it)."""
    part = read_parsed(data)
    names = list(part.variables)
    if part.network is not None or function is not None and part.function != function:
        raise CertificateError(f"{where}: its function is not {what}")
    if part.parameter_values or not set(part.parameters) <= set(parameters):
        raise CertificateError(f"{where}: a part's parameters must be parameters of the whole, found "
                               f"{list(part.parameters)}")
    if names != list(variables) if exact else len(set(names)) != len(names) or not set(names) <= set(variables):
        raise CertificateError(f"{where}: variables {names}, expected {'' if exact else 'distinct names among '}"
                               f"{list(variables)}")
    found = [list(c) for c in part.domain]
    if domain is not None and (found != list(domain) if same_domain else any(c not in domain for c in found)):
        raise CertificateError(f"{where}: a domain constraint is not one of the allowed ones"
                               f"{' (in order)' if same_domain else ''}, found {clipped(found)}")
    return part


def check_sign(cert, tree, need: str | None, what: str) -> None:
    """``tree`` is > 0 (``need`` "positive") or >= 0 ("nonnegative") on the certificate's domain: the sign rules on
    its closed box, strengthened by its constraints (``check.signs``); None asks nothing."""
    if need is None:
        return
    from .signs import domain_box, domain_halfspaces, satisfies, strengthen_sign, tree_sign

    box = domain_box(cert)
    found = strengthen_sign(tree_sign(tree, box, interior=False), tree, box, domain_halfspaces(cert))
    if not satisfies(found, need):
        raise CertificateError(f"function: {what} must be {need} on the domain, its sign is {found}")


def _part_rows(k: int, term, part, mapping, cert, names: list[str], verify, depth: int):
    """Check part k against its term; return (its statement, its rows A_i over the sum's variables)."""
    if mapping is None:
        # a parameter of a part that is a variable of the sum would let the term depend on more than its declared
        # variables (x y is affine in x for every y, yet not a function of x alone): parameters of the sum only
        sub = read_part(part, term, f"term {k} of the sum", f"parts[{k}]", variables=names, domain=list(cert.domain),
                        parameters=cert.parameters)
        return verify(sub, depth + 1), [[Fraction(int(n == v)) for n in names] for v in sub.variables]
    from .rewrite import substitute
    from .proofs import canon

    where = f"maps[{k}]"
    if not isinstance(mapping, dict) or not 0 < len(mapping) <= MAX_MAP:
        raise CertificateError(f"{where}: must map the part's variables (at most {MAX_MAP}) to trees")
    # h_i is proved on all of R^m (no domain constraint), in exactly the map's names
    sub = read_part(part, None, "", f"parts[{k}]", variables=list(mapping), domain=[], parameters=cert.parameters)
    if len(sub.variables) != len(mapping):
        raise CertificateError(f"{where}: must map exactly the part's variables {list(sub.variables)[:4]}")
    rows = []
    for u in sub.variables:
        check_tree(mapping[u], f"{where}.{u}")
        if tree_variables(mapping[u]) - set(names) - set(cert.parameters):
            raise CertificateError(f"{where}.{u}: uses names that are not variables or parameters of the sum")
        coefficients = affine_form(mapping[u], names, f"{where}.{u}")[0]
        rows.append([coefficients.get(n, Fraction(0)) for n in names])
    if canon(substitute(sub.function, dict(mapping))) != canon(term):
        raise CertificateError(f"parts[{k}]: its function with the map substituted is not term {k} of the sum")
    return verify(sub, depth + 1), rows


def _outer_row(tree):
    """The ``OUTER`` row of h in h(g), or of t^p for a number p (p > 1 and 0 < p < 1 on g >= 0, p < 0 on g > 0);
    None when h is none of them."""
    if tree[0] in OUTER and len(tree) == 2:
        return OUTER[tree[0]]
    p = parse_rational(tree[2][1], "function") if tree[0] == "pow" and tree[2][0] == "num" else None
    if p is None or p in (0, 1):
        return None
    return "concave" if 0 < p < 1 else "convex", "decreasing" if p < 0 else "increasing", \
        "positive" if p < 0 else "nonnegative"


def verify_sum(cert, tree: list, verify, depth: int = 0) -> str:
    """Re-check a sum certificate (a ``check.reader`` record) against its subject ``tree`` (the theorems of the
    module docstring); ``verify(part, depth)`` re-checks each part (a record)."""
    names, row = list(cert.variables), None if tree[0] in ("add", "max", "min") else _outer_row(tree)
    if row is not None:   # h(g): one part proving g strictly convex or concave as the row needs, g(D) in h's interval
        wanted, terms = _INNER.get((cert.proves, row[0], row[1])), [tree[1]]
        if wanted is None:
            raise CertificateError(f"function: {tree[0]} is {row[0]} and {row[1]}, which does not make h(g) "
                                   f"{cert.proves}")
        if cert.maps:
            raise CertificateError("maps: a composition has one part, about its inner function, and no map")
        check_sign(cert, tree[1], row[2], f"the argument of {tree[0]}")
    elif tree[0] in ("add", _EXTREME[cert.proves]):
        wanted, terms = None if tree[0] == "add" else cert.proves, tree[1:]
    else:
        raise CertificateError(f"function: a {cert.proves} sum certificate is about a sum or a "
                               f"{_EXTREME[cert.proves]}, found '{tree[0]}'")
    parts, maps = list(cert.parts), list(cert.maps) or [None] * len(cert.parts)
    if len(parts) != len(terms) or len(parts) > MAX_PARTS:
        raise CertificateError(f"parts: expected one per term ({len(terms)}), found {len(parts)}")
    if len(maps) != len(parts):
        raise CertificateError(f"maps: expected one per part ({len(parts)}) or none, found {len(maps)}")
    strict_rows: list[list[Fraction]] = []
    for k, (term, part, mapping) in enumerate(zip(terms, parts, maps)):
        if part is None:
            if tree_variables(term) & set(names) or wanted or mapping is not None:
                raise CertificateError(f"parts[{k}]: the term uses variables (or is an argument of a "
                                       f"{tree[0]}), so it needs a certificate")
            continue
        statement, rows = _part_rows(k, term, part, mapping, cert, names, verify, depth)
        if statement != wanted if wanted else statement not in _ENOUGH[cert.proves]:
            raise CertificateError(f"parts[{k}]: proves {statement}, which does not make the {tree[0]} "
                                   f"{cert.proves.replace('_', ' ')}" + (f" (it needs {wanted})" if wanted else ""))
        if wanted and rank(rows) < len(names):
            raise CertificateError(f"parts[{k}]: proves {statement} in {rank(rows)} of {len(names)} variables (the "
                                   f"rank of its rows), the {tree[0]} needs it in all of them")
        strict_rows += rows if statement == cert.proves else []
    if not wanted and rank(strict_rows) < len(names):
        missing = [n for k, n in enumerate(names) if not any(row[k] for row in strict_rows)]
        raise CertificateError(f"parts: no strictly {cert.proves[9:]} term covers {missing[:4]}" if missing else
                               f"parts: the strictly {cert.proves[9:]} terms' rows have rank {rank(strict_rows)} "
                               f"< {len(names)} (their kernels meet outside 0)")
    return cert.proves


__all__ = ["OUTER", "affine_form", "check_sign", "rank", "read_part", "verify_sum"]
