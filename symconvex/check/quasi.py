r"""Checking quasiconvexity and log-log curvature certificates (checker; trusted; one kind module, like ``check.sums``).

f is *quasiconvex* on a convex set D when f(t a + (1 - t) b) <= max(f(a), f(b)) for all a, b in D and t in [0, 1]
(its sublevel sets are convex), *quasiconcave* when -f is, *quasilinear* when both. f > 0 on the positive orthant
is *log-log convex* (concave, affine) when F(u) = log f(e^u) is convex (concave, affine) in u (Agrawal, Diamond and
Boyd, disciplined geometric programming).

- ``quasimidpoint`` (refutes): ``check.quasimidpoint``.
- ``quasi`` (proves quasiconvex, quasiconcave or quasilinear), ``by`` one of:

  * ``outer``: f = phi(g) with phi a row of ``OUTER`` (or c + g, c g for a number c), nondecreasing
    (nonincreasing) on an interval containing g(D) (g's sign on D by the checker's sign rules), and ``part`` a
    certificate about g, the same variables and domain. *Theorem.* If g is quasiconvex and phi nondecreasing
    there, g(m) <= max(g(a), g(b)) gives phi(g(m)) <= phi(max(g(a), g(b))) = max(f(a), f(b)); if phi is
    nonincreasing and g quasiconcave, g(m) >= min(g(a), g(b)) gives the same. A convex g is quasiconvex (Jensen:
    g(m) <= t g(a) + (1 - t) g(b) <= max), an affine g both.
  * ``log``: ``part`` is about a tree G that is log f on D (``check.rewrite.check_same_function``: log f is shown
    defined on D, so f > 0, and G - log f is 0 by exact SymPy identities): f = exp(G) with exp increasing, so f is
    quasiconvex (quasiconcave) when G is (the row above with phi = exp).
  * ``ratio``: f = p q^-1 (the factors of a product, one of them q^-1), q affine with rational coefficients and > 0
    on D (sign rules), ``part`` proving p convex (concave, affine). *Theorem.* {p / q <= t} = {p - t q <= 0} is
    convex for every t when p is convex and q affine (q > 0): f is quasiconvex; dually quasiconcave; p affine:
    quasilinear (linear-fractional functions).
  * ``closure``: D a box (bounds only) with an interior, f continuous on D (``check.hessian.check_smooth`` on the
    closed box), and ``part`` proving f quasiconvex (convex, ...) on the open box (every bound strict). *Theorem.*
    For a, b in D take a_n -> a, b_n -> b in the open box: f(m_n) <= max(f(a_n), f(b_n)), and continuity gives
    f(m) <= max(f(a), f(b)) (x y on the closed orthant from log x + log y on the open one).
  * ``monotone``: one variable, a domain of bounds only (an interval I), f smooth on the interior of I and
    continuous on I (``check.hessian.check_smooth``), and its derivative f' (SymPy's, of the checker's own SymPy
    form of f) >= 0 (or <= 0) on the interior by the sign rules. *Theorem.* Then f is monotone on I (mean value
    theorem), and a monotone f of one variable has intervals as sublevel and superlevel sets: quasilinear. With a
    rational ``breakpoint`` c inside I: f' <= 0 on I left of c and >= 0 right of it (the sign rules on each open
    side) makes f nonincreasing then nondecreasing, so for x < y < z in I, f(y) <= f(x) (y <= c) or f(y) <= f(z)
    (y >= c): quasiconvex; the other way round quasiconcave.

- ``loglog`` (proves or refutes log-log curvature): every variable x has the constraint x > 0 in D, and ``part``
  is a certificate about a tree G in the same variables (read as u = log x) whose domain is the other constraints
  of D in u (``log_image``: a bound x < q, q > 0, is u < log q; any other has every x replaced by exp(u)), where G
  and log f(exp(u)) are the same function on that domain (``check.rewrite.check_same_function``: log f(exp(u)) is
  shown defined there, so f > 0 on D, and their difference is 0 by exact SymPy identities). x -> log x maps D onto
  the part's domain, so F = G there: the part's convex, concave, affine (strictly: as not strictly), not convex or
  not concave is f's log-log convex, concave, affine, not log-log convex or not log-log concave (a refutation's
  points u are the points exp(u) of D).

Parts nest at most ``check.kinds.MAX_NESTING`` deep and are read by ``check.sums.read_part``.
"""

