r"""Functions of data vectors through inner products, for every dimension (kernel; trusted; the ``datavector`` kind).

The subject is written as its one-dimensional reading: ``vectors`` names the vectors among the variables (w) and the
parameters (the data x_1, a_1); a product node ``["mul", ..., ["var", w], ..., ["var", x_1], ...]`` with exactly
one vector variable and one data vector among its factors stands for the inner product <w, x_1> times the other
factors, ``["pow", ["var", w], ["num", "2"]]`` for ||w||_2^2 and ``["abs", ["var", w]]`` for ||w||_2 (at d = 1 they
are w x_1, w^2 and |w|: the reading is the subject's member with d = 1, and the same tree for every d).

**Theorem.** Let F = H + sum_j c_j N_j with H = h(L_1, ..., L_k) where each map L_u is affine in the inner
products <v, a> (v a vector variable, a a data vector) with coefficients and constant built from parameters and
numbers, each N_j = ||v_j||_2^2 or ||v_j||_2 and c_j a coefficient free of variables. For every dimension d >= 1,
every value of the data vectors in R^d and of the parameters allowed by the domain:
(i) if h is convex (concave, affine; strictly convex or concave is enough) on C in (u_1, ..., u_k, the scalar
variables), H is so on {v : (L(v), scalar variables) in C}, since (v, s) -> (L(v), s) is affine and convexity is kept
under affine maps of the argument (Boyd & Vandenberghe, 3.2.2) -- strictness is not: L has a kernel when d > k;
(ii) ||v||_2^2 and ||v||_2 are convex for every d, so F is convex when H is and every c_j >= 0, concave when H is
and every c_j <= 0; (iii) strictly convex when, besides, there are no scalar variables and every vector variable v
has a term c ||v||_2^2 with c > 0 (a strictly convex function of all the variables plus a convex one); dually
strictly concave with c < 0.

**Accepted when** ``maps`` = {u: tree}: each tree contains vector names only as one pair of direct factors of a
product (one vector variable, one data vector), and is affine in those pairs with coefficients free of variables;
``parts`` is [] (no H) or [one certificate] the checker accepts, whose variables are exactly the map's names then
the scalar variables, whose parameters are parameters of the subject that are not vectors, whose function with
each u replaced by its map is H (up to the order of sums and products: ``check.proofs.canon``), and whose domain
with the maps substituted is the subject's domain (the same constraints in order), which may add constraints on the
parameters only (they restrict the parameter values h is proved for); the norm terms are the subject's
top-level terms of the shape (coefficient factors) x (w^2 or |w|), the coefficient's sign read on the domain by the
checker's sign rules (``check.signs``).
"""

from __future__ import annotations

from ..errors import CertificateError
from .trees import check_tree, tree_variables

MAX_MAPS = 16
#: What the subject may be proved, and what the part (h) must then prove.
_PART = {"convex": ("convex", "affine", "strictly_convex"), "concave": ("concave", "affine", "strictly_concave"),
         "affine": ("affine",), "strictly_convex": ("convex", "affine", "strictly_convex"),
         "strictly_concave": ("concave", "affine", "strictly_concave")}


def _norm_term(tree, vectors: set, variables: set):
    """(vector variable, squared?, coefficient factors) when the term is c * w^2 or c * |w| (c free of variables),
    else None."""
    factors = tree[1:] if tree[0] == "mul" else [tree]
    found = [f for f in factors if tree_variables(f) & variables]
    if len(found) != 1:
        return None
    f = found[0]
    if f[0] == "pow" and f[1][0] == "var" and f[2] == ["num", "2"] or f[0] == "abs" and f[1][0] == "var":
        if f[1][1] in vectors and f[1][1] in variables:
            return f[1][1], f[0] == "pow", [g for g in factors if g is not f]
    return None


def _degree(tree, vectors: set, variables: set, where: str) -> int:
    """0 when the tree is free of variables (a coefficient: numbers, parameters); 1 when it is affine, and not
    constant, in inner products <v, a> (a product node with one vector variable v and one data vector a among its
    direct factors, its other factors coefficients) with coefficients free of variables; else -1. A vector name
    anywhere else is refused."""
    if tree[0] == "num":
        return 0
    if tree[0] == "var":
        if tree[1] in vectors:
            raise CertificateError(f"{where}: the vector {tree[1]} appears outside an inner product")
        return -1 if tree[1] in variables else 0
    direct = [a for a in tree[1:] if a[0] == "var" and a[1] in vectors] if tree[0] == "mul" else []
    if direct and (len(direct) != 2 or sorted(a[1] in variables for a in direct) != [False, True]):
        raise CertificateError(f"{where}: a product of vectors must pair one vector variable with one data "
                               f"vector, found {[a[1] for a in direct]}")
    degrees = [_degree(a, vectors, variables, where) for a in tree[1:] if a not in direct]
    if -1 in degrees or tree[0] != "add" and degrees.count(1) + bool(direct) > (tree[0] == "mul"):
        return -1
    return 1 if direct or 1 in degrees else 0


