r"""Checking Hessian decompositions: proofs of (strict) convexity by L D L^T (checker; trusted; kernel layer).

It uses the checker's own evaluator, sign reasoning (``check/signs.py``: the box, sign rules, ranges, factors, joint
constraints), identity test (``symbolic.is_zero``) and SymPy.

**Hessian** (``HessianCertificate``). Accepted when the box has a nonempty interior; f uses only smooth operations
(``_SMOOTH``), each defined on the box (``check_smooth``: log, Gamma, psi of an argument > 0; a^g, g not a number,
of a base > 0; a^p of a base != 0 for a negative integer p, > 0 for p not an integer (>= 0 on the closed box when
p > 0); tan, arcsin, arccos, arccosh, artanh of an affine argument whose exact range lies in their domain, open
where the derivatives blow up), so f is continuous on the box and C^2 inside; ``hessian`` is its Hessian H and
L diag(D) L^T = +-H (+ for convex), each entry by ``symbolic.is_zero`` (exact over Q for rational functions); ``L``
is unit lower triangular; every entry of H, L, D is defined on the interior; each pivot D_k is >= 0 on the
interior by the sign rules (``pivot_signs[k]["sign"]`` states the sign found). Then +-H is positive semidefinite
on the interior: f is convex (concave) there, and by continuity on the box. Strictly with pivots > 0 (on the
closed box too, boundary included, with several variables or parameters and a closed condition), or in one
variable with f'' >= 0 and positive at a stated point (``_isolated_zeros``).

*Joint constraints.* When every ``pivot_signs`` entry carries ``"sign_by": "ranges"``, the proof is about the
domain itself. When it is open (strict inequalities) or a box (bounds only, open or closed: f is then also
checked continuous on the closed box), every sign (of a log's argument, a base, a pivot) is the sign rules' on the
open box strengthened by ``strengthen_sign``, so it holds at every point of the open domain. Otherwise (a closed
condition besides the bounds, x^2 <= 3 beside 0 <= x <= sqrt(3)) f and every entry of H, L, D are checked defined
and smooth on the closed box and every sign is read on the closed box with the conditions as stated, so each holds
at every point of the domain, boundary included: +-H is positive semidefinite at every point of the domain, and f
is convex along every segment in it (no interior is needed). Then f is C^2 on the open
domain and +-H positive semidefinite (definite) there: f is convex (strictly) along every segment inside the
domain, i.e. on it, which the analysis has shown convex with a checked domain certificate (``check/domains.py``).
With ``parameters`` (bounded by the domain like variables) the same holds for each parameter value in the open box
and, f being continuous on the closed box, for the boundary values too (a pointwise limit of convex functions is
convex); a strict proof with parameters needs strict conditions only.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..errors import CertificateError
from ..sign_algebra import OPEN_UNIT_INTERVAL, TAN_DOMAIN, UNIT_INTERVAL, Span
from .evaluate import value_at
from .stated import check_stated
from .numbers import sign as number_sign
from .signs import (SIGN_BY_RANGES, affine_range, check_box, domain_box, domain_halfspaces, ge0, in_span, interior_box,
                    is_bound, num_value, short, show_range, signed_symbols, strengthen_sign, tree_sign)
from .symbolic import is_zero, to_sympy
from .trees import check_tree, parse_rational, tree_variables

_SMOOTH = set("num var add mul pow exp log sigmoid softplus tanh pi sin cos tan sinh cosh arctan arcsinh arcsin arccos "
              "arccosh artanh erf erfc gamma digamma trigamma".split())
#: heads defined (and smooth) only where their argument is > 0: log, Gamma and its logarithmic derivatives
_POSITIVE_ARGUMENT = ("log", "gamma", "digamma", "trigamma")
#: heads defined only where an affine argument's range lies in a span: (span on the closed box, on the interior,
#: the span in words)
_RANGED = {"tan": (TAN_DOMAIN, TAN_DOMAIN, "(-pi/2, pi/2) + k pi"),
           "arcsin": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "[-1, 1] ((-1, 1) inside)"),
           "arccos": (UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "[-1, 1] ((-1, 1) inside)"),
           "artanh": (OPEN_UNIT_INTERVAL, OPEN_UNIT_INTERVAL, "(-1, 1)"),
           "arccosh": (Span((Fraction(1), Fraction(0)), True, None, False),
                       Span((Fraction(1), Fraction(0)), False, None, False), "[1, oo) ((1, oo) inside)")}


def _joint_sign(tree, box: dict, interior: bool, halfspaces) -> str:
    """``tree_sign``; with ``halfspaces`` (not None), strengthened by ``strengthen_sign`` on the interior, or on the
    box with its own ends (asked only when the domain is that box)."""
    found = tree_sign(tree, box, interior)
    if halfspaces is None:
        return found
    return strengthen_sign(found, tree, interior_box(box) if interior else box, halfspaces)


def check_smooth(tree, box: dict, where: str, *, closed: bool, halfspaces=None) -> None:
    """Every operation of the tree is smooth and defined on the open interior of the box; with ``closed``, also
    defined (and continuous) on the box itself (the conditions of the module docstring). With ``halfspaces`` (a
    proof on an open domain that uses its joint constraints, ``verify_hessian``), on the points of the interior
    where those constraints hold: signs there are also read from ranges, factors and the constraints
    (``strengthen_sign``)."""
    head = tree[0]
    if head not in _SMOOTH:
        raise CertificateError(f"{where}: {head} is not smooth (Hessian proofs take smooth functions only)")
    for a in tree[1:] if head not in ("num", "var") else ():
        check_smooth(a, box, where, closed=closed, halfspaces=halfspaces)
    p = num_value(tree[2]) if head == "pow" else None
    for inside in [True] + ([False] if closed else []):  # the interior, then the box itself
        place = "interior" if inside else "domain"
        if head in _RANGED:  # tan: cos != 0; arcsin: |a| <= 1, < 1 inside, ...
            r = affine_range(tree[1], interior_box(box) if inside else box)
            if not in_span(r, _RANGED[head][1 if inside else 0]):
                raise CertificateError(f"{where}: the argument {short(tree[1])} of {head} must range within "
                                       f"{_RANGED[head][2]} on the {place}, its range is {show_range(r)}")
        elif head in _POSITIVE_ARGUMENT or head == "pow" and not (p is not None and p.denominator == 1 and p >= 0):
            s = _joint_sign(tree[1], box, inside, halfspaces)  # log a, Gamma(a), psi(a), a^g, a^p (p < 0 or not whole)
            need = ("positive",) if p is None or p.denominator != 1 and (inside or p < 0) else \
                ("positive", "negative") if p.denominator == 1 else ("positive", "nonnegative", "zero")
            if s not in need:
                what = f"the {head} argument" if head != "pow" else f"the base of the power {short(tree[2])}"
                raise CertificateError(f"{where}: {what} {short(tree[1])} has sign {s} on the {place}, which does "
                                       "not keep it defined and smooth")


def _matrix(value, n: int, what: str) -> list:
    """A stated n x n matrix (of trees, each checked by the caller)."""
    if not isinstance(value, list) or len(value) != n or any(not isinstance(r, list) or len(r) != n for r in value):
        raise CertificateError(f"{what}: expected a {n}x{n} matrix of trees")
    return value


def _isolated_zeros(pivot: list, entry: dict, box: dict, names: list) -> bool:
    """One variable: f'' = ``pivot`` >= 0 is real-analytic on the open interval (``check_smooth`` admits only
    analytic operations there), and it is positive at the stated interior point t of ``entry["nonzero_at"] =
    [t, f''(t) as stated]``; by the identity theorem its zeros are then isolated, so f' is strictly increasing
    and f strictly convex on the interval (on the closed one too, by continuity: the inside of every segment
    lies in the open interval)."""
    if len(names) != 1 or "nonzero_at" not in entry:
        return False
    where, pair = "pivot_signs[0].nonzero_at", entry["nonzero_at"]
    if not isinstance(pair, list) or len(pair) != 2:
        raise CertificateError(f"{where}: expected [t, the pivot's value at t], found {short(pair)}")
    t = parse_rational(pair[0], where)
    lo, _, hi, _ = box.get(names[0], (None, False, None, False))
    if (lo is not None and not lo < t) or (hi is not None and not t < hi):
        raise CertificateError(f"{where}: {t} is not inside the interval ({lo}, {hi})")
    check_stated(value := value_at(pivot, names, [t]), pair[1], f"{where}: the pivot at {t}")
    if number_sign(value) != 1:
        raise CertificateError(f"{where}: cannot show the pivot is positive at {t}")
    return True


def _check_pivot_entries(cert, box: dict, names: list, params: list, strict: bool, closed: bool):
    """The ``pivot_signs`` entries' shape and boxes; return (joint, box_domain, closed): whether the signs are by
    ranges on the domain itself, whether that domain is exactly its box, and whether it is neither open nor a box
    (a ``closed`` condition besides the bounds: every sign is then read on the closed domain)."""
    n, signs = len(names), cert.pivot_signs
    if not isinstance(signs, list) or len(signs) != n:
        raise CertificateError(f"pivot_signs: expected {n} entries, found {short(signs)}")
    joint = bool(signs) and all(isinstance(e, dict) and "sign_by" in e for e in signs)
    box_domain = joint and all(is_bound(c, names + params) for c in cert.domain)
    closed = joint and not box_domain and closed
    keys = {"sign", "box", "sign_by"} if joint else {"sign", "box"}  # nonzero_at: one variable, strict, a box
    allowed = (keys, keys | {"nonzero_at"}) if n == 1 and strict and (box_domain or closed or not joint) else (keys,)
    for k, entry in enumerate(signs):
        if not isinstance(entry, dict) or set(entry) not in allowed:
            raise CertificateError(f"pivot_signs[{k}]: expected {{'sign', 'box'}}, found {short(entry)}")
        check_box(entry["box"], box, f"pivot_signs[{k}].box")
        if joint and entry["sign_by"] != SIGN_BY_RANGES:
            raise CertificateError(f"pivot_signs[{k}].sign_by: must be {SIGN_BY_RANGES!r}, found "
                                   f"{short(entry['sign_by'])}")
    return joint, box_domain, closed


def _check_identities(cert, tree, box: dict) -> None:
    """``hessian`` is the Hessian of ``tree`` and L diag(D) L^T = +-H, each entry an identity (``symbolic.is_zero``)
    with symbols carrying the open box's signs, so on the interior; tanh is written with exp (sigmoid and softplus
    are already; trigonometric functions stay, with exp they would turn complex)."""
    names, n = list(cert.variables), len(cert.variables)
    syms = signed_symbols(names + list(cert.parameters), box, interior=True)  # identities on the interior
    f = to_sympy(tree, dict(syms)).replace(lambda e: isinstance(e, sp.tanh), lambda e: e.rewrite(sp.exp))
    Hs = [[to_sympy(cert.hessian[i][j], dict(syms)) for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            true = sp.diff(f, syms[names[i]], syms[names[j]])
            if not is_zero(Hs[i][j] - true):
                raise CertificateError(f"hessian[{i}][{j}]: states {Hs[i][j]}, the Hessian entry is {true}")
    L = sp.Matrix(n, n, lambda i, j: to_sympy(cert.L[i][j], dict(syms)))
    M = L * sp.diag(*[to_sympy(d, dict(syms)) for d in cert.D]) * L.T
    target = 1 if cert.proves.endswith("convex") else -1
    for i in range(n):
        for j in range(i, n):
            if not is_zero(M[i, j] - target * Hs[i][j]):
                raise CertificateError(f"L D L^T[{i}][{j}]: is {M[i, j]}, expected "
                                       f"{'' if target > 0 else '-'}hessian[{i}][{j}] = {target * Hs[i][j]}")


def verify_hessian(cert, tree: list) -> str:
    """Re-check a Hessian certificate of ``tree`` (module docstring); return what it proves."""
    if cert.proves not in ("convex", "concave", "strictly_convex", "strictly_concave"):
        raise CertificateError(f"proves: a Hessian proves 'convex', 'concave', 'strictly_convex' or "
                               f"'strictly_concave', found {cert.proves!r}")
    strict = cert.proves.startswith("strictly_")
    names, params = list(cert.variables), list(cert.parameters)  # parameters: the proof holds for each value
    n = len(names)
    # Strictness with several variables or parameters and a closed condition (x >= 0, a >= 0): pivots positive on
    # the closed box, so H is positive definite at every point and parameter value (a = 0 could be degenerate).
    closed_condition = any(c[0] not in ("gt", "lt") for c in cert.domain)
    closed = strict and (n > 1 or bool(params)) and closed_condition
    box = domain_box(cert)
    for name, (lo, los, hi, his) in box.items():
        if lo is not None and hi is not None and not lo < hi:
            raise CertificateError(f"domain: the bounds {lo} <= {name} <= {hi} leave no interior")
    joint, box_domain, closed_joint = _check_pivot_entries(cert, box, names, params, strict, closed_condition)
    # signs on the domain itself: ranges, factors and its joint polynomial constraints (on the open domain; on the
    # closed one, boundary included, when a closed condition is more than a bound)
    halfspaces = domain_halfspaces(cert) if joint else None
    check_smooth(tree, box, "function", closed=not joint or box_domain or closed_joint, halfspaces=halfspaces)
    H, L, D = _matrix(cert.hessian, n, "hessian"), _matrix(cert.L, n, "L"), cert.D   # the reader's lists
    if len(D) != n:
        raise CertificateError(f"D: expected {n} pivots")
    entries = [(H[i][j], f"hessian[{i}][{j}]") for i in range(n) for j in range(n)] + \
        [(L[i][j], f"L[{i}][{j}]") for i in range(n) for j in range(n)] + [(d, f"D[{i}]") for i, d in enumerate(D)]
    for t, what in entries:
        check_tree(t, what)
        if extra := tree_variables(t) - set(names) - set(params):
            raise CertificateError(f"{what}: uses {sorted(extra)}, which are not variables")
        check_smooth(t, box, what, closed=closed_joint, halfspaces=halfspaces)
    for i in range(n):
        for j in range(i, n):
            if num_value(L[i][j]) != (1 if j == i else 0):
                rel = "above the diagonal must be 0" if j > i else "the diagonal must be 1"
                raise CertificateError(f"L[{i}][{j}]: {rel}, found {short(L[i][j])}")
        found = _joint_sign(D[i], box, not closed_joint, halfspaces)
        if not ge0(found):
            raise CertificateError(f"D[{i}]: cannot show the pivot {short(D[i])} is >= 0 on the interior "
                                   f"(sign {found})")
        if strict and found != "positive" and (params or not _isolated_zeros(D[i], cert.pivot_signs[i], box, names)):
            raise CertificateError(f"D[{i}]: strict {cert.proves[9:]}ity needs a positive pivot, the sign rules "
                                   f"give {found!r} for {short(D[i])}")
        if closed and tree_sign(D[i], box, interior=False) != "positive":
            raise CertificateError(f"D[{i}]: on a domain with closed conditions, strict {cert.proves[9:]}ity needs "
                                   f"the pivot {short(D[i])} positive on the closed box, boundary included")
        if cert.pivot_signs[i]["sign"] != found:
            raise CertificateError(f"pivot_signs[{i}].sign: states {cert.pivot_signs[i]['sign']!r}, the sign rules "
                                   f"give {found!r}")
    _check_identities(cert, tree, box)
    return cert.proves


__all__ = ["check_smooth", "verify_hessian"]