from __future__ import annotations

import sympy as sp

from ..errors import CertificateError
from .sums import affine_form, check_sign, read_part
from .trees import parse_rational

#: The quasi-facts a part's statement gives g: 1 quasiconvex, -1 quasiconcave, 0 both (quasilinear).
_SIDE = {"convex": 1, "strictly_convex": 1, "quasiconvex": 1, "concave": -1, "strictly_concave": -1,
         "quasiconcave": -1, "affine": 0, "quasilinear": 0}
#: What ``proves`` may be, and the sides that give it.
_GIVES = {"quasiconvex": (1, 0), "quasiconcave": (-1, 0), "quasilinear": (0,)}
#: phi(g) -> phi increasing (1) or decreasing (-1) on the interval g's sign puts g in (None: all of R).
OUTER = {"exp": (1, None), "log": (1, "positive"), "sigmoid": (1, None), "tanh": (1, None), "arctan": (1, None),
         "arcsinh": (1, None), "softplus": (1, None), "erf": (1, None), "erfc": (-1, None)}
#: A part's statement -> what it makes f, for a ``loglog`` certificate.
LOGLOG = {"convex": "loglog_convex", "strictly_convex": "loglog_convex", "concave": "loglog_concave",
          "strictly_concave": "loglog_concave", "affine": "loglog_affine", "not_convex": "not_loglog_convex",
          "not_concave": "not_loglog_concave"}


def _outer(tree):
    """(g, direction, the sign g needs) for f = phi(g) of ``OUTER``, t^p, c + g or c g (c a number); None if none."""
    head = tree[0]
    if head in OUTER and len(tree) == 2:
        return (tree[1], *OUTER[head])
    if head == "pow" and tree[2][0] == "num":
        p = parse_rational(tree[2][1], "function")
        odd = p.denominator == 1 and p.numerator % 2 == 1   # t^p increases on [0, oo); an odd power on all of R
        return None if p == 0 else (tree[1], 1, None if odd else "nonnegative") if p > 0 else (tree[1], -1, "positive")
    if head in ("add", "mul") and len(tree) >= 3 and tree[1][0] == "num":
        c, g = parse_rational(tree[1][1], "function"), tree[2] if len(tree) == 3 else [head, *tree[2:]]
        return (g, 1, None) if head == "add" else (g, 1 if c > 0 else -1, None) if c != 0 else None
    return None


def _monotone(cert, tree) -> int:
    """The side a ``monotone`` certificate shows (module docstring): 0 (one sign of f'), 1 (f' <= 0 then >= 0 around
    the ``breakpoint``) or -1 (the other way round)."""
    from .hessian import check_smooth
    from .signs import domain_box, ge0, interior_box, is_bound, le0, strengthen_sign, tree_sign
    from .symbolic import to_sympy, to_tree

    names = list(cert.variables)
    if cert.part is not None or len(names) != 1 or not all(is_bound(c, names) for c in cert.domain):
        raise CertificateError("monotone: one variable on an interval (a domain of bounds only) is needed, and no "
                               "part (the checker derives f' itself)")
    box = domain_box(cert)
    check_smooth(tree, box, "function", closed=any(c[0] in ("ge", "le") for c in cert.domain))
    x = sp.Symbol(names[0], real=True)
    slope = to_tree(sp.diff(to_sympy(tree, {names[0]: x}), x))
    check_smooth(slope, box, "derivative", closed=False)
    (lo, _, hi, _), = box.values()
    pieces = [box]
    if cert.breakpoint:
        c = parse_rational(cert.breakpoint, "breakpoint")
        if not ((lo is None or lo < c) and (hi is None or c < hi)):
            raise CertificateError(f"breakpoint: {c} must lie inside the interval")
        pieces = [{names[0]: [lo, True, c, True]}, {names[0]: [c, True, hi, True]}]
    signs = []
    for piece in pieces:
        found = strengthen_sign(tree_sign(slope, piece, interior=True), slope, interior_box(piece))
        if not (ge0(found) or le0(found)):
            raise CertificateError(f"monotone: the sign rules give the derivative sign {found} on "
                                   f"{'a side of the breakpoint' if cert.breakpoint else 'the interior'}")
        signs.append(1 if ge0(found) else -1)
    return 0 if len(set(signs)) == 1 else 1 if signs == [-1, 1] else -1