def verify_datavector(cert, tree: list, verify, depth: int) -> str:
    """Re-check a ``datavector`` certificate (a ``check.reader`` record) against its subject ``tree``; return the
    statement, for every dimension and every value of the data (module docstring)."""
    from .rewrite import substitute
    from .proofs import canon
    from .signs import domain_box, tree_sign
    from .sums import read_part

    variables, vectors = set(cert.variables), set(cert.vectors)

    def free(*trees) -> bool:   # no variable and no vector in the trees
        return not set().union(*map(tree_variables, trees)) & (variables | vectors)

    if not vectors & variables or not vectors <= variables | set(cert.parameters):
        raise CertificateError(f"vectors: must be variables and parameters of the subject, one a variable at "
                               f"least, found {sorted(vectors)[:4]}")
    if not isinstance(cert.maps, dict) or len(cert.maps) > MAX_MAPS:
        raise CertificateError(f"maps: must map at most {MAX_MAPS} names to trees")
    scalars = [v for v in cert.variables if v not in vectors]
    terms = tree[1:] if tree[0] == "add" else [tree]
    norms = [(t, _norm_term(t, vectors, variables)) for t in terms]
    rest = [t for t, n in norms if n is None]
    norms = [n for _, n in norms if n is not None]
    if set(cert.maps) & (variables | set(cert.parameters)):
        raise CertificateError("maps: a map's name may not be a variable or a parameter of the subject")
    for u, m in cert.maps.items():
        check_tree(m, f"maps.{u}")
        if _degree(m, vectors, variables, f"maps.{u}") != 1:
            raise CertificateError(f"maps.{u}: not affine in inner products of a vector variable and a data vector, "
                                   "with coefficients free of variables")
    if cert.parts:
        if len(cert.parts) != 1 or not cert.maps:
            raise CertificateError("parts: one certificate, about h in the maps' names")
        # the part's domain is held against the subject's below (with the maps substituted)
        part = read_part(cert.parts[0], None, "", "parts[0]", variables=[*cert.maps, *scalars], exact=True,
                         domain=None, parameters=[p for p in cert.parameters if p not in vectors])
        if canon(substitute(part.function, dict(cert.maps))) != canon(["add", *rest] if len(rest) > 1 else
                                                                      rest[0] if rest else ["num", "0"]):
            raise CertificateError("parts[0]: its function with the maps substituted is not the subject's terms "
                                   "other than the norms")
        substituted = [[c[0], canon(substitute(c[1], dict(cert.maps))), canon(substitute(c[2], dict(cert.maps)))]
                       for c in part.domain]
        given = [[c[0], canon(c[1]), canon(c[2])] for c in cert.domain]
        if substituted != given[:len(substituted)] or not all(free(*c[1:]) for c in given[len(substituted):]):
            raise CertificateError("domain: not the part's domain with the maps substituted, then constraints on "
                                   "the parameters only")
        statement = verify(part, depth + 1)
    else:
        if cert.maps or not free(*rest, *[t for c in cert.domain for t in c[1:]]):
            raise CertificateError("parts: a subject with inner products (or other terms in the variables) needs "
                                   "a certificate about h")
        statement = "affine"
    if statement not in _PART[cert.proves]:
        raise CertificateError(f"parts[0]: proves {statement}, which does not make the subject {cert.proves}")
    if norms and cert.proves == "affine":
        raise CertificateError("proves: a norm term is not affine")
    side = "positive" if cert.proves.endswith("convex") else "negative"
    allowed = (side, "nonnegative" if side == "positive" else "nonpositive", "zero")
    strong = set()   # the vector variables with a squared norm whose coefficient has the strict sign
    for v, squared, coefficient in norms:
        c = ["mul", *coefficient] if len(coefficient) > 1 else coefficient[0] if coefficient else ["num", "1"]
        if tree_variables(c) & vectors:
            raise CertificateError(f"function: the coefficient of the norm of {v} uses a vector")
        found = tree_sign(c, domain_box(cert), interior=False)
        if found not in allowed:
            raise CertificateError(f"function: the coefficient of the norm of {v} is {found} on the domain, "
                                   f"a {cert.proves} subject needs it {side} or zero")
        strong |= {v} if squared and found == side else set()
    if cert.proves.startswith("strictly") and (scalars or strong != variables):
        raise CertificateError(f"proves: {cert.proves} needs a squared norm with a {side} coefficient for every "
                               f"variable, found one for {sorted(strong)[:4]} of {sorted(variables)[:4]}")
    return cert.proves


__all__ = ["verify_datavector"]