def _same_function(cert, expected, found) -> None:
    """``found`` and ``expected`` are the same function on the certificate's domain, ``expected`` defined there
    (``check.rewrite.check_same_function``)."""
    from .proofs import canon
    from .rewrite import check_same_function
    from .signs import domain_box, tree_sign

    box = domain_box(cert)
    check_same_function(box, expected, found, "part.function", sign_of=lambda t: tree_sign(t, box, interior=False),
                        canon=canon)


def _part_subject(cert, tree):
    """(the part's function, None when the caller checks it; phi's direction; the part's domain) for ``by`` outer,
    log, ratio or closure (module docstring), after the conditions on f that need no part."""
    from .hessian import check_smooth
    from .signs import domain_box, is_bound

    if cert.by == "outer":
        found = _outer(tree)
        if found is None:
            raise CertificateError(f"function: '{tree[0]}' is not an outer function this kind knows")
        check_sign(cert, found[0], found[2], f"the argument of {tree[0]}")
        return found[0], found[1], list(cert.domain)
    if cert.by == "log":
        return None, 1, list(cert.domain)
    if cert.by == "ratio":   # f = p q^-1 with q affine and > 0 on D
        dens = [k for k, a in enumerate(tree[1:]) if a[0] == "pow" and a[2] == ["num", "-1"]]
        if tree[0] != "mul" or len(tree) < 3 or len(dens) != 1:
            raise CertificateError("function: a ratio certificate is about a product p * q^-1, one factor q^-1")
        rest = [a for k, a in enumerate(tree[1:]) if k != dens[0]]
        affine_form(tree[1 + dens[0]][1], list(cert.variables), "function")
        check_sign(cert, tree[1 + dens[0]][1], "positive", "the denominator q")
        return rest[0] if len(rest) == 1 else ["mul", *rest], 1, list(cert.domain)
    if cert.by != "closure":
        raise CertificateError(f"by: expected outer, log, ratio, closure or monotone, found {cert.by!r}")
    box = domain_box(cert)
    if not cert.domain or not all(is_bound(c, list(cert.variables)) for c in cert.domain) or any(
            lo is not None and hi is not None and not lo < hi for lo, _, hi, _ in box.values()):
        raise CertificateError("closure: a domain of bounds only (a box) with an interior is needed")
    check_smooth(tree, box, "function", closed=True)
    return tree, 1, [[{"ge": "gt", "le": "lt"}.get(c[0], c[0]), c[1], c[2]] for c in cert.domain]


def verify_quasi(cert, tree: list, verify, depth: int) -> str:
    """Re-check a ``quasi`` certificate (module docstring) against its subject ``tree``."""
    if cert.by != "monotone" and cert.breakpoint:
        raise CertificateError("breakpoint: only a monotone certificate has one")
    if cert.by == "monotone":
        side = _monotone(cert, tree)
    else:
        inner, direction, domain = _part_subject(cert, tree)
        part = read_part(cert.part, inner, "the inner function", "part", variables=list(cert.variables),
                         domain=domain, exact=True, same_domain=cert.by == "closure")
        if cert.by == "log":   # the part's function is log f on the domain (so f > 0 there)
            _same_function(part, ["log", tree], part.function)
        statement = verify(part, depth + 1)
        if statement not in _SIDE or cert.by == "ratio" and statement.startswith("quasi"):
            raise CertificateError(f"part: proves {statement}, which makes no quasi-fact"
                                   + ("; a ratio needs p convex, concave or affine" if cert.by == "ratio" else ""))
        side = _SIDE[statement] * direction
    if side not in _GIVES[cert.proves]:
        raise CertificateError(f"proves: the certificate shows {('quasilinear', 'quasiconvex', 'quasiconcave')[side]}, "
                               f"not {cert.proves}")
    return cert.proves


def at_exp(tree, names) -> list:
    """f(e^u) as a tree: each variable x of ``names`` as exp(x), and log(x) as x itself (log e^u = u)."""
    head = tree[0]
    if head == "var":
        return ["exp", tree] if tree[1] in names else tree
    if head == "log" and tree[1][0] == "var" and tree[1][1] in names:
        return tree[1]
    if head in ("num", "pi"):
        return tree
    return [head, *[at_exp(a, names) for a in tree[1:]]]


def log_of(tree, positive) -> list:
    """A tree equal to log(tree) wherever the conditions checked here hold: log e^a = a; log of a product of factors
    that ``positive`` shows > 0 is the sum of their logs; log a^p = p log a for a > 0 and a number p; log of a max
    (min) of positive arguments is the max (min) of their logs (log increases); log 1 = 0; else ["log", tree]."""
    head = tree[0]
    if head == "exp":
        return tree[1]
    if tree == ["num", "1"]:
        return ["num", "0"]
    if head in ("mul", "max", "min") and all(positive(a) for a in tree[1:]):
        return ["add" if head == "mul" else head, *[log_of(a, positive) for a in tree[1:]]]
    if head == "pow" and tree[2][0] == "num" and positive(tree[1]):
        return ["mul", tree[2], log_of(tree[1], positive)]
    return ["log", tree]


def log_image(constraint: list, names) -> list:
    """A constraint of D in u = log x: with both sides shown > 0 on all of R^n after x = e^u (the sign rules on the
    unbounded box), lhs rel rhs is log lhs rel log rhs (log increases; each side by ``log_of``: x < 1 is u < 0,
    x y <= 2 is u + v <= log 2, x < y is u < v); otherwise each x is replaced by exp(u)."""
    from .signs import tree_sign

    box = {n: [None, False, None, False] for n in names}

    def positive(t):
        return tree_sign(t, box, interior=False) == "positive"

    rel, lhs, rhs = constraint
    lhs, rhs = at_exp(lhs, names), at_exp(rhs, names)
    if positive(lhs) and positive(rhs):
        return [rel, log_of(lhs, positive), log_of(rhs, positive)]
    return [rel, lhs, rhs]


def verify_loglog(cert, tree: list, verify, depth: int) -> str:
    """Re-check a ``loglog`` certificate (module docstring) against its subject ``tree``."""
    from .signs import domain_box, tree_sign

    names = list(cert.variables)
    positive = [["gt", ["var", n], ["num", "0"]] for n in names]
    missing = [n for n, c in zip(names, positive) if c not in [list(d) for d in cert.domain]]
    if missing:   # (and no parameters: ``check._verify`` has refused any)
        raise CertificateError(f"domain: log-log curvature is about the positive orthant; {missing[:4]} lack the "
                               "constraint > 0")
    rest = [log_image(list(c), names) for c in cert.domain if list(c) not in positive]
    part = read_part(cert.part, None, "", "part", variables=names, domain=rest, exact=True, same_domain=True)
    box = domain_box(part)
    _same_function(part, log_of(at_exp(tree, names), lambda t: tree_sign(t, box, interior=False) == "positive"),
                   part.function)
    statement = verify(part, depth + 1)
    if LOGLOG.get(statement) != cert.proves:
        raise CertificateError(f"proves: the part proves {statement} of log f(exp(u)), which gives "
                               f"{LOGLOG.get(statement, 'no log-log fact')}, not {cert.proves}")
    return cert.proves


__all__ = ["LOGLOG", "OUTER", "log_image", "verify_loglog", "verify_quasi"]
